"""Saturation: beyond the queue limit the excess gets 429 at once; admitted work completes."""

import httpx
from fastapi.testclient import TestClient

from service.app import create_app
from tests.conftest import make_settings, write_registry
from tests.utils.burst import timed_burst


def test_request_larger_than_the_queue_is_refused_at_once(tmp_path, tiny_packs):
    reg = write_registry(tmp_path / "r.yaml", {"tiny": str(tiny_packs / "tiny" / "1.0.0")}, "tiny",
                         {"max_batch_size": 4, "max_wait_ms": 1, "max_queue": 8})
    with TestClient(create_app(make_settings(reg))) as c:
        r = c.post("/v1/intent-entity", json={"texts": [f"play adele {i}" for i in range(9)]})
        assert r.status_code == 429
        assert r.json()["error"] == "overloaded" and "limit 8" in r.json()["detail"]
        assert r.headers["retry-after"] == "1"
        assert c.post("/v1/intent-entity", json={"texts": ["play adele"] * 8}).status_code == 200
        assert c.app.state.metrics.registry.get_sample_value("nlu_rejected_total", {"pack": "tiny@1.0.0"}) == 1


def test_concurrent_excess_gets_429_and_the_rest_200(tmp_path, tiny_packs, live_server):
    write_registry(tmp_path / "r.yaml", {"tiny": str(tiny_packs / "tiny" / "1.0.0")}, "tiny",
                   {"max_batch_size": 8, "max_wait_ms": 20, "max_queue": 32})
    server = live_server(REGISTRY=str(tmp_path / "r.yaml"), CACHE_ENABLED="false")

    results = timed_burst(server.url, requests=24, texts_per_request=16, max_connections=64, timeout=30)
    codes = [r.status_code for r, _ in results]
    assert set(codes) <= {200, 429}, codes
    assert codes.count(429) >= 1 and codes.count(200) >= 2, codes
    for r, _ in results:
        if r.status_code == 200:
            assert len(r.json()["results"]) == 16
    assert httpx.post(server.url + "/v1/intent-entity", json={"text": "play adele"}).status_code == 200
