"""Pure decoding: logits -> labels with confidences, BIO token logits -> entity spans.

Offsets produced here index the normalized text; `finalize` maps them into the caller's text.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .spans import tags_to_spans


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def ranked_labels(logits: np.ndarray, labels: Sequence[str], k: int = 3) -> list[dict]:
    """The k most probable labels, most probable first: [{'name', 'confidence'}]."""
    probs = softmax(logits.astype(np.float64))
    order = np.argsort(-probs)[:k]
    return [{"name": labels[i], "confidence": round(float(probs[i]), 4)} for i in order]


def word_predictions(
    token_logits: np.ndarray, word_first_token: Sequence[int], labels: Sequence[str]
) -> tuple[list[str], np.ndarray]:
    """Label and probability of each word, read at its first sub-token."""
    if not word_first_token:
        return [], np.zeros(0)
    probs = softmax(token_logits[list(word_first_token)].astype(np.float64))
    best = probs.argmax(axis=-1)
    return [labels[i] for i in best], probs[np.arange(len(best)), best]


def keep_probabilities(token_logits: np.ndarray, word_first_token: Sequence[int], labels: Sequence[str]) -> list[float]:
    """Per word, the probability it stays in a shortened title: P(keep) for keep/drop heads, 1 - P(O)
    for BIO heads (every kept word tagged as a span)."""
    if not word_first_token:
        return []
    probs = softmax(token_logits[list(word_first_token)].astype(np.float64))
    if "keep" in labels:
        return [float(p) for p in probs[:, list(labels).index("keep")]]
    return [float(1.0 - p) for p in probs[:, list(labels).index("O")]]


def bio_entities(
    token_logits: np.ndarray,
    word_first_token: Sequence[int],
    word_offsets: Sequence[tuple[int, int]],
    labels: Sequence[str],
) -> list[dict]:
    """Entities as {'type', 'start', 'end', 'confidence'} with offsets into the normalized text (price
    spans under the two constraints below)."""
    tags, probs = word_predictions(token_logits, word_first_token, labels)
    entities = []
    for kind, first, last in join_adjacent_prices(tags_to_spans(tags)):
        entities.append({
            "type": kind,
            "start": word_offsets[first][0],
            "end": word_offsets[last - 1][1],
            "confidence": round(float(probs[first:last].mean()), 4),
        })
    return order_price_bounds(entities)


PRICE_BOUNDS = ("price_min", "price_max")  # the two slot types the price constraints below apply to


def join_adjacent_prices(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """An amount is one run of words: price spans with no word between them ("quattrocento" + "euro",
    "five" + "hundred") are one span, of the last piece's type (the currency word ends the amount)."""
    out: list[tuple[str, int, int]] = []
    for kind, first, last in spans:
        if out and kind in PRICE_BOUNDS and out[-1][0] in PRICE_BOUNDS and out[-1][2] == first:
            first = out.pop()[1]
        out.append((kind, first, last))
    return out


def order_price_bounds(entities: list[dict]) -> list[dict]:
    """When exactly two price spans share one type, the first becomes price_min, the second price_max.

    Every language served names a range's lower bound first ("between 10 and 30", "de 10 a 30",
    "500 से 1000 के बीच"), and one utterance has one price range: two bounds of one type are a range
    whose lower bound the tagger read as the upper (or the reverse)."""
    prices = [i for i, e in enumerate(entities) if e["type"] in PRICE_BOUNDS]
    if len(prices) != 2 or entities[prices[0]]["type"] != entities[prices[1]]["type"]:
        return entities
    first, second = sorted(prices, key=lambda i: entities[i]["start"])
    out = list(entities)
    out[first] = {**entities[first], "type": "price_min"}
    out[second] = {**entities[second], "type": "price_max"}
    return out


def comprehension(intent_logits: np.ndarray, slot_logits: np.ndarray | None, feats) -> dict:
    """How sure the model was and how well its vocabulary covered the words: the native pass's
    half of the translation gate's signals (slot confidence 0 for packs without a slot head)."""
    probs = np.sort(softmax(intent_logits.astype(np.float64)))[::-1]
    entropy = float(-(probs * np.log(np.clip(probs, 1e-12, 1.0))).sum() / np.log(max(len(probs), 2)))
    words = len(feats.word_first_token)
    if words and slot_logits is not None:
        token_probs = softmax(slot_logits[list(feats.word_first_token)].astype(np.float64))
        slot_conf = float(token_probs.max(axis=-1).mean())
    else:
        slot_conf = 0.0
    return {
        "intent_confidence": round(float(probs[0]), 4),
        "intent_margin": round(float(probs[0] - (probs[1] if len(probs) > 1 else 0.0)), 4),
        "intent_entropy": round(entropy, 4),
        "slot_confidence": round(slot_conf, 4),
        "pieces_per_word": round(feats.turn_tokens / max(words, 1), 4),
        "unk_rate": round(feats.unk_tokens / max(feats.turn_tokens, 1), 4),
        "words": words,
    }
