"""uvicorn server with a drain phase, so load balancers stop sending before the listener closes.

On SIGTERM the service's readiness turns 503 at once; after `drain_s` uvicorn's own graceful
shutdown starts (stop accepting, finish in-flight requests within the grace period, lifespan
shutdown). A second SIGTERM, or SIGINT, skips the drain.
"""
from __future__ import annotations

import signal
import threading

import uvicorn
from fastapi import FastAPI


class DrainingServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, app: FastAPI, drain_s: float):
        super().__init__(config)
        self.app = app
        self.drain_s = drain_s
        self._draining = False

    def handle_exit(self, sig: int, frame) -> None:
        services = getattr(self.app.state, "services", None)
        if services is not None:
            services.shutting_down = True  # /readyz answers 503 from now on
        if sig == signal.SIGTERM and self.drain_s > 0 and not self._draining:
            self._draining = True
            timer = threading.Timer(self.drain_s, super().handle_exit, args=(sig, None))
            timer.daemon = True
            timer.start()
            return
        super().handle_exit(sig, frame)
