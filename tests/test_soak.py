"""Soak: 30 minutes at 60% of capacity against the real process. Never in CI:

    .venv/bin/python -m pytest -m soak tests/test_soak.py      # SOAK_SECONDS, SOAK_RPS override

Passes when no request fails, resident memory grows ≤ 50 MB after warm-up, and open file
descriptors stay flat.
"""
import asyncio
import os
from pathlib import Path

import pytest

from loadtests.httpload import open_loop
from loadtests.utterances import load_mix
from tests.conftest import REPO, LiveServer

pytestmark = pytest.mark.soak
SECONDS = float(os.environ.get("SOAK_SECONDS", 30 * 60))
RPS = float(os.environ.get("SOAK_RPS", 290))  # 60% of the ~490 req/s measured in loadtests/RESULTS.md


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def open_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def test_soak():
    mix = load_mix(seed=5)
    texts = mix["en"] + mix["multilingual"] + mix["shopping"]
    server = LiveServer({"REGISTRY": str(REPO / "models" / "registry.yaml"), "CACHE_ENABLED": "false"})
    try:
        pid = server.proc.pid
        warm = asyncio.run(open_loop(server.url, texts, RPS, min(60.0, SECONDS / 10)))
        rss0, fds0 = rss_mb(pid), open_fds(pid)
        result = asyncio.run(open_loop(server.url, texts, RPS, SECONDS))
        rss1, fds1 = rss_mb(pid), open_fds(pid)
    finally:
        server.stop()
    summary = result.summary()
    assert warm.summary()["statuses"].keys() == {200}
    assert summary["statuses"] == {200: summary["requests"]} and summary["connection_errors"] == 0, summary
    assert rss1 - rss0 <= 50, f"RSS grew {rss1 - rss0:.1f} MB after warm-up"
    assert fds1 <= fds0 + 5, f"open file descriptors {fds0} -> {fds1}"
