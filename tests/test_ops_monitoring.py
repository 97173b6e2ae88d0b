"""Grafana dashboard and Prometheus alert rules use only metrics the service exports; promtool agrees."""
from __future__ import annotations

from tests.utils.ops import *  # noqa: F403  (paths, tools, metric extractor)


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
# Grafana dashboard


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


