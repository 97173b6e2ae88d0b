"""Catalog titles with silver keep/drop labels (pipelines.titles.silver) as token-tagging Examples.

Records of `product_titles/walmart_amazon_products.jsonl` (the file with brand and model-number
fields the rule needs). Splits by a hash of the title, so a product never crosses splits: train
80%, valid 10%, test 10% (the held-out slice no rule tuning looked at). Each kept word is one
"keep" span; the intent head has the single label "title".
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..titles.silver import keep_labels, words
from .schema import Example

SPLITS = ("train", "valid", "test")
FILE = "walmart_amazon_products.jsonl"


def split_of(title: str) -> str:
    bucket = int(hashlib.sha256(title.encode("utf-8")).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "valid" if bucket == 1 else "train"


def load_titles(root: Path, split: str) -> list[Example]:
    if split not in SPLITS:
        raise ValueError(f"unknown titles split {split!r}; choose one of {SPLITS}")
    seen, out = set(), []
    for line in (root / FILE).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        title = " ".join((rec.get("title") or "").split())
        if not title or title in seen or split_of(title) != split:
            continue
        seen.add(title)
        kept = [("keep", w.start, w.end) for w, k in zip(words(title), keep_labels(title, rec.get("brand"),
                                                                                   rec.get("modelno"))) if k]
        out.append(Example(title, "title", tuple(kept), "en",
                           meta={"brand": rec.get("brand"), "category": rec.get("category")}))
    return out
