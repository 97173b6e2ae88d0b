"""The policy's inputs: the signals, then a one-hot of the native pass's intent (policy 1.1.0 on),
computed by the same code for fitting (pipelines/gate/fit.py) and serving (service/gate)."""
from __future__ import annotations

import numpy as np
import pytest
from fastapi.testclient import TestClient

from pipelines.gate.fit import feature_names, vectors
from service.app import create_app
from service.errors import PackError
from service.gate.policy import INTENT, check_features, intent_key, load_policy, policy_vector
from service.gate.signals import FEATURES, feature_vector
from tests.conftest import make_settings
from tests.test_gate_api import gated_registry, post
from tests.utils.stub_translator import StubTranslator
from tests.utils.tiny_gate import build_tiny_gate

SIGNALS = {
    "language": "de", "language_confidence": 0.9, "english_probability": 0.01, "latin_share": 1.0,
    "codemix_share": 0.0, "pieces_per_word": 1.4, "unk_rate": 0.0, "intent_confidence": 0.8,
    "intent_margin": 0.6, "intent_entropy": 0.3, "slot_confidence": 0.9, "words": 5,
}


def test_the_native_intent_is_one_hot_after_the_signals():
    features = [*FEATURES, INTENT + "p/alarm", INTENT + "p/weather"]
    x = policy_vector(features, SIGNALS, intent_key("p", "weather"))
    np.testing.assert_array_equal(x[:len(FEATURES)], feature_vector(SIGNALS))
    assert x[len(FEATURES):].tolist() == [0.0, 1.0]
    assert policy_vector(features, SIGNALS, intent_key("q", "weather"))[len(FEATURES):].tolist() == [0.0, 0.0]
    # a signals-only policy (1.0.0) reads the signals alone, whatever the intent
    np.testing.assert_array_equal(policy_vector(list(FEATURES), SIGNALS, "p/alarm"), feature_vector(SIGNALS))


def test_feature_lists_the_service_cannot_compute_are_refused(tmp_path):
    assert check_features([*FEATURES, INTENT + "p/alarm"]) is None
    assert "unknown features" in check_features([*FEATURES, "colour"])
    assert "fitted on features" in check_features(["intent_confidence", *FEATURES])
    with pytest.raises(PackError, match="unknown features"):
        load_policy(build_tiny_gate(tmp_path / "g", features=[*FEATURES, "colour"]))


def test_fitting_builds_the_vectors_the_service_builds():
    rows = [{"pack": "p", "native_intent": i, "signals": SIGNALS} for i in ("weather", "alarm", "weather")]
    features = feature_names(rows)
    assert features == [*FEATURES, INTENT + "p/alarm", INTENT + "p/weather"]
    x = vectors(rows, features)
    assert x.shape == (3, len(FEATURES) + 2) and x[:, len(FEATURES):].sum(axis=1).tolist() == [1.0, 1.0, 1.0]
    np.testing.assert_array_equal(x[1], policy_vector(features, SIGNALS, "p/alarm"))
    assert feature_names(rows, intents=False) == list(FEATURES)


def test_the_service_hands_the_policy_its_native_intent(tmp_path, tiny_packs):
    """A policy that translates one intent only: the route must name it as <pack>/<intent>."""
    plain = gated_registry(tmp_path, tiny_packs, build_tiny_gate(tmp_path / "g0"))
    with TestClient(create_app(make_settings(plain))) as c:
        native = post(c, text="play adele", translate="never")["intent"]["name"]
    features = [*FEATURES, INTENT + intent_key("tiny", native)]
    gate = build_tiny_gate(tmp_path / "g1", features=features, weights={INTENT + intent_key("tiny", native): 1.0},
                           bias=-0.5)  # gain +0.5 for that intent, -0.5 for any other
    stub = StubTranslator()
    try:
        settings = make_settings(gated_registry(tmp_path, tiny_packs, gate), translator_backend="openai",
                                 translator_base_url=stub.url, translator_timeout_s=1.0, translator_retries=0,
                                 translator_protected_terms=None)
        with TestClient(create_app(settings)) as c:
            result = post(c, text="play adele")
            assert result["gate"]["predicted_gain"] == pytest.approx(0.5) and result["gate"]["decision"] == "translate"
    finally:
        stub.close()
