"""One multi-task pack (one ONNX file, five outputs) serving all four tasks, each from its own heads."""
import numpy as np
import pytest
import torch
import yaml
from fastapi.testclient import TestClient
from transformers import BertConfig, BertModel

from pipelines.export_intent_slot import export_fp32, parity
from pipelines.models.multitask import MultiTaskModel, TaskView
from pipelines.train_multitask import TASK_SPECS, epoch_batches
from service.app import create_app
from service.errors import PackError
from service.nlu.featurize import Featurizer
from service.packs import read_manifest, verify_task
from tests.conftest import make_settings
from tests.utils.tiny_pack import CODEMIX_INTENTS, INTENTS, build_tiny_multitask_pack, build_tokenizer

TASKS = ("intent_entity", "sentiment", "codemix_intent", "title_shortening")


@pytest.fixture(scope="module")
def multi(tmp_path_factory):
    root = tmp_path_factory.mktemp("multi")
    folder = build_tiny_multitask_pack(root / "multi")
    tasks = {task: {"default": "multi", "packs": {"multi": str(folder)}} for task in TASKS}
    reg = root / "registry.yaml"
    reg.write_text(yaml.safe_dump({"runtime": {"providers": ["CPUExecutionProvider"]}, "tasks": tasks}))
    with TestClient(create_app(make_settings(reg))) as c:
        yield c


def test_each_task_reads_its_own_heads(multi):
    intent = multi.post("/v1/intent-entity", json={"text": "play adele on spotify"}).json()["results"][0]
    assert intent["intent"]["name"] == "PlayMusic" and intent["intent"]["name"] in INTENTS
    assert {e["type"] for e in intent["entities"]} == {"artist", "service"}
    codemix = multi.post("/v1/codemix/intent", json={"text": "adele ka song play karo"}).json()["results"][0]
    assert codemix["intent"]["name"] == "IN:PLAY_MUSIC" and codemix["intent"]["name"] in CODEMIX_INTENTS
    sentiment = multi.post("/v1/sentiment", json={"text": "terrible , bad sound"}).json()["results"][0]
    assert sentiment["label"] == "negative"
    title = multi.post("/v1/titles/shorten", json={"text": "Sony Wireless Headphones, Black by the latest"})
    assert title.json()["results"][0]["title"] == "Sony Wireless Headphones Black"


def test_one_session_serves_all_four_tasks(multi):
    snapshot = multi.app.state.services.registry.snapshot
    assert len(snapshot.all_packs()) == 1
    models = multi.get("/v1/models").json()["tasks"]
    heads = models["codemix_intent"]["packs"][0]["heads"]
    assert {(h["name"], h["task"]) for h in heads} >= {("intent", "codemix_intent"), ("intent", "intent_entity")}


def test_a_task_without_its_heads_is_refused(tmp_path):
    folder = build_tiny_multitask_pack(tmp_path / "m")
    manifest = read_manifest(folder)
    only_titles = manifest.model_copy(update={"heads": [h for h in manifest.heads if h.task == "title_shortening"]})
    with pytest.raises(PackError, match="needs a sequence head named 'intent'"):
        verify_task(folder, only_titles, "codemix_intent")


def test_multitask_model_exports_all_outputs_in_one_graph(tmp_path):
    torch.manual_seed(0)
    tok = build_tokenizer()
    config = BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64)
    heads = {"intent_logits": ("sequence", 4), "slot_logits": ("token", 11), "codemix_logits": ("sequence", 2),
             "sentiment_logits": ("sequence", 5), "keep_logits": ("token", 3)}
    model = MultiTaskModel(BertModel(config, add_pooling_layer=False), heads).eval()
    featurizer = Featurizer(tok, 32)
    export_fp32(model, featurizer, tmp_path / "m.onnx", outputs={k: kind for k, (kind, _) in heads.items()})
    texts = ["play the latest song by adele", "weather in paris tomorrow"]
    assert parity(model, featurizer, tmp_path / "m.onnx", texts) < 1e-4
    import onnxruntime as ort

    sess = ort.InferenceSession(str(tmp_path / "m.onnx"), providers=["CPUExecutionProvider"])
    assert [o.name for o in sess.get_outputs()] == list(heads)
    f = featurizer.encode(texts[0])
    seq, tok_logits = TaskView(model, "codemix_logits", None)(
        input_ids=torch.from_numpy(f.input_ids[None]), attention_mask=torch.from_numpy(f.attention_mask[None]))
    assert seq.shape == (1, 2) and tok_logits.shape[-1] == 1
    got = sess.run(["codemix_logits"], {"input_ids": f.input_ids[None], "attention_mask": f.attention_mask[None]})
    np.testing.assert_allclose(got[0], seq.detach().numpy(), atol=1e-4)


def test_an_epoch_interleaves_every_task_and_draws_small_ones_more():
    import random

    sizes = {s.task: 100 for s in TASK_SPECS}
    batches = epoch_batches(sizes, TASK_SPECS, 10, random.Random(0))
    per_task = {s.task: sum(len(b) for t, b in batches if t == s.task) for s in TASK_SPECS}
    assert per_task["codemix_intent"] == 200 and per_task["sentiment"] == 100
    assert [t for t, _ in batches[:20]] != sorted(t for t, _ in batches[:20])  # interleaved, not task by task
