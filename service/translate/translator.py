"""The translator as the service sees it: cache, bounded concurrency, circuit breaker, protection, checks.

`translate` never raises: it returns a Translation (ok, with the text and where protected pieces
came from) or a Skip saying why the native answer has to stand ("breaker_open", "timeout",
"error", "rejected:<reason>", "busy", "unsupported"). A dead translator costs nothing once the
breaker opens: calls fail fast until its TTL passes, then one probe decides.
"""
from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

from purgatory import AsyncCircuitBreakerFactory
from purgatory.domain.model import OpenedState

from ..cache import ResultCache, cache_key
from ..metrics import Metrics
from .backends import Backend, TranslatorError
from .check import Rejected, check
from .protect import Masked, Protector, restore

log = logging.getLogger(__name__)
BREAKER_STATES = {"closed": 0, "half-opened": 1, "opened": 2}


@dataclass(frozen=True)
class Translation:
    text: str
    backend: str
    cached: bool
    # (start, end) in `text` -> (start, end) in the source, for every protected piece put back
    alignments: tuple[tuple[int, int, int, int], ...] = ()

    def to_json(self) -> dict:
        return {"text": self.text, "backend": self.backend, "cached": self.cached}


@dataclass(frozen=True)
class Skip:
    reason: str


class _Breaker:
    """purgatory's async breaker around the backend, with its state mirrored into a gauge."""

    def __init__(self, metrics: Metrics, name: str, threshold: int, ttl_s: float):
        self.name = name
        self.state = "closed"
        self._factory = AsyncCircuitBreakerFactory(default_threshold=threshold, default_ttl=ttl_s,
                                                   exclude=[_SkippedNotCounted])
        self._factory.add_listener(self._on_event)
        self._metrics = metrics
        metrics.translator_breaker.labels(name).set(0)

    def _on_event(self, name: str, event_type: str, event) -> None:
        if event_type == "state_changed":
            self.state = event.state
            self._metrics.translator_breaker.labels(self.name).set(BREAKER_STATES.get(event.state, 0))
            log.warning("translator breaker %s is now %s", self.name, event.state)

    async def get(self):
        return await self._factory.get_breaker(self.name)


class _Skipped(Exception):
    """Raised inside the breaker when a call ends without a usable translation; counts as a failure
    (an output our checks reject: a translator that keeps answering junk costs calls, buys nothing)."""

    def __init__(self, skip: Skip):
        super().__init__(skip.reason)
        self.skip = skip


class _SkippedNotCounted(_Skipped):
    """The same, for outcomes that say nothing about the translator's health (a language it lacks)."""


class Translator:
    def __init__(self, backend: Backend, cache: ResultCache, metrics: Metrics, protector: Protector,
                 concurrency: int, queue_timeout_s: float, breaker_threshold: int, breaker_ttl_s: float,
                 min_ratio: float = 0.25, max_ratio: float = 3.0):
        self.backend = backend
        self.cache = cache
        self.metrics = metrics
        self.protector = protector
        self.queue_timeout_s = queue_timeout_s
        self.min_ratio, self.max_ratio = min_ratio, max_ratio
        self._slots = asyncio.Semaphore(concurrency)
        self._breaker = _Breaker(metrics, backend.name, breaker_threshold, breaker_ttl_s)
        self._probing = False  # after the breaker opened: one call at a time finds out if it may close

    @property
    def name(self) -> str:
        return self.backend.name

    @property
    def breaker_state(self) -> str:
        return self._breaker.state

    def _count(self, outcome: str) -> None:
        self.metrics.translations.labels(self.backend.name, outcome).inc()

    async def translate(self, text: str, source_language: str | None) -> Translation | Skip:
        key = cache_key("translation", self.backend.name, self.backend.model, text)
        hit = (await self.cache.get_many([key]))[0]
        if hit is not None:
            self._count("cached")
            return Translation(hit["text"], self.backend.name, True, tuple(tuple(a) for a in hit["alignments"]))
        masked = self.protector.mask(text)
        result = await self._call(masked, text, source_language)
        if isinstance(result, Translation):
            await self.cache.set_many({key: {"text": result.text, "alignments": [list(a) for a in result.alignments]}})
        return result

    async def _call(self, masked: Masked, source: str, source_language: str | None) -> Translation | Skip:
        # purgatory's half-open state lets every caller through; a struggling translator should see
        # one probe per reset period, so while the breaker is not closed only one call goes on
        probe = self._breaker.state != "closed"
        if probe and self._probing:
            self._count("breaker_open")
            return Skip("breaker_open")
        self._probing = self._probing or probe
        try:
            return await self._guarded(masked, source, source_language)
        finally:
            if probe:
                self._probing = False

    async def _guarded(self, masked: Masked, source: str, source_language: str | None) -> Translation | Skip:
        try:
            await asyncio.wait_for(self._slots.acquire(), self.queue_timeout_s)
        except asyncio.TimeoutError:
            self._count("busy")
            return Skip("busy")
        started = time.perf_counter()
        try:
            breaker = await self._breaker.get()
            async with breaker:
                try:
                    raw = await self.backend.translate(masked.text, source_language)
                except TranslatorError as exc:
                    if exc.kind == "unsupported":
                        raise _SkippedNotCounted(Skip("unsupported")) from exc
                    raise
                outcome = self._accept(raw, masked, source)
                if isinstance(outcome, Skip):
                    raise _Skipped(outcome)
        except OpenedState:
            self._count("breaker_open")
            return Skip("breaker_open")
        except _Skipped as exc:
            self._count(exc.skip.reason.split(":")[0])
            return exc.skip
        except TranslatorError as exc:
            self._count(exc.kind)
            log.warning("translator %s failed: %s", self.backend.name, exc)
            return Skip(exc.kind)
        finally:
            self._slots.release()
            self.metrics.translator_latency.labels(self.backend.name).observe(time.perf_counter() - started)
        self._count("ok")
        return outcome

    def _accept(self, raw: str, masked: Masked, source: str) -> Translation | Skip:
        try:
            cleaned = check(raw, masked.text, self.min_ratio, self.max_ratio)
        except Rejected as exc:
            return Skip(f"rejected:{exc.reason}")
        restored = restore(cleaned, masked)
        if restored.missing:
            return Skip("rejected:placeholders_lost")
        return Translation(restored.text, self.backend.name, False, restored.alignments)

    async def close(self) -> None:
        await self.backend.close()


def build_translator(settings, cache: ResultCache, metrics: Metrics) -> Translator:
    from .backends import ApertiumBackend, NoBackend, OpenAIChatBackend

    if settings.translator_backend == "openai":
        key = settings.translator_api_key.get_secret_value() if settings.translator_api_key else None
        backend = OpenAIChatBackend(settings.translator_base_url, settings.translator_model, key,
                                    settings.translator_timeout_s, settings.translator_retries)
    elif settings.translator_backend == "apertium":
        backend = ApertiumBackend(settings.translator_timeout_s)
    else:
        backend = NoBackend()
    terms = settings.translator_protected_terms
    protector = Protector.from_file(terms if terms is not None and terms.is_file() else None)
    return Translator(backend, cache, metrics, protector, settings.translator_concurrency,
                      settings.translator_queue_timeout_s, settings.translator_breaker_threshold,
                      settings.translator_breaker_ttl_s)
