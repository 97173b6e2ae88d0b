"""A tiny but real gate policy pack: a one-layer "network" whose gain is 0.5 - intent confidence."""
from __future__ import annotations

import json
from pathlib import Path

from service.gate.signals import FEATURES
from service.packs import file_sha256


def build_tiny_gate(folder: Path, native_pack: str = "tiny", features: list[str] | None = None,
                    weights: dict[str, float] | None = None, bias: float = 0.5) -> Path:
    """A policy with hand-set linear weights: by default gain = 0.5 - intent confidence."""
    folder.mkdir(parents=True, exist_ok=True)
    features = list(features or FEATURES)
    weights = weights or {"intent_confidence": -1.0}
    column = [[weights.get(name, 0.0)] for name in features]
    policy = {"features": features, "mean": [0.0] * len(features), "scale": [1.0] * len(features),
              "layers": [[column, [bias]]]}
    (folder / "policy.json").write_text(json.dumps(policy))
    (folder / "MODEL_CARD.md").write_text("# tiny gate\n\nTranslates when the native intent confidence is low.\n")
    manifest = {
        "format": 1, "kind": "translation_gate", "name": "tiny-gate", "version": "1.0.0", "native_packs": [native_pack],
        "features": features, "lambda_range": [0.0, 0.5], "cost": 1.0, "reward": "test",
        "data": {"train": "none (hand-set weights)"},
        "files": {f: file_sha256(folder / f) for f in ("policy.json", "MODEL_CARD.md")},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder
