"""Examples -> model inputs and token labels, through the service's own featurizer."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from service.nlu.featurize import Featurizer, Features
from service.nlu.spans import char_spans_to_word_spans, spans_to_tags
from service.nlu.text import normalize

from .data.schema import Example

IGNORE = -100  # loss ignores sub-tokens that are not a word's first


def slot_label_list(examples: list[Example]) -> list[str]:
    kinds = sorted({kind for ex in examples for kind, _, _ in ex.entities})
    return ["O"] + [f"{p}-{k}" for k in kinds for p in ("B", "I")]


def _project(norm, spans):
    """Map character spans of the original text onto the normalized text."""
    out = []
    for kind, start, end in spans:
        inside = [i for i, (s, e) in enumerate(zip(norm.starts, norm.ends)) if s >= start and e <= end]
        if inside:
            out.append((kind, inside[0], inside[-1] + 1))
    return out


@dataclass(frozen=True)
class Encoded:
    features: Features
    word_tags: list[str]
    intent_id: int
    slot_ids: np.ndarray  # [T] with IGNORE on non-first sub-tokens


def encode_example(featurizer: Featurizer, ex: Example, intents: dict[str, int], slots: dict[str, int],
                   use_context: bool = True) -> Encoded:
    norm = normalize(ex.text)
    context = normalize(ex.context).text if (use_context and ex.context) else None
    feats = featurizer.encode(norm.text, context)
    word_spans = char_spans_to_word_spans(feats.word_offsets, _project(norm, ex.entities))
    tags = spans_to_tags(len(feats.word_offsets), word_spans)
    slot_ids = np.full(feats.length, IGNORE, dtype=np.int64)
    for token, tag in zip(feats.word_first_token, tags):
        slot_ids[token] = slots.get(tag, slots["O"])
    return Encoded(feats, tags, intents[ex.intent], slot_ids)
