"""Shared fixtures: tiny real packs, registries, apps, a real Redis and a real uvicorn server."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml
from fastapi.testclient import TestClient

from loadtests.proxy import free_port  # one free-port helper for the tests and the load tools
from service.app import create_app
from service.registry import served_pack
from service.settings import Settings
from tests.utils.tiny_pack import build_tiny_pack

REPO = Path(__file__).resolve().parent.parent
COMMITTED_REGISTRY = REPO / "models" / "registry.yaml"
ADMIN_TOKEN = "test-admin-token-0123456789"


def served_folder(name: str) -> Path:
    """The folder of the version of pack `name` the committed registry serves (no version hard-coded)."""
    folder = served_pack(COMMITTED_REGISTRY, name)
    assert folder is not None, f"{name} is not in {COMMITTED_REGISTRY}"
    return folder


REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def write_registry(path: Path, packs: dict[str, str], default: str | None, batching: dict | None = None) -> Path:
    config = {
        "runtime": {"providers": ["CPUExecutionProvider"], "intra_op_threads": 1,
                    "batching": batching or {"max_batch_size": 16, "max_wait_ms": 1, "max_queue": 256}},
        "tasks": {"intent_entity": {"default": default, "packs": packs}},
    }
    path.write_text(yaml.safe_dump(config))
    return path


@pytest.fixture(scope="session")
def tiny_packs(tmp_path_factory) -> Path:
    """models/ folder with tiny/1.0.0 and tiny/2.0.0 (same weights, different versions)."""
    root = tmp_path_factory.mktemp("models")
    build_tiny_pack(root / "tiny" / "1.0.0", version="1.0.0")
    build_tiny_pack(root / "tiny" / "2.0.0", version="2.0.0")
    return root


@pytest.fixture
def registry_file(tmp_path, tiny_packs) -> Path:
    return write_registry(tmp_path / "registry.yaml", {"tiny": str(tiny_packs / "tiny" / "1.0.0")}, "tiny")


def make_settings(registry: Path, **overrides) -> Settings:
    # no translator unless a test asks for one: answers must not depend on a local LLM server running
    values = {"registry": registry, "admin_token": ADMIN_TOKEN, "redis_url": None, "translator_backend": "none",
              **overrides}
    return Settings(**values)


@pytest.fixture
def client(registry_file):
    with TestClient(create_app(make_settings(registry_file))) as c:
        yield c


class LiveServer:
    """`python -m service` in a subprocess, the way `make run` starts it."""

    def __init__(self, env: dict[str, str], wait_for: str = "/readyz"):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        full_env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(self.port), "LOG_LEVEL": "warning",
                    "SHUTDOWN_DRAIN_S": "0", "TRANSLATOR_BACKEND": "none", **env}
        self.proc = subprocess.Popen([sys.executable, "-m", "service"], cwd=REPO, env=full_env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}: {self.proc.stdout.read()}")
            try:
                if httpx.get(self.url + wait_for, timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not become ready in 60 s")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


@pytest.fixture
def live_server(registry_file):
    servers = []

    def start(wait_for: str = "/readyz", **env) -> LiveServer:
        base = {"REGISTRY": str(registry_file), "ADMIN_TOKEN": ADMIN_TOKEN}
        server = LiveServer({**base, **env}, wait_for)
        servers.append(server)
        return server

    yield start
    for s in servers:
        s.stop()


class OwnRedis:
    """A redis-server of the test's own, on its own port, that the test may kill, pause or restart."""

    def __init__(self, folder: Path):
        if not shutil.which("redis-server"):
            pytest.fail("redis-server is not installed")
        self.folder = folder
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        self.proc = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", str(self.folder)], stdout=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()

    def pause(self) -> None:
        os.kill(self.proc.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.proc.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.resume()
            self.kill()


@pytest.fixture
def own_redis(tmp_path):
    server = OwnRedis(tmp_path)
    yield server
    server.stop()
