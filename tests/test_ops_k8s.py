"""Kubernetes manifests: rendered with kustomize, validated against the Kubernetes schemas, cross-checked."""
from __future__ import annotations

import pytest

from service.registry import RegistryConfig
from service.tasks import TASKS
from tests.utils.ops import *  # noqa: F403  (paths, tools)


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



def test_k8s_registries_serve_what_the_repository_registry_serves(rendered):
    """The cluster's registries differ from models/registry.yaml only in runtime settings and in
    absolute pack folders: a model swap in one that misses the other fails here."""
    repo = RegistryConfig.model_validate(yaml.safe_load((REPO / "models" / "registry.yaml").read_text()))

    def relative(folder: str) -> str:
        return folder.removeprefix("/app/models/")

    for variant in ("base", "gpu"):
        cluster = registry_of(rendered[variant])
        for name, task in repo.tasks.items():
            mounted = cluster.tasks[name]
            assert mounted.default == task.default, (variant, name)
            assert {k: relative(v) for k, v in mounted.packs.items()} == task.packs, (variant, name)
        assert {k: relative(v) for k, v in cluster.gate.policies.items()} == repo.gate.policies
        assert cluster.gate.lambda_ == repo.gate.lambda_
        assert cluster.runtime.syntax == repo.runtime.syntax
