"""The translation gate's report on test data: Pareto curves against four baselines, per tier.

Scores the fitted policy (through the service's own GainRegressor) on the rows that
pipelines.gate.collect wrote for xSID `test`, the cipher languages made from English test and
Hinglish-TOP test, with the English references as translations (the gate measured apart from translator quality). Writes
reports/translation-gate.{md,json,png} and the policy pack's manifest (with these metrics) and card.

    python -m pipelines.gate.report --rows build/gate/xsid-test.jsonl build/gate/hinglish-test.jsonl \
        --policy models/assistant-gate/1.4.0
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib
import numpy as np

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from service.gate.policy import GainRegressor  # noqa: E402
from service.gate.signals import FEATURES  # noqa: E402
from service.packs import file_sha256  # noqa: E402

from .curves import LAMBDAS, baselines, gate_curve, pareto_share, point  # noqa: E402
from .fit import native_passes, read_rows, vectors  # noqa: E402

GROUPS = ("all", "en", "high", "low", "xlow", "synthetic", "hinglish")
REWARD = "(intent correct + entity F1 over (type, value)) / 2"


def group_rows(rows: list[dict], group: str) -> list[dict]:
    """A tier's rows, or one language's (the cipher languages are also shown one by one)."""
    return rows if group == "all" else [r for r in rows if group in (r["group"], r["language"])]


def at_lambda(curve: list[dict], lam: float) -> dict:
    return min(curve, key=lambda p: abs(p["lambda"] - lam))


def oracle(rows: list[dict]) -> dict:
    """The reference no policy can pass: translate exactly the utterances whose reward translating
    raises (it knows both readings' rewards; a policy sees only the native pass)."""
    return point(rows, np.asarray([r["r_translated"] > r["r_native"] for r in rows]))


def evaluate(rows: list[dict], regressor: GainRegressor, lam: float) -> dict:
    out = {}
    ciphers = sorted({r["language"] for r in rows if r["group"] == "synthetic"})
    for group in [*GROUPS, *ciphers]:
        sub = group_rows(rows, group)
        if not sub:
            continue
        gains = regressor.predict_gain(vectors(sub, regressor.features))
        curve = gate_curve(sub, gains)
        base = baselines(sub)
        out[group] = {
            "utterances": len(sub), "languages": sorted({r["language"] for r in sub}),
            "gate_curve": curve, "baselines": base, "pareto_share": pareto_share(curve, base),
            "at_default_lambda": at_lambda(curve, lam), "native": base["never"][0], "always": base["always"][0],
            "oracle": oracle(sub),
        }
    return out


def targets(result: dict) -> dict:
    allg = result["all"]
    always = allg["always"]["reward"]
    # cheapest point on the curve within 2% of always-translate
    within = [p for p in allg["gate_curve"] if p["reward"] >= 0.98 * always]
    cheapest = min(within, key=lambda p: p["share"]) if within else None
    d = allg["at_default_lambda"]
    lift = {g: 100 * (result[g]["at_default_lambda"]["intent_accuracy"] - result[g]["native"]["intent_accuracy"])
            for g in ("low", "xlow")}
    return {
        "reward_vs_always_at_default": d["reward"] / always, "share_at_default": d["share"],
        "cheapest_point_within_2pct": cheapest,
        "met_98pct_at_65pct_share": bool(d["reward"] >= 0.98 * always and d["share"] <= 0.65),
        "pareto_share": allg["pareto_share"], "met_pareto_87": allg["pareto_share"] >= 0.87,
        "intent_lift_points": lift, "met_lift_10": all(v >= 10 for v in lift.values()),
        "oracle": {"reward_vs_always": allg["oracle"]["reward"] / always, "share": allg["oracle"]["share"],
                   "synthetic_routed": result["synthetic"]["oracle"]["share"]},
        "synthetic_routed": result["synthetic"]["at_default_lambda"]["share"],
        "met_synthetic_95": result["synthetic"]["at_default_lambda"]["share"] >= 0.95,
    }


def plot(result: dict, lam: float, path: Path) -> None:
    fig, axes = plt.subplots(2, 4, figsize=(20, 9))
    axes.flat[-1].axis("off")
    for ax, group in zip(axes.flat, [g for g in GROUPS if g in result]):
        g = result[group]
        curve = g["gate_curve"]
        ax.plot([p["share"] for p in curve], [p["reward"] for p in curve], "-o", ms=2, label="learned gate (λ 0-1)")
        thr = g["baselines"]["confidence_threshold"]
        ax.plot([p["share"] for p in thr], [p["reward"] for p in thr], "--", label="confidence threshold")
        for name, marker in (("never", "s"), ("always", "^"), ("langid_not_english", "D")):
            p = g["baselines"][name][0]
            ax.plot(p["share"], p["reward"], marker, ms=8, label=name.replace("_", " "))
        d = g["at_default_lambda"]
        ax.plot(d["share"], d["reward"], "*", ms=14, color="k", label=f"gate at λ={lam}")
        ax.set_title(f"{group} ({g['utterances']} utterances, {len(g['languages'])} languages)")
        ax.set_xlabel("share translated")
        ax.set_ylabel("mean reward")
        ax.grid(alpha=0.3)
    axes.flat[0].legend(fontsize=8, loc="lower right")
    fig.suptitle("Translation gate on test data: xSID, cipher languages, Hinglish-TOP (reference translations)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def networks(fit: dict) -> str:
    """What regresses the gain: one network (policies up to 1.3.0) or the mean of several."""
    n = fit.get("networks", 1)
    return f"a {fit['config']} network" if n == 1 else f"the mean of {n} {fit['config']} networks (seeds {fit['seeds']})"


def markdown(result: dict, t: dict, fit: dict, lam: float, command: str, passes: str) -> str:
    lines = [
        "# Translation gate: when translating pays",
        "",
        f"Policy: native passes of {fit['native_passes']} → "
        f"{networks(fit)} regressing the gain ({len(FEATURES)} signals"
        + (f" + a one-hot of {fit['features'] - len(FEATURES)} native intents" if fit.get("features", 0) > len(FEATURES)
           else "") + "), "
        f"fitted on validation data only ({fit['rows']} utterances, {len(fit['languages'])} languages: xSID valid "
        "+ cipher languages of English valid + Hinglish-TOP validation + FB TOD eval es/th and the shopping "
        "validation split read through the real translator). Default λ = "
        f"{lam} (largest λ whose reward on **valid** is within 2% of the best any λ or always-translating reaches"
        + (f"; on the {fit['lambda_chosen_on']}" if fit.get("lambda_chosen_on") else "") + ").",
        "",
        f"Test rows: the native passes of {passes}. Reward per utterance: {REWARD}. Numbers are "
        "macro-averages over languages of xSID **test** "
        "(+ the two cipher languages made from English test, + Hinglish-TOP test as one language); translations are the references "
        "(`# text-en`), so this measures the gate apart from translator quality.",
        "",
        f"Command: `{command}`",
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
        f"| ≥ 98% of always-translate reward at ≤ 65% of its translations | {100 * t['reward_vs_always_at_default']:.1f}% "
        f"at {100 * t['share_at_default']:.1f}% translated (default λ) | {'yes' if t['met_98pct_at_65pct_share'] else 'no'} |",
        f"| Pareto-optimal vs the baselines over ≥ 87% of the λ range | {100 * t['pareto_share']:.0f}% | "
        f"{'yes' if t['met_pareto_87'] else 'no'} |",
        f"| Low and XLow intent accuracy +10 points over native | low {t['intent_lift_points']['low']:+.1f}, "
        f"xlow {t['intent_lift_points']['xlow']:+.1f} | {'yes' if t['met_lift_10'] else 'no'} |",
        f"| ≥ 95% of synthetic-language utterances routed | {100 * t['synthetic_routed']:.1f}% | "
        f"{'yes' if t['met_synthetic_95'] else 'no'} |",
        "",
        f"For scale, an oracle that translates exactly the utterances whose reward translating raises reaches "
        f"{100 * t['oracle']['reward_vs_always']:.1f}% of always-translate at {100 * t['oracle']['share']:.1f}% "
        f"translated and routes {100 * t['oracle']['synthetic_routed']:.1f}% of the synthetic utterances: what "
        "a policy could reach if the native pass's signals told it every reading's reward.",
        "",
        "## Per tier (and per cipher language) at the default λ",
        "",
        "| tier | languages | native reward / intent | gate reward / intent / share | always reward / intent | "
        "langid≠en reward / share | oracle reward / share | Pareto share of λ range |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for group, g in result.items():
        n, d, a = g["native"], g["at_default_lambda"], g["always"]
        lid, best = g["baselines"]["langid_not_english"][0], g["oracle"]
        lines.append(
            f"| {group} | {len(g['languages'])} | {n['reward']:.3f} / {100 * n['intent_accuracy']:.1f} | "
            f"{d['reward']:.3f} / {100 * d['intent_accuracy']:.1f} / {100 * d['share']:.1f}% | "
            f"{a['reward']:.3f} / {100 * a['intent_accuracy']:.1f} | {lid['reward']:.3f} / {100 * lid['share']:.1f}% | "
            f"{best['reward']:.3f} / {100 * best['share']:.1f}% | {100 * g['pareto_share']:.0f}% |")
    lines += ["", "![Pareto curves](translation-gate.png)", "",
              "The whole path with the real translator (a small local LLM) on a fixed sample per language: "
              "[translation-gate-mt.md](translation-gate-mt.md).", ""]
    return "\n".join(lines)


def write_pack(folder: Path, fit: dict, features: list[str], result: dict, t: dict, lam: float, name: str,
               version: str, passes: str) -> None:
    card = [
        f"# {name} {version}: translation gate for {', '.join(f'`{p}`' for p in fit['native_packs'])}",
        "",
        "Decides per utterance whether reading an English translation is worth a translator call: "
        f"{networks(fit)} (hidden {fit['hidden']}) predicts the reward gain of translating from the "
        "comprehension signals of the native pass; the service translates when gain > λ × cost (λ in the registry, "
        f"fitted range {fit['lambda_range']}, default {lam}).",
        "",
        f"Signals: {', '.join(FEATURES)}"
        + (f"; and a one-hot of the native pass's intent ({len(features) - len(FEATURES)} intents of the packs)"
           if len(features) > len(FEATURES) else "")
        + ". No language list or rule: the policy learns from reward.",
        "",
        f"Training data: validation splits only ({fit['rows']} utterances; languages {', '.join(fit['languages'])}). "
        f"Leave-languages-out cross-validation chose the network: {json.dumps(fit['cross_validation'])}.",
        "",
        f"## Test results (xSID test + cipher languages, reference translations; native passes of {passes})",
        "",
        f"- reward at default λ: {result['all']['at_default_lambda']['reward']:.3f} "
        f"({100 * t['reward_vs_always_at_default']:.1f}% of always-translate) with "
        f"{100 * t['share_at_default']:.1f}% translated; never {result['all']['native']['reward']:.3f}, "
        f"always {result['all']['always']['reward']:.3f}",
        f"- Pareto-optimal against the four baselines over {100 * t['pareto_share']:.0f}% of the λ range",
        f"- intent accuracy lift over native: low {t['intent_lift_points']['low']:+.1f}, "
        f"xlow {t['intent_lift_points']['xlow']:+.1f} points; synthetic routed {100 * t['synthetic_routed']:.1f}%",
        "",
        "Full report: `reports/translation-gate.md`. Limits: fitted for the native packs above (their confidences "
        "are what it reads); its gains assume a translator as good as the references; see the report for the real "
        "translator's numbers.",
        "",
    ]
    (folder / "MODEL_CARD.md").write_text("\n".join(card), encoding="utf-8")
    metrics = []
    for group in [g for g in GROUPS if g in result]:
        d = result[group]["at_default_lambda"]
        metrics += [
            {"name": "reward", "value": round(d["reward"], 4), "split": f"xsid/test:{group}", "variant": "gate"},
            {"name": "share_translated", "value": round(d["share"], 4), "split": f"xsid/test:{group}", "variant": "gate"},
            {"name": "intent_accuracy", "value": round(d["intent_accuracy"], 4), "split": f"xsid/test:{group}",
             "variant": "gate"},
            {"name": "pareto_share", "value": round(result[group]["pareto_share"], 4), "split": f"xsid/test:{group}",
             "variant": "gate"},
        ]
    files = {f: file_sha256(folder / f) for f in ("policy.json", "fit.json", "MODEL_CARD.md")}
    manifest = {
        "format": 1, "kind": "translation_gate", "name": name, "version": version,
        "native_packs": fit["native_packs"], "features": features,
        "lambda_range": fit["lambda_range"], "cost": 1.0, "reward": REWARD,
        "data": {"train": "xSID valid (19 languages, Norwegian thinned to 300) + cipher languages of English valid "
                          "+ Hinglish-TOP validation (300) + FB TOD eval es/th (300 each) and shopping valid (60 per "
                          "non-English language), these two with real machine translation",
                 "test": "xSID test (19 languages) + cipher languages of English test + Hinglish-TOP test; "
                         "reference translations"},
        "metrics": metrics, "files": files,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=Path, nargs="+", required=True, help="collected test rows (one file per set)")
    p.add_argument("--policy", type=Path, required=True, help="policy folder written by pipelines.gate.fit")
    p.add_argument("--reports", type=Path, default=Path("reports"))
    p.add_argument("--name", default="assistant-gate")
    p.add_argument("--version", default="1.0.0")
    args = p.parse_args(argv)
    fit = json.loads((args.policy / "fit.json").read_text(encoding="utf-8"))
    lam = fit["default_lambda"]
    rows = [r for path in args.rows for r in read_rows(path)]
    regressor = GainRegressor.from_file(args.policy / "policy.json")
    result = evaluate(rows, regressor, lam)
    t = targets(result)
    args.reports.mkdir(parents=True, exist_ok=True)
    plot(result, lam, args.reports / "translation-gate.png")
    command = f"python -m pipelines.gate.report --rows {' '.join(map(str, args.rows))} --policy {args.policy}"
    (args.reports / "translation-gate.json").write_text(
        json.dumps({"default_lambda": lam, "lambdas": LAMBDAS.tolist(), "targets": t, "groups": result,
                    "fit": fit}, indent=1), encoding="utf-8")
    passes = native_passes(rows)
    (args.reports / "translation-gate.md").write_text(markdown(result, t, fit, lam, command, passes), encoding="utf-8")
    write_pack(args.policy, fit, regressor.features, result, t, lam, args.name, args.version, passes)
    print(json.dumps(t, indent=2))


if __name__ == "__main__":
    main()
