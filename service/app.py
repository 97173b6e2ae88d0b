"""App factory: builds the services at start-up, maps errors to responses in one place."""
from __future__ import annotations

import asyncio
import logging
import signal
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .api import admin, health, inference, playground
from .api.deps import Services
from .api.middleware import BodyLimitMiddleware, LoadShedMiddleware, MetricsMiddleware
from .cache import build_cache
from .errors import Overloaded, ReloadFailed, ServiceError, error_body, status_of
from .gate.route import GatedNlu
from .metrics import Metrics
from .nlu.langid import LanguageIdentifier
from .predict import Predictor
from .registry import Registry
from .runtime.heap import freeze_long_lived
from .settings import Settings
from .translate.translator import build_translator

log = logging.getLogger("service")


# Friendlier words for the constraint errors pydantic raises on text fields.
_MESSAGES = {
    "string_pattern_mismatch": "must not be empty or only whitespace",
    "string_too_short": "must not be empty",
}


def _validation_detail(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ""
        for x in err.get("loc", ()):
            if x == "body":
                continue
            loc += f"[{x}]" if isinstance(x, int) else (f".{x}" if loc else str(x))
        parts.append(f"{loc or 'body'}: {_MESSAGES.get(err.get('type'), err.get('msg', 'invalid'))}")
    return "; ".join(parts)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def service_error(request: Request, exc: ServiceError):
        headers = {"Retry-After": "1"} if isinstance(exc, Overloaded) else None
        if status_of(exc) == 401:
            headers = {"WWW-Authenticate": "Bearer"}
        return JSONResponse(error_body(exc.code, exc.detail), status_code=status_of(exc), headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        return JSONResponse(error_body("invalid_request", _validation_detail(exc)), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 400:  # FastAPI's "error parsing the body": undecodable bytes, not JSON
            return JSONResponse(error_body("invalid_request", "the body could not be parsed: send UTF-8 encoded JSON"),
                                status_code=422)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        # keep the exception's headers: a 405 must say which methods are allowed (Allow)
        return JSONResponse(error_body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse(error_body("internal_error", "the service failed to answer; it has been logged"),
                            status_code=500)


async def _reload_on_sighup(services: Services) -> None:
    try:
        await services.registry.reload()
        log.info("registry reloaded on SIGHUP")
    except ServiceError as exc:
        log.error("reload on SIGHUP: %s", exc.detail)


def _openapi_with_limits(app: FastAPI, settings: Settings) -> dict:
    """The OpenAPI document, with the configured text length limit on every text field."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        for component in schema.get("components", {}).get("schemas", {}).values():
            for name in ("text", "texts", "context"):
                prop = component.get("properties", {}).get(name)
                for variant in (prop or {}).get("anyOf", [prop] if prop else []):
                    target = variant.get("items", variant)
                    if target.get("type") == "string":
                        target["maxLength"] = settings.max_text_chars
        app.openapi_schema = schema
    return app.openapi_schema


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        registry = Registry(settings.registry, metrics)
        try:
            await registry.reload()
        except ReloadFailed as exc:
            if registry.snapshot is None:  # the registry file itself is unusable: fail loudly
                raise
            log.error("%s", exc.detail)  # some packs failed; /readyz says whether defaults are in
        cache = build_cache(settings, metrics)
        langid = LanguageIdentifier()
        predictor = Predictor(registry, cache, langid, metrics)
        translator = build_translator(settings, cache, metrics)
        gated = GatedNlu(predictor, registry, translator, langid, metrics)
        services = Services(settings, metrics, registry, cache, predictor, gated)
        app.state.services = services
        freeze_long_lived()  # everything loaded so far lives as long as the process
        loop = asyncio.get_running_loop()
        try:
            loop.add_signal_handler(signal.SIGHUP, lambda: loop.create_task(_reload_on_sighup(services)))
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread (e.g. TestClient)
            pass
        try:
            yield
        finally:
            services.shutting_down = True
            try:
                loop.remove_signal_handler(signal.SIGHUP)
            except (NotImplementedError, RuntimeError, ValueError):
                pass
            await registry.close()
            await translator.close()
            await cache.close()

    app = FastAPI(
        title="Voice-shopping NLU",
        version="0.1.0",
        description="Intent + entities, sentiment, title shortening and code-mixed intent for a voice assistant.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.openapi = lambda: _openapi_with_limits(app, settings)
    app.state.metrics = metrics
    _install_error_handlers(app)
    app.include_router(inference.router)
    app.include_router(health.router)
    app.include_router(admin.router)
    app.include_router(playground.router)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(LoadShedMiddleware, get_services=lambda: getattr(app.state, "services", None))
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    return app
