"""The real process: `python -m service` under uvicorn, signals included."""
import signal
import time

import httpx

from tests.conftest import write_registry


def test_sighup_reloads_the_registry(live_server, registry_file, tiny_packs):
    server = live_server()
    ask = lambda: httpx.post(server.url + "/v1/intent-entity", json={"text": "play adele"}).json()  # noqa: E731
    assert ask()["results"][0]["model"]["version"] == "1.0.0"
    write_registry(registry_file, {"tiny": str(tiny_packs / "tiny" / "2.0.0")}, "tiny")
    server.proc.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + 10
    while ask()["results"][0]["model"]["version"] != "2.0.0":
        assert time.monotonic() < deadline, "SIGHUP did not reload"
        time.sleep(0.1)


def test_sigterm_exits_cleanly(live_server):
    server = live_server()
    assert httpx.get(server.url + "/healthz").status_code == 200
    assert server.stop() == 0


def test_metrics_carry_no_user_text(live_server):
    server = live_server()
    secret = "zqxjvsecretword"
    httpx.post(server.url + "/v1/intent-entity", json={"text": f"play {secret}"})
    httpx.post(server.url + f"/v1/{secret}", json={"text": "x"})
    httpx.post(server.url + "/v1/intent-entity", json={"text": ""})
    text = httpx.get(server.url + "/metrics").text
    assert secret not in text
    assert 'nlu_http_requests_total{endpoint="/v1/intent-entity",status="200"} 1.0' in text
    assert 'nlu_http_requests_total{endpoint="/v1/intent-entity",status="422"} 1.0' in text
    assert 'nlu_http_requests_total{endpoint="unmatched",status="404"} 1.0' in text
    for name in ("nlu_http_request_duration_seconds_bucket", "nlu_inference_duration_seconds_bucket",
                 "nlu_batch_size_bucket", "nlu_cache_requests_total", "nlu_model_info"):
        assert name in text


def test_registry_that_cannot_load_fails_start(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "registry.yaml"
    bad.write_text("tasks: {unknown_task: {packs: {}}}\n")
    from tests.conftest import REPO, free_port

    proc = subprocess.run([sys.executable, "-m", "service"], cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "REGISTRY": str(bad), "PORT": str(free_port())})
    assert proc.returncode != 0
    assert "unknown tasks" in proc.stdout + proc.stderr


def test_readiness_503_when_default_pack_fails(tmp_path, live_server, tiny_packs):
    reg = write_registry(tmp_path / "r.yaml", {"good": str(tiny_packs / "tiny" / "1.0.0"),
                                               "bad": str(tmp_path / "missing")}, "bad")
    server = live_server(wait_for="/healthz", REGISTRY=str(reg))
    r = httpx.get(server.url + "/readyz")
    assert r.status_code == 503 and "intent_entity" in r.json()["detail"]
    # the loaded pack still serves when asked by name
    r = httpx.post(server.url + "/v1/intent-entity", json={"text": "play adele", "model": "good"})
    assert r.status_code == 200
