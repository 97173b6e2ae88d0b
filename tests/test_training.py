"""The training loop on a tiny BERT and four SNIPS-style rows: UD inputs, checkpoints, resume."""
import json

import pytest
import torch
from transformers import BertConfig, BertModel

from pipelines.models.joint import load_run
from pipelines.train_intent_slot import main
from tests.utils.tiny_pack import build_tokenizer

ROWS = [("play adele on spotify", "O B-artist O B-service", "PlayMusic"),
        ("play taylor swift", "O B-artist I-artist", "PlayMusic"),
        ("weather in paris tomorrow", "O O B-city B-timeRange", "GetWeather"),
        ("book a table for two", "O O O O B-party_size_number", "BookRestaurant")]


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    for split in ("train", "valid"):
        folder = tmp_path / "data" / "snips" / split
        folder.mkdir(parents=True)
        (folder / "seq.in").write_text("".join(r[0] + "\n" for r in ROWS))
        (folder / "seq.out").write_text("".join(r[1] + "\n" for r in ROWS))
        (folder / "label").write_text("".join(r[2] + "\n" for r in ROWS))
    encoder = tmp_path / "encoder"
    tok = build_tokenizer()
    config = BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64)
    torch.manual_seed(0)
    BertModel(config, add_pooling_layer=False).save_pretrained(encoder)
    tok.save(str(encoder / "tokenizer.json"))
    monkeypatch.setenv("NLU_DATA_ROOT", str(tmp_path / "data"))
    monkeypatch.setenv("NLU_BUILD_DIR", str(tmp_path / "build"))
    return tmp_path, encoder


def test_ud_training_checkpoints_and_resumes(workspace, caplog):
    caplog.set_level("INFO", logger="train")
    root, encoder = workspace
    args = ["--run", "ud", "--data", "snips", "--encoder", str(encoder), "--batch-size", "2", "--syntax",
            "--threads", "1"]
    main([*args, "--epochs", "2", "--stop-after", "1"])
    run = root / "build" / "ud"
    assert json.loads((run / "config.json").read_text())["syntax"] is True
    assert torch.load(run / "last.pt", weights_only=False)["epoch"] == 0
    main([*args, "--epochs", "2"])  # picks up at the second epoch
    assert "at epoch 1" in caplog.text
    assert torch.load(run / "last.pt", weights_only=False)["epoch"] == 1
    model, checkpoint = load_run(run)
    assert model.syntax is not None and checkpoint["epoch"] in (0, 1)
    # the UD embeddings were trained (they start at zero), and the no-word id stays a zero vector
    assert model.syntax.upos.weight[2:].abs().sum() > 0 and model.syntax.upos.weight[0].abs().sum() == 0
