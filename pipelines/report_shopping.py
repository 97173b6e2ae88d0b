"""Shopping report: per-language intent accuracy and entity F1 of packs, against the targets.

    python -m pipelines.report_shopping models/shopping-e5s6/1.7.0 build/packs/shop-e5t12/1.0.0

Reads the metrics each pack's export measured (manifest.json: int8, template-disjoint test split, the
hand-written test set and the hand-written dev set) and writes reports/shopping.{md,json}.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from service.packs import read_manifest

from .config import REPO_ROOT

LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "hi", "hi-en")
TARGETS = {"shopping/test": (0.95, 0.90), "shopping/handwritten": (0.90, 0.80)}
DEV = "shopping/handwritten-dev"  # the tuning set: reported, no target


def table(folder: Path) -> dict:
    manifest = read_manifest(folder)
    out: dict = {}
    for m in manifest.metrics:
        if m.variant == "int8" and m.split in (*TARGETS, DEV) and m.name in ("intent_accuracy", "slot_f1"):
            out.setdefault(m.split, {}).setdefault(m.language or "all", {})[m.name] = m.value
    return {"pack": f"{manifest.name} {manifest.version}", "base_model": manifest.base_model, "scores": out}


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("packs", type=Path, nargs="+")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "reports")
    args = p.parse_args(argv)
    packs = [table(f) for f in args.packs]
    lines = ["# Voice-shopping intents and entities", "",
             "int8 packs through the serving path. Test = template-, product- and brand-disjoint split of the generated",
             "corpus; hand-written = utterances no template produced (hand-written dev: a second such set,",
             "written later, for tuning). Entity F1 = span-level micro F1.",
             "Targets: test intent ≥ 95 and F1 ≥ 90 in every language; hand-written ≥ 90 / ≥ 80 overall,",
             "no language below 80 intent. ✗ marks a miss.", ""]
    for pack in packs:
        lines += [f"## {pack['pack']}", "", pack["base_model"], "",
                  "| split | " + " | ".join(("all",) + LANGUAGES) + " |", "|---" * (len(LANGUAGES) + 2) + "|"]
        for split, (t_intent, t_f1) in [*TARGETS.items(), (DEV, (None, None))]:
            scores = pack["scores"].get(split, {})
            for name, target in (("intent_accuracy", t_intent), ("slot_f1", t_f1)):
                cells = []
                for lang in ("all",) + LANGUAGES:
                    v = scores.get(lang, {}).get(name)
                    need = (None if target is None else target if (split == "shopping/test" or lang == "all")
                            else (0.80 if name == "intent_accuracy" else None))
                    miss = v is not None and need is not None and v < need
                    cells.append("–" if v is None else f"{v * 100:.1f}{' ✗' if miss else ''}")
                lines.append(f"| {split.split('/')[1]} {name.replace('_accuracy', '').replace('slot_', 'entity ')} | "
                             + " | ".join(cells) + " |")
        lines.append("")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "shopping.json").write_text(json.dumps(packs, indent=2) + "\n")
    (args.out / "shopping.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
