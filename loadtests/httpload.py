"""A lean HTTP/1.1 load generator (asyncio streams, keep-alive) for the benchmarks.

Why not httpx or locust here: on a 2-core machine the client shares the CPU with the server, and a
heavyweight client would take a different share from a fast server than from a slow one. This one
costs tens of microseconds per request, so the comparison measures the servers.
"""
from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from itertools import cycle
from urllib.parse import urlsplit

import numpy as np


@dataclass
class Sample:
    status: int
    latency: float  # seconds


@dataclass
class Result:
    samples: list[Sample] = field(default_factory=list)
    duration: float = 0.0
    errors: int = 0  # connection errors (no HTTP status)

    def of(self, status: int | None = None) -> list[float]:
        return [s.latency for s in self.samples if status is None or s.status == status]

    def summary(self) -> dict:
        ok = self.of(200)
        statuses: dict[int, int] = {}
        for s in self.samples:
            statuses[s.status] = statuses.get(s.status, 0) + 1
        pct = (lambda xs, q: float(np.percentile(xs, q) * 1e3) if xs else None)
        rejected = self.of(429)
        return {
            "requests": len(self.samples), "ok": len(ok), "statuses": statuses, "connection_errors": self.errors,
            "throughput_rps": len(ok) / self.duration if self.duration else 0.0,
            "p50_ms": pct(ok, 50), "p99_ms": pct(ok, 99), "rejected_p99_ms": pct(rejected, 99),
        }


class Connection:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def request(self, path: str, body: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = (f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        self.writer.write(head + body)
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("server closed the connection")
        status = int(status_line.split()[1])
        length, close = 0, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and "close" in value.lower():
                close = True
        await self.reader.readexactly(length)
        if close:
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def _bodies(texts: list[str]) -> cycle:
    # the native path: the gate's translator is a different service with its own cost (the naive
    # baseline ignores the field)
    return cycle([json.dumps({"text": t, "translate": "never"}).encode() for t in texts])


async def closed_loop(url: str, texts: list[str], concurrency: int, seconds: float, warmup: float = 2.0,
                      path: str = "/v1/intent-entity") -> Result:
    """`concurrency` clients, each sending its next request as soon as the last one returns."""
    parts = urlsplit(url)
    bodies = _bodies(texts)
    result = Result()
    start = time.perf_counter()
    measure_from, stop_at = start + warmup, start + warmup + seconds

    async def client():
        conn = Connection(parts.hostname, parts.port)
        while (now := time.perf_counter()) < stop_at:
            try:
                status = await conn.request(path, next(bodies))
            except (OSError, ConnectionError, asyncio.IncompleteReadError):
                conn.close()
                if now >= measure_from:
                    result.errors += 1
                continue
            if now >= measure_from:
                result.samples.append(Sample(status, time.perf_counter() - now))
        conn.close()

    await asyncio.gather(*(client() for _ in range(concurrency)))
    result.duration = seconds
    return result


async def open_loop(url: str, texts: list[str], rate: float, seconds: float, max_inflight: int = 512,
                    path: str = "/v1/intent-entity") -> Result:
    """Requests at a fixed arrival rate (Poisson), whatever the server's speed: latency under load."""
    parts = urlsplit(url)
    bodies = _bodies(texts)
    result = Result()
    idle: list[Connection] = []
    rng = np.random.default_rng(0)
    inflight: set[asyncio.Task] = set()

    async def one(body: bytes):
        reused = bool(idle)
        conn = idle.pop() if idle else Connection(parts.hostname, parts.port)
        t0 = time.perf_counter()
        try:
            status = await conn.request(path, body)
        except (OSError, ConnectionError, asyncio.IncompleteReadError):
            conn.close()
            if not reused:
                result.errors += 1
                return
            # a keep-alive connection the server closed while it sat idle: retry once on a new one,
            # as HTTP clients do
            conn = Connection(parts.hostname, parts.port)
            try:
                status = await conn.request(path, body)
            except (OSError, ConnectionError, asyncio.IncompleteReadError):
                conn.close()
                result.errors += 1
                return
        result.samples.append(Sample(status, time.perf_counter() - t0))
        idle.append(conn)

    start = time.perf_counter()
    next_at = start
    while next_at < start + seconds:
        await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
        if len(inflight) < max_inflight:
            task = asyncio.create_task(one(next(bodies)))
            inflight.add(task)
            task.add_done_callback(inflight.discard)
        else:
            result.errors += 1  # the generator itself is saturated
        next_at += rng.exponential(1.0 / rate)
    await asyncio.gather(*inflight)
    result.duration = time.perf_counter() - start
    for c in idle:
        c.close()
    return result
