"""Hinglish-TOP (code-mixed Hindi-English in Roman script, with the parallel English query) -> Examples.

The intent is the top-level `IN:` label of the parse; entities are its top-level `SL:` spans (nested
intents inside a slot stay part of that slot's text). meta["text_en"] keeps the English query: a
reference translation for the translation gate. Which column is read is chosen by `side`:
"cs" (the code-mixed query, language "hi-en") or "en" (its English parallel).
"""
from __future__ import annotations

import csv
from pathlib import Path

from .schema import Example

SPLITS = ("train", "validation", "test")


def parse_top(parse: str) -> tuple[str, str, list[tuple[str, int, int]]]:
    """(text, top-level intent, top-level slot spans) of a TOP bracketed parse."""
    words: list[str] = []
    stack: list[tuple[str, int]] = []  # (label, character start) of open brackets
    spans, intent, pos = [], None, 0
    for tok in parse.split():
        if tok.startswith("[IN:") or tok.startswith("[SL:"):
            label = tok[1:]
            if intent is None and label.startswith("IN:"):
                intent = label[3:]
            stack.append((label, pos))
        elif tok == "]":
            label, start = stack.pop()
            if label.startswith("SL:") and len(stack) == 1:  # directly under the top-level intent
                spans.append((label[3:], start, pos - 1))
        else:
            words.append(tok)
            pos += len(tok) + 1
    return " ".join(words), intent or "UNSUPPORTED", spans


def load_hinglish_top(root: Path, split: str, side: str = "cs") -> list[Example]:
    """`split` may carry the side: "test-en" reads the English queries of the test split."""
    if split.endswith("-en"):
        split, side = split[:-3], "en"
    if split not in SPLITS:
        raise ValueError(f"unknown Hinglish-TOP split {split!r}; choose one of {SPLITS}")
    examples = []
    with (root / f"{split}.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            cs_text, intent, cs_spans = parse_top(row["cs_parse"])
            en_text, en_intent, en_spans = parse_top(row["en_parse"])
            if side == "en":
                examples.append(Example(en_text, en_intent, tuple(en_spans), "en", meta={"domain": row["domain"]}))
            else:
                examples.append(Example(cs_text, intent, tuple(cs_spans), "hi-en",
                                        meta={"text_en": en_text, "en_intent": en_intent, "domain": row["domain"],
                                              "en_entities": tuple(en_spans)}))
    return examples


def load_hinglish_both(root: Path, split: str) -> list[Example]:
    """Training reads both sides, each code-mixed query and its English parallel, so one head serves
    code-mixed and English speech alike (the code-mix gap); other splits are as load_hinglish_top's."""
    if split == "train":
        return load_hinglish_top(root, split, "cs") + load_hinglish_top(root, split, "en")
    return load_hinglish_top(root, split)
