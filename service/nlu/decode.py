"""Pure decoding: logits -> labels with confidences, BIO token logits -> entity spans.

Offsets produced here index the normalized text; `finalize` maps them into the caller's text.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from .spans import split_tag, tags_to_spans


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
    token_logits: np.ndarray, word_first_token: Sequence[int], labels: Sequence[str], constrained: bool = True
) -> tuple[list[str], np.ndarray]:
    """Label and probability of each word, read at its first sub-token.

    constrained: the most probable tag sequence that is valid BIO (an I-x only after B-x or I-x), found
    by Viterbi over the per-word log-probabilities; otherwise each word's own most probable tag. The
    tagger's softmax scores each word alone, so its per-word best can break a span ("B-product O
    I-product", "B-brand I-product"); the best valid sequence repairs that with the model's own
    second choices (reports/decoding.md: higher entity F1 on every pack's validation data)."""
    if not word_first_token:
        return [], np.zeros(0)
    probs = softmax(token_logits[list(word_first_token)].astype(np.float64))
    best = probs.argmax(axis=-1)
    if constrained and not _valid_bio(best, *_bio_structure(tuple(labels))):
        # only then: a valid per-word best is already the best valid sequence
        best = bio_viterbi(np.log(np.clip(probs, 1e-12, 1.0)), labels)
    return [labels[i] for i in best], probs[np.arange(len(best)), best]


@lru_cache(maxsize=64)
def _bio_structure(labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Per label: is it an I- tag, and the B- tag of its type it may follow (itself when the type has none)."""
    kinds = [split_tag(label) for label in labels]
    index = {kind: i for i, kind in enumerate(kinds)}
    inside = np.array([prefix == "I" for prefix, _ in kinds])
    begin = np.array([index.get(("B", kind), i) if prefix == "I" else i for i, (prefix, kind) in enumerate(kinds)])
    return inside, begin


def _valid_bio(tags: np.ndarray, inside: np.ndarray, begin: np.ndarray) -> bool:
    """No I-x opens the sequence or follows anything but B-x or I-x."""
    opened = inside[tags]
    if not opened.any():
        return True
    if opened[0]:
        return False
    prev, cur = tags[:-1], tags[1:]
    return bool(np.all(~opened[1:] | (prev == cur) | (prev == begin[cur])))


def bio_viterbi(log_probs: np.ndarray, labels: Sequence[str]) -> np.ndarray:
    """Indices of the most probable valid BIO sequence under (words x labels) log-probabilities.

    O and B-x may follow any tag, so their best predecessor is the best tag so far; I-x may follow
    only B-x or I-x, whichever scored more: O(words x labels), no label x label matrix."""
    inside, begin = _bio_structure(tuple(labels))
    own = np.arange(len(labels))
    score = np.where(inside, -np.inf, log_probs[0])
    back = np.zeros(log_probs.shape, dtype=np.int64)
    for w in range(1, len(log_probs)):
        prev = np.where(inside, np.where(score[begin] >= score, begin, own), int(score.argmax()))
        back[w] = prev
        score = score[prev] + log_probs[w]
    path = [int(score.argmax())]
    for w in range(len(log_probs) - 1, 0, -1):
        path.append(int(back[w, path[-1]]))
    return np.array(path[::-1])


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
    constrained: bool = True,
) -> list[dict]:
    """Entities as {'type', 'start', 'end', 'confidence'} with offsets into the normalized text (price
    spans under the two constraints below); `constrained` as in word_predictions."""
    tags, probs = word_predictions(token_logits, word_first_token, labels, constrained)
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
