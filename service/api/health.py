"""Health, readiness, metrics and the model listing."""
from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.responses import PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from ..errors import NotReady
from .deps import ServicesDep

router = APIRouter()


@router.get("/healthz", tags=["ops"])
async def healthz():
    """The process is alive."""
    return {"status": "ok"}


@router.get("/readyz", tags=["ops"])
async def readyz(svc: ServicesDep):
    """200 only when every task's default pack is loaded (and the service is not shutting down)."""
    snap = svc.registry.snapshot
    if svc.shutting_down:
        raise NotReady("shutting down")
    if snap is None:
        raise NotReady("registry not loaded")
    if not snap.ready():
        raise NotReady(f"default packs not loaded for tasks {snap.missing_defaults()}")
    return {"status": "ready"}


@router.get("/metrics", tags=["ops"], response_class=PlainTextResponse)
async def metrics(svc: ServicesDep):
    """Prometheus exposition."""
    return Response(generate_latest(svc.metrics.registry), media_type=CONTENT_TYPE_LATEST)


@router.get("/v1/models", tags=["nlu"])
async def models(svc: ServicesDep):
    """Loaded packs per task with versions, labels and reported metrics."""
    snap = svc.registry.snapshot
    tasks = {}
    for task, tp in (snap.tasks.items() if snap else []):
        tasks[task] = {
            "default": tp.default,
            "packs": [
                {
                    "name": name,
                    "pack": p.manifest.name,
                    "version": p.manifest.version,
                    "provider": p.backend.provider,
                    "precision": p.backend.precision,  # what runs: int8 as shipped, or a float graph on CUDA
                    "languages": p.manifest.languages,
                    "heads": [{"name": h.name, "kind": h.kind, "labels": h.labels, "task": h.task}
                              for h in p.manifest.heads],
                    "metrics": [m.model_dump() for m in p.manifest.metrics],
                }
                for name, p in tp.packs.items()
            ],
        }
    return {"tasks": tasks, "errors": snap.errors if snap else {}}
