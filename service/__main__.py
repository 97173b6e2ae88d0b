"""`python -m service`: serve with uvicorn on HOST:PORT (defaults 127.0.0.1:8080)."""
from __future__ import annotations

import logging
import signal
import sys

import uvicorn

from .app import create_app
from .server import DrainingServer
from .settings import Settings


def main() -> None:
    settings = Settings()
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(settings)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        timeout_graceful_shutdown=settings.shutdown_grace_s,
        access_log=False,  # request metrics cover this, and access logs would echo client paths
    )
    # uvicorn re-raises the signal after its graceful shutdown, to whatever handler was installed
    # before it; make that a clean exit so orchestrators see status 0.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    DrainingServer(config, app, settings.shutdown_drain_s).run()

if __name__ == "__main__":
    main()
