"""xSID (CoNLL with `# text`, `# text-en`, `# intent` comments) -> Examples, one language at a time.

Each example keeps the English original in meta["text_en"]: a reference translation that lets the
translation gate be measured apart from a machine translator's quality.
"""
from __future__ import annotations

from pathlib import Path

from service.nlu.spans import tags_to_spans, word_spans_to_char_spans

from .schema import Example

SPLITS = ("valid", "test")
TIERS = {
    "en": ("en",),
    "high": ("de", "it", "nl", "da", "no", "zh", "ja", "ar"),
    "low": ("id", "tr", "lt", "kk", "sr"),
    "xlow": ("de-st", "de-ba", "de-muc", "gsw", "nap"),
}
LANGUAGES = tuple(lang for langs in TIERS.values() for lang in langs)


def tier_of(language: str) -> str:
    return next(t for t, langs in TIERS.items() if language in langs)


def _locate(text: str, tokens: list[str]) -> list[tuple[int, int]] | None:
    """Character offsets of each token in the raw text, or None when a token is not found in order."""
    offsets, pos = [], 0
    for tok in tokens:
        at = text.find(tok, pos)
        if at < 0:
            return None
        offsets.append((at, at + len(tok)))
        pos = at + len(tok)
    return offsets


def _parse_block(lines: list[str], language: str) -> Example:
    head = {}
    tokens, tags = [], []
    for line in lines:
        if line.startswith("# "):
            key, _, value = line[2:].partition(" = ")
            head[key.strip()] = value
        else:
            cols = line.split("\t")
            tokens.append(cols[1])
            tags.append(cols[3] if len(cols) > 3 else "O")
    raw = head.get("text", " ".join(tokens)).strip()
    offsets = _locate(raw, tokens)
    if offsets is None:  # tokenization changed the characters: fall back to the joined tokens
        raw = " ".join(tokens)
        offsets = _locate(raw, tokens)
    spans = word_spans_to_char_spans(offsets, tags_to_spans(tags))
    return Example(raw, head.get("intent"), tuple(spans), language,
                   meta={"text_en": head.get("text-en", "").strip(), "id": head.get("id")})


def load_xsid(root: Path, split: str, language: str) -> list[Example]:
    if split not in SPLITS:
        raise ValueError(f"unknown xSID split {split!r}; choose one of {SPLITS}")
    if language not in LANGUAGES:
        raise ValueError(f"unknown xSID language {language!r}; choose one of {LANGUAGES}")
    blocks, block = [], []
    for line in (root / f"{language}.{split}.conll").read_text(encoding="utf-8").splitlines():
        if line.strip():
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)
    return [_parse_block(b, language) for b in blocks]
