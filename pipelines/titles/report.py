"""Title shortening report on the held-out silver slice, through the serving decoder.

Token keep/drop F1 (kept words vs the silver labels), compression ratio (characters), and the share
of outputs that keep the brand and the product type (the last kept core word of the silver title,
its head noun). Also prints a fixed sample for hand-checking.

    python -m pipelines.titles.report models/titles-e5s6/1.0.0 --out reports/titles
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from service.packs import load_pack

from ..config import PipelineSettings
from ..data.titles import load_titles
from ..evaluate_intent_slot import CPU
from .shortener import shorten_all


def title_metrics(pack, examples) -> tuple[dict, list[dict]]:
    """Keep/drop precision, recall, F1 against the silver labels, compression ratio, brand and
    head-word retention of `pack`'s shortened titles; and the results themselves."""
    results = shorten_all(pack, [e.text for e in examples])
    tp = fp = fn = 0
    brand_kept = type_kept = ratios = 0.0
    for e, r in zip(examples, results):
        gold = {(s, t) for _, s, t in e.entities}
        pred = {(k["start"], k["end"]) for k in r["kept"]}
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
        kept_words = {e.text[s:t] for s, t in pred}
        brand = (e.meta.get("brand") or "").split()
        brand_kept += all(b in kept_words for b in brand if b in e.text.split()) if brand else 1.0
        head = e.text[sorted(gold)[-1][0]:sorted(gold)[-1][1]] if gold else ""
        type_kept += (head in kept_words) if head else 1.0
        ratios += r["compression_ratio"]
    n = len(examples)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    metrics = {"titles": n, "keep_precision": precision, "keep_recall": recall,
               "keep_f1": 2 * precision * recall / max(precision + recall, 1e-9),
               "compression_ratio": ratios / n, "brand_kept": brand_kept / n, "head_word_kept": type_kept / n}
    return metrics, results


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("pack", type=Path)
    p.add_argument("--out", type=Path, default=Path("reports/titles"))
    p.add_argument("--sample", type=int, default=50)
    args = p.parse_args(argv)
    examples = load_titles(PipelineSettings().dataset("product_titles"), "test")
    metrics, results = title_metrics(load_pack(args.pack, CPU), examples)
    n = len(examples)
    rng = random.Random(7)
    sample = [(examples[i].text, results[i]["title"]) for i in sorted(rng.sample(range(n), args.sample))]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps({"metrics": metrics, "sample": sample}, indent=1),
                                             encoding="utf-8")
    print(json.dumps(metrics, indent=2))
    for title, short in sample:
        print(f"{title}  =>  {short}")

if __name__ == "__main__":
    main()
