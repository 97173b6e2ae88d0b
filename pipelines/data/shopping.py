"""The generated voice-shopping corpus (build/shopping/*.jsonl, from `python -m pipelines.shopping.build`)."""
from __future__ import annotations

import json
from pathlib import Path

from .schema import Example

SPLITS = ("train", "valid", "test", "handwritten", "handwritten-dev")


def load_shopping(root: Path, split: str) -> list[Example]:
    if split not in SPLITS:
        raise ValueError(f"unknown shopping split {split!r}; choose one of {SPLITS}")
    path = root / f"{split}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} missing: build the corpus first (python -m pipelines.shopping.build)")
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        examples.append(Example(row["text"], row["intent"], tuple(tuple(e) for e in row["entities"]),
                                row["language"], row.get("context"), {"template": row.get("template")}))
    return examples
