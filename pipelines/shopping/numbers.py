"""Numbers the way a speech recogniser writes them: as digits or as words ("42" / "cuarenta y dos").

Prices and sizes said aloud come back from speech-to-text either way, so the corpus renders a share
of them in words. num2words spells the European languages; it has no Hindi, so there only the
lexicon's own number words (NUMBERS) are used, and other numbers stay digits.
"""
from __future__ import annotations

import random
import re

from num2words import num2words

NUM2WORDS_LANG = {"en": "en", "es": "es", "fr": "fr", "de": "de", "pt": "pt", "it": "it"}
WORDS_SHARE = 0.35  # of prices and numeric sizes rendered in words


def in_words(n: int, code: str, numbers: dict[int, dict[str, str]]) -> str | None:
    """`n` spelt out in the language, or None when neither num2words nor the lexicon can."""
    lang = NUM2WORDS_LANG.get(code)
    if lang is None:
        forms = numbers.get(n)  # {form key: word}; the first is the base form
        return next(iter(forms.values())) if forms else None
    text = num2words(n, lang=lang).replace(",", "")
    # English hyphenates tens ("forty-two"); a recogniser writes words apart. French keeps its hyphens.
    return " ".join(text.replace("-", " ").split()) if code == "en" else text


def maybe_in_words(text: str, rng: random.Random, code: str, numbers: dict[int, dict[str, str]]) -> str:
    """`text` with its digit runs spelt out, WORDS_SHARE of the time (when every run can be)."""
    if not re.search(r"\d", text) or rng.random() >= WORDS_SHARE:
        return text
    words = {m: in_words(int(m), code, numbers) for m in re.findall(r"\d+", text)}
    if any(w is None for w in words.values()):
        return text
    return re.sub(r"\d+", lambda m: words[m.group()], text)
