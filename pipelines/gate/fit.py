"""Fit the translation gate from reward, on validation data only, and write it as a policy pack.

Target: per utterance, r_translated - r_native (what translating buys), from the comprehension
signals (pipelines.gate.collect on xSID `valid` in every language plus the cipher languages made
from English valid, read by the assistant pack; Hinglish-TOP validation, read by the code-mix pack;
FB TOD eval es/th and the shopping validation split (non-English, single turns, read by the
shopping pack), whose translated readings come from the real translator: one policy for the three
native packs). A small ReLU network regresses it from the signals and a one-hot of the intent the
native pass read (`--signals-only` leaves that out, as policy 1.0.0 did); the decision is
gain > lambda x cost. The
default lambda is picked on validation data: the largest lambda whose validation reward stays
within 2% of the best reachable (see default_lambda).

    python -m pipelines.gate.fit --rows build/gate/xsid-valid.jsonl build/gate/hinglish-valid.jsonl \
        build/gate/fbtod-valid.jsonl build/gate/shopping-valid.jsonl --out models/assistant-gate/1.3.0
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold
from sklearn.neural_network import MLPRegressor

from service.gate.policy import INTENT, intent_key, policy_vector
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


def fit_mlp(x: np.ndarray, y: np.ndarray, hidden: tuple[int, ...], seed: int):
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-8] = 1.0
    model = MLPRegressor(hidden_layer_sizes=hidden, alpha=1e-3, learning_rate_init=1e-3, max_iter=2000,
                         early_stopping=True, n_iter_no_change=30, random_state=seed)
    model.fit((x - mean) / scale, y)
    return model, mean, scale


def predict(model, mean, scale, x):
    return model.predict((x - mean) / scale)


def cross_validate(rows: list[dict], features: list[str], seed: int) -> dict[str, float]:
    """Leave-languages-out: each fold's languages are unseen by the policy that scores them, as a
    new language would be. Score = share of the lambda range on the Pareto front vs the baselines,
    then mean reward over the range."""
    x, y = arrays(rows, features)
    groups = np.asarray([r["language"] for r in rows])
    scores = {}
    for name, hidden in CONFIGS.items():
        gains = np.zeros(len(rows))
        for train, held in GroupKFold(n_splits=5).split(x, y, groups):
            model, mean, scale = fit_mlp(x[train], y[train], hidden, seed)
            gains[held] = predict(model, mean, scale, x[held])
        curve = gate_curve(rows, gains)
        scores[name] = {"pareto_share": pareto_share(curve, baselines(rows)),
                        "mean_reward": float(np.mean([p["reward"] for p in curve]))}
    return scores


def default_lambda(rows: list[dict], gains: np.ndarray) -> float:
    """The largest lambda (fewest translations) whose validation reward stays within 2% of the best
    that any lambda or always-translating reaches. (Not "of always-translate": on sets where
    translating hurts, such as the shopping and FB TOD rows, always-translate is a low bar.)"""
    curve = gate_curve(rows, gains)
    best = max(max(p["reward"] for p in curve), point(rows, np.ones(len(rows), bool))["reward"])
    ok = [p["lambda"] for p in curve if p["reward"] >= 0.98 * best]
    return float(max(ok)) if ok else 0.0


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=Path, nargs="+", required=True, help="collected validation rows (one file per set)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--signals-only", action="store_true", help="no native-intent features (policy 1.0.0)")
    args = p.parse_args(argv)
    rows = balanced([r for path in args.rows for r in read_rows(path)])
    features = feature_names(rows, intents=not args.signals_only)
    cv = cross_validate(rows, features, args.seed)
    best = max(cv, key=lambda k: (cv[k]["pareto_share"], cv[k]["mean_reward"]))
    print(json.dumps({"cross_validation": cv, "chosen": best}, indent=2))
    x, y = arrays(rows, features)
    model, mean, scale = fit_mlp(x, y, CONFIGS[best], args.seed)
    gains = predict(model, mean, scale, x)
    lam = default_lambda(rows, gains)
    args.out.mkdir(parents=True, exist_ok=True)
    weights = {"features": features, "mean": mean.tolist(), "scale": scale.tolist(),
               "layers": [[w.tolist(), b.tolist()] for w, b in zip(model.coefs_, model.intercepts_)]}
    (args.out / "policy.json").write_text(json.dumps(weights), encoding="utf-8")
    fit_info = {"config": best, "hidden": list(CONFIGS[best]), "cross_validation": cv, "default_lambda": lam,
                "lambda_range": [float(LAMBDAS[0]), float(LAMBDAS[-1])], "rows": len(rows),
                "features": len(features),
                "languages": sorted({r["language"] for r in rows}), "seed": args.seed,
                "native_packs": sorted({r["pack"] for r in rows}), "native_passes": native_passes(rows),
                "rows_files": [str(p) for p in args.rows]}
    (args.out / "fit.json").write_text(json.dumps(fit_info, indent=2), encoding="utf-8")
    print(f"policy {best} -> {args.out}; default lambda {lam}")


if __name__ == "__main__":
    main()
