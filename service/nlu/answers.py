"""Per-task answers: model outputs -> JSON results.

`decode` works in the normalized text and its output is what the cache stores; `finalize` maps
offsets into the caller's own text, so NFKC-equivalent inputs share a cache entry and each still
gets offsets into what it sent.
"""
from __future__ import annotations

import numpy as np

from ..packs import Manifest
from ..tasks import CODEMIX_INTENT, INTENT_ENTITY, SENTIMENT, TITLE_SHORTENING
from .decode import bio_entities, comprehension, keep_probabilities, ranked_labels
from .featurize import Features
from .spans import elided_prefix_length
from .text import NormalizedText

STARS = {"1", "2", "3", "4", "5"}
POLARITY = {"negative": ("1", "2"), "neutral": ("3",), "positive": ("4", "5")}
NATIVE_SIGNALS = "_signals"  # internal key: how well the native pass understood (see gate/signals.py)


class IntentEntityAnswer:
    task = INTENT_ENTITY

    def __init__(self, constrained: bool = True):
        self.constrained = constrained  # BIO-constrained slot decoding (decode.word_predictions); off for ablations

    def decode(self, manifest: Manifest, feats: Features, out: dict[str, np.ndarray], options: dict) -> dict:
        intent, slots = manifest.head("intent", self.task), manifest.head("slots", self.task)
        ranked = ranked_labels(out[intent.output], intent.labels, k=3)
        entities = bio_entities(out[slots.output], feats.word_first_token, feats.word_offsets, slots.labels,
                                self.constrained)
        return {"intent": {**ranked[0], "alternatives": ranked}, "entities": entities,
                NATIVE_SIGNALS: comprehension(out[intent.output], out[slots.output], feats)}

    def finalize(self, raw: dict, norm: NormalizedText) -> dict:
        # the native-pass signals stay in the result for the translation gate, which removes them
        entities = []
        for e in raw["entities"]:
            start, end = norm.to_original(e["start"], e["end"])
            if e["type"] == "product":
                start += elided_prefix_length(norm.original[start:end])
            entities.append({"type": e["type"], "value": norm.original[start:end], "start": start, "end": end,
                             "confidence": e["confidence"], "origin": "text"})
        return {**raw, "entities": entities}


class SentimentAnswer:
    task = SENTIMENT

    def decode(self, manifest: Manifest, feats: Features, out: dict[str, np.ndarray], options: dict) -> dict:
        head = manifest.head("sentiment", self.task)
        ranked = ranked_labels(out[head.output], head.labels, k=len(head.labels))
        result = {"label": ranked[0]["name"], "confidence": ranked[0]["confidence"], "scores": ranked}
        if set(head.labels) == STARS:  # a star-rating head also says negative / neutral / positive
            by_star = {r["name"]: r["confidence"] for r in ranked}
            polarity = {name: round(sum(by_star[s] for s in stars), 4) for name, stars in POLARITY.items()}
            best = max(polarity, key=polarity.get)
            result["polarity"] = {"name": best, "confidence": polarity[best]}
        return result

    def finalize(self, raw: dict, norm: NormalizedText) -> dict:
        return raw


class CodemixIntentAnswer:
    task = CODEMIX_INTENT

    def decode(self, manifest: Manifest, feats: Features, out: dict[str, np.ndarray], options: dict) -> dict:
        head = manifest.head("intent", self.task)
        ranked = ranked_labels(out[head.output], head.labels, k=3)
        slots = manifest.find_head("slots", self.task)
        signals = comprehension(out[head.output], out[slots.output] if slots else None, feats)
        return {"intent": {**ranked[0], "alternatives": ranked}, NATIVE_SIGNALS: signals}

    def finalize(self, raw: dict, norm: NormalizedText) -> dict:
        return raw


class TitleAnswer:
    """Keeps the words the keep/drop head keeps, in order, up to `max_words` (the most probable)."""

    task = TITLE_SHORTENING

    def decode(self, manifest: Manifest, feats: Features, out: dict[str, np.ndarray], options: dict) -> dict:
        head = manifest.head("keep", self.task)
        keep_prob = keep_probabilities(out[head.output], feats.word_first_token, head.labels)
        kept = [i for i, p in enumerate(keep_prob) if p >= 0.5]
        limit = options.get("max_words")
        if limit and len(kept) > limit:
            best = sorted(sorted(kept, key=lambda i: -keep_prob[i])[:limit])
            kept = best
        return {"kept": [list(feats.word_offsets[i]) for i in kept], "words": len(feats.word_offsets)}

    def finalize(self, raw: dict, norm: NormalizedText) -> dict:
        spans = [norm.to_original(s, e) for s, e in raw["kept"]]
        title = " ".join(norm.original[s:e] for s, e in spans)
        ratio = round(len(title) / max(len(norm.original), 1), 4)
        return {"title": title, "kept": [{"start": s, "end": e} for s, e in spans], "compression_ratio": ratio}


ANSWERS = {
    INTENT_ENTITY: IntentEntityAnswer(),
    SENTIMENT: SentimentAnswer(),
    CODEMIX_INTENT: CodemixIntentAnswer(),
    TITLE_SHORTENING: TitleAnswer(),
}
# Tasks whose results say which language the utterance is in.
WITH_LANGUAGE = {INTENT_ENTITY, CODEMIX_INTENT, SENTIMENT}
