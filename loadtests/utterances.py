"""The utterance mix the load tests send: real test-set text in several languages.

Read from the data root (NLU_DATA_ROOT, default ../shared/data) and, when it was built, the shopping
corpus (build/shopping/test.jsonl). Load tests only send these texts; nothing is tuned on them.
"""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
XSID_LANGS = ("de", "it", "nl", "da", "zh", "ja", "ar", "id", "tr", "gsw")


def _data_root() -> Path:
    return Path(os.environ.get("NLU_DATA_ROOT", REPO.parent / "shared" / "data"))


def _xsid_texts(path: Path) -> list[str]:
    return [line[len("# text = "):].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# text = ")]


def load_mix(seed: int = 0, per_source: int = 300) -> dict[str, list[str]]:
    """{'en': [...], 'multilingual': [...], 'shopping': [...]} — each list shuffled, capped."""
    rng = random.Random(seed)
    root = _data_root()
    mix: dict[str, list[str]] = {"en": [], "multilingual": [], "shopping": []}
    snips = root / "snips" / "test" / "seq.in"
    if snips.is_file():
        mix["en"] = [line.strip() for line in snips.read_text(encoding="utf-8").splitlines() if line.strip()]
    for lang in XSID_LANGS:
        path = root / "xsid" / f"{lang}.test.conll"
        if path.is_file():
            mix["multilingual"] += _xsid_texts(path)
    shopping = REPO / "build" / "shopping" / "test.jsonl"
    if shopping.is_file():
        mix["shopping"] = [json.loads(line)["text"] for line in shopping.read_text(encoding="utf-8").splitlines()]
    if not mix["en"]:  # no data root: still a usable, if small, mix
        mix["en"] = ["play the latest song by adele on spotify", "what is the weather in paris tomorrow",
                     "book a table for two at a pizzeria", "add this song to my workout playlist"]
    for key, texts in mix.items():
        rng.shuffle(texts)
        mix[key] = texts[:per_source]
    return mix


def benchmark_texts() -> list[str]:
    """The benchmarks' utterances: every source of the mix together, in one fixed shuffled order."""
    mix = load_mix(seed=3)
    texts = mix["en"] + mix["multilingual"] + mix["shopping"]
    np.random.default_rng(0).shuffle(texts)
    return texts
