"""Inference endpoints on a real app with a real (tiny) ONNX pack."""
import pytest

from tests.utils.tiny_pack import INTENTS


def entities(result):
    return [(e["type"], e["value"]) for e in result["entities"]]


def test_intent_and_entities_with_offsets(client):
    text = "Play the latest song by Taylor Swift on Spotify"
    r = client.post("/v1/intent-entity", json={"text": text})
    assert r.status_code == 200
    (res,) = r.json()["results"]
    assert res["intent"]["name"] == "PlayMusic"
    assert [a["name"] for a in res["intent"]["alternatives"]][0] == "PlayMusic"
    assert len(res["intent"]["alternatives"]) == 3
    assert entities(res) == [("artist", "Taylor Swift"), ("service", "Spotify")]
    for e in res["entities"]:
        assert text[e["start"]:e["end"]] == e["value"]
        assert 0 < e["confidence"] <= 1
    assert res["language"]["code"] == "en"
    assert res["model"] == {"pack": "tiny", "version": "1.0.0"}


def test_batch_equals_single(client):
    texts = ["play adele on spotify", "weather in paris tomorrow", "book a table for two", "add to my playlist"]
    batch = client.post("/v1/intent-entity", json={"texts": texts}).json()["results"]
    singles = [client.post("/v1/intent-entity", json={"text": t}).json()["results"][0] for t in texts]
    assert batch == singles
    assert [r["intent"]["name"] for r in batch] == ["PlayMusic", "GetWeather", "BookRestaurant", "AddToPlaylist"]


def test_offsets_point_into_the_callers_text_after_nfkc(client):
    text = "ｐｌａｙ ＡＤＥＬＥ on spotify"
    (res,) = client.post("/v1/intent-entity", json={"text": text}).json()["results"]
    assert res["intent"]["name"] == "PlayMusic"
    artist = res["entities"][0]
    assert artist["value"] == "ＡＤＥＬＥ" == text[artist["start"]:artist["end"]]


def test_nfkc_equivalent_inputs_give_the_same_answer(client):
    a = client.post("/v1/intent-entity", json={"text": "play adele"}).json()["results"][0]
    b = client.post("/v1/intent-entity", json={"text": "ｐｌａｙ ａｄｅｌｅ"}).json()["results"][0]
    assert a["intent"] == b["intent"]
    assert [(e["type"], e["start"], e["end"]) for e in a["entities"]] == [(e["type"], e["start"], e["end"]) for e in b["entities"]]


@pytest.mark.parametrize("text", [
    "😀😀😀", "play \u202eadele\u202c", "play\u200badele", "nul\x00 play", "שלום play adele", "play ad\u0301ele",
    "a" * 1000, "🏳️‍🌈 spotify", "\t\n play \r",
])
def test_hostile_unicode_never_raises(client, text):
    r = client.post("/v1/intent-entity", json={"text": text})
    assert r.status_code == 200, r.text
    for e in r.json()["results"][0]["entities"]:
        assert 0 <= e["start"] < e["end"] <= len(text)


def test_lone_surrogate_in_json_escape_is_a_clear_error(client):
    r = client.post("/v1/intent-entity", content=b'{"text": "play \\ud83d adele"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith("text:")


def test_invalid_utf8_is_a_clear_error(client):
    r = client.post("/v1/intent-entity", content=b'{"text": "play \xff adele"}', headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text


def test_context_is_accepted(client):
    r = client.post("/v1/intent-entity", json={"text": "play adele", "context": ["add to my playlist"]})
    assert r.status_code == 200
    assert r.json()["results"][0]["intent"]["name"] == "PlayMusic"


def test_model_by_name(client):
    r = client.post("/v1/intent-entity", json={"text": "play adele", "model": "tiny"})
    assert r.status_code == 200


def test_unknown_model_lists_available(client):
    r = client.post("/v1/intent-entity", json={"text": "play adele", "model": "nope"})
    assert r.status_code == 404
    assert r.json()["error"] == "unknown_model"
    assert "tiny" in r.json()["detail"]


@pytest.mark.parametrize("path", ["/v1/sentiment", "/v1/titles/shorten", "/v1/codemix/intent"])
def test_tasks_without_a_pack_answer_501(client, path):
    r = client.post(path, json={"text": "great product"})
    assert r.status_code == 501
    assert r.json()["error"] == "task_not_served"
    assert "registry" in r.json()["detail"]


def test_nlu_answers_what_it_can(client):
    r = client.post("/v1/nlu", json={"texts": ["play adele", "weather in paris"]})
    assert r.status_code == 200
    results = r.json()["results"]
    assert [x["intent_entity"]["intent"]["name"] for x in results] == ["PlayMusic", "GetWeather"]
    assert set(results[0]["unavailable"]) == {"sentiment", "codemix_intent"}
    assert results[0]["sentiment"] is None


def test_nlu_with_no_served_task_is_501(client):
    r = client.post("/v1/nlu", json={"text": "great", "tasks": ["sentiment"]})
    assert r.status_code == 501


def test_models_listing(client):
    body = client.get("/v1/models").json()
    ie = body["tasks"]["intent_entity"]
    assert ie["default"] == "tiny"
    (pack,) = ie["packs"]
    assert pack["version"] == "1.0.0" and pack["provider"] == "CPUExecutionProvider" and pack["precision"] == "int8"
    assert pack["heads"][0]["labels"] == INTENTS


def test_health_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ["/v1/intent-entity", "/v1/sentiment", "/v1/titles/shorten", "/v1/codemix/intent", "/v1/nlu",
              "/v1/models", "/healthz", "/readyz", "/admin/reload"]:
        assert p in paths
