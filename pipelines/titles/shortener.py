"""Titles -> short titles through a serving pack: the service's featurizer, ONNX session and
TitleAnswer decoder, in batches (the report and the catalog job both use this)."""
from __future__ import annotations

from service.nlu.answers import TitleAnswer

from ..evaluate_intent_slot import answers


def shorten_all(pack, titles: list[str], batch_size: int = 64, max_words: int | None = None) -> list[dict]:
    return answers(pack, titles, TitleAnswer(), {"max_words": max_words} if max_words else None,
                   batch_size=batch_size)
