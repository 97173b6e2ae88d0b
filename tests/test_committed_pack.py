"""The committed default registry and pack answer real queries."""
import json

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.packs import read_manifest
from tests.conftest import REPO, make_settings

REGISTRY = REPO / "models" / "registry.yaml"
PACK = REPO / "models" / "snips-minilm" / "1.0.0"


@pytest.fixture(scope="module")
def real_client():
    with TestClient(create_app(make_settings(REGISTRY))) as c:
        yield c


def test_adele_on_spotify(real_client):
    text = "play the latest song by adele on spotify"
    r = real_client.post("/v1/intent-entity", json={"text": text})
    assert r.status_code == 200, r.text
    (res,) = r.json()["results"]
    assert res["intent"]["name"] == "PlayMusic"
    found = {(e["type"], e["value"], e["start"], e["end"]) for e in res["entities"]}
    assert ("artist", "adele", 24, 29) in found
    assert ("service", "spotify", 33, 40) in found
    assert res["model"] == {"pack": "snips-minilm", "version": "1.0.0"}
    assert real_client.get("/readyz").status_code == 200


@pytest.mark.parametrize("text,intent,entity", [
    ("what will the weather be in paris tomorrow", "GetWeather", ("city", "paris")),
    ("book a table for two at a pizzeria", "BookRestaurant", ("party_size_number", "two")),
    ("add this track to my chill vibes playlist", "AddToPlaylist", ("playlist", "chill vibes")),
])
def test_other_domains(real_client, text, intent, entity):
    (res,) = real_client.post("/v1/intent-entity", json={"text": text}).json()["results"]
    assert res["intent"]["name"] == intent
    assert entity in {(e["type"], e["value"]) for e in res["entities"]}


def test_manifest_reports_snips_test_for_fp32_and_int8():
    manifest = read_manifest(PACK)
    reported = {(m.name, m.variant) for m in manifest.metrics if m.split == "snips/test"}
    for variant in ("fp32", "int8"):
        assert {("intent_accuracy", variant), ("slot_f1", variant)} <= reported
    int8 = {m.name: m.value for m in manifest.metrics if m.split == "snips/test" and m.variant == "int8"}
    card = (PACK / "MODEL_CARD.md").read_text()
    assert f"{int8['intent_accuracy'] * 100:.2f}" in card and f"{int8['slot_f1'] * 100:.2f}" in card


def test_pack_size_limit():
    total = sum(p.stat().st_size for p in PACK.iterdir())
    assert total <= 40 * 1024 * 1024, total


def test_registry_defaults_exist():
    import yaml

    config = yaml.safe_load(REGISTRY.read_text())
    for task, cfg in config["tasks"].items():
        for name, rel in cfg["packs"].items():
            assert (REGISTRY.parent / rel / "manifest.json").is_file(), (task, name)
            json.loads((REGISTRY.parent / rel / "manifest.json").read_text())
