"""A burst of concurrent batch requests, each timed: what the overload tests send."""
from __future__ import annotations

import asyncio
import time

import httpx


def timed_burst(url: str, requests: int, texts_per_request: int, max_connections: int,
                timeout: float) -> list[tuple[httpx.Response, float]]:
    """POST `requests` /v1/intent-entity calls at once, each with its own texts: [(response, seconds)]."""
    async def burst():
        async with httpx.AsyncClient(base_url=url, timeout=timeout,
                                     limits=httpx.Limits(max_connections=max_connections)) as c:
            async def one(i):
                t0 = time.perf_counter()
                body = {"texts": [f"play adele {i} {j}" for j in range(texts_per_request)]}
                r = await c.post("/v1/intent-entity", json=body)
                return r, time.perf_counter() - t0
            return await asyncio.gather(*(one(i) for i in range(requests)))

    return asyncio.run(burst())
