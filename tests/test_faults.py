"""Faults and abuse against the real process: overload, shutdown, Redis dying or hanging, swaps."""
import asyncio
import random
import shutil
import signal
import threading
import time

import httpx
import pytest

from tests.conftest import ADMIN_TOKEN, write_registry
from tests.utils.tiny_pack import build_tiny_pack

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture(scope="module")
def slow_pack(tmp_path_factory):
    """A pack whose every run takes tens of milliseconds, so requests stay in flight."""
    return build_tiny_pack(tmp_path_factory.mktemp("slow") / "slow", name="slow", slow=1024)


def metric(url, name, **labels):
    text = httpx.get(url + "/metrics").text
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        if line.startswith(f"{name}{{{want}}} ") or (not labels and line.startswith(f"{name} ")):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_overload_refuses_exactly_the_excess(tmp_path, slow_pack, live_server):
    reg = write_registry(tmp_path / "r.yaml", {"slow": str(slow_pack)}, "slow",
                         {"max_batch_size": 1, "max_wait_ms": 0, "max_queue": 6})
    server = live_server(REGISTRY=str(reg), CACHE_ENABLED="false")

    async def scenario():
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as c:
            full = asyncio.create_task(c.post("/v1/intent-entity", json={"texts": [f"play adele {i}" for i in range(6)]}))
            await asyncio.sleep(0.05)  # the six are admitted and the queue is full
            t0 = time.perf_counter()
            excess = await asyncio.gather(*(c.post("/v1/intent-entity", json={"text": f"play {i}"}) for i in range(4)))
            refused_in = time.perf_counter() - t0
            admitted = await full
            after = await c.post("/v1/intent-entity", json={"text": "play adele"})
            return admitted, excess, refused_in, after

    admitted, excess, refused_in, after = asyncio.run(scenario())
    assert admitted.status_code == 200 and len(admitted.json()["results"]) == 6
    assert [r.status_code for r in excess] == [429] * 4
    assert refused_in < 0.1, f"refusals took {refused_in:.3f}s: they must not wait for the queue"
    assert after.status_code == 200


def test_graceful_shutdown_finishes_in_flight_work(tmp_path, slow_pack, live_server):
    reg = write_registry(tmp_path / "r.yaml", {"slow": str(slow_pack)}, "slow",
                         {"max_batch_size": 1, "max_wait_ms": 0, "max_queue": 512})
    server = live_server(REGISTRY=str(reg), CACHE_ENABLED="false", SHUTDOWN_DRAIN_S="1", SHUTDOWN_GRACE_S="10")
    results = []

    def call(i):
        results.append(httpx.post(server.url + "/v1/intent-entity",
                                  json={"texts": [f"play adele {i} {j}" for j in range(10)]}, timeout=30))

    threads = [threading.Thread(target=call, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.2)  # the requests are in flight (40 runs of tens of ms)
    t0 = time.perf_counter()
    server.proc.send_signal(signal.SIGTERM)
    time.sleep(0.2)
    assert httpx.get(server.url + "/readyz").status_code == 503  # not ready while draining, still listening
    for t in threads:
        t.join(30)
    code = server.proc.wait(15)
    assert code == 0
    assert time.perf_counter() - t0 < 1 + 10
    assert [r.status_code for r in results] == [200] * 4


def traffic(url, seconds, texts):
    """Closed-loop traffic from 4 threads; returns [(status, latency)]."""
    out, stop = [], time.monotonic() + seconds

    def loop():
        with httpx.Client(base_url=url, timeout=10) as c:
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                try:
                    status = c.post("/v1/intent-entity", json={"text": random.choice(texts)}).status_code
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                out.append((status, time.perf_counter() - t0))

    threads = [threading.Thread(target=loop) for _ in range(4)]
    for t in threads:
        t.start()
    return threads, out


@pytest.mark.parametrize("fault", ["kill", "sigstop"])
def test_redis_dying_or_hanging_mid_load_loses_nothing(own_redis, live_server, fault):
    server = live_server(REDIS_URL=own_redis.url, REDIS_RETRY_AFTER_S="0.5")
    texts = [f"play adele {i}" for i in range(10)]  # a small hot set: mostly cache hits
    threads, out = traffic(server.url, 4.0, texts)
    time.sleep(1.0)
    hits_before = metric(server.url, "nlu_cache_requests_total", backend="redis", result="hit")
    assert hits_before > 0
    own_redis.kill() if fault == "kill" else own_redis.pause()
    time.sleep(1.5)
    errors = metric(server.url, "nlu_cache_requests_total", backend="redis", result="error")
    bypass = metric(server.url, "nlu_cache_requests_total", backend="redis", result="bypass")
    own_redis.start() if fault == "kill" else own_redis.resume()
    for t in threads:
        t.join()
    assert errors >= 1 and bypass >= 1
    statuses = [s for s, _ in out]
    assert statuses and set(statuses) == {200}, {s for s in statuses if s != 200}
    assert max(lat for _, lat in out) < 1.0  # socket timeouts bound every request
    time.sleep(0.6)
    for t in texts[:3] * 2:
        httpx.post(server.url + "/v1/intent-entity", json={"text": t})
    assert metric(server.url, "nlu_cache_requests_total", backend="redis", result="hit") > hits_before


def test_swaps_under_load(live_server, registry_file, tiny_packs, tmp_path):
    server = live_server()
    broken = shutil.copytree(tiny_packs / "tiny" / "2.0.0", tmp_path / "broken")
    (broken / "model.onnx").write_bytes(b"corrupt")
    threads, out = traffic(server.url, 3.0, ["play adele on spotify", "weather in paris"])
    time.sleep(0.5)
    write_registry(registry_file, {"tiny": str(tiny_packs / "tiny" / "2.0.0")}, "tiny")
    good = httpx.post(server.url + "/admin/reload", headers=AUTH)
    time.sleep(0.5)
    write_registry(registry_file, {"tiny": str(broken)}, "tiny")
    bad = httpx.post(server.url + "/admin/reload", headers=AUTH)
    for t in threads:
        t.join()
    assert good.status_code == 200
    assert bad.status_code == 422 and "sha256" in bad.json()["detail"]
    assert {s for s, _ in out} == {200}
    r = httpx.post(server.url + "/v1/intent-entity", json={"text": "play adele on spotify"})
    assert r.json()["results"][0]["model"]["version"] == "2.0.0"  # the good swap serves, no stale 1.0.0 answer


def test_admin_token_never_logged_or_exported(live_server):
    server = live_server(LOG_LEVEL="debug")
    httpx.post(server.url + "/admin/reload", headers=AUTH)
    httpx.post(server.url + "/admin/reload", headers={"Authorization": "Bearer " + ADMIN_TOKEN[::-1]})
    metrics = httpx.get(server.url + "/metrics").text
    server.stop()
    logs = server.proc.stdout.read()
    assert ADMIN_TOKEN not in metrics and ADMIN_TOKEN not in logs
    assert ADMIN_TOKEN[::-1] not in logs


def test_metric_series_do_not_grow_with_fuzzed_input(live_server):
    server = live_server()
    rng = random.Random(0)

    def fuzz(n):
        for _ in range(n):
            word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz😀é") for _ in range(8))
            httpx.post(server.url + "/v1/intent-entity", json={"text": f"play {word}"})
            httpx.post(server.url + f"/v1/{word}", json={"text": word})
            httpx.get(server.url + f"/{word}?q={word}")
            httpx.post(server.url + "/v1/intent-entity", json={"text": word, "model": word})

    def series():
        return sum(1 for line in httpx.get(server.url + "/metrics").text.splitlines() if not line.startswith("#"))

    fuzz(5)
    series()  # the first scrape adds the /metrics endpoint's own series
    before = series()
    fuzz(20)
    assert series() == before


@pytest.mark.parametrize("mode", ["slow", "error", "garbage", "injection"])
def test_translator_faults_under_load_never_lose_a_request(tmp_path, tiny_packs, live_server, mode):
    """A gate that translates everything in front of a translator that hangs, fails or misbehaves:
    every request is answered natively within the translator's budget, the breaker opens after
    its threshold (later requests skip it at once), and nothing the translator says changes the
    answer's intent, pack or the registry."""
    import yaml

    from tests.utils.stub_translator import StubTranslator
    from tests.utils.tiny_gate import build_tiny_gate

    stub = StubTranslator()
    stub.mode, stub.delay_s = mode, 3.0
    registry = write_registry(tmp_path / "registry.yaml", {"tiny": str(tiny_packs / "tiny" / "1.0.0")}, "tiny")
    config = yaml.safe_load(registry.read_text())
    config["gate"] = {"lambda": 0.0, "policies": {"tiny": str(build_tiny_gate(tmp_path / "gate"))}}
    registry.write_text(yaml.safe_dump(config))
    server = live_server(REGISTRY=str(registry), TRANSLATOR_BACKEND="openai", TRANSLATOR_BASE_URL=stub.url, TRANSLATOR_TIMEOUT_S="0.5",
                         TRANSLATOR_RETRIES="0", TRANSLATOR_BREAKER_THRESHOLD="3", TRANSLATOR_BREAKER_TTL_S="60",
                         TRANSLATOR_CONCURRENCY="4", TRANSLATOR_QUEUE_TIMEOUT_S="1")
    text = "pon adele en spotify ahora"

    async def scenario():
        async with httpx.AsyncClient(base_url=server.url, timeout=10) as client:
            async def one(i):
                started = time.perf_counter()
                r = await client.post("/v1/intent-entity", json={"text": f"{text} {i}", "translate": "always"})
                return r, time.perf_counter() - started

            first = await asyncio.gather(*(one(i) for i in range(12)))
            later = await asyncio.gather(*(one(100 + i) for i in range(12)))
            return first, later

    try:
        first, later = asyncio.run(scenario())
    finally:
        stub.close()
    for r, seconds in first + later:
        assert r.status_code == 200, r.text
        res = r.json()["results"][0]
        assert res["translation"] is None and res["gate"]["translation_skipped"]
        assert res["model"] == {"pack": "tiny", "version": "1.0.0"}
        assert [e["value"] for e in res["entities"]] == ["adele", "spotify"]
        assert seconds < 2.0  # timeout 0.5 s + queue wait 1 s at most
    assert all(r.json()["results"][0]["gate"]["translation_skipped"] == "breaker_open" for r, _ in later)
    assert len(stub.calls) <= 12  # after the breaker opened, the translator saw nothing more
    assert metric(server.url, "nlu_translator_breaker_state", backend="openai") == 2
    assert metric(server.url, "nlu_registry_reloads_total", outcome="ok") == 1
