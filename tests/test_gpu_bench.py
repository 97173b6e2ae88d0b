"""The GPU benchmark script runs end to end (on the CPU provider here) and never reports a GPU
figure from a session that did not get CUDA."""
import json

import onnxruntime as ort
import pytest

from loadtests.gpu_bench import main


def test_runs_every_batch_size_and_writes_a_report(tiny_packs, tmp_path, capsys):
    out = tmp_path / "gpu.json"
    main(["--pack", str(tiny_packs / "tiny" / "1.0.0"), "--provider", "CPUExecutionProvider",
          "--batches", "1,4,16", "--seconds", "0.1", "--out", str(out)])
    report = json.loads(out.read_text())
    assert report["provider"] == "CPUExecutionProvider"
    assert [r["batch"] for r in report["rows"]] == [1, 4, 16]
    assert all(r["utterances_per_s"] > 0 and r["p99_ms"] >= r["p50_ms"] for r in report["rows"])


@pytest.mark.skipif("CUDAExecutionProvider" in ort.get_available_providers(), reason="this machine has CUDA")
def test_refuses_to_report_cuda_without_cuda(tiny_packs):
    with pytest.raises(SystemExit, match="session runs on CPUExecutionProvider"):
        main(["--pack", str(tiny_packs / "tiny" / "1.0.0"), "--batches", "1", "--seconds", "0.1"])
