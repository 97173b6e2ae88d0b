"""Bad input gets a clear error with the right status and one JSON shape."""
import pytest


def assert_error(r, status, code, *words):
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error", "detail"}
    assert body["error"] == code
    for w in words:
        assert w in body["detail"]


@pytest.mark.parametrize("payload,field", [
    ({"text": ""}, "text"),
    ({"text": "   \n\t"}, "text"),
    ({"texts": ["ok", " "]}, "texts[1]"),
])
def test_empty_text_names_the_field(client, payload, field):
    assert_error(client.post("/v1/intent-entity", json=payload), 422, "invalid_request", field)


def test_text_or_texts_exactly_one(client):
    assert_error(client.post("/v1/intent-entity", json={}), 422, "invalid_request", "exactly one")
    assert_error(client.post("/v1/intent-entity", json={"text": "a", "texts": ["b"]}), 422, "invalid_request")


def test_more_than_64_texts(client):
    assert_error(client.post("/v1/intent-entity", json={"texts": ["play"] * 65}), 422, "invalid_request", "texts")


def test_empty_texts_list(client):
    assert_error(client.post("/v1/intent-entity", json={"texts": []}), 422, "invalid_request", "texts")


def test_text_over_the_character_limit(client):
    r = client.post("/v1/intent-entity", json={"texts": ["ok", "a" * 1001]})
    assert_error(r, 422, "invalid_request", "texts[1]", "1001", "1000")


def test_invalid_json(client):
    r = client.post("/v1/intent-entity", content=b'{"text": "play', headers={"content-type": "application/json"})
    assert_error(r, 422, "invalid_request", "JSON")


def test_wrong_types_and_unknown_fields(client):
    assert_error(client.post("/v1/intent-entity", json={"text": 5}), 422, "invalid_request", "text")
    assert_error(client.post("/v1/intent-entity", json={"text": "a", "colour": 1}), 422, "invalid_request", "colour")


def test_body_over_the_limit_is_413(client):
    limit = client.app.state.settings.max_body_bytes
    body = b'{"text": "' + b"a" * limit + b'"}'
    assert_error(client.post("/v1/intent-entity", content=body, headers={"content-type": "application/json"}),
                 413, "payload_too_large", str(limit))


def test_streamed_body_over_the_limit_is_413(client):
    limit = client.app.state.settings.max_body_bytes

    def chunks():
        yield b'{"text": "'
        for _ in range(limit // 1024 + 1):
            yield b"a" * 1024
        yield b'"}'

    r = client.post("/v1/intent-entity", content=chunks(), headers={"content-type": "application/json"})
    assert_error(r, 413, "payload_too_large")


def test_unknown_route_and_method(client):
    assert_error(client.get("/v1/nothing"), 404, "not_found")
    assert_error(client.get("/v1/intent-entity"), 405, "method_not_allowed")
