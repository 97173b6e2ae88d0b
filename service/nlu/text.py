"""Unicode normalization that remembers where every character came from.

Callers get entity offsets into the text *they* sent, while the model sees NFKC-normalized text.
We normalize one grapheme-like cluster (a base character plus its combining marks) at a time, so
every normalized character maps back to the span of original characters it came from.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

REPLACEMENT = "\ufffd"


def scrub_surrogates(text: str) -> str:
    """Replace lone surrogates (valid in JSON escapes, invalid in UTF-8) one-for-one with U+FFFD.

    One code point in, one out, so offsets into the scrubbed text are offsets into the input.
    """
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return "".join(REPLACEMENT if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _clusters(text: str):
    """Yield (start, end) of each base character with the marks (Mn, Mc, Me) that follow it."""
    start = 0
    n = len(text)
    while start < n:
        end = start + 1
        while end < n and unicodedata.category(text[end]).startswith("M"):
            end += 1
        yield start, end
        start = end


def _clean(cluster: str) -> str:
    # Control characters (NUL, escape, ...) become spaces: they carry no meaning for the model and
    # some tokenizers drop them silently, which would shift offsets.
    return "".join(" " if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" else ch for ch in cluster)


@dataclass(frozen=True)
class NormalizedText:
    """`text` is what the model reads; `starts[i]`/`ends[i]` locate text[i] in `original`."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty [start, end) span of `text` to the matching span of `original`."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the normalized text")
        return self.starts[start], self.ends[end - 1]


# ASCII control characters other than tab and line breaks, each to a space (what `_clean` does)
_ASCII_CONTROLS = {c: " " for c in [*range(0, 9), 11, 12, *range(14, 32), 127]}


def normalize(original: str) -> NormalizedText:
    """NFKC-normalize `original` cluster by cluster, keeping a map back to original offsets."""
    if original.isascii():
        # NFKC leaves ASCII as it is and ASCII has no combining marks: one character per cluster,
        # only the controls change. Two thirds of the load-test mix takes this path (~10x faster).
        n = len(original)
        return NormalizedText(original, original.translate(_ASCII_CONTROLS), tuple(range(n)), tuple(range(1, n + 1)))
    return normalize_by_cluster(original)


def normalize_by_cluster(original: str) -> NormalizedText:
    """The general path of `normalize`: every cluster through NFKC and `_clean`."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(original):
        piece = _clean(unicodedata.normalize("NFKC", original[start:end]))
        pieces.append(piece)
        starts.extend([start] * len(piece))
        ends.extend([end] * len(piece))
    return NormalizedText(original, "".join(pieces), tuple(starts), tuple(ends))
