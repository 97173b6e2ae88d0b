"""Signals and rewards per utterance: the native reading vs the reading of its reference translation.

For every utterance of a split this runs the serving pack (featurizer, ONNX Runtime, decoder, no
HTTP) on the original text and on its English reference (xSID's English original; for the cipher
languages the plain English), and records the gate's features with the reward of both readings.
What translation buys on an utterance is r_translated - r_native: the policy's target.

    python -m pipelines.gate.collect models/assistant-e5s6/1.3.0 --split valid --out build/gate
    python -m pipelines.gate.collect models/hinglish-e5s6/1.1.0 --data hinglish --split valid
    python -m pipelines.gate.collect models/assistant-e5s6/1.3.0 --data fbtod --split valid  # needs `make translator`
    python -m pipelines.gate.collect models/shopping-e5s6/1.7.0 --data shopping --split valid  # and the corpus
"""
from __future__ import annotations

import argparse
import asyncio
import json
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from service.cache import NoCache
from service.gate.route import map_back
from service.gate.signals import text_signals
from service.metrics import Metrics
from service.nlu.answers import NATIVE_SIGNALS
from service.nlu.langid import LanguageIdentifier
from service.nlu.text import normalize
from service.packs import load_pack
from service.translate.backends import OpenAIChatBackend
from service.translate.protect import Protector
from service.translate.translator import Translation, Translator

from ..config import PipelineSettings
from ..data import assistant_labels
from ..data.fb_tod import load_fb_tod
from ..data.hinglish_top import load_hinglish_top
from ..data.shopping import load_shopping
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
            "language": u.language, "group": group, "pack": pack.manifest.name, "pack_version": pack.manifest.version,
            "text": u.text, "english": ref.text, "gold_intent": u.intent,
            "native_intent": nat["intent"]["name"], "translated_intent": eng["intent"]["name"],
            "r_native": reward(nat["intent"]["name"] == u.intent, _values(u), _predicted(nat)),
            "r_translated": reward(eng["intent"]["name"] == u.intent, _values(ref), _predicted(eng)),
            "signals": signals,
        })
    return rows


FB_TOD_PER_LANGUAGE = 300


def fb_tod_utterances(split: str, settings: PipelineSettings) -> list[Example]:
    """FB TOD eval (es, th), sampled across each file: the validation data without references."""
    if split != "valid":
        raise ValueError("FB TOD rows are validation data for the policy only (no reference translations)")
    root = settings.dataset("fb_multilingual_tod")
    out = []
    for lang in ("es", "th"):
        rows = [replace(e, intent=assistant_labels.intent(e.intent), entities=assistant_labels.map_spans(e.entities))
                for e in load_fb_tod(root, "eval", lang)]
        out += rows[:: max(1, len(rows) // FB_TOD_PER_LANGUAGE)][:FB_TOD_PER_LANGUAGE]
    return out


SHOPPING_PER_LANGUAGE = 60


def shopping_utterances(split: str, settings: PipelineSettings) -> list[Example]:
    """The shopping corpus's validation split, single turns, every non-English language, sampled
    across the file (the corpus is generated: `make shopping-corpus`)."""
    if split != "valid":
        raise ValueError("shopping rows are validation data for the policy only (no reference translations)")
    examples = [e for e in load_shopping(settings.build_dir / "shopping", "valid") if not e.context]
    out = []
    for lang in sorted({e.language for e in examples} - {"en"}):
        rows = [e for e in examples if e.language == lang]
        out += rows[:: max(1, len(rows) // SHOPPING_PER_LANGUAGE)][:SHOPPING_PER_LANGUAGE]
    return out


MACHINE_TRANSLATED = {"fbtod": fb_tod_utterances, "shopping": shopping_utterances}


# skips that say nothing about the text (the translator was down or slow): asked again on a rerun
TRANSIENT = {"error", "timeout", "breaker_open", "busy"}


async def _translate_all(translator, texts: list[str], cache_file: Path) -> dict:
    """Machine translations through the service's Translator, kept in a file so reruns are free
    (rejected outputs too: the same text would be rejected again; transient failures are retried)."""
    cache = json.loads(cache_file.read_text(encoding="utf-8")) if cache_file.is_file() else {}
    for text in tqdm(texts, desc="translate"):
        if text not in cache or cache[text].get("skip") in TRANSIENT:
            out = await translator.translate(text, None)
            cache[text] = ({"text": out.text, "alignments": [list(a) for a in out.alignments]}
                           if isinstance(out, Translation) else {"skip": out.reason})
            cache_file.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    return cache


def collect_machine_translated(pack_folder: Path, settings: PipelineSettings, url: str, model: str,
                               cache_file: Path, data: str = "fbtod") -> list[dict]:
    """Rows whose translated reading comes from the real translator (FB TOD and the shopping corpus
    have no references).
    The translated answer is scored as the service serves it: entities mapped back into the
    caller's text where they can be, the rest (found in the translation only) never match the gold;
    a skipped or rejected translation leaves the native answer."""
    pack = load_pack(pack_folder, CPU)
    langid = LanguageIdentifier()
    items = MACHINE_TRANSLATED[data]("valid", settings)
    translator = Translator(OpenAIChatBackend(url, model, None, 30.0, 0), NoCache(), Metrics(),
                            Protector.from_file(Path("models/translator/protected_terms.txt")), 1, 120.0, 10_000, 1.0)
    done = asyncio.run(_translate_all(translator, [u.text for u in items], cache_file))
    native = predict(pack, [u.text for u in items])
    ok = [i for i, u in enumerate(items) if "text" in done[u.text]]
    english = dict(zip(ok, predict(pack, [done[items[i].text]["text"] for i in ok])))
    rows = []
    for i, (u, nat) in enumerate(zip(items, native)):
        signals = {**text_signals(normalize(u.text).text, langid), **nat[NATIVE_SIGNALS]}
        r_native = reward(nat["intent"]["name"] == u.intent, _values(u), _predicted(nat))
        if i in english:
            tr = done[u.text]
            translation = Translation(tr["text"], "openai", False, tuple(tuple(a) for a in tr["alignments"]))
            eng = english[i]
            served = map_back(eng["entities"], translation, u.text)
            translated_intent = eng["intent"]["name"]
            r_translated = reward(translated_intent == u.intent, _values(u), [(e["type"], e["value"]) for e in served])
        else:
            translated_intent, r_translated = nat["intent"]["name"], r_native
        rows.append({
            "language": u.language, "group": data, "pack": pack.manifest.name, "pack_version": pack.manifest.version,
            "text": u.text,
            "english": done[u.text].get("text"), "gold_intent": u.intent, "native_intent": nat["intent"]["name"],
            "translated_intent": translated_intent, "r_native": r_native, "r_translated": r_translated,
            "signals": signals,
        })
    return rows


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("pack", type=Path)
    p.add_argument("--split", choices=("valid", "test"), required=True)
    p.add_argument("--data", choices=sorted(SETS) + sorted(MACHINE_TRANSLATED), default="xsid",
                   help="fbtod / shopping: validation rows read through the real translator (--url)")
    p.add_argument("--url", default="http://127.0.0.1:8081/v1", help="OpenAI-compatible translator (fbtod)")
    p.add_argument("--model", default="qwen2.5-coder-1.5b-instruct")
    p.add_argument("--out", type=Path, default=Path("build/gate"))
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.data in MACHINE_TRANSLATED:
        rows = collect_machine_translated(args.pack, PipelineSettings(), args.url, args.model,
                                          args.out / f"{args.data}-translations.json", args.data)
    else:
        rows = collect(args.pack, args.split, PipelineSettings(), args.data)
    path = args.out / f"{args.data}-{args.split}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows -> {path}")


if __name__ == "__main__":
    main()
