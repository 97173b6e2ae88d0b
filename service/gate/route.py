"""The path of a request through the translation gate: native pass, signals, decision, translation,
English pass (same task, same pack), entities mapped back to the caller's text.

The translator's output is data only: it is read by the same task and the same pack as the native
pass (named explicitly, never derived from the text), so it can never change which endpoint, pack
or admin action runs.
"""
from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from typing import Literal

from ..metrics import Metrics
from ..nlu.answers import NATIVE_SIGNALS
from ..nlu.langid import LanguageIdentifier
from ..predict import Predictor, Utterance
from ..registry import Registry
from ..translate.translator import Skip, Translation, Translator
from .policy import intent_key
from .signals import text_signals

Mode = Literal["auto", "never", "always"]
# the signals a response shows (the policy reads them all)
SHOWN = ("language", "language_confidence", "codemix_share", "pieces_per_word", "unk_rate",
         "intent_confidence", "intent_margin", "slot_confidence")

# Metric labels name these languages (those of our data and markets) and lump the rest into "other":
# language ID knows 176 codes, and a label set that grows with the input is a memory leak.
REPORTED_LANGUAGES = frozenset(
    "en es fr de pt it hi nl da no zh ja ar id tr lt kk sr th".split())


@dataclass(frozen=True)
class GateRequest:
    text: str               # the caller's text, as sent
    utterance: Utterance
    translation: str | None = None  # English the caller already has


def map_back(entities: list[dict], translation: Translation, source: str) -> list[dict]:
    """Entities of the English reading, placed in the caller's text where a protected piece or an
    exact match allows, else flagged as found in the translation only."""
    used: set[tuple[int, int]] = set()
    out = []
    folded = source.casefold()
    for e in entities:
        span = next(((ss, se) for ts, te, ss, se in translation.alignments if (ts, te) == (e["start"], e["end"])), None)
        if span is None:
            for m in re.finditer(r"(?<!\w)" + re.escape(e["value"].casefold()) + r"(?!\w)", folded):
                if (m.start(), m.end()) not in used:
                    span = (m.start(), m.end())
                    break
        if span is None:
            out.append({**e, "origin": "translation"})
        else:
            used.add(span)
            out.append({**e, "value": source[span[0]:span[1]], "start": span[0], "end": span[1], "origin": "text"})
    return out


class GatedNlu:
    """The gate around a task whose packs read utterances into intents (and entities):
    intent_entity and codemix_intent."""

    def __init__(self, predictor: Predictor, registry: Registry, translator: Translator,
                 langid: LanguageIdentifier, metrics: Metrics):
        self.predictor = predictor
        self.registry = registry
        self.translator = translator
        self.langid = langid
        self.metrics = metrics
        for decision in ("native", "translate"):  # every series exists from the start (at 0)
            for language in (*REPORTED_LANGUAGES, "other"):
                metrics.gate_decisions.labels(decision, language)

    async def run(self, task: str, model: str | None, requests: list[GateRequest], mode: Mode = "auto") -> list[dict]:
        native = await self.predictor.run(task, model, [r.utterance for r in requests])
        pack_name = model or self.registry.snapshot.tasks[task].default
        policy, lam = self.registry.gate_for(pack_name)
        gates = [self._decide(r, res, policy, lam, mode) for r, res in zip(requests, native)]
        chosen = [i for i, g in enumerate(gates) if g["decision"] == "translate"]
        translations = await asyncio.gather(*(self._translation(requests[i], native[i]) for i in chosen))
        ok = [(i, t) for i, t in zip(chosen, translations) if isinstance(t, Translation)]
        for i, t in zip(chosen, translations):
            if isinstance(t, Skip):
                gates[i]["translation_skipped"] = t.reason
        english = await self.predictor.run(
            task, pack_name, [Utterance.from_request(t.text) for _, t in ok]) if ok else []
        results = []
        for res, gate in zip(native, gates):
            res.pop(NATIVE_SIGNALS, None)
            results.append({**res, "gate": gate, "translation": None})
        for (i, t), eng in zip(ok, english):
            eng.pop(NATIVE_SIGNALS, None)
            native_intent = {k: results[i]["intent"][k] for k in ("name", "confidence")}
            results[i].update(intent=eng["intent"], translation=t.to_json())
            if "entities" in eng:
                results[i]["entities"] = map_back(eng["entities"], t, requests[i].text)
            results[i]["gate"]["native_intent"] = native_intent
        for gate in gates:
            language = gate["signals"].get("language")
            label = language if language in REPORTED_LANGUAGES else "other"
            self.metrics.gate_decisions.labels(gate["decision"], label).inc()
        return results

    def _decide(self, req: GateRequest, res: dict, policy, lam: float, mode: Mode) -> dict:
        native = res.get(NATIVE_SIGNALS, {})
        if policy is None:  # nothing reads the text signals: show what the native pass already has
            language = res.get("language", {})
            signals = {"language": language.get("code", "und"), "language_confidence": language.get("confidence", 0.0),
                       **native}
        else:
            signals = {**text_signals(req.utterance.norm.text, self.langid), **native}
        gain = None
        decision = "native"
        reason = "forced" if mode != "auto" else None
        if policy is not None:
            d = policy.decide(signals, lam, intent_key(res["model"]["pack"], res["intent"]["name"]))
            gain = d.predicted_gain
            if mode == "auto":
                decision, reason = ("translate" if d.translate else "native"), "policy"
        elif mode == "auto":
            reason = "no_policy"
        if mode == "always":
            decision = "translate"
        return {
            "decision": decision,
            "mode": mode,
            "reason": reason,
            "predicted_gain": gain,
            "lambda": lam if policy is not None else None,
            "policy": policy.key if policy is not None else None,
            "signals": {k: signals[k] for k in SHOWN if k in signals},
            "translation_skipped": None,
        }

    async def _translation(self, req: GateRequest, native: dict) -> Translation | Skip:
        if req.translation is not None:
            return Translation(req.translation, "caller", False)
        return await self.translator.translate(req.text, native.get("language", {}).get("code"))
