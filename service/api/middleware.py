"""Pure ASGI middleware: request-body limit (413), load shedding (429) and per-route metrics."""
from __future__ import annotations

import json
import time

from ..errors import Overloaded, PayloadTooLarge, error_body
from ..metrics import Metrics


async def _send_json(send, status: int, body: dict, headers: list | None = None) -> None:
    payload = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": payload})


class BodyLimitMiddleware:
    """Refuse bodies over `max_bytes`: at once from Content-Length, else while they stream in."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.max_bytes
        detail = f"request body is over {limit} bytes; send fewer or shorter texts"
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                return await _send_json(send, 413, error_body(PayloadTooLarge.code, detail))
        # Bodies here are small (a few KB of text): read the whole body first, so an oversized
        # chunked body is refused with 413 before any handler starts parsing it.
        chunks, received = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # client went away
            chunks.append(message.get("body", b""))
            received += len(chunks[-1])
            if received > limit:
                return await _send_json(send, 413, error_body(PayloadTooLarge.code, detail))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


class MetricsMiddleware:
    """Count and time requests by route template (never the raw path) and status."""

    def __init__(self, app, metrics: Metrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = 500

        async def observed_send(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, observed_send)
        finally:
            route = scope.get("route")
            endpoint = getattr(route, "path", None) or "unmatched"
            self.metrics.requests.labels(endpoint, str(status)).inc()
            self.metrics.request_latency.labels(endpoint).observe(time.perf_counter() - started)


class LoadShedMiddleware:
    """Refuse inference requests with 429 before reading their body while the default intent
    pack's queue is full: under overload, a refusal must cost almost nothing."""

    def __init__(self, app, get_services):
        self.app = app
        self.get_services = get_services

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"].startswith("/v1/"):
            services = self.get_services()
            snapshot = services.registry.snapshot if services else None
            task = snapshot.tasks.get("intent_entity") if snapshot else None
            pack = task.packs.get(task.default) if task and task.default else None
            batcher = getattr(pack, "batcher", None)
            if batcher is not None and batcher.pending >= batcher.max_queue:
                batcher.metrics.rejected.labels(batcher.name).inc()
                detail = f"pack {batcher.name!r} has {batcher.pending} utterances queued; retry shortly"
                return await _send_json(send, 429, error_body(Overloaded.code, detail), [(b"retry-after", b"1")])
        return await self.app(scope, receive, send)
