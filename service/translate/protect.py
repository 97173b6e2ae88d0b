"""Answer-preserving translation: what must survive translation is swapped for placeholders first.

Numbers (with their attached units: "7am", "12", "9:30"), quoted text and catalog names (brands,
products from a terms file) are replaced by `[P1]`, `[P2]`, ... before the text goes to the
translator and put back afterwards. Each restored piece remembers where it came from in the source,
so entities found in the translation can be mapped back to character spans the caller sent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

NUMBER = re.compile(r"\d[\d.,:/]*[^\W\d_]{0,3}(?![^\W_])")
QUOTED = re.compile(r"\"[^\"]{1,80}\"|“[^”]{1,80}”|«[^»]{1,80}»|„[^“”]{1,80}[“”]")
# tolerant on the way back: translators drop brackets or change their case
PLACEHOLDER = re.compile(r"\[\s*[Pp]\s*(\d{1,3})\s*\]|\b[Pp](\d{1,3})\b")


@dataclass(frozen=True)
class Protected:
    token: str         # "[P1]"
    value: str         # the source text it stands for
    start: int         # span in the source text
    end: int


@dataclass(frozen=True)
class Masked:
    text: str                      # the source with placeholders
    pieces: tuple[Protected, ...]


@dataclass(frozen=True)
class Restored:
    text: str
    # (start, end) in the restored text -> (start, end) in the source text
    alignments: tuple[tuple[int, int, int, int], ...]
    missing: tuple[str, ...]       # placeholders the translator lost


class Protector:
    def __init__(self, terms: list[str] | None = None):
        words = sorted({t.strip() for t in (terms or []) if len(t.strip()) >= 2}, key=len, reverse=True)
        self._terms = (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
                       if words else None)

    @classmethod
    def from_file(cls, path: Path | None) -> "Protector":
        if path is None:
            return cls()
        lines = path.read_text(encoding="utf-8").splitlines()
        return cls([line for line in lines if line and not line.startswith("#")])

    def _spans(self, text: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        patterns = [QUOTED, NUMBER] + ([self._terms] if self._terms else [])
        for pattern in patterns:  # earlier patterns win overlaps: a quote may contain a number
            for m in pattern.finditer(text):
                if m.end() > m.start() and all(m.end() <= s or m.start() >= e for s, e in found):
                    found.append((m.start(), m.end()))
        return sorted(found)

    def mask(self, text: str) -> Masked:
        pieces, out, pos = [], [], 0
        for i, (start, end) in enumerate(self._spans(text), 1):
            token = f"[P{i}]"
            out.append(text[pos:start])
            out.append(token)
            pieces.append(Protected(token, text[start:end], start, end))
            pos = end
        out.append(text[pos:])
        return Masked("".join(out), tuple(pieces))


def restore(translated: str, masked: Masked) -> Restored:
    by_number = {int(p.token[2:-1]): p for p in masked.pieces}
    out, alignments, seen, pos = [], [], set(), 0
    for m in PLACEHOLDER.finditer(translated):
        number = int(m.group(1) or m.group(2))
        piece = by_number.get(number)
        if piece is None or number in seen:
            continue
        out.append(translated[pos:m.start()])
        at = sum(len(x) for x in out)
        out.append(piece.value)
        alignments.append((at, at + len(piece.value), piece.start, piece.end))
        seen.add(number)
        pos = m.end()
    out.append(translated[pos:])
    missing = tuple(p.token for n, p in by_number.items() if n not in seen)
    return Restored("".join(out), tuple(alignments), missing)
