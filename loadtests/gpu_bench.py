"""Throughput and latency of a serving pack on the GPU (CUDAExecutionProvider), batch 1..256, per precision.

    python -m loadtests.gpu_bench                          # default intent pack: int8, fp32, fp16 on CUDA
    python -m loadtests.gpu_bench --pack models/snips-minilm/1.0.0 --provider CPUExecutionProvider --precisions int8
    python -m loadtests.gpu_bench --feeds build/gpu/valid.npz --logits-dir build/gpu/logits   # + accuracy inputs

Runs the same featurizer, ONNX file and backend the service runs (`load_pack` with the registry's
`gpu_precision`), and refuses to report a GPU number when the session did not actually get CUDA.
With `--feeds` (made by `python -m loadtests.gpu_accuracy prepare`) it also writes each
precision's logits on those validation batches, and the CPU int8 reference's, for
`python -m loadtests.gpu_accuracy score` to turn into intent accuracy and slot F1.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort

from service.packs import load_pack
from service.registry import RuntimeConfig, served_default

REPO = Path(__file__).resolve().parent.parent
SENTENCES = ["play the latest song by adele on spotify", "what will the weather be like in paris tomorrow",
             "book a table for two at an italian restaurant tonight", "add this track to my workout playlist",
             "rate the current book four out of six stars", "find the movie schedule for the closest cinema"]
CPU = "CPUExecutionProvider"


def default_pack() -> Path:
    return served_default(REPO / "models" / "registry.yaml", "intent_entity")


def bench_batch(pack, batch: int, seconds: float) -> dict:
    texts = [SENTENCES[i % len(SENTENCES)] for i in range(batch)]
    t0 = time.perf_counter()
    feeds = pack.feeds(pack.featurizer.encode_batch(texts))
    featurize_ms = (time.perf_counter() - t0) * 1e3
    for _ in range(5):  # warm-up: kernels, allocator arenas, cuBLAS handles
        pack.backend.predict(feeds)
    times = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(times) < 10:
        t0 = time.perf_counter()
        pack.backend.predict(feeds)
        times.append(time.perf_counter() - t0)
    return {"batch": batch, "runs": len(times), "p50_ms": float(np.percentile(times, 50) * 1e3),
            "p99_ms": float(np.percentile(times, 99) * 1e3), "featurize_ms": featurize_ms,
            "utterances_per_s": batch * len(times) / sum(times)}


def dump_logits(pack, feeds_file: Path, out: Path) -> None:
    """Every output of the pack on each stored batch, as float16 (they travel back from the GPU)."""
    stored = np.load(feeds_file)
    arrays = {}
    for k in range(int(stored["batches"])):
        feeds = {name: stored[f"b{k}_{name}"] for name in pack.manifest.inputs}
        for name, value in pack.backend.predict(feeds).items():
            arrays[f"b{k}_{name}"] = value.astype(np.float16)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pack", type=Path, default=None)
    p.add_argument("--provider", default="CUDAExecutionProvider")
    p.add_argument("--precisions", default="int8,fp32,fp16", help="what the int8 pack runs as (gpu_precision)")
    p.add_argument("--batches", default="1,2,4,8,16,32,64,128,256")
    p.add_argument("--seconds", type=float, default=1.5, help="measured time per batch size")
    p.add_argument("--feeds", type=Path, default=None, help="validation batches (loadtests.gpu_accuracy prepare)")
    p.add_argument("--logits-dir", type=Path, default=None, help="write <precision>.npz logits here")
    p.add_argument("--out", type=Path, default=None, help="write the JSON report here too")
    args = p.parse_args(argv)
    print(json.dumps({"onnxruntime": ort.__version__, "available_providers": ort.get_available_providers()}),
          flush=True)
    folder = args.pack or default_pack()
    report = {"pack": None, "provider": args.provider, "runs": []}
    if args.feeds and args.logits_dir:  # the reference the packs were measured with: int8 on the CPU
        dump_logits(load_pack(folder, RuntimeConfig(providers=[CPU])), args.feeds, args.logits_dir / "cpu-int8.npz")
    for precision in args.precisions.split(","):
        providers = [args.provider] + ([CPU] if args.provider != CPU else [])
        pack = load_pack(folder, RuntimeConfig(providers=providers, gpu_precision=precision))
        if pack.backend.provider != args.provider:
            raise SystemExit(f"asked for {args.provider} but the session runs on {pack.backend.provider}")
        report["pack"] = pack.key
        ran_as = pack.backend.precision
        print(json.dumps({"precision": precision, "ran_as": ran_as}), flush=True)
        if args.feeds and args.logits_dir:
            dump_logits(pack, args.feeds, args.logits_dir / f"{args.provider.removesuffix('ExecutionProvider').lower()}"
                                                            f"-{ran_as}.npz")
        rows = []
        for batch in [int(b) for b in args.batches.split(",")]:
            row = {"precision": ran_as, **bench_batch(pack, batch, args.seconds)}
            rows.append(row)
            print(json.dumps(row), flush=True)
        report["runs"].append({"precision": ran_as, "rows": rows})
        del pack
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
