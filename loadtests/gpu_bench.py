"""Throughput and latency of a serving pack on the GPU (CUDAExecutionProvider), batch 1..256.

    python -m loadtests.gpu_bench                          # default intent pack, CUDA
    python -m loadtests.gpu_bench --pack models/snips-minilm/1.0.0 --provider CPUExecutionProvider

Runs the same featurizer and ONNX file the service runs, through the service's backend, and
refuses to report a GPU number when the session did not actually get the CUDA provider.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort

from service.packs import load_pack
from service.registry import RuntimeConfig, read_registry

REPO = Path(__file__).resolve().parent.parent
SENTENCES = ["play the latest song by adele on spotify", "what will the weather be like in paris tomorrow",
             "book a table for two at an italian restaurant tonight", "add this track to my workout playlist",
             "rate the current book four out of six stars", "find the movie schedule for the closest cinema"]


def default_pack() -> Path:
    registry = REPO / "models" / "registry.yaml"
    task = read_registry(registry).tasks["intent_entity"]
    return (registry.parent / task.packs[task.default]).resolve()


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pack", type=Path, default=None)
    p.add_argument("--provider", default="CUDAExecutionProvider")
    p.add_argument("--batches", default="1,2,4,8,16,32,64,128,256")
    p.add_argument("--seconds", type=float, default=2.0, help="measured time per batch size")
    p.add_argument("--out", type=Path, default=None, help="write the JSON report here too")
    args = p.parse_args(argv)
    print(json.dumps({"onnxruntime": ort.__version__, "available_providers": ort.get_available_providers()}))
    pack = load_pack(args.pack or default_pack(), RuntimeConfig(providers=[args.provider]))
    if pack.backend.provider != args.provider:
        raise SystemExit(f"asked for {args.provider} but the session runs on {pack.backend.provider}")
    rows = []
    for batch in [int(b) for b in args.batches.split(",")]:
        texts = [SENTENCES[i % len(SENTENCES)] for i in range(batch)]
        feats = pack.featurizer.encode_batch(texts)
        feeds = pack.feeds(feats)
        for _ in range(5):  # warm-up: CUDA graphs, allocator, kernels
            pack.backend.predict(feeds)
        times = []
        deadline = time.perf_counter() + args.seconds
        while time.perf_counter() < deadline or len(times) < 10:
            t0 = time.perf_counter()
            pack.backend.predict(feeds)
            times.append(time.perf_counter() - t0)
        row = {"batch": batch, "runs": len(times), "p50_ms": float(np.percentile(times, 50) * 1e3),
               "p99_ms": float(np.percentile(times, 99) * 1e3),
               "utterances_per_s": batch * len(times) / sum(times)}
        rows.append(row)
        print(json.dumps(row), flush=True)
    report = {"pack": pack.key, "provider": pack.backend.provider, "rows": rows}
    if args.out:
        args.out.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
