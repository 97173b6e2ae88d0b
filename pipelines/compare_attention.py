"""The attention a run is exported with, A/B: SDPA (traced masking, left unfused by ONNX Runtime's
BERT optimizer) against eager (fused into QAttention / QEmbedLayerNormalization once quantized).

    python -m pipelines.compare_attention --run hing-e5s6-ens --data hinglish --split validation

Exports the run's best checkpoint both ways under build/<run>/attention-<kind>/, then reads the same
validation utterances through both int8 graphs: intent accuracy, agreement, and speed in interleaved
rounds (batches of 32 and single utterances, 2 intra-op threads, median of the rounds).
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter

import numpy as np
import onnx
import onnxruntime as ort

from .config import PipelineSettings
from .data.sources import SOURCES, load_split
from .export_intent_slot import build_onnx, model_inputs, run_featurizer
from .models.joint import load_run

KINDS = ("sdpa", "eager")
PROBE = ["play the latest song by adele on spotify", "book a table for two in paris tomorrow"]


def session(path) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--run", required=True)
    p.add_argument("--data", default="hinglish", choices=sorted(SOURCES))
    p.add_argument("--split", default="validation")
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args(argv)
    run_dir = PipelineSettings().build_dir / args.run
    config = json.loads((run_dir / "config.json").read_text())
    model, _ = load_run(run_dir)
    model.eval()
    graphs = {kind: build_onnx(model, config, run_dir / f"attention-{kind}", PROBE, attention=kind)[1] for kind in KINDS}
    featurizer, names = run_featurizer(config), model_inputs(config)
    examples = load_split(args.data, args.split)

    def feeds(texts):
        feats = featurizer.encode_batch(texts)
        longest = max(f.length for f in feats)
        return {n: np.stack([np.pad(getattr(f, n), (0, longest - f.length)) for f in feats]) for n in names}

    batches = [feeds([e.text for e in examples[s:s + 32]]) for s in range(0, len(examples), 32)]
    sessions = {kind: session(path) for kind, path in graphs.items()}
    report: dict = {"run": args.run, "data": f"{args.data}/{args.split}", "n": len(examples)}
    predicted = {}
    for kind, sess in sessions.items():
        predicted[kind] = np.concatenate([sess.run(None, fd)[0].argmax(-1) for fd in batches])
        ops = Counter(n.op_type for n in onnx.load(str(graphs[kind])).graph.node)
        report[kind] = {"intent_accuracy": float(np.mean([config["intent_labels"][i] == e.intent
                                                          for i, e in zip(predicted[kind], examples)])),
                        "ops": {op: ops[op] for op in ("QAttention", "QEmbedLayerNormalization", "Softmax",
                                                       "MatMulInteger") if ops[op]}}
    report["intent_agreement"] = float(np.mean(predicted["sdpa"] == predicted["eager"]))
    timed, singles = batches[:20], [feeds([e.text]) for e in examples[:200]]
    rounds: dict[str, list] = {kind: [] for kind in KINDS}
    for _ in range(args.rounds):  # interleaved: a slow spell of the machine hits both
        for kind, sess in sessions.items():
            start = time.perf_counter()
            for fd in timed:
                sess.run(None, fd)
            per_second = sum(len(fd[names[0]]) for fd in timed) / (time.perf_counter() - start)
            latency = []
            for fd in singles:
                start = time.perf_counter()
                sess.run(None, fd)
                latency.append(time.perf_counter() - start)
            rounds[kind].append((per_second, float(np.percentile(latency, 50)) * 1e3))
    for kind in KINDS:
        report[kind]["utterances_per_s_batch32"] = float(np.median([r[0] for r in rounds[kind]]))
        report[kind]["batch1_p50_ms"] = float(np.median([r[1] for r in rounds[kind]]))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
