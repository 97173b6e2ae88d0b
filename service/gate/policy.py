"""The gate's policy artifact: `models/<gate>/<version>/` with policy.json, manifest.json, MODEL_CARD.md.

policy.json holds a small regressor fitted in `pipelines/gate/` (standardisation, then dense layers
with ReLU): from the comprehension signals it predicts the gain in reward that translating would
buy for this utterance. The decision is cost-sensitive: translate when the predicted gain exceeds
lambda x cost, lambda set in the registry. The policy is fitted for one native pack (its
confidences are what it reads), which its manifest names.
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
    """policy.json's network in numpy (the pipelines score test data through this same code)."""

    def __init__(self, weights: dict):
        self.mean = np.asarray(weights["mean"], dtype=np.float64)
        self.scale = np.asarray(weights["scale"], dtype=np.float64)
        self.layers = [(np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)) for w, b in weights["layers"]]

    @classmethod
    def from_file(cls, path: Path) -> "GainRegressor":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def widths(self) -> list[int]:
        return [self.mean.shape[0]] + [w.shape[1] for w, _ in self.layers]

    def predict_gain(self, x: np.ndarray) -> np.ndarray:
        """Predicted reward gain of translating, for rows of feature vectors."""
        h = (np.atleast_2d(x) - self.mean) / self.scale
        for i, (w, b) in enumerate(self.layers):
            h = h @ w + b
            if i < len(self.layers) - 1:
                h = np.maximum(h, 0.0)
        return h[:, 0]


class GatePolicy:
    def __init__(self, manifest: GateManifest, regressor: GainRegressor):
        self.manifest = manifest
        self.regressor = regressor

    @property
    def key(self) -> str:
        return f"{self.manifest.name}/{self.manifest.version}"

    def decide(self, signals: dict, lam: float) -> Decision:
        gain = float(self.regressor.predict_gain(feature_vector(signals))[0])
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
    if tuple(manifest.features) != FEATURES:
        raise PackError(f"gate policy {folder}: fitted on features {manifest.features}, the service computes {list(FEATURES)}")
    try:
        regressor = GainRegressor.from_file(folder / "policy.json")
    except (ValueError, KeyError, TypeError) as exc:
        raise PackError(f"gate policy {folder}: policy.json is not a gain regressor: {exc}") from exc
    widths = regressor.widths()
    if widths[0] != len(FEATURES) or regressor.layers[0][0].shape[0] != len(FEATURES) or widths[-1] != 1:
        raise PackError(f"gate policy {folder}: layer shapes {widths} do not map {len(FEATURES)} features to one gain")
    return GatePolicy(manifest, regressor)
