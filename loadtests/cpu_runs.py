"""What the CPU speed-ups buy, model alone (no HTTP): length buckets and the SkipLayerNormalization split.

    python -m loadtests.cpu_runs --registry loadtests/registry-shopping-1thread.yaml

On the load-test utterance mix and the registry's default intent pack, with the registry's threads:
1. the share of a padded batch that is real tokens, per batch size;
2. the cost of a run as fixed + per padded token (least squares over batch 1-16 x length 8-32, split
   graph): their ratio is what `run_cost_tokens` should be near;
3. ONNX Runtime's profiler: kernel time by operator, the graph as shipped vs split;
4. utterances per second at batch 4, 8 and 32: one padded run vs length buckets, fused vs split;
5. the same for a few values of run_cost_tokens (split graph, batch 8 and 32).
Prints JSON and writes it to reports/cpu-runs.json (figures in loadtests/RESULTS.md, "Length buckets and the SkipLayerNormalization split").
"""
from __future__ import annotations

import argparse
import collections
import json
import tempfile
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort

from loadtests.utterances import benchmark_texts
from service.packs import load_pack
from service.registry import read_registry, served_default
from service.runtime.buckets import pad_batch, run_bucketed
from service.runtime.cpu_graph import cpu_model_bytes

REPO = Path(__file__).resolve().parent.parent


def padding_share(lengths: np.ndarray, sizes=(2, 4, 8, 16, 32), draws: int = 2000) -> dict[int, float]:
    """Real tokens / padded tokens of random batches, per batch size."""
    rng = np.random.default_rng(0)
    share = {}
    for size in sizes:
        picks = rng.choice(lengths, (draws, size))
        share[size] = round(float(picks.sum() / (size * picks.max(axis=1)).sum()), 3)
    return share


def session(graph, threads: int, profile_dir: str | None = None) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads, options.inter_op_num_threads = threads, 1
    if profile_dir:
        options.enable_profiling = True
        options.profile_file_prefix = f"{profile_dir}/ort"
    return ort.InferenceSession(graph, options, providers=["CPUExecutionProvider"])


def run_cost_fit(sess: ort.InferenceSession, inputs: list[str], seconds: float = 0.3) -> dict[str, float]:
    """ms per run = fixed + per_token x (batch x length), fitted on random ids of each shape."""
    rng = np.random.default_rng(0)
    shapes, times = [], []
    for batch in (1, 4, 16):
        for length in (8, 16, 32):
            feeds = {name: np.zeros((batch, length), np.int64) for name in inputs}
            feeds["input_ids"] = rng.integers(5, 20000, (batch, length)).astype(np.int64)
            feeds["attention_mask"] = np.ones((batch, length), np.int64)
            sess.run(None, feeds)
            blocks = []  # the fastest of three blocks: this VM's noise only ever adds time
            for _ in range(3):
                runs, start = 0, time.perf_counter()
                while time.perf_counter() - start < seconds:
                    sess.run(None, feeds)
                    runs += 1
                blocks.append((time.perf_counter() - start) / runs * 1000)
            shapes.append(batch * length)
            times.append(min(blocks))
    (fixed, per_token), *_ = np.linalg.lstsq(np.c_[np.ones(len(shapes)), shapes], np.array(times), rcond=None)
    return {"fixed_ms": round(float(fixed), 3), "per_token_ms": round(float(per_token), 4),
            "fixed_in_tokens": round(float(fixed / per_token), 1)}


def kernel_shares(sess: ort.InferenceSession, rows: list[dict], batch: int = 4) -> dict[str, float]:
    """Share of kernel time per operator type over the rows in padded batches of `batch`."""
    for start in range(0, len(rows) - batch + 1, batch):
        sess.run(None, pad_batch(rows[start:start + batch], {}))
    events = json.loads(Path(sess.end_profiling()).read_text())
    by_op: collections.Counter = collections.Counter()
    for event in events:
        if event.get("cat") == "Node" and event["name"].endswith("_kernel_time"):
            by_op[event["args"]["op_name"]] += event["dur"]
    total = sum(by_op.values())
    return {op: round(t / total, 3) for op, t in by_op.most_common(8)}


def throughput(sess: ort.InferenceSession, rows: list[dict], batch: int, run_cost: float | None, seconds: float) -> float:
    names = [o.name for o in sess.get_outputs()]

    def predict(feeds):
        return dict(zip(names, sess.run(names, feeds)))

    done, i, start = 0, 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        run_bucketed(predict, [rows[(i + k) % len(rows)] for k in range(batch)], {}, run_cost)
        i += batch
        done += batch
    return round(done / (time.perf_counter() - start), 1)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--registry", type=Path, default=REPO / "loadtests" / "registry-shopping-1thread.yaml")
    p.add_argument("--seconds", type=float, default=2.0, help="per throughput cell (each is measured twice)")
    p.add_argument("--out", type=Path, default=REPO / "reports" / "cpu-runs.json")
    args = p.parse_args(argv)
    config = read_registry(args.registry)
    folder = served_default(args.registry, "intent_entity")
    pack = load_pack(folder, config.runtime)
    threads = config.runtime.intra_op_threads or 1
    run_cost = config.runtime.batching.run_cost_tokens or 8.0
    rows = [f.inputs(pack.manifest.inputs) for f in pack.featurizer.encode_batch(benchmark_texts())]
    lengths = np.array([len(r["input_ids"]) for r in rows])
    graphs = {"fused": str(folder / "model.onnx"), "split": cpu_model_bytes(folder / "model.onnx")}
    report = {"pack": pack.key, "threads": threads, "run_cost_tokens": run_cost, "utterances": len(rows),
              "pieces": {"mean": round(float(lengths.mean()), 1), "p90": float(np.percentile(lengths, 90)),
                         "max": int(lengths.max())},
              "real_token_share": padding_share(lengths)}
    with tempfile.TemporaryDirectory() as tmp:
        report["kernel_time_share_batch4"] = {name: kernel_shares(session(graph, threads, tmp), rows[:400])
                                              for name, graph in graphs.items()}
    sessions = {name: session(graph, threads) for name, graph in graphs.items()}
    report["run_cost_split_graph"] = run_cost_fit(sessions["split"], pack.manifest.inputs)
    cells = {}
    for batch in (4, 8, 32):
        for graph in graphs:
            for mode, cost in (("one run", None), ("buckets", run_cost)):
                runs = [throughput(sessions[graph], rows, batch, cost, args.seconds) for _ in range(2)]
                cells[f"batch {batch}, {graph}, {mode}"] = max(runs)
                print(f"batch {batch}, {graph}, {mode}: {runs} utt/s", flush=True)
    report["utterances_per_s"] = cells
    report["utterances_per_s_by_run_cost"] = {
        f"batch {batch}, run_cost_tokens {cost}": max(throughput(sessions["split"], rows, batch, cost, args.seconds)
                                                      for _ in range(2))
        for batch in (8, 32) for cost in (4, 8, 12, 24)}
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
