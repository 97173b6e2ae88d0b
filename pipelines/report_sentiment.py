"""Sentiment pack on MARC test, per language: 5-star accuracy, mean absolute error (stars), 3-way
(negative 1-2 / neutral 3 / positive 4-5) accuracy, through the serving decoder.

    python -m pipelines.report_sentiment models/marc-e5s6/1.1.0 --out reports/sentiment \
        --compare models/multi-e5s6/1.0.0
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from service.nlu.answers import POLARITY, SentimentAnswer
from service.packs import load_pack

from .config import PipelineSettings
from .data.marc import LANGUAGES, load_marc
from .data.sources import train_valid
from .evaluate_intent_slot import CPU, answers

THREE_WAY = {star: name for name, stars in POLARITY.items() for star in stars}


def predict(pack, texts: list[str]) -> list[dict]:
    return answers(pack, texts, SentimentAnswer())


def validation_examples(settings: PipelineSettings) -> list:
    """The validation carve of the whole train pool (DEFAULT_SEED, as train_intent_slot's marc-pool runs),
    minus every review of the 2,000-per-language sample the older packs trained on: reviews that no
    pack compared here has learnt from."""
    _, valid = train_valid("marc-pool", settings)
    sample = {e.text for e in load_marc(settings.dataset("marc"), "train")}
    return [e for e in valid if e.text not in sample]


def sentiment_table(pack, examples: list | None = None) -> tuple[dict, dict]:
    """Per language (5-star accuracy, MAE, 3-way accuracy) and the mean over languages, on MARC test
    unless `examples` are given."""
    examples = examples if examples is not None else load_marc(PipelineSettings().dataset("marc"), "test")
    results = predict(pack, [e.text for e in examples])
    table = {}
    for lang in LANGUAGES:
        pairs = [(int(e.intent), int(r["label"])) for e, r in zip(examples, results) if e.language == lang]
        gold, pred = np.array([g for g, _ in pairs]), np.array([q for _, q in pairs])
        table[lang] = {"n": len(pairs), "five_star_accuracy": float((gold == pred).mean()),
                       "mae": float(np.abs(gold - pred).mean()),
                       "three_way_accuracy": float(np.mean([THREE_WAY[str(g)] == THREE_WAY[str(q)] for g, q in pairs]))}
    mean = {k: float(np.mean([v[k] for v in table.values()])) for k in ("five_star_accuracy", "mae", "three_way_accuracy")}
    return table, mean


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("pack", type=Path)
    p.add_argument("--out", type=Path, default=Path("reports/sentiment"))
    p.add_argument("--compare", type=Path, nargs="*", default=[],
                   help="other sentiment packs scored with it on validation data (which one serves)")
    args = p.parse_args(argv)
    table, mean = sentiment_table(load_pack(args.pack, CPU))
    valid = validation_examples(PipelineSettings())
    validation = {str(folder): sentiment_table(load_pack(folder, CPU), valid)[1] for folder in [args.pack, *args.compare]}
    compare = f" --compare {' '.join(map(str, args.compare))}" if args.compare else ""
    report = {"per_language": table, "mean_over_languages": mean, "pack": str(args.pack),
              "validation": {"reviews": len(valid), "mean_over_languages": validation},
              "command": f"python -m pipelines.report_sentiment {args.pack} --out {args.out}{compare}"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    lines = ["# Sentiment on MARC test (per language, 5,000 reviews each)", "",
             f"Pack `{args.pack}`; command: `{report['command']}`. Targets (#3): 5-star accuracy averaged over the 6 "
             "languages ≥ 58 with MAE ≤ 0.55.", "",
             "| language | 5-star accuracy % | MAE (stars) | 3-way accuracy % |", "|---|---|---|---|"]
    for lang, v in [*table.items(), ("**mean**", mean)]:
        lines.append(f"| {lang} | {100 * v['five_star_accuracy']:.1f} | {v['mae']:.3f} | {100 * v['three_way_accuracy']:.1f} |")
    lines += ["", f"## Validation ({len(valid):,} reviews)", "",
              "The seeded 10% of the MARC train pools that the `marc-pool` runs hold out, minus the reviews of the "
              "2,000-per-language sample that older packs trained on. The registry's default is picked here.", "",
              "| pack | 5-star accuracy % | MAE (stars) | 3-way accuracy % |", "|---|---|---|---|"]
    for folder, v in validation.items():
        lines.append(f"| `{folder}` | {100 * v['five_star_accuracy']:.1f} | {v['mae']:.3f} | "
                     f"{100 * v['three_way_accuracy']:.1f} |")
    args.out.with_suffix(".md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps(mean, indent=2))


if __name__ == "__main__":
    main()
