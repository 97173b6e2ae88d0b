"""Sentiment, title shortening and code-mixed intent answer once the registry names a pack."""
import pytest
import yaml
from fastapi.testclient import TestClient

from service.app import create_app
from tests.conftest import make_settings
from tests.utils.tiny_pack import build_tiny_pack

TASKS = ("intent_entity", "sentiment", "codemix_intent", "title_shortening")


@pytest.fixture(scope="module")
def all_tasks(tmp_path_factory):
    root = tmp_path_factory.mktemp("all")
    tasks = {}
    for task in TASKS:
        build_tiny_pack(root / task, name=f"tiny-{task}", task=task)
        tasks[task] = {"default": f"tiny-{task}", "packs": {f"tiny-{task}": str(root / task)}}
    reg = root / "registry.yaml"
    reg.write_text(yaml.safe_dump({"runtime": {"providers": ["CPUExecutionProvider"]}, "tasks": tasks}))
    with TestClient(create_app(make_settings(reg))) as c:
        yield c


def test_sentiment(all_tasks):
    r = all_tasks.post("/v1/sentiment", json={"texts": ["great headphones , love them", "terrible , bad sound"]})
    assert r.status_code == 200, r.text
    a, b = r.json()["results"]
    assert a["label"] == "positive" and b["label"] == "negative"
    assert [s["name"] for s in a["scores"]][0] == "positive" and len(a["scores"]) == 3
    assert a["model"]["pack"] == "tiny-sentiment" and "language" in a


def test_codemix_intent(all_tasks):
    r = all_tasks.post("/v1/codemix/intent", json={"text": "adele ka song play karo"})
    assert r.status_code == 200, r.text
    assert r.json()["results"][0]["intent"]["name"] == "PlayMusic"


def test_title_shortening(all_tasks):
    title = "Sony Wireless Headphones, Black by the latest"
    r = all_tasks.post("/v1/titles/shorten", json={"text": title})
    assert r.status_code == 200, r.text
    (res,) = r.json()["results"]
    assert res["title"] == "Sony Wireless Headphones Black"
    assert all(title[k["start"]:k["end"]] for k in res["kept"])
    assert 0 < res["compression_ratio"] < 1


def test_title_max_words(all_tasks):
    r = all_tasks.post("/v1/titles/shorten", json={"text": "Sony Wireless Headphones Black", "max_words": 2})
    assert len(r.json()["results"][0]["kept"]) == 2


def test_nlu_runs_every_task(all_tasks):
    r = all_tasks.post("/v1/nlu", json={"text": "play adele , love it"})
    assert r.status_code == 200, r.text
    (res,) = r.json()["results"]
    assert res["intent_entity"]["intent"]["name"] == "PlayMusic"
    assert res["sentiment"]["label"] == "positive"
    assert res["codemix_intent"]["intent"]["name"] == "PlayMusic"
    assert res["unavailable"] == {}


def test_readiness_needs_every_default(all_tasks):
    assert all_tasks.get("/readyz").status_code == 200
    assert set(all_tasks.get("/v1/models").json()["tasks"]) == set(TASKS)
