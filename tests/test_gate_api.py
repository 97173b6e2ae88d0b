"""The gate through the real app: native pass, decision, translation by a real local HTTP server,
English pass, entities mapped back; every failure degrades to the native answer."""
from __future__ import annotations

import pytest
import yaml
from fastapi.testclient import TestClient

from service.app import create_app
from service.errors import PackError
from service.gate.policy import load_policy
from tests.conftest import make_settings, write_registry
from tests.utils.stub_translator import StubTranslator
from tests.utils.tiny_gate import build_tiny_gate
from tests.utils.tiny_pack import build_tiny_pack


@pytest.fixture
def stub():
    server = StubTranslator()
    yield server
    server.close()


def gated_registry(tmp_path, tiny_packs, gate_folder, lam=0.1):
    path = write_registry(tmp_path / "registry.yaml", {"tiny": str(tiny_packs / "tiny" / "1.0.0")}, "tiny")
    config = yaml.safe_load(path.read_text())
    config["gate"] = {"lambda": lam, "policies": {"tiny": str(gate_folder)}}
    path.write_text(yaml.safe_dump(config))
    return path


@pytest.fixture
def gated(tmp_path, tiny_packs, stub):
    registry = gated_registry(tmp_path, tiny_packs, build_tiny_gate(tmp_path / "gate"))
    settings = make_settings(registry, translator_backend="openai", translator_base_url=stub.url,
                             translator_timeout_s=1.0, translator_retries=0,
                             translator_breaker_threshold=2, translator_protected_terms=None)
    with TestClient(create_app(settings)) as c:
        yield c


def post(client, **body):
    r = client.post("/v1/intent-entity", json=body)
    assert r.status_code == 200, r.text
    return r.json()["results"][0]


def test_low_comprehension_goes_through_the_translator(gated, stub):
    text = "pon adele en spotify"
    res = post(gated, text=text)
    gate = res["gate"]
    assert gate["decision"] == "translate" and gate["reason"] == "policy" and gate["policy"] == "tiny-gate/1.0.0"
    assert gate["predicted_gain"] == pytest.approx(0.25, abs=0.01) and gate["signals"]["intent_confidence"] == 0.25
    assert res["translation"] == {"text": "play adele on spotify", "backend": "openai", "cached": False}
    assert res["intent"]["name"] == "PlayMusic" and gate["native_intent"]["confidence"] == 0.25
    # entities found in the English reading, placed in the caller's own text
    assert [(e["type"], e["value"], e["start"], e["end"], e["origin"]) for e in res["entities"]] == [
        ("artist", "adele", 4, 9, "text"), ("service", "spotify", 13, 20, "text")]
    assert all(text[e["start"]:e["end"]] == e["value"] for e in res["entities"])
    assert res["model"] == {"pack": "tiny", "version": "1.0.0"}
    metrics = gated.get("/metrics").text
    assert 'nlu_gate_decisions_total{decision="translate",language="es"} 1.0' in metrics
    assert 'nlu_translations_total{backend="openai",outcome="ok"} 1.0' in metrics


def test_understood_utterances_stay_native(gated, stub):
    res = post(gated, text="play adele on spotify")
    assert res["gate"]["decision"] == "native" and res["gate"]["predicted_gain"] < 0.1
    assert res["translation"] is None and res["intent"]["name"] == "PlayMusic" and stub.calls == []


def test_never_and_always_override_the_policy(gated, stub):
    never = post(gated, text="pon adele en spotify", translate="never")
    assert never["gate"]["decision"] == "native" and never["gate"]["reason"] == "forced"
    assert never["translation"] is None and stub.calls == []
    always = post(gated, text="play adele on spotify", translate="always")
    assert always["gate"]["decision"] == "translate" and always["gate"]["reason"] == "forced"
    assert len(stub.calls) == 1


def test_caller_translation_is_used_instead_of_the_translator(gated, stub):
    res = post(gated, text="pon algo", translation="play taylor swift", translate="always")
    assert res["translation"] == {"text": "play taylor swift", "backend": "caller", "cached": False}
    assert stub.calls == []
    # not in the caller's text: flagged, with offsets into the translation
    assert res["entities"] == [{"type": "artist", "value": "taylor swift", "start": 5, "end": 17,
                                "confidence": res["entities"][0]["confidence"], "origin": "translation"}]


def test_translation_needs_a_single_text(gated):
    r = gated.post("/v1/intent-entity", json={"texts": ["pon algo"], "translation": "play something"})
    assert r.status_code == 422 and "'translation' goes with 'text'" in r.json()["detail"]


@pytest.mark.parametrize("mode, skipped", [("error", "error"), ("injection", "rejected:instructions"),
                                          ("garbage", "error"), ("refusal", "rejected:refusal")])
def test_translator_failures_keep_the_native_answer(gated, stub, mode, skipped):
    stub.mode = mode
    res = post(gated, text="pon adele en spotify")
    assert res["gate"]["decision"] == "translate" and res["gate"]["translation_skipped"] == skipped
    assert res["translation"] is None and res["model"]["pack"] == "tiny"
    assert [e["value"] for e in res["entities"]] == ["adele", "spotify"]  # the native reading
    # an output that gives orders changes nothing: no reload happened, the same pack answers
    assert 'nlu_registry_reloads_total{outcome="ok"} 1.0' in gated.get("/metrics").text  # start-up's only


def test_breaker_opens_after_failures_and_batches_still_answer(gated, stub):
    stub.mode = "error"
    for _ in range(2):
        post(gated, text="pon adele en spotify")
    calls = len(stub.calls)
    r = gated.post("/v1/intent-entity", json={"texts": ["pon adele en spotify", "play adele", "pon música"]})
    assert r.status_code == 200
    results = r.json()["results"]
    assert [x["gate"]["translation_skipped"] for x in results] == ["breaker_open", None, "breaker_open"]
    assert len(stub.calls) == calls
    assert "nlu_translator_breaker_state{backend=\"openai\"} 2.0" in gated.get("/metrics").text


def test_packs_without_a_policy_answer_natively(client):
    res = post(client, text="pon adele en spotify")
    assert res["gate"]["decision"] == "native" and res["gate"]["reason"] == "no_policy"
    assert res["gate"]["policy"] is None and res["gate"]["predicted_gain"] is None


def test_nlu_endpoint_carries_the_gate(gated, stub):
    r = gated.post("/v1/nlu", json={"text": "pon adele en spotify", "tasks": ["intent_entity"]})
    assert r.status_code == 200
    assert r.json()["results"][0]["intent_entity"]["translation"]["text"] == "play adele on spotify"


def test_policy_packs_are_checked_at_load(tmp_path, tiny_packs):
    good = build_tiny_gate(tmp_path / "good")
    assert load_policy(good).key == "tiny-gate/1.0.0"
    wrong = build_tiny_gate(tmp_path / "wrong", features=["intent_confidence"])
    with pytest.raises(PackError, match="fitted on features"):
        load_policy(wrong)
    (good / "policy.json").write_text((good / "policy.json").read_text().replace("0.5", "0.6"))
    with pytest.raises(PackError, match="sha256"):
        load_policy(good)
    other = build_tiny_gate(tmp_path / "other", native_pack="someone-else")
    registry = gated_registry(tmp_path, tiny_packs, other)
    with TestClient(create_app(make_settings(registry))) as c:
        models = c.get("/v1/models").json()
        assert "fitted for packs ['someone-else']" in str(models)
        assert post(c, text="pon adele")["gate"]["reason"] == "no_policy"


def test_codemix_intent_goes_through_the_gate(tmp_path, stub):
    pack = build_tiny_pack(tmp_path / "codemix", name="tiny-codemix", task="codemix_intent")
    gate = build_tiny_gate(tmp_path / "gate", native_pack="tiny-codemix")
    registry = tmp_path / "registry.yaml"
    registry.write_text(yaml.safe_dump({
        "runtime": {"providers": ["CPUExecutionProvider"]},
        "tasks": {"codemix_intent": {"default": "tiny-codemix", "packs": {"tiny-codemix": str(pack)}}},
        "gate": {"lambda": 0.1, "policies": {"tiny-codemix": str(gate)}},
    }))
    settings = make_settings(registry, translator_backend="openai", translator_base_url=stub.url,
                             translator_protected_terms=None)
    with TestClient(create_app(settings)) as c:
        r = c.post("/v1/codemix/intent", json={"text": "pon música por favor"})
        assert r.status_code == 200, r.text
        res = r.json()["results"][0]
        assert res["gate"]["decision"] == "translate" and res["gate"]["policy"] == "tiny-gate/1.0.0"
        assert res["translation"]["text"] == "play music please" and res["intent"]["name"] == "PlayMusic"
        assert "entities" not in res
        native = c.post("/v1/codemix/intent", json={"text": "pon música", "translate": "never"}).json()["results"][0]
        assert native["translation"] is None and native["gate"]["reason"] == "forced"
