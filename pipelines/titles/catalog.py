"""Shorten every title of a catalog on Ray Data, with the serving pack.

    python -m pipelines.titles.catalog --input ../shared/data/product_titles/wdc_all_products.jsonl \
        --out build/catalog-short [--pack models/titles-e5s6/1.0.0] [--address ray://head:10001]

Reads JSONL, CSV or Parquet (by extension; `--field` names the title column). Ray runs locally by
default; `--address` joins a cluster to scale out. Each Ray actor loads the pack once and runs the
service's own featurizer, ONNX session and decoder on batches. Output is written per chunk of
`--chunk-rows` input rows (`part-00000.jsonl`, ...: every input row with `short_title`, `kept`,
`compression_ratio`), each written whole through a temporary file, so a rerun skips the chunks that
are done (resumable); a summary with the throughput goes to `summary.json`.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from tqdm import tqdm

from service.packs import load_pack
from service.registry import RuntimeConfig

from .shortener import shorten_all

READERS = {".jsonl": "read_json", ".json": "read_json", ".csv": "read_csv", ".parquet": "read_parquet"}


class Shortener:
    """One per Ray actor: the pack loads once, then every batch goes through it."""

    def __init__(self, pack_folder: str, field: str, threads: int):
        runtime = RuntimeConfig(providers=["CPUExecutionProvider"], intra_op_threads=threads)
        self.pack = load_pack(Path(pack_folder), runtime)
        self.field = field

    def __call__(self, batch: dict) -> dict:
        titles = [" ".join(str(t or "").split()) or "-" for t in batch[self.field]]
        results = shorten_all(self.pack, titles)
        batch["short_title"] = [r["title"] for r in results]
        batch["kept"] = [json.dumps(r["kept"]) for r in results]
        batch["compression_ratio"] = [r["compression_ratio"] for r in results]
        return batch


def read_rows(path: Path, field: str):
    import ray.data

    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise SystemExit(f"{path}: unknown format; use one of {sorted(READERS)}")
    ds = getattr(ray.data, reader)(str(path))
    if field not in ds.columns():
        raise SystemExit(f"{path} has no column {field!r} (columns: {ds.columns()}); pass --field")
    return ds


def run(args) -> dict:
    import ray

    ray.init(address=args.address, num_cpus=args.num_cpus, include_dashboard=False, log_to_driver=False,
             ignore_reinit_error=True)
    # blocks finish in any order under load; a part must list its rows as the input does (reruns compare)
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    args.out.mkdir(parents=True, exist_ok=True)
    rows = read_rows(args.input, args.field).take_all()  # row order fixes the chunks, so reruns resume
    chunks = [rows[i:i + args.chunk_rows] for i in range(0, len(rows), args.chunk_rows)]
    started, done_rows, skipped = time.perf_counter(), 0, 0
    for i, chunk in enumerate(tqdm(chunks, desc="chunks")):
        part = args.out / f"part-{i:05d}.jsonl"
        if part.exists():
            skipped += 1
            continue
        ds = ray.data.from_items(chunk).map_batches(
            Shortener, fn_constructor_args=(str(args.pack), args.field, args.threads),
            batch_size=args.batch_size, batch_format="numpy", concurrency=args.actors)
        out = ds.take_all()
        tmp = part.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as f:
            for row in out:
                f.write(json.dumps({k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()},
                                   ensure_ascii=False, default=str) + "\n")
        tmp.rename(part)
        done_rows += len(chunk)
    seconds = time.perf_counter() - started
    summary = {"input": str(args.input), "rows": len(rows), "chunks": len(chunks), "chunks_skipped": skipped,
               "rows_shortened_now": done_rows, "seconds": round(seconds, 2),
               "titles_per_s": round(done_rows / seconds, 1) if done_rows else None,
               "actors": args.actors, "threads_per_actor": args.threads, "pack": str(args.pack),
               "address": args.address or "local"}
    (args.out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    ray.shutdown()
    return summary


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--input", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--pack", type=Path, default=Path("models/titles-e5s6/1.0.0"))
    p.add_argument("--field", default="title", help="the column holding the titles")
    p.add_argument("--address", default=None, help="Ray cluster address (default: local)")
    p.add_argument("--num-cpus", type=int, default=None, help="local mode: CPUs Ray may use")
    p.add_argument("--actors", type=int, default=2, help="Ray actors, each with its own ONNX session")
    p.add_argument("--threads", type=int, default=1, help="ONNX Runtime intra-op threads per actor")
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--chunk-rows", type=int, default=2000, help="rows per output part (the unit of resuming)")
    return p.parse_args(argv)


def main(argv=None) -> None:
    print(json.dumps(run(parse_args(argv)), indent=2))


if __name__ == "__main__":
    main()
