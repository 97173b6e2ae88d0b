"""The gate's policy artifact: `models/<gate>/<version>/` with policy.json, manifest.json, MODEL_CARD.md.

policy.json holds a small regressor fitted in `pipelines/gate/` (standardisation, then dense layers
with ReLU; from 1.4.0 the mean of several such networks): from the comprehension signals, and (from
1.1.0) a one-hot of the intent the native pass read (`intent=<pack>/<intent>` features: some intents
are read wrongly far more often than others), it predicts the gain in reward that translating would
buy for this utterance. The decision is cost-sensitive: translate when the predicted gain exceeds
lambda x cost, lambda set in the registry. The policy is fitted for the native packs its manifest
names (their confidences and intents are what it reads).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import PackError
from ..packs import Metric, file_sha256
from .signals import FEATURES, feature_vector

REQUIRED_FILES = ("policy.json", "MODEL_CARD.md")
INTENT = "intent="  # prefix of the one-hot features of the native pass's intent


def intent_key(pack: str, intent: str) -> str:
    """How a native reading's intent is named among the features: packs share intent names."""
    return f"{pack}/{intent}"


def policy_vector(features: list[str], signals: dict, native_intent: str | None = None) -> np.ndarray:
    """The regressor's input: the comprehension signals, then one 1.0 at the native intent's feature
    (none when the policy has no intent features, or has never seen this intent)."""
    onehot = [1.0 if name == INTENT + str(native_intent) else 0.0 for name in features[len(FEATURES):]]
    return np.concatenate([feature_vector(signals), np.asarray(onehot, dtype=np.float64)])


def check_features(features: list[str]) -> str | None:
    """Why a policy's feature list cannot be computed here, or None when it can."""
    if tuple(features[:len(FEATURES)]) != FEATURES:
        return f"fitted on features {features[:len(FEATURES)]}, the service computes {list(FEATURES)}"
    unknown = [f for f in features[len(FEATURES):] if not f.startswith(INTENT)]
    return f"unknown features {unknown[:5]}" if unknown else None


class GateManifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: int = 1
    kind: str = Field(pattern="^translation_gate$")
    name: str
    version: str
    native_packs: list[str] = Field(min_length=1, description="the packs whose native pass the policy was fitted on")
    features: list[str]
    lambda_range: tuple[float, float]
    cost: float = Field(1.0, gt=0, description="cost of one translation, in reward units per lambda")
    reward: str
    data: dict[str, str]
    metrics: list[Metric] = []
    files: dict[str, str]


@dataclass(frozen=True)
class Decision:
    translate: bool
    predicted_gain: float


class GainRegressor:
    """policy.json's network in numpy (the pipelines score test data through this same code).

    From policy 1.4.0 it holds several networks fitted from different seeds (`members`), whose mean
    is the prediction: one network's ranking of utterances is noticeably noisier. A file with one
    `layers` network (1.0.0-1.3.0) is an ensemble of one."""

    def __init__(self, weights: dict):
        self.features = list(weights.get("features", FEATURES))  # what policy_vector builds for it
        self.mean = np.asarray(weights["mean"], dtype=np.float64)
        self.scale = np.asarray(weights["scale"], dtype=np.float64)
        members = weights["members"] if "members" in weights else [weights["layers"]]
        if not members:
            raise ValueError("no network in the policy")
        self.members = [[(np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)) for w, b in layers]
                        for layers in members]

    def weights(self) -> dict:
        """The networks as policy.json holds them (without the feature names)."""
        return {"mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "members": [[[w.tolist(), b.tolist()] for w, b in layers] for layers in self.members]}

    @classmethod
    def from_file(cls, path: Path) -> "GainRegressor":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def widths(self) -> list[list[int]]:
        """Each network's layer widths, input first."""
        return [[layers[0][0].shape[0]] + [w.shape[1] for w, _ in layers] for layers in self.members]

    def predict_gain(self, x: np.ndarray) -> np.ndarray:
        """Predicted reward gain of translating, for rows of feature vectors."""
        x = (np.atleast_2d(x) - self.mean) / self.scale
        gains = []
        for layers in self.members:
            h = x
            for i, (w, b) in enumerate(layers):
                h = h @ w + b
                if i < len(layers) - 1:
                    h = np.maximum(h, 0.0)
            gains.append(h[:, 0])
        return np.mean(gains, axis=0)


class GatePolicy:
    def __init__(self, manifest: GateManifest, regressor: GainRegressor):
        self.manifest = manifest
        self.regressor = regressor

    @property
    def key(self) -> str:
        return f"{self.manifest.name}/{self.manifest.version}"

    def decide(self, signals: dict, lam: float, native_intent: str | None = None) -> Decision:
        """`native_intent`: intent_key(pack, intent) of the native reading."""
        x = policy_vector(self.manifest.features, signals, native_intent)
        gain = float(self.regressor.predict_gain(x)[0])
        return Decision(gain > lam * self.manifest.cost, round(gain, 4))


def load_policy(folder: Path) -> GatePolicy:
    try:
        manifest = GateManifest.model_validate_json((folder / "manifest.json").read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackError(f"gate policy {folder}: cannot read manifest.json: {exc}") from exc
    except ValidationError as exc:
        raise PackError(f"gate policy {folder}: invalid manifest.json: {exc}") from exc
    for name in REQUIRED_FILES:
        if not (folder / name).is_file():
            raise PackError(f"gate policy {folder}: missing {name}")
    for name, digest in manifest.files.items():
        if file_sha256(folder / name) != digest:
            raise PackError(f"gate policy {folder}: {name} does not match the sha256 in manifest.json")
    problem = check_features(manifest.features)
    if problem:
        raise PackError(f"gate policy {folder}: {problem}")
    try:
        regressor = GainRegressor.from_file(folder / "policy.json")
    except (ValueError, KeyError, TypeError) as exc:
        raise PackError(f"gate policy {folder}: policy.json is not a gain regressor: {exc}") from exc
    n = len(manifest.features)
    if regressor.mean.shape[0] != n or regressor.scale.shape[0] != n:
        raise PackError(f"gate policy {folder}: standardisation of {regressor.mean.shape[0]} inputs for {n} features")
    for widths in regressor.widths():
        if widths[0] != n or widths[-1] != 1:
            raise PackError(f"gate policy {folder}: layer shapes {widths} do not map {n} features to one gain")
    return GatePolicy(manifest, regressor)
