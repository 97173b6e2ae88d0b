"""Run the shedding proxy (deploy/nginx/nlu.conf.template) locally, in front of service replicas.

The benchmark and the tests start nginx with this, from the same template the compose stack uses:

    with ShedProxy(["127.0.0.1:8090", "127.0.0.1:8091"], inflight_limit=16) as proxy:
        ...  # send to proxy.url

nginx is a Debian package (`nginx-light`; deploy/ci/install-tools.sh installs it in CI).
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Self

REPO = Path(__file__).resolve().parent.parent
TEMPLATE = REPO / "deploy" / "nginx" / "nlu.conf.template"
# the main file around the template: what the official image's /etc/nginx/nginx.conf provides
MAIN = """worker_processes 1;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    include {dir}/nlu.conf;
}}
"""


def render(upstreams: list[str], inflight_limit: int, port: int) -> str:
    """The template with its three variables filled (nginx's own $variables are left alone)."""
    values = {"NLU_UPSTREAMS": " ".join(f"server {u};" for u in upstreams),
              "NLU_INFLIGHT_LIMIT": str(inflight_limit), "NGINX_PORT": f"127.0.0.1:{port}"}
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace("${" + name + "}", value)
    return text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ShedProxy:
    def __init__(self, upstreams: list[str], inflight_limit: int, port: int | None = None):
        self.nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
        if self.nginx is None:
            raise FileNotFoundError("nginx is not installed (Debian: apt-get install nginx-light)")
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.dir = Path(tempfile.mkdtemp(prefix="nlu-proxy-"))
        (self.dir / "nlu.conf").write_text(render(upstreams, inflight_limit, self.port), encoding="utf-8")
        (self.dir / "nginx.conf").write_text(MAIN.format(dir=self.dir), encoding="utf-8")
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Self:
        self.proc = subprocess.Popen([self.nginx, "-p", str(self.dir), "-c", str(self.dir / "nginx.conf")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"nginx exited: {self.proc.stderr.read().decode(errors='replace')}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError("nginx did not listen within 10 s")

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: nginx's fast shutdown
            self.proc.wait(10)
        shutil.rmtree(self.dir, ignore_errors=True)
