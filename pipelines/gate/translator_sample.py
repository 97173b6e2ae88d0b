"""The whole path with the real translator, on a fixed sample per language of the gate's test rows.

The gate report uses reference translations (the gate apart from translator quality); this runs the
service's own Translator (placeholders, output checks, breaker) against a running OpenAI-compatible
server (`make translator`) on every `--step`-th test utterance of each language, reads the output
with the native pack, and compares intent accuracy: native only, always machine-translate, and the gate (at its
default lambda) with machine translation. A skipped or rejected translation falls back to native,
as in the service.

    python -m pipelines.gate.translator_sample --rows build/gate/xsid-test.jsonl build/gate/hinglish-test.jsonl \
        --policy models/assistant-gate/1.4.0 --per-language 12
"""
from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from service.cache import NoCache
from service.gate.policy import GainRegressor
from service.metrics import Metrics
from service.packs import load_pack
from service.registry import served_pack
from service.translate.backends import OpenAIChatBackend
from service.translate.protect import Protector
from service.translate.translator import Skip, Translator

from ..evaluate_intent_slot import CPU, predict
from .fit import read_rows, vectors

LANGUAGES = ("de", "it", "zh", "ar", "id", "tr", "lt", "kk", "de-st", "de-ba", "gsw", "nap", "x-subst", "hi-en")


def sample(rows: list[dict], per_language: int) -> list[dict]:
    out = []
    for lang in LANGUAGES:
        lang_rows = [r for r in rows if r["language"] == lang]
        step = max(1, len(lang_rows) // per_language)  # across the file: it opens with weather only
        out += lang_rows[::step][:per_language]
    return out


async def translate_all(translator: Translator, rows: list[dict]) -> list:
    results = []
    for r in rows:  # one at a time: the local server has two cores
        started = time.perf_counter()
        out = await translator.translate(r["text"], r["signals"]["language"])
        results.append((out, time.perf_counter() - started))
    return results


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=Path, nargs="+", required=True, help="collected test rows")
    p.add_argument("--models", type=Path, default=Path("models"),
                   help="packs are read in the versions <models>/registry.yaml serves")
    p.add_argument("--policy", type=Path, required=True)
    p.add_argument("--url", default="http://127.0.0.1:8081/v1")
    p.add_argument("--model", default="qwen2.5-coder-1.5b-instruct")
    p.add_argument("--per-language", type=int, default=12)
    p.add_argument("--out", type=Path, default=Path("reports/translation-gate-mt.json"))
    args = p.parse_args(argv)
    rows = sample([r for path in args.rows for r in read_rows(path)], args.per_language)
    fit = json.loads((args.policy / "fit.json").read_text())
    lam = fit["default_lambda"]
    regressor = GainRegressor.from_file(args.policy / "policy.json")
    gains = regressor.predict_gain(vectors(rows, regressor.features))
    translator = Translator(OpenAIChatBackend(args.url, args.model, None, 20.0, 0), NoCache(), Metrics(),
                            Protector(), 1, 60.0, 1000, 1.0)
    outcomes = asyncio.run(translate_all(translator, rows))
    ok = [i for i, (o, _) in enumerate(outcomes) if not isinstance(o, Skip)]
    # read by the pack that read the native text; scored on intents (entity values of a free machine
    # translation differ from the reference's words)
    mt_intent = {}
    for pack_name in sorted({rows[i]["pack"] for i in ok}):
        idx = [i for i in ok if rows[i]["pack"] == pack_name]
        folder = served_pack(args.models / "registry.yaml", pack_name)
        if folder is None:
            raise SystemExit(f"pack {pack_name} is not in {args.models / 'registry.yaml'}")
        read = predict(load_pack(folder, CPU), [outcomes[i][0].text for i in idx])
        mt_intent.update({i: res["intent"]["name"] for i, res in zip(idx, read)})
    per_lang = {}
    for lang in LANGUAGES:
        idx = [i for i, r in enumerate(rows) if r["language"] == lang]
        if not idx:
            continue
        native = [rows[i]["native_intent"] == rows[i]["gold_intent"] for i in idx]
        always = [(mt_intent.get(i, rows[i]["native_intent"])) == rows[i]["gold_intent"] for i in idx]
        gate = [(mt_intent.get(i, rows[i]["native_intent"]) if gains[i] > lam else rows[i]["native_intent"])
                == rows[i]["gold_intent"] for i in idx]
        reference = [rows[i]["translated_intent"] == rows[i]["gold_intent"] for i in idx]
        per_lang[lang] = {
            "n": len(idx), "native_intent_acc": float(np.mean(native)), "always_mt_intent_acc": float(np.mean(always)),
            "gate_mt_intent_acc": float(np.mean(gate)), "reference_intent_acc": float(np.mean(reference)),
            "gate_share": float(np.mean([gains[i] > lam for i in idx])),
            "translator_outcomes": dict(Counter("ok" if not isinstance(outcomes[i][0], Skip) else outcomes[i][0].reason
                                                for i in idx)),
            "median_latency_s": float(np.median([outcomes[i][1] for i in idx])),
        }
    summary = {k: float(np.mean([v[k] for v in per_lang.values()]))
               for k in ("native_intent_acc", "always_mt_intent_acc", "gate_mt_intent_acc", "reference_intent_acc",
                         "gate_share")}
    report = {"lambda": lam, "per_language": per_lang, "mean_over_languages": summary, "model": args.model,
              "per_language_sample": args.per_language,
              "command": f"python -m pipelines.gate.translator_sample --rows {' '.join(map(str, args.rows))} "
                         f"--policy {args.policy} --per-language {args.per_language}"}
    args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    args.out.with_suffix(".md").write_text(markdown(report), encoding="utf-8")
    print(json.dumps(summary, indent=2))


def markdown(report: dict) -> str:
    lines = [
        "# Translation gate with the real translator",
        "",
        f"{report['model']} through llama.cpp's server on this machine (2 cores), via the service's Translator "
        "(placeholders, output checks); a skipped or rejected translation falls back to the native reading. "
        f"{report['per_language_sample']} test utterances per language, sampled across each file; gate at "
        f"λ = {report['lambda']}. Intent accuracy %.",
        "",
        f"Command: `{report['command']}`",
        "",
        "| language | native | always MT | gate + MT | always reference | gate share | translator outcomes | "
        "median s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang, v in report["per_language"].items():
        outcomes = ", ".join(f"{k} {n}" for k, n in sorted(v["translator_outcomes"].items()))
        lines.append(f"| {lang} | {100 * v['native_intent_acc']:.0f} | {100 * v['always_mt_intent_acc']:.0f} | "
                     f"{100 * v['gate_mt_intent_acc']:.0f} | {100 * v['reference_intent_acc']:.0f} | "
                     f"{100 * v['gate_share']:.0f}% | {outcomes} | {v['median_latency_s']:.2f} |")
    m = report["mean_over_languages"]
    lines.append(f"| **mean** | {100 * m['native_intent_acc']:.1f} | {100 * m['always_mt_intent_acc']:.1f} | "
                 f"{100 * m['gate_mt_intent_acc']:.1f} | {100 * m['reference_intent_acc']:.1f} | "
                 f"{100 * m['gate_share']:.0f}% | | |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
