"""Write the shopping corpus' train and valid texts (context turns included), one per line, for
vocabulary trimming. Never the test or hand-written splits.

    python -m pipelines.shopping.texts --src build/shopping --out build/base/corpora-shop
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--src", type=Path, default=Path("build/shopping"))
    p.add_argument("--out", type=Path, default=Path("build/base/corpora-shop"))
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for split in ("train", "valid"):
        lines = []
        for row in map(json.loads, (args.src / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()):
            lines.append(row["text"])
            if row.get("context"):
                lines.append(row["context"])
        (args.out / f"shopping-{split}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{split}: {len(lines)} lines")


if __name__ == "__main__":
    main()
