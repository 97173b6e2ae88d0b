"""Signals and rewards per utterance: the native reading vs the reading of its reference translation.

For every utterance of a split this runs the serving pack (featurizer, ONNX Runtime, decoder, no
HTTP) on the original text and on its English reference (xSID's English original; for the cipher
languages the plain English), and records the gate's features with the reward of both readings.
What translation buys on an utterance is r_translated - r_native: the policy's target.

    python -m pipelines.gate.collect models/assistant-e5s6/1.0.0 --split valid --out build/gate
    python -m pipelines.gate.collect models/hinglish-e5s6/1.0.0 --data hinglish --split valid
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from service.gate.signals import feature_vector, text_signals
from service.nlu.answers import NATIVE_SIGNALS
from service.nlu.langid import LanguageIdentifier
from service.nlu.text import normalize
from service.packs import load_pack

from ..config import PipelineSettings
from ..data.hinglish_top import load_hinglish_top
from ..data.schema import Example
from ..data.xsid import LANGUAGES, load_xsid, tier_of
from ..evaluate_intent_slot import CPU, predict
from .rewards import reward
from .synthetic import CIPHERS, encipher


def english_of(examples: list[Example], english: list[Example]) -> list[Example | None]:
    """The English original of each xSID utterance (None when it cannot be found). Matched by the
    `# text-en` comment; Norwegian has none, so by id: "300/8" is English sentence 300, dialect 8."""
    by_text: dict[str, Example] = {}
    for e in english:
        by_text.setdefault(e.text.strip(), e)
    out = []
    for e in examples:
        if e.language == "en":
            out.append(e)
        elif e.meta.get("text_en"):
            out.append(by_text.get(e.meta["text_en"].strip()))
        else:
            ref = english[int(str(e.meta["id"]).split("/")[0]) - 1]
            out.append(ref if ref.intent == e.intent else None)
    return out


def hinglish_utterances(split: str, settings: PipelineSettings) -> list[tuple[Example, Example, str]]:
    """Hinglish-TOP's code-mixed queries with their English parallels as references."""
    split = {"valid": "validation"}.get(split, split)
    out = []
    for e in load_hinglish_top(settings.dataset("hinglish_top"), split):
        ref = Example(e.meta["text_en"], e.meta["en_intent"], e.meta["en_entities"], "en")
        out.append((e, ref, "hinglish"))
    return out


def utterances(split: str, settings: PipelineSettings) -> list[tuple[Example, Example, str]]:
    """(utterance, English reference, group) for xSID `split` in every language plus the ciphers;
    the few utterances whose English original is not in the English file are left out."""
    root = settings.dataset("xsid")
    english = load_xsid(root, split, "en")
    out = []
    for lang in LANGUAGES:
        examples = load_xsid(root, split, lang)
        out += [(e, ref, tier_of(lang)) for e, ref in zip(examples, english_of(examples, english)) if ref is not None]
    for cipher in CIPHERS:
        out += [(e, ref, "synthetic") for e, ref in zip(encipher(english, cipher), english)]
    return out


def _values(ex: Example) -> list[tuple[str, str]]:
    return [(kind, ex.text[s:e]) for kind, s, e in ex.entities]


def _predicted(res: dict) -> list[tuple[str, str]]:
    return [(e["type"], e["value"]) for e in res["entities"]]


SETS = {"xsid": utterances, "hinglish": hinglish_utterances}


def collect(pack_folder: Path, split: str, settings: PipelineSettings, data: str = "xsid") -> list[dict]:
    pack = load_pack(pack_folder, CPU)
    langid = LanguageIdentifier()
    items = SETS[data](split, settings)
    native = predict(pack, [u.text for u, _, _ in items])
    english = predict(pack, [ref.text for _, ref, _ in items])
    rows = []
    for (u, ref, group), nat, eng in zip(items, native, english):
        signals = {**text_signals(normalize(u.text).text, langid), **nat[NATIVE_SIGNALS]}
        rows.append({
            "language": u.language, "group": group, "pack": pack.manifest.name, "text": u.text, "english": ref.text, "gold_intent": u.intent,
            "native_intent": nat["intent"]["name"], "translated_intent": eng["intent"]["name"],
            "r_native": reward(nat["intent"]["name"] == u.intent, _values(u), _predicted(nat)),
            "r_translated": reward(eng["intent"]["name"] == u.intent, _values(ref), _predicted(eng)),
            "signals": signals, "features": feature_vector(signals).tolist(),
        })
    return rows


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("pack", type=Path)
    p.add_argument("--split", choices=("valid", "test"), required=True)
    p.add_argument("--data", choices=sorted(SETS), default="xsid")
    p.add_argument("--out", type=Path, default=Path("build/gate"))
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    rows = collect(args.pack, args.split, PipelineSettings(), args.data)
    path = args.out / f"{args.data}-{args.split}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows -> {path}")


if __name__ == "__main__":
    main()
