"""The shedding proxy (deploy/nginx/nlu.conf.template, run by loadtests/proxy.py) in front of a real
service: beyond the in-flight limit the excess gets the service's 429 at once, from nginx; admitted
requests complete; probes and admin routes are never shed."""
import shutil

import httpx
import pytest

from loadtests.proxy import ShedProxy, render
from tests.conftest import ADMIN_TOKEN, write_registry
from tests.utils.burst import timed_burst
from tests.utils.tiny_pack import build_tiny_pack

pytestmark = pytest.mark.skipif(shutil.which("nginx") is None and shutil.which("nginx", path="/usr/sbin") is None,
                                reason="nginx not installed (deploy/ci/install-tools.sh installs it)")


def test_template_renders_every_variable():
    text = render(["127.0.0.1:9001", "127.0.0.1:9002"], 8, 9000)
    assert "${" not in text
    assert "server 127.0.0.1:9001; server 127.0.0.1:9002;" in text
    assert "limit_conn nlu_inflight 8;" in text and "listen 127.0.0.1:9000;" in text


@pytest.fixture(scope="module")
def slow_pack(tmp_path_factory):
    # every run takes a while, so a burst really is in flight at once
    return build_tiny_pack(tmp_path_factory.mktemp("slow") / "slow", name="slow", slow=1024)


def test_excess_in_flight_gets_429_from_the_proxy_and_admitted_complete(tmp_path, slow_pack, live_server):
    write_registry(tmp_path / "r.yaml", {"slow": str(slow_pack)}, "slow",
                   {"max_batch_size": 2, "max_wait_ms": 1, "max_queue": 64})
    server = live_server(REGISTRY=str(tmp_path / "r.yaml"), CACHE_ENABLED="false")
    with ShedProxy([f"127.0.0.1:{server.port}"], inflight_limit=2) as proxy:
        results = timed_burst(proxy.url, requests=12, texts_per_request=4, max_connections=32, timeout=60)
        codes = [r.status_code for r, _ in results]
        assert set(codes) <= {200, 429}, codes
        assert codes.count(200) >= 2 and codes.count(429) >= 6, codes
        for r, _ in results:
            if r.status_code == 200:
                assert len(r.json()["results"]) == 4
            else:  # the service's own error shape, and a hint when to come back
                assert r.json()["error"] == "overloaded" and r.headers["retry-after"] == "1"
        refused = max(t for r, t in results if r.status_code == 429)
        admitted = max(t for r, t in results if r.status_code == 200)
        assert refused < admitted  # refused at once, not after waiting behind the admitted work
        # the service itself never saw the excess: no 429 of its own
        metrics = httpx.get(server.url + "/metrics").text
        assert 'status="429"' not in metrics
        # probes and admin pass through unlimited, and the next request is admitted
        assert httpx.get(proxy.url + "/readyz").status_code == 200
        reload = httpx.post(proxy.url + "/admin/reload", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=60)
        assert reload.status_code == 200 and reload.json()["status"] == "ok"
        assert httpx.post(proxy.url + "/v1/intent-entity", json={"text": "play adele"}, timeout=60).status_code == 200
