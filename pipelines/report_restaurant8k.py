"""Restaurant-8k span F1 with and without the context turn -> reports/restaurant8k.{json,md}.

    python -m pipelines.export_intent_slot --run r8k-ctx --pack r8k-ctx --out build/packs
    python -m pipelines.export_intent_slot --run r8k-noctx --pack r8k-noctx --out build/packs
    python -m pipelines.report_restaurant8k --ctx build/packs/r8k-ctx/1.0.0 --noctx build/packs/r8k-noctx/1.0.0

Rows: the context-trained model read with the requested slots as context, the same model with the
context withheld, and a model trained without context. Test split only for this final report.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from .config import REPO_ROOT, PipelineSettings
from .data.restaurant8k import load_restaurant8k
from .evaluate_intent_slot import evaluate_folder


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--ctx", type=Path, required=True, help="pack trained with context")
    p.add_argument("--noctx", type=Path, required=True, help="pack trained without context")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "reports")
    args = p.parse_args(argv)
    test = load_restaurant8k(PipelineSettings().dataset("restaurant8k"), "test")
    rows = {
        "trained with context, context given": evaluate_folder(args.ctx, test, use_context=True),
        "trained with context, context withheld": evaluate_folder(args.ctx, test, use_context=False),
        "trained without context": evaluate_folder(args.noctx, test, use_context=False),
    }
    with_ctx = [e for e in test if e.context]
    rows["trained with context, context given (only turns that have one)"] = evaluate_folder(args.ctx, with_ctx)
    rows["trained without context (only turns that have one)"] = evaluate_folder(args.noctx, with_ctx, False)
    args.out.mkdir(parents=True, exist_ok=True)
    report = {"split": "restaurant8k/test", "n": len(test), "with_context_turns": len(with_ctx), "rows": rows}
    (args.out / "restaurant8k.json").write_text(json.dumps(report, indent=2) + "\n")
    lines = ["# Restaurant-8k: slot span F1 with and without the context turn", "",
             f"Test split ({len(test)} turns, {len(with_ctx)} with requested slots). Context = the system's",
             "requested slots in words, encoded as the second segment of a text pair. Span-level micro F1 over",
             "the five slots (seqeval), through the serving featurizer, ONNX Runtime (int8) and decoder.", "",
             "| model | slot span F1 | n |", "|---|---|---|"]
    lines += [f"| {name} | {r['slot_f1']:.4f} | {r['n']} |" for name, r in rows.items()]
    lines += ["", "Reproduce: see the module docstring of `pipelines/report_restaurant8k.py`.", ""]
    (args.out / "restaurant8k.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
