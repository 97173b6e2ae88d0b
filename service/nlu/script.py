"""Which writing system a text is in, from Unicode character names (no language rules)."""
from __future__ import annotations

import unicodedata


def latin_share(text: str) -> float:
    """Share of the letters that are Latin script (0.0 when there are no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(unicodedata.name(c, "").startswith("LATIN") for c in letters) / len(letters)
