"""The reward of one answer: what the gate trades against the cost of translating.

reward = (intent correct + entity F1) / 2, entity F1 over (type, value) pairs compared case-
insensitively, 1.0 when neither side has an entity. Values rather than offsets, so an answer read
from a translation can be scored against the English gold of the same utterance.
"""
from __future__ import annotations

from collections import Counter


def entity_set(entities) -> Counter:
    return Counter((kind, " ".join(value.casefold().split())) for kind, value in entities)


def entity_f1(gold, pred) -> float:
    g, p = entity_set(gold), entity_set(pred)
    if not g and not p:
        return 1.0
    hits = sum((g & p).values())
    if hits == 0:
        return 0.0
    precision, recall = hits / sum(p.values()), hits / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def reward(intent_correct: bool, gold_entities, pred_entities) -> float:
    return 0.5 * float(intent_correct) + 0.5 * entity_f1(gold_entities, pred_entities)
