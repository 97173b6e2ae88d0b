"""Result cache: in-process LRU with TTL by default, Redis when REDIS_URL is set.

The cache is an optimisation, never a dependency: a Redis error or a slow Redis (short socket
timeouts) is counted and the request is answered without it. After an error Redis is bypassed for
`retry_after_s`, so a dead or hung server costs one timeout per window, not one per request.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from typing import Protocol

import redis.asyncio as aioredis
from cachetools import TTLCache
from redis.exceptions import RedisError

from .metrics import Metrics

log = logging.getLogger(__name__)
KEY_PREFIX = "nlu:v1:"


def cache_key(*parts: str) -> str:
    """Stable key from pack versions, normalized text and options (hashed: texts can be long)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return KEY_PREFIX + digest


class ResultCache(Protocol):
    backend: str

    async def get_many(self, keys: list[str]) -> list[dict | None]: ...
    async def set_many(self, items: dict[str, dict]) -> None: ...
    async def close(self) -> None: ...


class MemoryCache:
    backend = "memory"

    def __init__(self, metrics: Metrics, max_entries: int, ttl_s: int):
        self.metrics = metrics
        self._data: TTLCache = TTLCache(maxsize=max_entries, ttl=ttl_s)

    async def get_many(self, keys: list[str]) -> list[dict | None]:
        values = [self._data.get(k) for k in keys]
        _count(self.metrics, self.backend, values)
        return values

    async def set_many(self, items: dict[str, dict]) -> None:
        self._data.update(items)

    async def close(self) -> None:
        self._data.clear()


class RedisCache:
    backend = "redis"

    def __init__(self, metrics: Metrics, url: str, ttl_s: int, timeout_s: float, retry_after_s: float):
        self.metrics = metrics
        self.ttl_s = ttl_s
        self.retry_after_s = retry_after_s
        self._bypass_until = 0.0
        self._client = aioredis.Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s, retry_on_timeout=False,
            health_check_interval=0,
        )

    def _available(self, count: int) -> bool:
        if time.monotonic() < self._bypass_until:
            self.metrics.cache.labels(self.backend, "bypass").inc(count)
            return False
        return True

    def _failed(self, exc: Exception, count: int) -> None:
        self.metrics.cache.labels(self.backend, "error").inc(count)
        self._bypass_until = time.monotonic() + self.retry_after_s
        log.warning("redis unavailable, cache bypassed for %.1fs: %s", self.retry_after_s, type(exc).__name__)

    async def get_many(self, keys: list[str]) -> list[dict | None]:
        if not self._available(len(keys)):
            return [None] * len(keys)
        try:
            raw = await self._client.mget(keys)
        except (RedisError, OSError, asyncio.TimeoutError) as exc:
            self._failed(exc, len(keys))
            return [None] * len(keys)
        values = [json.loads(v) if v is not None else None for v in raw]
        _count(self.metrics, self.backend, values)
        return values

    async def set_many(self, items: dict[str, dict]) -> None:
        if not items or not self._available(0):
            return
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                for key, value in items.items():
                    pipe.set(key, json.dumps(value, ensure_ascii=False), ex=self.ttl_s)
                await pipe.execute()
        except (RedisError, OSError, asyncio.TimeoutError) as exc:
            self._failed(exc, 0)

    async def close(self) -> None:
        try:
            await self._client.aclose()
        except (RedisError, OSError):
            pass


class NoCache:
    backend = "none"

    async def get_many(self, keys: list[str]) -> list[dict | None]:
        return [None] * len(keys)

    async def set_many(self, items: dict[str, dict]) -> None:
        return None

    async def close(self) -> None:
        return None


def _count(metrics: Metrics, backend: str, values: list) -> None:
    hits = sum(v is not None for v in values)
    if hits:
        metrics.cache.labels(backend, "hit").inc(hits)
    if len(values) - hits:
        metrics.cache.labels(backend, "miss").inc(len(values) - hits)


def build_cache(settings, metrics: Metrics) -> ResultCache:
    if not settings.cache_enabled:
        return NoCache()
    if settings.redis_url:
        return RedisCache(metrics, settings.redis_url, settings.cache_ttl_s, settings.redis_timeout_s,
                          settings.redis_retry_after_s)
    return MemoryCache(metrics, settings.cache_max_entries, settings.cache_ttl_s)
