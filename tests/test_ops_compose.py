"""docker-compose.yml against the Compose schema, its profiles and the service's settings; every deploy file parses."""
from __future__ import annotations

import json
import re

import yaml

from tests.utils.ops import *  # noqa: F403  (paths, tools, settings names)

# ---------------------------------------------------------------------------------------------
# every file parses


def test_every_deploy_yaml_and_json_parses():
    files = [COMPOSE, *sorted(DEPLOY.rglob("*.yml")), *sorted(DEPLOY.rglob("*.yaml")), *sorted(DEPLOY.rglob("*.json"))]
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            json.loads(text)
        else:
            docs = [d for d in yaml.safe_load_all(text) if d is not None]
            assert docs, f"{path} is empty"


# ---------------------------------------------------------------------------------------------
# docker-compose.yml


def test_compose_matches_the_compose_specification():
    require_module("check_jsonschema")
    jsonschema = require_module("jsonschema")
    from importlib.resources import files

    schema = json.loads((files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json").read_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(compose())]
    assert not errors, "\n".join(errors)


def test_compose_profiles_swap_cpu_and_gpu():
    services = compose()["services"]
    profiles = {name: tuple(s.get("profiles", ())) for name, s in services.items()}
    assert profiles == {
        "nlu": ("cpu",), "translator": ("cpu",),
        "nlu-gpu": ("gpu",), "translator-vllm": ("gpu",),
        "redis": (), "prometheus": (), "grafana": (), "proxy": (),
    }
    # whichever variant runs answers to the same network names, so URLs and scrape targets never change
    assert "nlu" in services["nlu-gpu"]["networks"]["default"]["aliases"]
    assert "translator" in services["translator-vllm"]["networks"]["default"]["aliases"]
    for name in ("nlu", "nlu-gpu"):
        assert services[name]["build"]["context"] == "."
    assert services["nlu"]["build"]["args"]["RUNTIME"] == "cpu"
    gpu = services["nlu-gpu"]
    assert gpu["build"]["args"]["RUNTIME"] == "gpu" and gpu["image"].endswith(":gpu")
    assert services["nlu"]["environment"] == gpu["environment"]
    for name in ("nlu-gpu", "translator-vllm"):
        devices = services[name]["deploy"]["resources"]["reservations"]["devices"]
        assert any(d["driver"] == "nvidia" and "gpu" in d["capabilities"] for d in devices), name
    assert services["translator"]["image"].startswith("ghcr.io/ggml-org/llama.cpp:server-b")
    assert services["translator-vllm"]["image"].startswith("vllm/vllm-openai:v")
    for name in ("nlu", "translator", "redis", "prometheus", "grafana"):
        assert "deploy" not in services[name], f"{name} must not reserve a GPU"
    # profile-less services must not depend on profiled ones (compose refuses that when the profile is off)
    for name, service in services.items():
        if not profiles[name]:
            assert set(service.get("depends_on", ())) <= {n for n, p in profiles.items() if not p}, name


def test_compose_ports_healthchecks_and_hardening():
    services = compose()["services"]
    ports = {name: s.get("ports", []) for name, s in services.items()}
    assert ports == {
        "proxy": ["8080:8080"], "nlu": [], "nlu-gpu": [],  # clients reach the NLU through the proxy
        "translator": ["8081:8081"], "translator-vllm": ["8081:8081"],
        "redis": [], "prometheus": ["9090:9090"], "grafana": ["127.0.0.1:3000:3000"],
    }
    for name, service in services.items():
        check = service.get("healthcheck")
        assert check and check["test"][0] == "CMD" and len(check["test"]) > 1, f"{name} has no healthcheck"
        assert service.get("read_only") is True, f"{name}: read-only root file system"
        assert "no-new-privileges:true" in service.get("security_opt", []), f"{name}: no-new-privileges"
        assert service.get("tmpfs"), f"{name}: a read-only container needs a tmpfs for what it writes"
        if "build" in service:
            continue  # our Dockerfile's USER (tests/test_deploy_files.py)
        user = str(service.get("user", ""))
        assert user and user.split(":")[0] not in ("0", "root"), f"{name} must run as a non-root user"
        repo_tag = service["image"].rsplit("/", 1)[-1]
        assert ":" in repo_tag and not repo_tag.endswith((":latest", ":server", ":main")), f"{name}: pin the image tag"
    for name in ("nlu", "nlu-gpu"):
        assert "/readyz" in " ".join(services[name]["healthcheck"]["test"])
        env = services[name]["environment"]
        drain_and_grace = float(env["SHUTDOWN_DRAIN_S"]) + float(env["SHUTDOWN_GRACE_S"])
        assert seconds(services[name]["stop_grace_period"]) > drain_and_grace, "docker would kill in-flight requests"
    for name in ("translator", "translator-vllm"):
        assert "8081/health" in " ".join(services[name]["healthcheck"]["test"])


def test_compose_proxy_renders_the_shedding_template_for_nlu():
    from loadtests.proxy import TEMPLATE

    proxy = compose()["services"]["proxy"]
    assert "./deploy/nginx/nlu.conf.template:/etc/nginx/templates/nlu.conf.template:ro" in proxy["volumes"]
    env = proxy["environment"]
    # every variable the template reads is set (the image's entrypoint substitutes defined ones only)
    wanted = set(re.findall(r"\$\{(\w+)\}", TEMPLATE.read_text()))
    assert wanted == set(env), wanted ^ set(env)
    assert env["NLU_UPSTREAMS"] == "server nlu:8080;" and int(env["NLU_INFLIGHT_LIMIT"]) >= 1
    assert "/etc/nginx/conf.d:uid=101,gid=101" in proxy["tmpfs"]


def test_compose_nlu_env_names_are_settings():
    services = compose()["services"]
    for name in ("nlu", "nlu-gpu"):
        env = services[name]["environment"]
        assert set(env) <= NLU_ENV, set(env) - NLU_ENV
        assert env["REDIS_URL"].startswith("redis://redis:6379/")
        assert TRANSLATOR_ENV <= set(env)


def flag(command: list[str], name: str) -> str:
    return str(command[command.index(name) + 1])


def test_compose_translator_serves_the_gguf_on_8081_under_the_configured_name():
    services = compose()["services"]
    env = services["nlu"]["environment"]
    assert env["TRANSLATOR_BASE_URL"] == "http://translator:8081/v1"
    llama, vllm = services["translator"], services["translator-vllm"]
    assert flag(llama["command"], "--model") == f"/models/{TRANSLATOR_GGUF}"
    assert flag(llama["command"], "--port") == "8081" and flag(vllm["command"], "--port") == "8081"
    assert flag(llama["command"], "--alias") == env["TRANSLATOR_MODEL"]
    assert flag(vllm["command"], "--served-model-name") == env["TRANSLATOR_MODEL"]
    assert TRANSLATOR_GGUF in vllm["command"][0]
    for service in (llama, vllm):
        assert "./models/translator:/models:ro" in service["volumes"]


def test_compose_prometheus_and_grafana_are_provisioned_read_only():
    services = compose()["services"]
    prom_mounts = dict(v.split(":", 1) for v in services["prometheus"]["volumes"] if v.startswith("./"))
    config = yaml.safe_load(PROM_CONFIG.read_text())
    container_config = prom_mounts["./deploy/prometheus/prometheus.yml"]
    assert container_config.endswith(":ro")
    for rule_file in config["rule_files"]:  # relative to the config file, both in the repo and in the container
        assert (PROM_CONFIG.parent / rule_file).exists()
        assert prom_mounts[f"./deploy/prometheus/{rule_file}"] == str(
            Path(container_config.removesuffix(":ro")).parent / rule_file) + ":ro"
    targets = {job["job_name"]: job["static_configs"][0]["targets"] for job in config["scrape_configs"]}
    assert targets == {"nlu": ["nlu:8080"], "translator": ["translator:8081"]}

    grafana_mounts = dict(v.rsplit(":", 1)[0].split(":", 1) for v in services["grafana"]["volumes"])
    assert all(v.endswith(":ro") for v in services["grafana"]["volumes"])
    assert grafana_mounts["./deploy/grafana/provisioning"] == "/etc/grafana/provisioning"
    provider = yaml.safe_load((DEPLOY / "grafana/provisioning/dashboards/nlu.yml").read_text())["providers"][0]
    assert grafana_mounts["./deploy/grafana/dashboards"] == provider["options"]["path"]
    datasources = yaml.safe_load((DEPLOY / "grafana/provisioning/datasources/prometheus.yml").read_text())
    datasource = datasources["datasources"][0]
    assert datasource["type"] == "prometheus" and datasource["url"] == "http://prometheus:9090"
    assert datasource["uid"] == dashboard_datasource_uid()


