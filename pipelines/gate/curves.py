"""Operating points of routing policies: for a translate/native choice per utterance, the share
translated, the mean reward and the intent accuracy; baselines on the same utterances."""
from __future__ import annotations

import numpy as np

LAMBDAS = np.round(np.linspace(0.0, 1.0, 51), 3)  # the cost-sensitivity range the policy is fitted for


def point(rows: list[dict], translate: np.ndarray) -> dict:
    """Macro-averaged over languages (Norwegian's 11 dialect files would otherwise outweigh the rest)."""
    by_lang: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_lang.setdefault(r["language"], []).append(i)
    shares, rewards, accs = [], [], []
    for idx in by_lang.values():
        t = translate[idx]
        rewards.append(np.mean([rows[i]["r_translated"] if ti else rows[i]["r_native"] for i, ti in zip(idx, t)]))
        accs.append(np.mean([(rows[i]["translated_intent"] if ti else rows[i]["native_intent"]) == rows[i]["gold_intent"]
                             for i, ti in zip(idx, t)]))
        shares.append(t.mean())
    return {"share": float(np.mean(shares)), "reward": float(np.mean(rewards)), "intent_accuracy": float(np.mean(accs))}


def gate_curve(rows: list[dict], gains: np.ndarray, cost: float = 1.0) -> list[dict]:
    return [{"lambda": float(lam), **point(rows, gains > lam * cost)} for lam in LAMBDAS]


def baselines(rows: list[dict]) -> dict[str, list[dict]]:
    n = len(rows)
    conf = np.asarray([r["signals"]["intent_confidence"] for r in rows])
    english = np.asarray([r["signals"]["language"] == "en" for r in rows])
    thresholds = np.round(np.linspace(0.0, 1.0, 41), 3)
    return {
        "never": [point(rows, np.zeros(n, bool))],
        "always": [point(rows, np.ones(n, bool))],
        "langid_not_english": [point(rows, ~english)],
        "confidence_threshold": [{"threshold": float(t), **point(rows, conf < t)} for t in thresholds],
    }


def best_baseline_reward(base: dict[str, list[dict]], share: float) -> float:
    """The most reward any baseline reaches while translating no more than `share`."""
    points = [p for curve in base.values() for p in curve if p["share"] <= share + 1e-9]
    return max((p["reward"] for p in points), default=-np.inf)


def pareto_share(curve: list[dict], base: dict[str, list[dict]]) -> float:
    """Share of the lambda range where the gate is not beaten by a baseline that translates no more."""
    ok = [p["reward"] >= best_baseline_reward(base, p["share"]) - 1e-9 for p in curve]
    return float(np.mean(ok))
