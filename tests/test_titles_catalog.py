"""Catalog-scale title shortening on Ray Data (local mode): every row out, chunks resumable,
the serving pack's own decoder, JSONL and CSV input."""
from __future__ import annotations

import csv
import json

import pytest

from pipelines.titles.catalog import main, parse_args, run
from tests.utils.tiny_pack import build_tiny_pack

TITLES = ["play the latest song by adele please", "the black wireless sony headphones", "book a table for two"]


@pytest.fixture(scope="module")
def title_pack(tmp_path_factory):
    return build_tiny_pack(tmp_path_factory.mktemp("titles") / "pack", name="tiny-titles", task="title_shortening")


def catalog(path, n=25):
    with path.open("w") as f:
        for i in range(n):
            f.write(json.dumps({"id": i, "title": TITLES[i % 3]}) + "\n")
    return path


def test_every_row_is_shortened_and_a_rerun_resumes(tmp_path, title_pack):
    src, out = catalog(tmp_path / "catalog.jsonl"), tmp_path / "out"
    argv = ["--input", str(src), "--out", str(out), "--pack", str(title_pack), "--chunk-rows", "10",
            "--actors", "1", "--num-cpus", "1", "--batch-size", "4"]
    first = run(parse_args(argv))
    parts = sorted(out.glob("part-*.jsonl"))
    assert [p.name for p in parts] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    rows = [json.loads(line) for p in parts for line in p.read_text().splitlines()]
    assert [r["id"] for r in rows] == list(range(25)) and first["rows_shortened_now"] == 25
    by_title = {r["title"]: r["short_title"] for r in rows}
    # the tiny pack drops "the", "by", "latest", "please": the service's decoder ran
    assert by_title[TITLES[0]] == "play song adele" and by_title[TITLES[1]] == "black wireless sony headphones"
    assert all(0 < r["compression_ratio"] <= 1 for r in rows)
    before = (out / "part-00001.jsonl").read_text()
    (out / "part-00001.jsonl").unlink()
    again = run(parse_args(argv))
    assert again["chunks_skipped"] == 2 and again["rows_shortened_now"] == 10
    assert (out / "part-00001.jsonl").read_text() == before


def test_csv_input_and_a_missing_column(tmp_path, title_pack):
    src = tmp_path / "catalog.csv"
    with src.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["sku", "name"])
        for i, t in enumerate(TITLES):
            w.writerow([i, t])
    out = tmp_path / "out"
    main(["--input", str(src), "--out", str(out), "--pack", str(title_pack), "--field", "name", "--actors", "1",
          "--num-cpus", "1"])
    rows = [json.loads(line) for line in (out / "part-00000.jsonl").read_text().splitlines()]
    assert [r["short_title"] for r in rows][2] == "book a table for two"
    with pytest.raises(SystemExit, match="no column 'title'"):
        run(parse_args(["--input", str(src), "--out", str(tmp_path / "o2"), "--pack", str(title_pack),
                        "--num-cpus", "1"]))


def test_parquet_input(tmp_path, title_pack):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "catalog.parquet"
    pq.write_table(pa.table({"title": TITLES, "sku": [1, 2, 3]}), src)
    summary = run(parse_args(["--input", str(src), "--out", str(tmp_path / "out"), "--pack", str(title_pack),
                              "--actors", "1", "--num-cpus", "1"]))
    rows = [json.loads(line) for line in (tmp_path / "out" / "part-00000.jsonl").read_text().splitlines()]
    assert summary["rows"] == 3 and sorted(r["sku"] for r in rows) == [1, 2, 3]
    assert {r["title"]: r["short_title"] for r in rows}[TITLES[1]] == "black wireless sony headphones"
