"""Fit the translation gate from reward, on validation data only, and write it as a policy pack.

Target: per utterance, r_translated - r_native (what translating buys), from the comprehension
signals (pipelines.gate.collect on xSID `valid` in every language plus the cipher languages made
from English valid, read by the assistant pack; Hinglish-TOP validation, read by the code-mix pack;
FB TOD eval es/th and the shopping validation split (non-English, single turns, read by the
shopping pack), whose translated readings come from the real translator: one policy for the three
native packs). Small ReLU networks (an ensemble of --networks seeds) regress it from the signals
and a one-hot of the intent the native pass read (`--signals-only` leaves that out, as policy 1.0.0
did); the decision is gain > lambda x cost. The default lambda is picked on held-out predictions of
validation data: the largest lambda whose reward stays within 2% of the best reachable (see
default_lambda).

    python -m pipelines.gate.fit --rows build/gate/xsid-valid.jsonl build/gate/hinglish-valid.jsonl \
        build/gate/fbtod-valid.jsonl build/gate/shopping-valid.jsonl --out models/assistant-gate/1.4.0
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold
from sklearn.neural_network import MLPRegressor

from service.gate.policy import INTENT, GainRegressor, intent_key, policy_vector
from service.gate.signals import FEATURES

from .curves import LAMBDAS, baselines, gate_curve, pareto_share, point

MAX_PER_LANGUAGE = 300  # Norwegian's valid file has 11 dialects x 300: keep one language's worth
CONFIGS = {"mlp32x16": (32, 16), "mlp16": (16,), "mlp64x32": (64, 32)}


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def balanced(rows: list[dict]) -> list[dict]:
    out, by_lang = [], {}
    for r in rows:
        by_lang.setdefault(r["language"], []).append(r)
    for lang_rows in by_lang.values():
        step = max(1, len(lang_rows) // MAX_PER_LANGUAGE)
        out += lang_rows[::step][:MAX_PER_LANGUAGE]
    return out


def native_passes(rows: list[dict]) -> str:
    """Which packs (and versions) read the rows natively: a policy may be scored on a newer pack's
    passes than it was fitted on."""
    return ", ".join(sorted({f"`{r['pack']}` {r.get('pack_version', '(version not recorded)')}" for r in rows}))


def row_intent(row: dict) -> str:
    return intent_key(row["pack"], row["native_intent"])


def feature_names(rows: list[dict], intents: bool = True) -> list[str]:
    """The signals, then (with `intents`) one feature per native intent the rows hold."""
    return [*FEATURES, *(sorted({INTENT + row_intent(r) for r in rows}) if intents else [])]


def vectors(rows: list[dict], features: list[str]) -> np.ndarray:
    """The policy's inputs for collected rows, built by the service's own code."""
    return np.asarray([policy_vector(features, r["signals"], row_intent(r)) for r in rows], dtype=np.float64)


def arrays(rows: list[dict], features: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = vectors(rows, features)
    y = np.asarray([r["r_translated"] - r["r_native"] for r in rows], dtype=np.float64)
    return x, y


def standardisation(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and scale of the signals; the intent one-hot columns stay as they are (standardised, a
    rare intent's column became a large input that the network overreacted to)."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-8] = 1.0
    mean[len(FEATURES):], scale[len(FEATURES):] = 0.0, 1.0
    return mean, scale


def fit_ensemble(x: np.ndarray, y: np.ndarray, hidden: tuple[int, ...], seeds: list[int]) -> GainRegressor:
    """One network per seed, read back as the service reads policy.json (their mean gain)."""
    mean, scale = standardisation(x)
    members = []
    for seed in seeds:
        model = MLPRegressor(hidden_layer_sizes=hidden, alpha=1e-3, learning_rate_init=1e-3, max_iter=2000,
                             early_stopping=True, n_iter_no_change=30, random_state=seed)
        model.fit((x - mean) / scale, y)
        members.append([[w.tolist(), b.tolist()] for w, b in zip(model.coefs_, model.intercepts_)])
    return GainRegressor({"mean": mean.tolist(), "scale": scale.tolist(), "members": members})


def held_out_gains(x: np.ndarray, y: np.ndarray, hidden: tuple[int, ...], seeds: list[int],
                   groups: np.ndarray) -> np.ndarray:
    """Each row's gain as predicted by the ensemble fitted on the folds that do not hold its group."""
    gains = np.zeros(len(y))
    for train, held in GroupKFold(n_splits=5).split(x, y, groups):
        gains[held] = fit_ensemble(x[train], y[train], hidden, seeds).predict_gain(x[held])
    return gains


def cross_validate(rows: list[dict], x: np.ndarray, y: np.ndarray, seeds: list[int]) -> dict[str, dict[str, float]]:
    """Leave-languages-out: each fold's languages are unseen by the policy that scores them, as a
    new language would be. Score = share of the lambda range on the Pareto front vs the baselines,
    then mean reward over the range."""
    languages = np.asarray([r["language"] for r in rows])
    scores = {}
    for name, hidden in CONFIGS.items():
        curve = gate_curve(rows, held_out_gains(x, y, hidden, seeds, languages))
        scores[name] = {"pareto_share": pareto_share(curve, baselines(rows)),
                        "mean_reward": float(np.mean([p["reward"] for p in curve]))}
    return scores


def sentences(rows: list[dict]) -> np.ndarray:
    """Leave-sentences-out groups: a fold's sentences are unseen in every language, as new queries in
    the languages the service meets are (xSID rows of one English sentence share its group)."""
    return np.asarray([r.get("english") or r["text"] for r in rows])


def default_lambda(rows: list[dict], gains: np.ndarray) -> float:
    """The largest lambda (fewest translations) whose validation reward stays within 2% of the best
    that any lambda or always-translating reaches. (Not "of always-translate": on sets where
    translating hurts, such as the shopping and FB TOD rows, always-translate is a low bar.) `gains`
    are held-out predictions: on the rows it was fitted on, a policy looks surer than it is, and the
    lambda chosen there translated too little on new data (policies up to 1.3.0)."""
    curve = gate_curve(rows, gains)
    best = max(max(p["reward"] for p in curve), point(rows, np.ones(len(rows), bool))["reward"])
    ok = [p["lambda"] for p in curve if p["reward"] >= 0.98 * best]
    return float(max(ok)) if ok else 0.0


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=Path, nargs="+", required=True, help="collected validation rows (one file per set)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--seed", type=int, default=13, help="the first of --networks consecutive seeds")
    p.add_argument("--networks", type=int, default=5, help="networks in the ensemble")
    p.add_argument("--signals-only", action="store_true", help="no native-intent features (policy 1.0.0)")
    args = p.parse_args(argv)
    rows = balanced([r for path in args.rows for r in read_rows(path)])
    features = feature_names(rows, intents=not args.signals_only)
    seeds = list(range(args.seed, args.seed + args.networks))
    x, y = arrays(rows, features)
    cv = cross_validate(rows, x, y, seeds)
    best = max(cv, key=lambda k: (cv[k]["pareto_share"], cv[k]["mean_reward"]))
    print(json.dumps({"cross_validation": cv, "chosen": best}, indent=2))
    lam = default_lambda(rows, held_out_gains(x, y, CONFIGS[best], seeds, sentences(rows)))
    regressor = fit_ensemble(x, y, CONFIGS[best], seeds)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "policy.json").write_text(json.dumps({"features": features, **regressor.weights()}), encoding="utf-8")
    fit_info = {"config": best, "hidden": list(CONFIGS[best]), "networks": len(seeds), "cross_validation": cv,
                "default_lambda": lam, "lambda_chosen_on": "held-out predictions of a leave-sentences-out cross-validation (5 folds)",
                "lambda_range": [float(LAMBDAS[0]), float(LAMBDAS[-1])], "rows": len(rows),
                "features": len(features),
                "languages": sorted({r["language"] for r in rows}), "seeds": seeds,
                "native_packs": sorted({r["pack"] for r in rows}), "native_passes": native_passes(rows),
                "rows_files": [str(p) for p in args.rows]}
    (args.out / "fit.json").write_text(json.dumps(fit_info, indent=2), encoding="utf-8")
    print(f"policy {best} -> {args.out}; default lambda {lam}")


if __name__ == "__main__":
    main()
