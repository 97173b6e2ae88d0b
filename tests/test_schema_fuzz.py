"""Schemathesis against the service's own OpenAPI schema: no 5xx, no schema violation.

Runs schemathesis' own CLI (all checks) against a real server that serves every task with tiny
real packs, so success responses are validated too. 200 examples per operation by default
(SCHEMATHESIS_EXAMPLES overrides).
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ADMIN_TOKEN, LiveServer
from tests.utils.tiny_pack import build_tiny_pack

EXAMPLES = os.environ.get("SCHEMATHESIS_EXAMPLES", "200")


@pytest.fixture(scope="module")
def all_tasks_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    tasks = {}
    for task in ("intent_entity", "sentiment", "codemix_intent", "title_shortening"):
        build_tiny_pack(root / task, name=task, task=task)
        tasks[task] = {"default": task, "packs": {task: str(root / task)}}
    (root / "registry.yaml").write_text(yaml.safe_dump({"runtime": {"providers": ["CPUExecutionProvider"]},
                                                        "tasks": tasks}))
    server = LiveServer({"REGISTRY": str(root / "registry.yaml"), "ADMIN_TOKEN": ADMIN_TOKEN})
    yield server
    server.stop()


def test_api_conforms_to_its_schema(all_tasks_server, tmp_path):
    cli = Path(sys.executable).with_name("schemathesis")
    proc = subprocess.run(
        [str(cli), "run", all_tasks_server.url + "/openapi.json", "--checks", "all", "--max-examples", EXAMPLES,
         "--seed", "1", "--workers", "1",
         "--header", f"Authorization: Bearer {ADMIN_TOKEN}", "--report-dir", str(tmp_path), "--no-color"],
        capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
