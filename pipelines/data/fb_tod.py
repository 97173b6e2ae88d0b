"""Facebook multilingual task-oriented dialogue (alarm, reminder, weather) TSV -> Examples.

Columns: intent, slot spans "start:end:slot,...", text, locale, tokenization JSON. The English
train file is missing from the shared copy; the English `eval` file serves as English training
data in the assistant mix (and is never used for reporting).
"""
from __future__ import annotations

from pathlib import Path

from .schema import Example

LANGUAGES = ("en", "es", "th")
SPLITS = ("train", "eval", "test")


def load_fb_tod(root: Path, split: str, language: str) -> list[Example]:
    if split not in SPLITS or language not in LANGUAGES:
        raise ValueError(f"unknown FB TOD file {split}-{language}; splits {SPLITS}, languages {LANGUAGES}")
    examples = []
    for line in (root / language / f"{split}-{language}.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 3:
            continue
        intent, slots, text = cols[0], cols[1], cols[2]
        spans = []
        for item in filter(None, slots.split(",")):
            start, end, kind = item.split(":", 2)
            spans.append((kind, int(start), int(end)))
        stripped = text.rstrip()
        spans = [(k, s, min(e, len(stripped))) for k, s, e in spans if s < len(stripped)]
        examples.append(Example(stripped, intent, tuple(sorted(spans, key=lambda s: s[1])), language))
    return examples
