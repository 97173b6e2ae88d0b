"""The attention a run is exported with, A/B: SDPA (traced masking, left unfused by ONNX Runtime's
BERT optimizer) against eager (fused into QAttention / QEmbedLayerNormalization once quantized).

    python -m pipelines.compare_attention --run hing-e5t12 hing-e5s6-ens --data hinglish --split validation

Exports each run's best checkpoint both ways under build/<run>/attention-<kind>/, then reads the same
utterances through every int8 graph: intent accuracy, the agreement of the two graphs of a run, and
speed (featurisation included: batches of 32 and single utterances, 2 intra-op threads) in rounds
interleaved over all graphs, median of the rounds. With two runs (teacher first, then its student)
it also prints the student's speed-up per kind.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter

import numpy as np
import onnx
import onnxruntime as ort

from service.runtime.buckets import pad_batch

from .config import PipelineSettings
from .data.sources import SOURCES, load_split
from .export_intent_slot import build_onnx, model_inputs, run_featurizer
from .models.joint import load_run

KINDS = ("sdpa", "eager")
PROBE = ["play the latest song by adele on spotify", "book a table for two in paris tomorrow"]
TIMED_BATCHES, TIMED_SINGLES = 20, 200


def session(path) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def export_both(run: str) -> tuple[dict, dict]:
    """(the run's config, {kind: int8 graph path})."""
    run_dir = PipelineSettings().build_dir / run
    config = json.loads((run_dir / "config.json").read_text())
    model, _ = load_run(run_dir)
    model.eval()
    return config, {kind: build_onnx(model, config, run_dir / f"attention-{kind}", PROBE, attention=kind)[1]
                    for kind in KINDS}


def timed_round(sess: ort.InferenceSession, encode, texts: list[str]) -> tuple[float, float]:
    """(utterances per second in batches of 32, batch-1 p50 ms), encoding included."""
    start = time.perf_counter()
    for s in range(0, TIMED_BATCHES * 32, 32):
        sess.run(None, encode(texts[s:s + 32]))
    per_second = TIMED_BATCHES * 32 / (time.perf_counter() - start)
    latency = []
    for text in texts[:TIMED_SINGLES]:
        start = time.perf_counter()
        sess.run(None, encode([text]))
        latency.append(time.perf_counter() - start)
    return per_second, float(np.percentile(latency, 50)) * 1e3


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--run", nargs="+", required=True, help="training runs (teacher first, then student)")
    p.add_argument("--data", default="hinglish", choices=sorted(SOURCES))
    p.add_argument("--split", default="validation")
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args(argv)
    examples = load_split(args.data, args.split)
    texts = [e.text for e in examples]
    report: dict = {"data": f"{args.data}/{args.split}", "n": len(examples)}
    sessions, encoders = {}, {}
    for run in args.run:
        config, graphs = export_both(run)
        featurizer, names = run_featurizer(config), model_inputs(config)
        encoders[run] = lambda batch, f=featurizer, n=names: pad_batch([x.inputs(n) for x in f.encode_batch(batch)], {})
        predicted = {}
        for kind, path in graphs.items():
            sessions[(run, kind)] = session(path)
            predicted[kind] = np.concatenate([sessions[(run, kind)].run(None, encoders[run](texts[s:s + 32]))[0].argmax(-1)
                                              for s in range(0, len(texts), 32)])
            ops = Counter(n.op_type for n in onnx.load(str(path)).graph.node)
            report.setdefault(run, {})[kind] = {
                "intent_accuracy": float(np.mean([config["intent_labels"][i] == e.intent
                                                  for i, e in zip(predicted[kind], examples)])),
                "ops": {op: ops[op] for op in ("QAttention", "QEmbedLayerNormalization", "Softmax", "MatMulInteger")
                        if ops[op]}}
        report[run]["intent_agreement"] = float(np.mean(predicted["sdpa"] == predicted["eager"]))
    rounds: dict = {key: [] for key in sessions}
    for _ in range(args.rounds):  # interleaved: a slow spell of the machine hits every graph
        for (run, kind), sess in sessions.items():
            rounds[(run, kind)].append(timed_round(sess, encoders[run], texts))
    for (run, kind), measured in rounds.items():
        report[run][kind]["utterances_per_s_batch32"] = float(np.median([m[0] for m in measured]))
        report[run][kind]["batch1_p50_ms"] = float(np.median([m[1] for m in measured]))
    if len(args.run) == 2:
        teacher, student = (report[run] for run in args.run)
        report["student_speedup"] = {kind: {
            "batch32": student[kind]["utterances_per_s_batch32"] / teacher[kind]["utterances_per_s_batch32"],
            "batch1_p50": teacher[kind]["batch1_p50_ms"] / student[kind]["batch1_p50_ms"]} for kind in KINDS}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
