"""Restaurant-8k (PolyAI): slot filling with the system's requested slots as dialogue context.

The context turn is the requested slot names in words ("first name last name"): what the system
just asked for, which is exactly what disambiguates a bare "7" (people? time?) or "Smith".
"""
from __future__ import annotations

import json
from pathlib import Path

from .schema import Example

SPLITS = ("train", "test")
SLOTS = ("date", "time", "people", "first_name", "last_name")
INTENT = "restaurant_booking"  # the set has no intents; one constant label keeps the joint head


def context_text(requested: list[str]) -> str | None:
    return " ".join(dict.fromkeys(s.replace("_", " ") for s in requested)) or None


def load_restaurant8k(root: Path, split: str) -> list[Example]:
    if split not in SPLITS:
        raise ValueError(f"unknown Restaurant-8k split {split!r}; choose one of {SPLITS}")
    examples = []
    for row in json.loads((root / f"{split}.json").read_text(encoding="utf-8")):
        text = row["userInput"]["text"]
        spans = []
        for label in row.get("labels", []):
            span = label.get("valueSpan", {})
            start, end = span.get("startIndex", 0), span.get("endIndex", len(text))  # proto3 omits zeros
            spans.append((label["slot"], start, end))
        requested = row.get("context", {}).get("requestedSlots", [])
        examples.append(Example(text, INTENT, tuple(sorted(spans, key=lambda s: s[1])), "en", context_text(requested)))
    return examples
