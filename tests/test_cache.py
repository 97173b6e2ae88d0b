"""Result cache: in-process by default, real Redis when configured, never a reason to fail."""
import time

import pytest
import redis
from fastapi.testclient import TestClient

from service.app import create_app
from tests.conftest import REDIS_URL, free_port, make_settings


def sample(client, name, **labels):
    return client.app.state.metrics.registry.get_sample_value(name, labels) or 0.0


def ask(client, text="play adele on spotify"):
    r = client.post("/v1/intent-entity", json={"text": text})
    assert r.status_code == 200, r.text
    return r.json()["results"][0]


def test_memory_cache_hit(client):
    first = ask(client)
    second = ask(client)
    assert first == second
    assert sample(client, "nlu_cache_requests_total", backend="memory", result="miss") == 1
    assert sample(client, "nlu_cache_requests_total", backend="memory", result="hit") == 1


def test_cache_disabled(registry_file):
    with TestClient(create_app(make_settings(registry_file, cache_enabled=False))) as c:
        ask(c)
        ask(c)
        assert sample(c, "nlu_cache_requests_total", backend="memory", result="hit") == 0


@pytest.fixture
def redis_db():
    r = redis.Redis.from_url(REDIS_URL)
    try:
        r.ping()
    except redis.ConnectionError:
        pytest.fail(f"the tests need a Redis at {REDIS_URL} (.ci/run starts one)")
    r.flushdb()
    yield r
    r.flushdb()


def test_redis_cache_hit_and_ttl(registry_file, redis_db):
    with TestClient(create_app(make_settings(registry_file, redis_url=REDIS_URL, cache_ttl_s=60))) as c:
        first = ask(c)
        keys = redis_db.keys("nlu:v1:*")
        assert len(keys) == 1
        assert 0 < redis_db.ttl(keys[0]) <= 60
        assert ask(c) == first
        assert sample(c, "nlu_cache_requests_total", backend="redis", result="hit") == 1


def test_redis_shared_between_instances(registry_file, redis_db):
    settings = make_settings(registry_file, redis_url=REDIS_URL)
    with TestClient(create_app(settings)) as a:
        ask(a)
    with TestClient(create_app(settings)) as b:
        ask(b)
        assert sample(b, "nlu_cache_requests_total", backend="redis", result="hit") == 1


def test_redis_unreachable_still_answers(registry_file):
    url = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    with TestClient(create_app(make_settings(registry_file, redis_url=url, redis_retry_after_s=30))) as c:
        for _ in range(3):
            assert ask(c)["intent"]["name"] == "PlayMusic"
        assert sample(c, "nlu_cache_requests_total", backend="redis", result="error") == 1
        assert sample(c, "nlu_cache_requests_total", backend="redis", result="bypass") >= 2


def test_redis_killed_and_back(registry_file, own_redis):
    settings = make_settings(registry_file, redis_url=own_redis.url, redis_retry_after_s=0.2)
    with TestClient(create_app(settings)) as c:
        ask(c)
        ask(c)
        assert sample(c, "nlu_cache_requests_total", backend="redis", result="hit") == 1
        own_redis.kill()
        for i in range(20):
            assert ask(c, f"play adele {i}")["intent"]["name"] == "PlayMusic"
        assert sample(c, "nlu_cache_requests_total", backend="redis", result="error") >= 1
        own_redis.start()
        time.sleep(0.3)  # past the bypass window
        ask(c, "weather in paris")
        ask(c, "weather in paris")
        assert sample(c, "nlu_cache_requests_total", backend="redis", result="hit") == 2
