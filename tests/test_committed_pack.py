"""The committed registry and packs answer real queries: the voice-shopping default (with its gate
policy), the multilingual assistant and the English SNIPS pack by name."""
import json

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.packs import read_manifest
from service.errors import ReloadFailed
from service.registry import read_registry, served_default, served_pack
from tests.conftest import COMMITTED_REGISTRY, REPO, make_settings, served_folder

REGISTRY = COMMITTED_REGISTRY
PACK = REPO / "models" / "snips-minilm" / "1.0.0"
ASSISTANT = "assistant-e5s6"


def served(name: str) -> dict:
    """The pack and version the committed registry serves as `name` (no version hard-coded here)."""
    return {"pack": name, "version": served_folder(name).name}


def policy_of(pack: str) -> str:
    """"assistant-gate/X.Y.Z": the gate policy the registry fits to `pack`."""
    return read_registry(REGISTRY).gate.policies[pack]


@pytest.fixture(scope="module")
def real_client():
    with TestClient(create_app(make_settings(REGISTRY))) as c:
        yield c


@pytest.mark.parametrize("model", [ASSISTANT, "snips-minilm"])
def test_adele_on_spotify(real_client, model):
    text = "play the latest song by adele on spotify"
    r = real_client.post("/v1/intent-entity", json={"text": text, "model": model})
    assert r.status_code == 200, r.text
    (res,) = r.json()["results"]
    assert res["intent"]["name"] == "PlayMusic"
    found = {(e["type"], e["value"], e["start"], e["end"]) for e in res["entities"]}
    assert ("artist", "adele", 24, 29) in found
    assert ("service", "spotify", 33, 40) in found
    assert res["model"] == served(model)
    assert real_client.get("/readyz").status_code == 200


@pytest.mark.parametrize("model,text,intent,entity", [
    ("snips-minilm", "what will the weather be in paris tomorrow", "GetWeather", ("city", "paris")),
    ("snips-minilm", "book a table for two at a pizzeria", "BookRestaurant", ("party_size_number", "two")),
    ("snips-minilm", "add this track to my chill vibes playlist", "AddToPlaylist", ("playlist", "chill vibes")),
    (ASSISTANT, "what will the weather be in paris tomorrow", "weather/find", ("location", "paris")),
    (ASSISTANT, "set an alarm for 7 am tomorrow", "alarm/set_alarm", ("datetime", "for 7 am tomorrow")),  # FB TOD spans keep the preposition
    (ASSISTANT, "remind me to call mom on friday", "reminder/set_reminder", ("reminder/todo", "call mom")),
    (ASSISTANT, "reserva una mesa para dos en una pizzería", "BookRestaurant", ("restaurant_type", "pizzería")),
    (None, "add two packs of maggi to my cart", "add_to_cart", ("quantity", "two")),
    (None, "quiero comprar dos kilos de manzanas", "add_to_cart", ("unit", "kilos")),
])
def test_other_domains(real_client, model, text, intent, entity):
    body = {"text": text, "translate": "never", **({"model": model} if model else {})}
    (res,) = real_client.post("/v1/intent-entity", json=body).json()["results"]
    assert res["model"]["pack"] == (model or "shopping-e5s6")  # the voice-shopping pack is the default
    assert res["intent"]["name"] == intent
    assert entity in {(e["type"], e["value"]) for e in res["entities"]}


def test_the_default_pack_has_a_gate_policy(real_client):
    body = {"text": "show me nike running shoes", "translate": "never"}
    (res,) = real_client.post("/v1/intent-entity", json=body).json()["results"]
    assert res["model"]["pack"] == "shopping-e5s6" and res["intent"]["name"] == "search_product"
    assert res["gate"]["policy"] == policy_of("shopping-e5s6") and res["gate"]["predicted_gain"] is not None


def test_manifest_reports_snips_test_for_fp32_and_int8():
    manifest = read_manifest(PACK)
    reported = {(m.name, m.variant) for m in manifest.metrics if m.split == "snips/test"}
    for variant in ("fp32", "int8"):
        assert {("intent_accuracy", variant), ("slot_f1", variant)} <= reported
    int8 = {m.name: m.value for m in manifest.metrics if m.split == "snips/test" and m.variant == "int8"}
    card = (PACK / "MODEL_CARD.md").read_text()
    assert f"{int8['intent_accuracy'] * 100:.2f}" in card and f"{int8['slot_f1'] * 100:.2f}" in card


@pytest.mark.parametrize("pack", sorted(p for p in (REPO / "models").glob("*/*") if (p / "model.onnx").is_file()))
def test_pack_size_limit(pack):
    total = sum(p.stat().st_size for p in pack.iterdir())
    assert total <= 40 * 1024 * 1024, total


def test_registry_defaults_exist():
    import yaml

    config = yaml.safe_load(REGISTRY.read_text())
    for task, cfg in config["tasks"].items():
        for name, rel in cfg["packs"].items():
            assert (REGISTRY.parent / rel / "manifest.json").is_file(), (task, name)
            json.loads((REGISTRY.parent / rel / "manifest.json").read_text())


def test_served_default_is_the_folder_of_the_default_pack(tmp_path):
    config = read_registry(REGISTRY)
    for task, packs in config.tasks.items():
        if packs.default is not None:
            assert served_default(REGISTRY, task) == served_pack(REGISTRY, packs.default)
    registry = tmp_path / "registry.yaml"
    registry.write_text("tasks:\n  intent_entity:\n    packs: {a: ../a/1.0.0}\n")
    with pytest.raises(ReloadFailed, match="no default pack"):
        served_default(registry, "intent_entity")


def test_hinglish_codemix_default(real_client):
    r = real_client.post("/v1/codemix/intent", json={"text": "kal subah 7 baje ka alarm laga do", "translate": "never"})
    assert r.status_code == 200, r.text
    res = r.json()["results"][0]
    assert res["intent"]["name"] == "CREATE_ALARM" and res["model"] == served("hinglish-e5s6")
    assert res["gate"]["policy"] == policy_of("hinglish-e5s6")


def test_title_shortening_default(real_client):
    title = "canon powershot a1200 12.1 mp digital camera with 4x optical zoom silver"
    r = real_client.post("/v1/titles/shorten", json={"text": title})
    assert r.status_code == 200, r.text
    res = r.json()["results"][0]
    assert res["title"].startswith("canon powershot") and "a1200" not in res["title"] and "silver" in res["title"]
    assert res["compression_ratio"] < 1 and res["model"] == {"pack": "titles-e5s6", "version": "1.0.0"}
    short = real_client.post("/v1/titles/shorten", json={"text": title, "max_words": 3}).json()["results"][0]
    assert len(short["title"].split()) == 3


@pytest.mark.parametrize("text, polarity", [
    ("terrible product, it broke after one day, a complete waste of money", "negative"),
    ("excellent headphones, great sound and very comfortable, I love them", "positive"),
    ("das Produkt ist nach zwei Tagen kaputt gegangen, sehr enttäuschend", "negative"),
])
def test_sentiment_default(real_client, text, polarity):
    r = real_client.post("/v1/sentiment", json={"text": text})
    assert r.status_code == 200, r.text
    res = r.json()["results"][0]
    assert res["polarity"]["name"] == polarity and res["label"] in {"1", "2", "3", "4", "5"}
    assert res["model"] == served(read_registry(REGISTRY).tasks["sentiment"].default)


def test_the_multitask_pack_answers_every_task(real_client):
    """One committed ONNX file serves all four tasks, each from its own heads."""
    def ask(path, body):
        r = real_client.post(path, json={**body, "model": "multi-e5s6"})
        assert r.status_code == 200, r.text
        res = r.json()["results"][0]
        assert res["model"] == {"pack": "multi-e5s6", "version": "1.0.0"}
        return res

    intent = ask("/v1/intent-entity", {"text": "play the latest song by adele on spotify", "translate": "never"})
    assert intent["intent"]["name"] == "PlayMusic"
    assert any(e["value"] == "adele" for e in intent["entities"])
    # the code-mix head reads code-mixed and English queries alike
    for text in ("kal subah 7 baje ka alarm laga do", "set an alarm for 7 tomorrow morning"):
        assert ask("/v1/codemix/intent", {"text": text, "translate": "never"})["intent"]["name"] == "CREATE_ALARM"
    title = "canon powershot a1200 12.1 mp digital camera with 4x optical zoom silver"
    assert ask("/v1/titles/shorten", {"text": title})["title"].startswith("canon powershot")
