"""Which templates, product concepts and brands are held out for the test split.

Held-out sets are chosen by a salted hash ranking, not by the seed: the same template or product
stays in test whatever seed builds the corpus, so corpora of different seeds never leak into each
other's test split. Each group (templates of one intent in one language; concepts of one category;
brands of one category) gives about TEST_FRACTION of its members, and at least one, to test.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable

from .concepts import CONCEPTS

TEST_FRACTION = 0.2
SALT = "shopping-split-v1"


def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.sha1(f"{SALT}:{text}".encode()).digest()[:8], "big")


def held_out(items: Iterable[str], group: Callable[[str], str], min_kept: int = 1) -> frozenset[str]:
    """Per group, the lowest-hash ~TEST_FRACTION of the items (at least one, leaving min_kept)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for item in sorted(set(items)):
        groups[group(item)].append(item)
    out: set[str] = set()
    for members in groups.values():
        n = max(1, round(len(members) * TEST_FRACTION))
        n = min(n, len(members) - min_kept)
        out |= set(sorted(members, key=stable_hash)[:max(n, 0)])
    return frozenset(out)


def test_concepts() -> frozenset[str]:
    # catalog-only English phrases belong to concepts too, so this covers every product word
    return held_out(CONCEPTS, group=lambda key: CONCEPTS[key].category, min_kept=2)


def test_brands(brand_concepts: dict[str, set[str]]) -> frozenset[str]:
    def category(brand: str) -> str:
        cats = sorted(CONCEPTS[c].category for c in brand_concepts[brand])
        return max(set(cats), key=cats.count) if cats else "other"

    return held_out(brand_concepts, group=category, min_kept=2)


def test_templates(template_texts: dict[str, str]) -> frozenset[str]:
    """template id -> text; grouped by language and intent (the id without its number)."""
    by_text = {tid: f"{tid.rsplit('/', 1)[0]}|{text}" for tid, text in template_texts.items()}
    ranked = held_out(by_text.values(), group=lambda key: key.split("|", 1)[0], min_kept=2)
    return frozenset(tid for tid, key in by_text.items() if key in ranked)
