"""The UD-feature ablation: what the parses buy on every test set, what they cost per utterance, and
in which languages they stay on (decided on validation data, reported on test data).

    python -m pipelines.report_syntax --ud models/assistant-e5s6ud/1.0.0 \
        --baseline models/assistant-e5s6/1.0.0 [--multitask models/multi-e5s6/1.0.0] --out reports/syntax

Two ablations: (1) separately trained models, same recipe and seed, with and without UD inputs;
(2) one UD model read with its parses and with every parse withheld (the no-parse id; the model was
trained with parse dropout, so this is how it serves a language without a parser).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from service.nlu.answers import SentimentAnswer
from service.nlu.text import normalize
from service.packs import load_pack
from service.syntax.parsers import SyntaxConfig
from service.syntax.tagger import shared_tagger

from .config import PipelineSettings
from .data.assistant import to_assistant_labels
from .data.fb_tod import load_fb_tod
from .data.sources import DEFAULT_SEED, train_valid
from .data.xsid import load_xsid
from .evaluate_intent_slot import CPU, CPU_NO_PARSE, answers, predict, score
from .report_evaluation import metrics_of

PAYS = 0.5  # points of (intent accuracy + slot F1) / 2 on validation that a language's parses must buy


def validation_sets(settings: PipelineSettings) -> dict[str, list]:
    """Intent/slot validation data per parser language; no checkpoint or threshold was picked on
    them but this report's."""
    root = settings.data_root
    return {"en": load_xsid(root / "xsid", "valid", "en"),
            "es": to_assistant_labels(load_fb_tod(root / "fb_multilingual_tod", "eval", "es"))}


def review_sets(settings: PipelineSettings, seed: int = DEFAULT_SEED) -> dict[str, list]:
    """MARC reviews per parser language from the validation share the sentiment training carved out
    of its sample (same seed), never trained on."""
    _, valid = train_valid("marc", settings, seed)
    return {lang: [e for e in valid if e.language == lang] for lang in ("en", "es", "fr")}


def _with_without(parsed, unparsed, run) -> dict[str, tuple[float, float]]:
    with_p, without = run(parsed), run(unparsed)
    return {k: (with_p[k], without[k]) for k in with_p}


def validation_gain(pack: Path, settings: PipelineSettings) -> dict[str, dict]:
    """Per language: each measure with and without parses (the same model), and the mean gain."""
    parsed, unparsed = load_pack(pack, CPU), load_pack(pack, CPU_NO_PARSE)
    measures: dict[str, dict] = {}
    for lang, examples in validation_sets(settings).items():
        texts = [e.text for e in examples]
        both = _with_without(parsed, unparsed, lambda p, ex=examples, t=texts: score(ex, predict(p, t)))
        measures.setdefault(lang, {}).update({f"{k} (intent data)": v for k, v in both.items()
                                              if k in ("intent_accuracy", "slot_f1")})
    if "sentiment" in parsed.manifest.tasks:
        for lang, examples in review_sets(settings).items():
            def stars(p, ex=examples):
                results = answers(p, [e.text for e in ex], SentimentAnswer())
                return {"five_star_accuracy": sum(r["label"] == e.intent for e, r in zip(ex, results)) / len(ex)}
            measures.setdefault(lang, {})["five_star_accuracy (reviews)"] = _with_without(parsed, unparsed, stars)[
                "five_star_accuracy"]
    out = {}
    for lang, m in measures.items():
        gain = 100 * sum(w - wo for w, wo in m.values()) / len(m)
        out[lang] = {"measures": m, "gain_points": gain, "keep": gain >= PAYS}
    return out


def parse_cost(settings: PipelineSettings, ud_pack: Path) -> dict:
    """Milliseconds per utterance: spaCy alone (one at a time, and batched as the service batches),
    language ID, and the whole featurizer with and without the parser."""
    tagger = shared_tagger(SyntaxConfig())
    texts = {lang: [normalize(e.text).text for e in ex[:300]] for lang, ex in validation_sets(settings).items()}
    texts["fr (reviews)"] = [normalize(e.text).text for e in review_sets(settings)["fr"]]
    out = {}
    for lang, sample in texts.items():
        lang_code = lang.split()[0]
        tagger.parser.parse(sample[:10], lang_code)  # warm
        t0 = time.perf_counter()
        for text in sample:
            tagger.parser.parse([text], lang_code)
        single = (time.perf_counter() - t0) / len(sample) * 1e3
        t0 = time.perf_counter()
        for start in range(0, len(sample), 32):
            tagger.parser.parse(sample[start : start + 32], lang_code)
        batched = (time.perf_counter() - t0) / len(sample) * 1e3
        t0 = time.perf_counter()
        for text in sample:
            tagger.langid.identify(text)
        langid = (time.perf_counter() - t0) / len(sample) * 1e3
        feats = {}
        for name, runtime in (("with_parser", CPU), ("without_parser", CPU_NO_PARSE)):
            featurizer = load_pack(ud_pack, runtime).featurizer
            t0 = time.perf_counter()
            for start in range(0, len(sample), 32):
                featurizer.encode_batch(sample[start : start + 32])
            feats[name] = (time.perf_counter() - t0) / len(sample) * 1e3
        out[lang] = {"spacy_single_ms": single, "spacy_batch32_ms": batched, "langid_ms": langid,
                     "featurize_batch32_ms": feats}
    return out


def test_rows(ud: dict, base: dict | None, tasks: list[tuple[str, str]]) -> list[dict]:
    """Per (split, language, metric): UD int8 with parses, withheld, and the no-UD model's int8."""
    rows = []
    keys = sorted({(s, lang or "", name) for s, lang, v, name in ud if v == "int8-noparse"})
    for split, lang, name in keys:
        if (split, name) not in tasks and (split.split("/")[0], name) not in tasks:
            continue
        lang = lang or None  # None: the whole split
        row = {"split": split, "language": lang or "all", "metric": name, "ud": ud.get((split, lang, "int8", name)),
               "ud_noparse": ud.get((split, lang, "int8-noparse", name))}
        if base is not None:
            row["baseline"] = base.get((split, lang, "int8", name))
        rows.append(row)
    return rows


def _fmt(v, pct=True):
    return "" if v is None else (f"{100 * v:.2f}" if pct else f"{v:.3f}")


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--ud", type=Path, required=True, help="the intent/slot pack trained with UD inputs")
    p.add_argument("--baseline", type=Path, required=True, help="the same recipe without UD inputs")
    p.add_argument("--multitask", type=Path, default=None, help="a multi-task pack trained with UD inputs")
    p.add_argument("--out", type=Path, default=Path("reports/syntax"))
    args = p.parse_args(argv)
    settings = PipelineSettings()
    command = ("python -m pipelines.report_syntax --ud " + str(args.ud) + " --baseline " + str(args.baseline)
               + (f" --multitask {args.multitask}" if args.multitask else "") + f" --out {args.out}")
    decider = args.multitask or args.ud  # the served UD model decides where its parses stay on
    valid = validation_gain(decider, settings)
    cost = parse_cost(settings, args.ud)
    assistant = [(s, n) for s in ("assistant/snips-test", "assistant/xsid-test", "assistant/fbtod-test")
                 for n in ("intent_accuracy", "slot_f1")]
    rows = test_rows(metrics_of(args.ud), metrics_of(args.baseline), assistant)
    multi_rows = []
    if args.multitask:
        wanted = assistant + [("hinglish/test", "intent_accuracy"), ("hinglish/test-en", "intent_accuracy"),
                              ("marc/test", "five_star_accuracy"), ("marc/test", "mae"),
                              ("titles/test", "keep_f1")]
        multi_rows = test_rows(metrics_of(args.multitask), None, wanted)
    report = {"command": command, "validation": valid, "parse_cost_ms": cost, "pays_threshold_points": PAYS,
              "assistant_test": rows, "multitask_test": multi_rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1, default=float), encoding="utf-8")

    lines = ["# UD features: ablation and cost", "", f"Command: `{command}`.", "",
             "## Decision (validation data): where parses stay on", "",
             f"Model `{decider}`, read with and without its parses. A language keeps its parser when its parses "
             f"buy ≥ {PAYS} points on average over its validation measures: intent accuracy and slot F1 on xSID "
             "valid (en) or FB TOD eval (es, unused in training), five-star accuracy on the MARC reviews the "
             "sentiment training held out (en, es, fr).", "",
             "| language | measure | with / without parses % | gain (points, mean) | keep |", "|---|---|---|---|---|"]
    for lang, v in valid.items():
        for i, (name, (w, wo)) in enumerate(v["measures"].items()):
            tail = f"{v['gain_points']:+.2f} | {'yes' if v['keep'] else 'no'}" if i == 0 else " | "
            lines.append(f"| {lang if i == 0 else ''} | {name} | {_fmt(w)} / {_fmt(wo)} | {tail} |")
    lines += ["", "## Cost per utterance (ms, this machine, 2 cores)", "",
              "| language | spaCy single | spaCy batch 32 | language ID | featurize batch 32 with parser | without |",
              "|---|---|---|---|---|---|"]
    for lang, c in cost.items():
        f = c["featurize_batch32_ms"]
        lines.append(f"| {lang} | {c['spacy_single_ms']:.2f} | {c['spacy_batch32_ms']:.2f} | {c['langid_ms']:.3f} | "
                     f"{f['with_parser']:.2f} | {f['without_parser']:.2f} |")
    lines += ["", "## Test: separately trained (no UD) vs UD model, and the UD model with parses withheld (int8)", "",
              "| split | language | metric | no-UD model | UD model | UD, parses withheld | UD − no-UD |",
              "|---|---|---|---|---|---|---|"]
    for r in rows:
        delta = "" if r["baseline"] is None or r["ud"] is None else f"{100 * (r['ud'] - r['baseline']):+.2f}"
        lines.append(f"| {r['split']} | {r['language']} | {r['metric']} | {_fmt(r['baseline'])} | {_fmt(r['ud'])} | "
                     f"{_fmt(r['ud_noparse'])} | {delta} |")
    if multi_rows:
        lines += ["", "## Test: the multi-task pack with and without its parses (int8)", "",
                  "| split | language | metric | with parses | parses withheld | difference |", "|---|---|---|---|---|---|"]
        for r in multi_rows:
            pct = r["metric"] != "mae"
            diff = "" if r["ud"] is None or r["ud_noparse"] is None else (
                f"{(100 if pct else 1) * (r['ud'] - r['ud_noparse']):+.{2 if pct else 3}f}")
            lines.append(f"| {r['split']} | {r['language']} | {r['metric']} | {_fmt(r['ud'], pct)} | "
                         f"{_fmt(r['ud_noparse'], pct)} | {diff} |")
    args.out.with_suffix(".md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps({k: v["gain_points"] for k, v in valid.items()}, indent=1))


if __name__ == "__main__":
    main()
