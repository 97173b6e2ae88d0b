"""The GPU benchmark script runs end to end (on the CPU provider here) and never reports a GPU
figure from a session that did not get CUDA."""
import json

import numpy as np
import onnxruntime as ort
import pytest

from loadtests.gpu_bench import main


def test_runs_every_batch_size_and_writes_a_report(tiny_packs, tmp_path, capsys):
    out = tmp_path / "gpu.json"
    main(["--pack", str(tiny_packs / "tiny" / "1.0.0"), "--provider", "CPUExecutionProvider", "--precisions", "int8",
          "--batches", "1,4,16", "--seconds", "0.1", "--out", str(out)])
    report = json.loads(out.read_text())
    assert report["provider"] == "CPUExecutionProvider"
    [run] = report["runs"]
    assert run["precision"] == "int8"  # the CPU runs the pack as shipped
    assert [r["batch"] for r in run["rows"]] == [1, 4, 16]
    assert all(r["utterances_per_s"] > 0 and r["p99_ms"] >= r["p50_ms"] for r in run["rows"])


def test_writes_the_logits_of_stored_batches(tiny_packs, tmp_path):
    """What travels back from the GPU for the accuracy check: each output of each stored batch."""
    pack = tiny_packs / "tiny" / "1.0.0"
    feeds = {"b0_input_ids": np.array([[0, 5, 6, 2]]), "b0_attention_mask": np.ones((1, 4), np.int64),
             "b1_input_ids": np.array([[0, 7, 2, 1], [0, 8, 9, 2]]),
             "b1_attention_mask": np.array([[1, 1, 1, 0], [1, 1, 1, 1]])}
    np.savez(tmp_path / "feeds.npz", batches=2, **feeds)
    main(["--pack", str(pack), "--provider", "CPUExecutionProvider", "--precisions", "int8", "--batches", "1",
          "--seconds", "0.05", "--feeds", str(tmp_path / "feeds.npz"), "--logits-dir", str(tmp_path / "logits")])
    stored = np.load(tmp_path / "logits" / "cpu-int8.npz")  # the CPU reference, written first
    assert stored["b1_intent_logits"].shape[0] == 2 and stored["b1_slot_logits"].shape[:2] == (2, 4)


@pytest.mark.skipif("CUDAExecutionProvider" in ort.get_available_providers(), reason="this machine has CUDA")
def test_refuses_to_report_cuda_without_cuda(tiny_packs):
    with pytest.raises(SystemExit, match="session runs on CPUExecutionProvider"):
        main(["--pack", str(tiny_packs / "tiny" / "1.0.0"), "--batches", "1", "--seconds", "0.1"])
