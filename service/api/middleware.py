"""Pure ASGI middleware: request-body limit (413), load shedding (429) and per-route metrics."""
from __future__ import annotations

import time

from starlette.responses import JSONResponse

from ..errors import Overloaded, PayloadTooLarge, ServiceError, error_body
from ..metrics import Metrics
from ..tasks import INTENT_ENTITY


def _error(code: str, detail: str, status: int, headers: dict | None = None) -> JSONResponse:
    """The service's error shape, as an ASGI app these middlewares can answer with directly."""
    return JSONResponse(error_body(code, detail), status_code=status, headers=headers)


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
                return await _error(PayloadTooLarge.code, detail, 413)(scope, receive, send)
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
                return await _error(PayloadTooLarge.code, detail, 413)(scope, receive, send)
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
        services = self.get_services()
        if services and scope["type"] == "http" and scope["method"] == "POST" and scope["path"].startswith("/v1/"):
            try:
                services.registry.resolve(INTENT_ENTITY, None).batcher.check_room(1)
            except Overloaded as exc:
                return await _error(exc.code, exc.detail, 429, {"Retry-After": "1"})(scope, receive, send)
            except ServiceError:
                pass  # no default pack: the route answers with the right error
        return await self.app(scope, receive, send)
