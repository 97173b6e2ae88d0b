"""Predictor: the path of a batch of utterances through cache, featurizer, batcher and decoder."""
from __future__ import annotations

import json
from dataclasses import dataclass

from .cache import ResultCache, cache_key
from .metrics import Metrics
from .nlu.answers import ANSWERS, WITH_LANGUAGE
from .nlu.langid import LanguageIdentifier
from .nlu.text import NormalizedText, normalize, scrub_surrogates
from .registry import Registry


@dataclass(frozen=True)
class Utterance:
    norm: NormalizedText
    context: str | None = None  # previous turns, normalized, joined most recent first

    @classmethod
    def from_request(cls, text: str, context: list[str] | None = None) -> "Utterance":
        # the request lists turns oldest first; the model reads the latest first (truncation eats the oldest)
        turns = [normalize(scrub_surrogates(t)).text for t in (context or [])]
        return cls(normalize(scrub_surrogates(text)), " ".join(reversed(turns)) or None)


class Predictor:
    def __init__(self, registry: Registry, cache: ResultCache, langid: LanguageIdentifier, metrics: Metrics):
        self.registry = registry
        self.cache = cache
        self.langid = langid
        self.metrics = metrics

    async def run(self, task: str, model: str | None, utterances: list[Utterance], options: dict | None = None) -> list[dict]:
        options = options or {}
        answer = ANSWERS[task]
        pack = self.registry.resolve(task, model)
        with pack.lease():
            manifest = pack.manifest
            use_context = manifest.context
            opts = json.dumps(options, sort_keys=True)
            keys = [
                cache_key(task, pack.key, u.norm.text, (u.context or "") if use_context else "", opts)
                for u in utterances
            ]
            raw = await self.cache.get_many(keys)
            missing = [i for i, r in enumerate(raw) if r is None]
            if missing:
                pack.batcher.check_room(len(missing))
                # identified once: the answer reports it and a UD pack's parser is chosen by it
                found = ([self.langid.identify(utterances[i].norm.text) for i in missing]
                         if task in WITH_LANGUAGE else None)
                feats = pack.featurizer.encode_batch(
                    [utterances[i].norm.text for i in missing],
                    [utterances[i].context if use_context else None for i in missing],
                    languages=[code for code, _ in found] if found else None,
                )
                rows = [f.inputs(manifest.inputs) for f in feats]
                outputs = await pack.batcher.predict(rows)
                fresh = {}
                for k, (i, f, out) in enumerate(zip(missing, feats, outputs)):
                    result = answer.decode(manifest, f, out, options)
                    if found:
                        code, confidence = found[k]
                        result["language"] = {"code": code, "confidence": confidence}
                    raw[i] = result
                    fresh[keys[i]] = result
                await self.cache.set_many(fresh)
            self.metrics.utterances.labels(task).inc(len(utterances))
            model_info = {"pack": manifest.name, "version": manifest.version}
            return [{**answer.finalize(r, u.norm), "model": model_info} for r, u in zip(raw, utterances)]
