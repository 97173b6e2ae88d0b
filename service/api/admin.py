"""Admin routes, behind `Authorization: Bearer <ADMIN_TOKEN>` (compared in constant time)."""
from __future__ import annotations

import hmac

from fastapi import APIRouter, Depends, Request

from ..errors import Forbidden, Unauthorized
from .deps import ServicesDep
from .schemas import ErrorResponse


async def require_admin(request: Request) -> None:
    token = request.app.state.settings.admin_token
    if token is None:
        raise Forbidden("admin routes are disabled: start the service with ADMIN_TOKEN set")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise Unauthorized("send 'Authorization: Bearer <ADMIN_TOKEN>'")
    if not hmac.compare_digest(given.encode(), token.get_secret_value().encode()):
        raise Forbidden("the admin token is not valid")


router = APIRouter(
    prefix="/admin", tags=["admin"], dependencies=[Depends(require_admin)],
    responses={c: {"model": ErrorResponse} for c in (401, 403, 409, 422)},
)


@router.post("/reload")
async def reload(svc: ServicesDep):
    """Load the registry file anew; packs that fail keep their previous version serving."""
    snapshot = await svc.registry.reload()
    return {
        "status": "ok",
        "packs": [
            {"task": task, "name": name, "version": pack.manifest.version, "default": name == tp.default}
            for task, tp in snapshot.tasks.items()
            for name, pack in tp.packs.items()
        ],
    }
