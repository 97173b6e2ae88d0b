"""The playground page: `GET /` and its static files (service/static/), under a strict CSP.

Plain HTML + vanilla JS + CSS, no build step, nothing loaded from elsewhere. The page calls the
same public API as any client. Every response here carries the Content-Security-Policy below: only
this origin's scripts, styles and images, no inline script or style, no frames, and Trusted Types
enforced, so the browser itself refuses `innerHTML`-style sinks (the page builds DOM nodes with
textContent only). The routes are left out of the OpenAPI document: they are not part of the API.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from starlette.exceptions import HTTPException

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-cache",  # revalidate (ETag) so a new release's page is picked up at once
}
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
# Only the files shipped in service/static/ (listed once at import), so no path from a request
# ever reaches the file system.
STATIC_FILES = {p.name: p for p in sorted(STATIC_DIR.iterdir()) if p.is_file() and p.suffix in MEDIA_TYPES} \
    if STATIC_DIR.is_dir() else {}

router = APIRouter(include_in_schema=False)


def _file(name: str) -> FileResponse:
    path = STATIC_FILES.get(name)
    if path is None:
        raise HTTPException(404, f"no static file {name!r}; the page's files are {sorted(STATIC_FILES)}")
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix], headers=SECURITY_HEADERS)


@router.get("/")
async def playground():
    """The playground page."""
    return _file("index.html")


@router.get("/static/{name}")
async def static_file(name: str):
    return _file(name)
