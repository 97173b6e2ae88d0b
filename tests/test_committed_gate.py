"""The committed gate policy: its decisions on fixed signal vectors, and the numbers it carries."""
from __future__ import annotations

import json

import pytest
import yaml

from service.gate.policy import INTENT, intent_key, load_policy
from service.gate.signals import FEATURES
from tests.conftest import REPO

REGISTRY = yaml.safe_load((REPO / "models" / "registry.yaml").read_text())
FOLDER = REPO / "models" / REGISTRY["gate"]["policies"]["assistant-e5s6"]
LAMBDA = REGISTRY["gate"]["lambda"]

UNDERSTOOD_ENGLISH = {
    "language": "en", "language_confidence": 0.95, "english_probability": 0.95, "latin_share": 1.0,
    "codemix_share": 0.0, "pieces_per_word": 1.1, "unk_rate": 0.0, "intent_confidence": 0.99,
    "intent_margin": 0.98, "intent_entropy": 0.02, "slot_confidence": 0.98, "words": 7,
}
# the intent the native pass read (the policy reads it too, as one of the packs' intents)
WEATHER = intent_key("assistant-e5s6", "weather/find")
UNREADABLE = {
    "language": "en", "language_confidence": 0.25, "english_probability": 0.25, "latin_share": 1.0,
    "codemix_share": 0.8, "pieces_per_word": 3.2, "unk_rate": 0.0, "intent_confidence": 0.45,
    "intent_margin": 0.1, "intent_entropy": 0.6, "slot_confidence": 0.6, "words": 7,
}


@pytest.fixture(scope="module")
def policy():
    return load_policy(FOLDER)


def test_a_confident_english_reading_stays_native(policy):
    decision = policy.decide(UNDERSTOOD_ENGLISH, LAMBDA, WEATHER)
    assert not decision.translate and decision.predicted_gain < LAMBDA


def test_an_unreadable_utterance_is_translated(policy):
    decision = policy.decide(UNREADABLE, LAMBDA, WEATHER)
    assert decision.translate and decision.predicted_gain > LAMBDA


def test_lambda_trades_translations_for_cost(policy):
    gain = policy.decide(UNREADABLE, 0.0, WEATHER).predicted_gain
    assert policy.decide(UNREADABLE, gain - 0.01, WEATHER).translate
    assert not policy.decide(UNREADABLE, gain + 0.01, WEATHER).translate


def test_registry_lambda_is_in_the_fitted_range_and_the_card_has_the_report(policy):
    low, high = policy.manifest.lambda_range
    assert low <= LAMBDA <= high
    assert policy.manifest.features[:len(FEATURES)] == list(FEATURES) and "assistant-e5s6" in policy.manifest.native_packs
    assert INTENT + WEATHER in policy.manifest.features  # the native intents of every pack it was fitted on
    report = json.loads((REPO / "reports" / "translation-gate.json").read_text())
    assert report["default_lambda"] == LAMBDA
    reward = {m.split: m.value for m in policy.manifest.metrics if m.name == "reward"}
    assert reward["xsid/test:all"] == round(report["groups"]["all"]["at_default_lambda"]["reward"], 4)
    card = (FOLDER / "MODEL_CARD.md").read_text()
    assert f"{report['groups']['all']['at_default_lambda']['reward']:.3f}" in card
