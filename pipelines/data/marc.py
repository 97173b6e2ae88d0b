"""MARC (multilingual Amazon reviews, 1-5 stars) -> Examples whose "intent" is the star rating.

The shared copy holds a balanced pool of the official train split (12,465 per language) and the
official test split (5,000 per language, 1,000 per star). Training reads every k-th review of each
pool, up to `TRAIN_PER_LANGUAGE` (the "marc" source, so a 2-core machine trains in minutes), or the
whole pool ("marc-pool", with train_intent_slot's --per-language to pick how much); validation is
carved out of that train sample by the pipeline (never from test).
"""
from __future__ import annotations

import csv
from pathlib import Path

from .schema import Example

LANGUAGES = ("de", "en", "es", "fr", "ja", "zh")
SPLITS = ("train", "test")
TRAIN_PER_LANGUAGE = 2000
csv.field_size_limit(1 << 24)


def load_marc(root: Path, split: str, per_language: int | None = TRAIN_PER_LANGUAGE) -> list[Example]:
    """`per_language`: train reviews kept per language, evenly spaced over the pool (None: all)."""
    if split not in SPLITS:
        raise ValueError(f"unknown MARC split {split!r}; choose one of {SPLITS}")
    out = []
    for lang in LANGUAGES:
        with (root / lang / f"{split}.csv").open(encoding="utf-8", newline="") as fh:
            # columns: index, review body, stars (train files have a header row, test files none)
            rows = [r for r in csv.reader(fh) if len(r) == 3 and r[2].strip().isdigit() and r[1].strip()]
        if split == "train" and per_language:
            rows = rows[:: max(1, len(rows) // per_language)][:per_language]
        out += [Example(" ".join(r[1].split()), str(int(r[2])), (), lang) for r in rows]
    return out
