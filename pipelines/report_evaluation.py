"""One page for the multilingual model issue: every committed pack's test numbers against its targets.

    python -m pipelines.report_evaluation --out reports/evaluation

Reads the numbers the exporters measured on the test splits (each pack's manifest metrics, int8
unless said otherwise; `reports/sentiment.json` and `reports/titles.json` for the single-task
sentiment and title packs), so it reruns nothing. Writes Markdown, JSON and a PNG of xSID intent
accuracy per language.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from service.packs import read_manifest
from service.registry import served_pack

from .config import REPO_ROOT
from .data.xsid import LANGUAGES, TIERS

# The single-task packs and the multi-task pack, in the versions the registry serves.
SINGLE = {"intent": "assistant-e5s6", "codemix": "hinglish-e5s6"}
MULTI = "multi-e5s6"


def metrics_of(folder: Path) -> dict[tuple, float]:
    return {(m.split, m.language, m.variant, m.name): m.value for m in read_manifest(folder).metrics}


def xsid(metrics: dict, variant: str = "int8") -> dict:
    per = {lang: metrics.get(("assistant/xsid-test", lang, variant, "intent_accuracy")) for lang in LANGUAGES}
    slots = {lang: metrics.get(("assistant/xsid-test", lang, variant, "slot_f1")) for lang in LANGUAGES}
    if any(v is None for v in per.values()):
        return {}
    tiers = {tier: float(np.mean([per[lang] for lang in langs])) for tier, langs in TIERS.items()}
    slot_tiers = {tier: float(np.mean([slots[lang] for lang in langs])) for tier, langs in TIERS.items()}
    return {"intent": per, "slot_f1": slots, "intent_tiers": {**tiers, "all": float(np.mean(list(per.values())))},
            "slot_tiers": {**slot_tiers, "all": float(np.mean(list(slots.values())))}}


def system_numbers(intent: dict, codemix: dict, marc: dict, titles: dict) -> dict:
    """The numbers the targets speak of, from one system's metrics."""
    def get(m: dict, split: str, name: str, lang: str | None = None) -> float | None:
        return m.get((split, lang, "int8", name))

    cs = get(codemix, "hinglish/test", "intent_accuracy")
    en = get(codemix, "hinglish/test-en", "intent_accuracy")
    return {
        "snips_intent": get(intent, "assistant/snips-test", "intent_accuracy"),
        "snips_slot_f1": get(intent, "assistant/snips-test", "slot_f1"),
        "xsid": xsid(intent),
        "fbtod": {lang: get(intent, "assistant/fbtod-test", "intent_accuracy", lang) for lang in ("en", "es", "th")},
        "marc_five_star": marc.get("five_star_accuracy"), "marc_mae": marc.get("mae"),
        "hinglish_cs": cs, "hinglish_en": en, "hinglish_gap": None if cs is None or en is None else abs(en - cs),
        "titles_keep_f1": titles.get("keep_f1"),
    }


def targets(n: dict) -> list[tuple[str, float | None, str, bool | None]]:
    """(target, measured, goal, met) rows; percentages as fractions."""
    tiers = n["xsid"].get("intent_tiers", {})
    rows = [("SNIPS intent accuracy", n["snips_intent"], "≥ 98.5", lambda v: v >= 0.985),
            ("SNIPS slot F1", n["snips_slot_f1"], "≥ 95.5", lambda v: v >= 0.955),
            ("xSID intent, High tier mean", tiers.get("high"), "≥ 85", lambda v: v >= 0.85),
            ("xSID intent, all 19 mean", tiers.get("all"), "≥ 75", lambda v: v >= 0.75),
            ("MARC 5-star accuracy, 6-language mean", n["marc_five_star"], "≥ 58", lambda v: v >= 0.58),
            ("MARC mean absolute error (stars)", n["marc_mae"], "≤ 0.55", lambda v: v <= 0.55),
            ("Hinglish-TOP intent on cs_query", n["hinglish_cs"], "≥ 90", lambda v: v >= 0.90),
            ("Code-mix gap, en_query vs cs_query (absolute)", n["hinglish_gap"], "≤ 3 points", lambda v: v <= 0.03),
            ("Title keep/drop F1 (held-out silver)", n["titles_keep_f1"], "≥ 0.86", lambda v: v >= 0.86)]
    return [(name, v, goal, None if v is None else bool(ok(v))) for name, v, goal, ok in rows]


def _fmt(name: str, v: float | None) -> str:
    if v is None:
        return "—"
    if "error" in name:
        return f"{v:.3f}"
    if "F1 (held-out" in name:
        return f"{v:.3f}"
    return f"{100 * v:.2f}"


def plot(systems: dict[str, dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = {name: n["xsid"]["intent"] for name, n in systems.items() if n["xsid"]}
    fig, ax = plt.subplots(figsize=(12, 4))
    width = 0.8 / max(len(shown), 1)
    for i, (name, per) in enumerate(shown.items()):
        ax.bar(np.arange(len(LANGUAGES)) + i * width, [100 * per[lang] for lang in LANGUAGES], width, label=name)
    ax.set_xticks(np.arange(len(LANGUAGES)) + width * (len(shown) - 1) / 2, LANGUAGES, rotation=45)
    ax.axhline(85, color="grey", linestyle="--", linewidth=0.8)
    ax.set_ylabel("intent accuracy % (xSID test, int8)")
    ax.set_title("xSID test intent accuracy per language (en | High | Low | XLow); dashed: the High-tier target")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--models", type=Path, default=REPO_ROOT / "models")
    p.add_argument("--reports", type=Path, default=REPO_ROOT / "reports")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "reports" / "evaluation")
    args = p.parse_args(argv)
    sentiment = json.loads((args.reports / "sentiment.json").read_text())["mean_over_languages"]
    titles = json.loads((args.reports / "titles.json").read_text())["metrics"]
    registry = args.models / "registry.yaml"
    single = {role: served_pack(registry, name) for role, name in SINGLE.items()}
    systems = {"single-task packs": system_numbers(metrics_of(single["intent"]), metrics_of(single["codemix"]),
                                                   sentiment, titles)}
    if (multi := served_pack(registry, MULTI)) is not None:
        m = metrics_of(multi)
        marc = {k: m.get(("marc/test", None, "int8", k)) for k in ("five_star_accuracy", "mae")}
        systems["multi-task pack"] = system_numbers(m, m, marc, {"keep_f1": m.get(("titles/test", None, "int8", "keep_f1"))})
    plot(systems, args.out.with_suffix(".png"))
    report = {"command": "python -m pipelines.report_evaluation", "systems": systems,
              "targets": {name: targets(n) for name, n in systems.items()}}
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")

    names = list(systems)
    lines = ["# Test-set evaluation of the committed packs against the multilingual model's targets", "",
             "Command: `python -m pipelines.report_evaluation` (reads the numbers the exporters measured on the "
             "test splits, int8 packs). Single-task packs: `assistant-e5s6` (intent + slots), `hinglish-e5s6`, "
             "`marc-e5s6`, `titles-e5s6`; multi-task: `multi-e5s6` (one ONNX file for all four tasks).", "",
             "| target | goal | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    rows = {name: targets(n) for name, n in systems.items()}
    for i, (target, _, goal, _) in enumerate(rows[names[0]]):
        cells = []
        for name in names:
            _, v, _, met = rows[name][i]
            cells.append(f"{_fmt(target, v)} {'✅' if met else '❌' if met is not None else ''}")
        lines.append(f"| {target} | {goal} | " + " | ".join(cells) + " |")
    lines += ["", "## xSID test by tier (intent accuracy % / slot F1 %)", "",
              "| tier | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for tier in (*TIERS, "all"):
        cells = [f"{100 * n['xsid']['intent_tiers'][tier]:.1f} / {100 * n['xsid']['slot_tiers'][tier]:.1f}"
                 if n["xsid"] else "—" for n in systems.values()]
        lines.append(f"| {tier} | " + " | ".join(cells) + " |")
    lines += ["", f"![xSID per language]({args.out.with_suffix('.png').name})", "",
              "## Why the missed targets are missed", "",
              "- xSID: the encoder is e5-small cut to 6 of 12 layers, with labels in English, Spanish and Thai "
              "only; every other language is zero-shot and dialects (XLow) are far from anything it read. "
              "`assistant-e5s6` is distilled from the 12-layer model, also on unlabelled Hinglish, MARC "
              "and shopping text (teacher logits only): High tier 69.2 → 80.0 → 81.2 → 80.8, all 19 "
              "64.3 → 74.4 → 75.7 → 75.8 for 1.0.0 (the 6-layer model trained directly), 1.1.0 (800 unlabelled "
              "texts per source and language), 1.2.0 (1,500) and 1.3.0 (5,000, from the mean logits of two "
              "12-layer teachers: reports/gpu-training.md), while the teachers read xSID valid at 80.2 and 78.1 "
              "intent over all languages, their mean 80.6 (1.3.0: 78.2). The translation gate "
              "(reports/translation-gate.md) is the service's answer for Low/XLow.",
              "- SNIPS: the assistant label set maps SNIPS slots onto xSID's, and the multilingual student "
              "trails the English-only MiniLM (`snips-minilm`: 94.9 slot F1) on English slot boundaries; its "
              "checkpoints are chosen on xSID valid; the distilled students gave up SNIPS intent 98.57 → "
              "97.57 and slot F1 91.48 → 89.34 (1.0.0 → 1.2.0) for their multilingual gains, and 1.3.0's "
              "second teacher (trained 3 epochs, better at slots) gives back 98.43 / 91.45.",
              "- MARC: `marc-e5s6` 1.1.0 reads 6,000 training reviews per language (1.0.0 read 2,000: "
              "five-star 45.3 → 49.4, MAE 0.752 → 0.667; the multi-task pack also read 2,000), truncated to 128 "
              "sub-words, one epoch on 2 CPU cores (~45 min); the 57-67 reference is full mBERT on 200,000 reviews "
              "per language.",
              "- Hinglish: 2,993 training utterances (and their English parallels); 6 test intents are never seen in "
              "training, but they are 21 of 6,513 test utterances: the miss is the model's. Validation (90-91 for "
              "every model tried) runs about 3 points above test. `hinglish-e5s6` 1.1.0 trains on both sides and is "
              "distilled from the 12-layer model: code-mixed 85.9 → 88.0, English parallels 65.7 → 90.9 (gap 20.2 → "
              "2.9); its teacher scores the same (88.0 / 90.9). A student of the mean of two 12-layer teachers "
              "(seeds 13 and 14, validation 91.1 and 90.5) read validation at 91.1, no better than 1.1.0's 91.3: "
              "not shipped."]
    distilled = sorted(args.reports.glob("distillation*.json"))  # one per task the student was measured on
    if distilled:
        lines += ["", "## Student against teacher", "",
                  "Target: the student int8 ≥ 2x faster than the teacher int8 at ≤ 1 point average accuracy lost "
                  "(6 of 12 layers halve the encoder; tokenization, embeddings and the heads do not shrink).", ""]
    for path in distilled:
        d = json.loads(path.read_text())
        lost, speedup = d["summary"]["mean_points_lost"]["intent_accuracy"], d["summary"]["speedup"]
        lines.append(f"- `{d['student']}` against its 12-layer teacher on the {d['data']} test splits "
                     f"(reports/{path.stem}.md): {speedup['utterances_per_s_batch32']:.2f}x the throughput at batch "
                     f"32, {speedup['batch1_p50']:.2f}x at batch 1, {lost:+.2f} intent points lost: "
                     f"**{'met' if d['summary']['met'] else 'missed'}**.")
    args.out.with_suffix(".md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:20]))


if __name__ == "__main__":
    main()
