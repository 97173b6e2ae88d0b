"""The policy's inputs: the signals, then a one-hot of the native pass's intent (policy 1.1.0 on),
computed by the same code for fitting (pipelines/gate/fit.py) and serving (service/gate)."""
from __future__ import annotations

import json

import numpy as np
import pytest
from fastapi.testclient import TestClient

from pipelines.gate import fit
from pipelines.gate.fit import feature_names, vectors
from service.app import create_app
from service.errors import PackError
from service.gate.policy import INTENT, GainRegressor, check_features, intent_key, load_policy, policy_vector
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


def linear_network(column: list[float], bias: float) -> list:
    return [[[[c] for c in column], [bias]]]


def test_an_ensemble_predicts_its_networks_mean_gain():
    n = len(FEATURES)
    weights = {"features": list(FEATURES), "mean": [0.0] * n, "scale": [1.0] * n}
    conf = FEATURES.index("intent_confidence")
    a = linear_network([-1.0 if i == conf else 0.0 for i in range(n)], 0.5)  # 0.5 - confidence
    b = linear_network([0.0] * n, 0.1)  # 0.1 whatever the signals
    x = np.stack([feature_vector(SIGNALS), feature_vector({**SIGNALS, "intent_confidence": 0.2})])
    both = GainRegressor({**weights, "members": [a, b]}).predict_gain(x)
    np.testing.assert_allclose(both, [(0.5 - 0.8 + 0.1) / 2, (0.5 - 0.2 + 0.1) / 2])
    # a policy file of one network (1.0.0-1.3.0) is an ensemble of one
    np.testing.assert_allclose(GainRegressor({**weights, "layers": a}).predict_gain(x), [0.5 - 0.8, 0.5 - 0.2])
    with pytest.raises(ValueError, match="no network"):
        GainRegressor({**weights, "members": []})


def test_fitting_writes_an_ensemble_that_translates_where_translating_paid(tmp_path):
    """fit.main on rows where translating pays exactly when the native intent confidence is low:
    the written policy, read by the service's regressor, must rank those rows first."""
    rng = np.random.default_rng(0)
    rows = []
    for i in range(600):
        conf = float(rng.uniform())
        signals = {**SIGNALS, "intent_confidence": round(conf, 3), "intent_margin": round(conf / 2, 3)}
        pays = conf < 0.4
        rows.append({"language": f"l{i % 6}", "group": "high", "pack": "p", "native_intent": "alarm",
                     "english": f"sentence {i // 6}", "text": f"s{i}", "gold_intent": "alarm",
                     "translated_intent": "alarm", "r_native": 0.0 if pays else 1.0, "r_translated": 1.0,
                     "signals": signals})
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    fit.main(["--rows", str(path), "--out", str(tmp_path / "policy"), "--networks", "2"])
    regressor = GainRegressor.from_file(tmp_path / "policy" / "policy.json")
    info = json.loads((tmp_path / "policy" / "fit.json").read_text())
    assert len(regressor.members) == 2 and info["networks"] == 2 and info["seeds"] == [13, 14]
    x = vectors(rows, regressor.features)
    gains = regressor.predict_gain(x)
    pays = np.asarray([r["r_native"] == 0.0 for r in rows])
    assert gains[pays].min() > gains[~pays & (x[:, FEATURES.index("intent_confidence")] > 0.6)].max()
    translate = gains > info["default_lambda"]
    assert translate[pays].mean() > 0.9 and translate[~pays].mean() < 0.2
