"""The translator client against a real local HTTP server that answers ok / 500 / slow / garbage /
prompt injection; breaker open and recovery; caching in process and in a real Redis."""
from __future__ import annotations

import asyncio
import time
import uuid

import pytest

from service.cache import MemoryCache, NoCache, RedisCache
from service.metrics import Metrics
from service.translate.backends import NoBackend, OpenAIChatBackend
from service.translate.protect import Protector
from service.translate.translator import Skip, Translation, Translator
from tests.conftest import REDIS_URL
from tests.utils.stub_translator import StubTranslator


@pytest.fixture
def stub():
    server = StubTranslator()
    yield server
    server.close()


def make(stub, cache=None, timeout_s=1.0, retries=1, threshold=3, ttl_s=0.5, concurrency=2, metrics=None):
    metrics = metrics or Metrics()
    backend = OpenAIChatBackend(stub.url, "stub-model", "secret-key", timeout_s, retries)
    return Translator(backend, cache or NoCache(), metrics, Protector(["Para Comer"]), concurrency, 0.2,
                      threshold, ttl_s), metrics


def sample(metrics: Metrics, outcome: str) -> float:
    return metrics.registry.get_sample_value("nlu_translations_total", {"backend": "openai", "outcome": outcome}) or 0


def run(coro):
    return asyncio.run(coro)


def test_ok_translation_restores_protected_pieces(stub):
    translator, metrics = make(stub)
    result = run(translator.translate("añade Para Comer a mi lista 2 veces", "es"))
    assert isinstance(result, Translation)
    assert result.text == "add Para Comer to my playlist 2 veces" and result.backend == "openai" and not result.cached
    # the model saw placeholders, not the protected text; the key went in the header
    sent = stub.calls[-1]
    assert sent["body"]["messages"][-1]["content"] == "añade [P1] a mi lista [P2] veces"
    assert sent["body"]["model"] == "stub-model" and sent["auth"] == "Bearer secret-key"
    assert sorted((s, e) for _, _, s, e in result.alignments) == [(6, 16), (28, 29)]
    assert sample(metrics, "ok") == 1


@pytest.mark.parametrize("mode, reason, calls", [
    ("error", "error", 1),          # 500: not retried (the server answered; retrying may not help)
    ("unavailable", "error", 2),    # 503: retried once (retries=1), then given up
    ("garbage", "error", 1),
    ("injection", "rejected:instructions", 1),
    ("refusal", "rejected:refusal", 1),
    ("json", "rejected:markup", 1),
    ("drop_placeholders", "rejected:placeholders_lost", 1),
])
def test_failures_leave_the_native_answer(stub, mode, reason, calls):
    stub.mode = mode
    translator, metrics = make(stub)
    result = run(translator.translate("pon 2 canción", "es"))
    assert result == Skip(reason)
    assert len(stub.calls) == calls
    assert sample(metrics, reason.split(":")[0]) == 1


def test_slow_translator_times_out_without_retry(stub):
    stub.mode, stub.delay_s = "slow", 1.5
    translator, metrics = make(stub, timeout_s=0.3)
    started = time.perf_counter()
    assert run(translator.translate("pon música", "es")) == Skip("timeout")
    assert time.perf_counter() - started < 1.0 and len(stub.calls) == 1
    assert sample(metrics, "timeout") == 1


def test_unreachable_translator_is_an_error_after_quick_retries():
    metrics = Metrics()
    backend = OpenAIChatBackend("http://127.0.0.1:9/v1", "m", None, 0.5, retries=2)
    translator = Translator(backend, NoCache(), metrics, Protector(), 2, 0.2, 5, 30)
    assert run(translator.translate("pon música", "es")) == Skip("error")


def test_breaker_opens_fails_fast_and_recovers(stub):
    stub.mode = "error"
    translator, metrics = make(stub, threshold=3, ttl_s=0.5, retries=0)

    async def scenario():
        for _ in range(3):
            assert await translator.translate("pon música", "es") == Skip("error")
        assert translator.breaker_state == "opened"
        calls = len(stub.calls)
        started = time.perf_counter()
        assert await translator.translate("pon música", "es") == Skip("breaker_open")
        assert len(stub.calls) == calls and time.perf_counter() - started < 0.05  # never reached the server
        gauge = metrics.registry.get_sample_value("nlu_translator_breaker_state", {"backend": "openai"})
        assert gauge == 2
        stub.mode = "ok"
        await asyncio.sleep(0.6)  # past the TTL: the next call probes, succeeds, closes the breaker
        assert isinstance(await translator.translate("pon música", "es"), Translation)
        assert translator.breaker_state == "closed"
        assert metrics.registry.get_sample_value("nlu_translator_breaker_state", {"backend": "openai"}) == 0

    run(scenario())
    assert sample(metrics, "breaker_open") == 1


def test_rejected_outputs_count_toward_the_breaker(stub):
    stub.mode = "refusal"
    translator, _ = make(stub, threshold=2)
    for _ in range(2):
        assert run(translator.translate("pon música", "es")) == Skip("rejected:refusal")
    assert translator.breaker_state == "opened"
    assert run(translator.translate("pon música", "es")) == Skip("breaker_open") and len(stub.calls) == 2


def test_unsupported_languages_do_not_open_the_breaker():
    from service.translate.backends import ApertiumBackend

    translator = Translator(ApertiumBackend(timeout_s=10), NoCache(), Metrics(), Protector(), 1, 5, 2, 1)
    for _ in range(3):
        assert run(translator.translate("spiel musik", "de")) == Skip("unsupported")
    assert translator.breaker_state == "closed"


def test_concurrency_is_bounded_and_excess_answers_busy(stub):
    stub.mode, stub.delay_s = "slow", 0.5
    translator, metrics = make(stub, concurrency=1, timeout_s=2)

    async def scenario():
        return await asyncio.gather(*(translator.translate(f"pon canción {i}", "es") for i in range(3)))

    results = run(scenario())
    assert sum(isinstance(r, Translation) for r in results) == 1
    assert results.count(Skip("busy")) == 2 and sample(metrics, "busy") == 2


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_translations_are_cached(stub, kind):
    metrics = Metrics()
    cache = MemoryCache(metrics, 100, 60) if kind == "memory" else RedisCache(metrics, REDIS_URL, 60, 0.5, 1.0)
    translator, _ = make(stub, cache=cache, metrics=metrics)

    n = uuid.uuid4().int % 10**9  # a text no earlier run has cached in the shared Redis

    async def scenario():
        first = await translator.translate(f"pon Para Comer {n}", "es")
        second = await translator.translate(f"pon Para Comer {n}", "es")
        await cache.close()
        return first, second

    first, second = run(scenario())
    assert len(stub.calls) == 1
    assert not first.cached and second.cached and second.text == first.text == f"play Para Comer {n}"
    assert second.alignments == first.alignments
    assert sample(metrics, "cached") == 1


def test_no_backend_skips_as_unsupported():
    translator = Translator(NoBackend(), NoCache(), Metrics(), Protector(), 1, 0.1, 3, 1)
    assert run(translator.translate("pon música", "es")) == Skip("unsupported")


def test_one_probe_per_reset_period(stub):
    """After the TTL, one call probes the struggling translator; the others fail fast meanwhile."""
    stub.mode = "error"
    translator, metrics = make(stub, threshold=2, ttl_s=0.3, retries=0, concurrency=4, timeout_s=2)

    async def scenario():
        for _ in range(2):
            await translator.translate("pon música", "es")
        assert translator.breaker_state == "opened"
        await asyncio.sleep(0.35)
        stub.mode, stub.delay_s = "slow", 0.3  # the translator is back, slowly: the probe succeeds
        calls = len(stub.calls)
        results = await asyncio.gather(*(translator.translate(f"pon canción {i}", "es") for i in range(4)))
        return calls, results

    calls, results = run(scenario())
    assert len(stub.calls) == calls + 1  # one probe reached the server
    assert sum(isinstance(r, Translation) for r in results) == 1 and results.count(Skip("breaker_open")) == 3
    assert translator.breaker_state == "closed"


def test_apertium_translates_spanish_deterministically():
    from service.translate.backends import ApertiumBackend

    translator = Translator(ApertiumBackend(timeout_s=10), NoCache(), Metrics(), Protector(), 1, 5, 3, 1)
    first = run(translator.translate("pon 2 canciones de adele en spotify", "es"))
    assert isinstance(first, Translation) and first.backend == "apertium"
    assert "2" in first.text and "adele" in first.text.lower() and "spotify" in first.text.lower()
    assert run(translator.translate("pon 2 canciones de adele en spotify", "es")).text == first.text
    assert run(translator.translate("spiel musik", "de")) == Skip("unsupported")
