"""Comprehension signals: what the cheap native pass reveals about how well the model understood.

Half come from the text (language ID and its confidence, how likely English it is, script,
code-mix share), half from the native pass (intent confidence / margin / entropy, slot confidence,
sub-word fragmentation and unknown-token rate; see nlu.decode.comprehension). No rule reads them:
they are the learned policy's features, in the fixed order of FEATURES.
"""
from __future__ import annotations

import math

import numpy as np

from ..nlu.langid import LanguageIdentifier
from ..nlu.script import latin_share

FEATURES = (
    "language_confidence", "english_probability", "latin_share", "codemix_share", "pieces_per_word",
    "unk_rate", "intent_confidence", "intent_margin", "intent_entropy", "slot_confidence", "log_words",
)
MIN_WORD_LETTERS = 3  # shorter words say little about their language


def codemix_share(words: list[str], language: str, langid: LanguageIdentifier) -> float:
    """Share of the words whose own most likely language is not the sentence's (Hinglish in Roman
    script, Spanglish...)."""
    scored = [w for w in words if sum(c.isalpha() for c in w) >= MIN_WORD_LETTERS]
    if not scored:
        return 0.0
    other = sum(1 for w in scored if (langid.top(w, k=1) or [("und", 0.0)])[0][0] != language)
    return other / len(scored)


def text_signals(text: str, langid: LanguageIdentifier) -> dict:
    top = langid.top(text, k=5)
    language, confidence = top[0] if top else ("und", 0.0)
    english = next((p for code, p in top if code == "en"), 0.0)
    return {
        "language": language,
        "language_confidence": round(confidence, 4),
        "english_probability": round(english, 4),
        "latin_share": round(latin_share(text), 4),
        "codemix_share": round(codemix_share(text.split(), language, langid), 4),
    }


def feature_vector(signals: dict) -> np.ndarray:
    values = dict(signals)
    values["log_words"] = math.log1p(signals.get("words", 0))
    return np.asarray([float(values[name]) for name in FEATURES], dtype=np.float64)
