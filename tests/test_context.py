"""Multi-turn context: the previous turn is encoded as a text pair; offsets stay in the current text."""
import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from tests.conftest import make_settings, write_registry
from tests.utils.tiny_pack import build_tiny_pack


@pytest.fixture(scope="module")
def context_client(tmp_path_factory):
    root = tmp_path_factory.mktemp("ctx")
    build_tiny_pack(root / "ctx", name="ctx", context=True)
    build_tiny_pack(root / "plain", name="plain", context=False)
    reg = write_registry(root / "registry.yaml", {"ctx": str(root / "ctx"), "plain": str(root / "plain")}, "ctx")
    with TestClient(create_app(make_settings(reg))) as c:
        yield c


def ask(client, text, context=None, model=None):
    body = {"text": text, **({"context": context} if context else {}), **({"model": model} if model else {})}
    r = client.post("/v1/intent-entity", json=body)
    assert r.status_code == 200, r.text
    return r.json()["results"][0]


def spans(result):
    return [(e["type"], e["value"], e["start"], e["end"]) for e in result["entities"]]


def test_context_changes_the_reading_not_the_offsets(context_client):
    alone = ask(context_client, "adele on spotify")
    after = ask(context_client, "adele on spotify", ["add to my playlist"])
    assert spans(alone) == spans(after) == [("artist", "adele", 0, 5), ("service", "spotify", 9, 16)]
    # the context's words reach the intent head (the tiny graph pools over both segments)
    assert after["intent"]["name"] == "AddToPlaylist"
    assert alone["intent"] != after["intent"]


def test_context_words_never_become_entities(context_client):
    result = ask(context_client, "please", ["play taylor swift on spotify"])
    assert result["entities"] == []


def test_packs_without_context_ignore_it(context_client):
    a = ask(context_client, "adele on spotify", model="plain")
    b = ask(context_client, "adele on spotify", ["add to my playlist"], model="plain")
    assert a == b


def test_the_cache_keeps_contexts_apart(context_client):
    booking = ask(context_client, "adele", ["book a table"])
    playlist = ask(context_client, "adele", ["add to my playlist"])
    assert booking["intent"]["name"] == "BookRestaurant"
    assert playlist["intent"]["name"] == "AddToPlaylist"
    assert ask(context_client, "adele", ["book a table"]) == booking


def test_blank_context_turn_is_refused(context_client):
    r = context_client.post("/v1/intent-entity", json={"text": "adele", "context": [" "]})
    assert r.status_code == 422 and "context" in r.json()["detail"]
