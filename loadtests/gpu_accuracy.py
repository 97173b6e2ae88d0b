"""Does accuracy hold on the GPU? Validation scores of each precision, decoded by the service's own code.

    python -m loadtests.gpu_accuracy prepare --out build/gpu/valid.npz        # here: featurize xSID valid
    python -m loadtests.gpu_bench --feeds build/gpu/valid.npz --logits-dir build/gpu/logits   # on the GPU
    python -m loadtests.gpu_accuracy score build/gpu/logits                   # here: intent acc, slot F1

The GPU machine has neither the data nor seqeval, so the batches travel as model inputs and the
logits come back; featurizing again here is deterministic, so each row meets its words and offsets.
The rule for shipping a precision (`runtime.gpu_precision`): within 0.5 points of the CPU int8
reference on both intent accuracy and slot F1 (validation data; test stays for reporting).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from pipelines.data.sources import SOURCES, load_split
from pipelines.evaluate_intent_slot import CPU, score
from service.nlu.answers import IntentEntityAnswer
from service.nlu.text import normalize
from service.packs import load_pack

from .gpu_bench import default_pack

BATCH = 64
TOLERANCE = 0.5  # points


def batches(pack, texts: list[str]):
    for start in range(0, len(texts), BATCH):
        norms = [normalize(t) for t in texts[start : start + BATCH]]
        feats = pack.featurizer.encode_batch([n.text for n in norms])
        yield norms, feats, pack.feeds(feats)


def prepare(pack_folder: Path, data: str, split: str, out: Path) -> None:
    pack = load_pack(pack_folder, CPU)
    arrays = {}
    for k, (_, _, feeds) in enumerate(batches(pack, [e.text for e in load_split(data, split)])):
        arrays.update({f"b{k}_{name}": value for name, value in feeds.items()})
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, batches=k + 1, **arrays)
    print(f"{out}: {k + 1} batches of up to {BATCH} ({data}/{split})")


def score_logits(pack_folder: Path, data: str, split: str, logits_dir: Path) -> dict:
    pack = load_pack(pack_folder, CPU)
    exs = load_split(data, split)
    answer = IntentEntityAnswer()
    scores = {}
    for file in sorted(logits_dir.glob("*.npz")):
        stored = np.load(file)
        results = []
        for k, (norms, feats, _) in enumerate(batches(pack, [e.text for e in exs])):
            out = {name: stored[f"b{k}_{name}"].astype(np.float32) for name in pack.backend.outputs}
            for row, (n, f) in enumerate(zip(norms, feats)):
                raw = answer.decode(pack.manifest, f, {name: v[row] for name, v in out.items()}, {})
                results.append(answer.finalize(raw, n))
        s = score(exs, results)
        scores[file.stem] = {"intent_accuracy": round(100 * s["intent_accuracy"], 2),
                             "slot_f1": round(100 * s["slot_f1"], 2), "n": s["n"]}
    reference = scores.get("cpu-int8")
    if reference:
        for s in scores.values():
            s["holds"] = all(s[m] >= reference[m] - TOLERANCE for m in ("intent_accuracy", "slot_f1"))
    return {"pack": pack.key, "data": f"{data}/{split}", "tolerance_points": TOLERANCE, "scores": scores}


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("step", choices=["prepare", "score"])
    p.add_argument("logits_dir", type=Path, nargs="?", help="score: the folder of <precision>.npz logits")
    p.add_argument("--pack", type=Path, default=None)
    p.add_argument("--data", default="assistant", choices=sorted(SOURCES))
    p.add_argument("--split", default="valid")
    p.add_argument("--out", type=Path, default=Path("build/gpu/valid.npz"))
    args = p.parse_args(argv)
    folder = args.pack or default_pack()
    if args.step == "prepare":
        prepare(folder, args.data, args.split, args.out)
    else:
        if args.logits_dir is None:
            p.error("score needs the folder of logits")
        print(json.dumps(score_logits(folder, args.data, args.split, args.logits_dir), indent=2))


if __name__ == "__main__":
    main()
