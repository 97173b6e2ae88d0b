"""Write a model pack folder: files, their sha256, a validated manifest. No torch here."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from service.packs import Manifest, file_sha256


def write_pack(folder: Path, model: Path, tokenizer: Path, card: str, manifest: dict) -> Manifest:
    """Copy `model` and `tokenizer` into `folder`, write MODEL_CARD.md and a checked manifest.json."""
    folder.mkdir(parents=True, exist_ok=True)
    for src, name in ((model, "model.onnx"), (tokenizer, "tokenizer.json")):
        if src.resolve() != (folder / name).resolve():
            shutil.copyfile(src, folder / name)
    (folder / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    files = {name: file_sha256(folder / name) for name in ("model.onnx", "tokenizer.json", "MODEL_CARD.md")}
    checked = Manifest.model_validate({**manifest, "files": files})
    (folder / "manifest.json").write_text(json.dumps(checked.model_dump(), indent=2, ensure_ascii=False) + "\n")
    return checked
