"""SNIPS (seq.in / seq.out / label, line-aligned, whitespace-tokenized) -> Examples."""
from __future__ import annotations

from pathlib import Path

from service.nlu.spans import tags_to_spans, word_spans_to_char_spans

from .schema import Example

SPLITS = ("train", "valid", "test")


def word_offsets(words: list[str]) -> list[tuple[int, int]]:
    """Offsets of each word in ' '.join(words)."""
    offsets, pos = [], 0
    for w in words:
        offsets.append((pos, pos + len(w)))
        pos += len(w) + 1
    return offsets


def load_snips(root: Path, split: str) -> list[Example]:
    if split not in SPLITS:
        raise ValueError(f"unknown SNIPS split {split!r}; choose one of {SPLITS}")
    folder = root / split
    lines = [(folder / name).read_text(encoding="utf-8").splitlines() for name in ("seq.in", "seq.out", "label")]
    if len({len(x) for x in lines}) != 1:
        raise ValueError(f"{folder}: seq.in, seq.out and label have different line counts")
    examples = []
    for i, (seq, tags, intent) in enumerate(zip(*lines)):
        words, labels = seq.split(), tags.split()
        if len(words) != len(labels):
            raise ValueError(f"{folder} line {i + 1}: {len(words)} words but {len(labels)} tags")
        spans = word_spans_to_char_spans(word_offsets(words), tags_to_spans(labels))
        examples.append(Example(" ".join(words), intent.strip(), tuple(spans), "en", meta={"words": words, "tags": labels}))
    return examples
