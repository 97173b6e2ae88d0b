"""The hand-written sets, marked-up text -> utterances with spans: data/handwritten.tsv is the test
set (report only); data/dev/<language>.tsv, written separately and later, is for tuning."""
from __future__ import annotations

import re
from pathlib import Path

from .generate import Utterance
from .labels import ENTITY_TYPES, INTENTS, LANGUAGES

HANDWRITTEN = Path(__file__).parent / "data" / "handwritten.tsv"
HANDWRITTEN_DEV = Path(__file__).parent / "data" / "dev"
_MARK = re.compile(r"\[(\w+):([^\]]+)\]")


def parse_marked(marked: str) -> tuple[str, list[tuple[str, int, int]]]:
    """'add [quantity:two] [product:eggs]' -> ('add two eggs', [('quantity', 4, 7), ('product', 8, 12)])."""
    text, spans, pos = "", [], 0
    for m in _MARK.finditer(marked):
        text += marked[pos:m.start()]
        kind, value = m.group(1), m.group(2)
        if kind not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {kind!r} in {marked!r}")
        spans.append((kind, len(text), len(text) + len(value)))
        text += value
        pos = m.end()
    text += marked[pos:]
    if "[" in text or "]" in text:
        raise ValueError(f"unbalanced entity mark in {marked!r}")
    return text, spans


def load_handwritten(path: Path = HANDWRITTEN, source: str = "handwritten") -> list[Utterance]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        lang, intent, marked, *rest = line.split("\t")
        if lang not in LANGUAGES or intent not in INTENTS:
            raise ValueError(f"{path.name} line {n}: unknown language {lang!r} or intent {intent!r}")
        text, spans = parse_marked(marked)
        context = rest[0].strip() if rest and rest[0].strip() else None
        out.append(Utterance(text, intent, spans, lang, None, context, source=source))
    return out


def load_handwritten_dev(folder: Path = HANDWRITTEN_DEV) -> list[Utterance]:
    return [u for path in sorted(folder.glob("*.tsv")) for u in load_handwritten(path, "handwritten-dev")]
