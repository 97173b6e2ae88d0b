"""Which templates, product concepts and brands are held out for the test split, and which
templates for the validation split.

Held-out sets are chosen by a salted hash ranking, not by the seed: the same template or product
stays in test whatever seed builds the corpus, so corpora of different seeds never leak into each
other's test split. Each group (templates of one intent in one language; concepts of one category;
brands of one category) gives about TEST_FRACTION of its members, and at least one, to test.

Validation templates are a second, differently salted ranking of the templates test left over
(about DEV_FRACTION of each group), and validation products and brands the same over those test left
(about DEV_VALUE_FRACTION): valid is template-, product- and brand-disjoint from train as test is, so
choosing epochs or settings on it rewards phrasing and products the model never saw, not memorised ones.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable

from .concepts import CONCEPTS

TEST_FRACTION = 0.2
DEV_FRACTION = 0.15
DEV_VALUE_FRACTION = 0.1
SALT = "shopping-split-v1"
DEV_SALT = "shopping-dev-v1"


def stable_hash(text: str, salt: str = SALT) -> int:
    return int.from_bytes(hashlib.sha1(f"{salt}:{text}".encode()).digest()[:8], "big")


def held_out(items: Iterable[str], group: Callable[[str], str], min_kept: int = 1,
             fraction: float = TEST_FRACTION, salt: str = SALT) -> frozenset[str]:
    """Per group, the lowest-hash ~fraction of the items (at least one, leaving min_kept)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for item in sorted(set(items)):
        groups[group(item)].append(item)
    out: set[str] = set()
    for members in groups.values():
        n = max(1, round(len(members) * fraction))
        n = min(n, len(members) - min_kept)
        out |= set(sorted(members, key=lambda m: stable_hash(m, salt))[:max(n, 0)])
    return frozenset(out)


def test_concepts() -> frozenset[str]:
    # catalog-only English phrases belong to concepts too, so this covers every product word
    return held_out(CONCEPTS, group=lambda key: CONCEPTS[key].category, min_kept=2)


def test_brands(brand_concepts: dict[str, set[str]], fraction: float = TEST_FRACTION,
                salt: str = SALT) -> frozenset[str]:
    def category(brand: str) -> str:
        cats = sorted(CONCEPTS[c].category for c in brand_concepts[brand])
        return max(sorted(set(cats)), key=cats.count) if cats else "other"  # sorted: ties break the same way every run

    return held_out(brand_concepts, group=category, min_kept=2, fraction=fraction, salt=salt)


def dev_concepts(test: frozenset[str]) -> frozenset[str]:
    """Concepts held out of train for valid: per category, ~DEV_VALUE_FRACTION of those test left."""
    rest = [key for key in CONCEPTS if key not in test]
    return held_out(rest, group=lambda key: CONCEPTS[key].category, min_kept=2,
                    fraction=DEV_VALUE_FRACTION, salt=DEV_SALT)


def dev_brands(brand_concepts: dict[str, set[str]], test: frozenset[str]) -> frozenset[str]:
    """Brands held out of train for valid, ranked like test_brands over those test left."""
    return test_brands({b: cs for b, cs in brand_concepts.items() if b not in test},
                       fraction=DEV_VALUE_FRACTION, salt=DEV_SALT)


def _template_keys(templates: list[tuple[str, str, frozenset[str]]]) -> dict[str, str]:
    """id -> "<lang>/<intent>|<text>": ranked by text, grouped by language and intent (the id without its number)."""
    return {tid: f"{tid.rsplit('/', 1)[0]}|{text}" for tid, text, _ in templates}


def _rank_templates(keys: dict[str, str], min_kept: int, **ranking) -> set[str]:
    """The ids `held_out` picks per language and intent from `keys` (see _template_keys)."""
    ranked = held_out(keys.values(), group=lambda key: key.split("|", 1)[0], min_kept=min_kept, **ranking)
    return {tid for tid, key in keys.items() if key in ranked}


def _cover_entity_types(templates: list[tuple[str, str, frozenset[str]]], held: set[str], keys: dict[str, str],
                        min_kept: int, salt: str) -> None:
    """So that a held-out split measures every entity type of a language: a type no `held` template
    produces pulls in one more template of `keys` that does (lowest hash first), if its intent keeps
    min_kept templates outside `held` and the type stays produced by one of them. Adds to `held`."""
    group = {tid: tid.rsplit("/", 1)[0] for tid in keys}
    mentions = {tid: m for tid, _, m in templates}
    for lang in sorted({g.split("/", 1)[0] for g in group.values()}):
        ids = sorted((tid for tid in group if tid.startswith(f"{lang}/")), key=lambda t: stable_hash(keys[t], salt))
        for kind in sorted(set().union(*(mentions[t] for t in ids))):
            if any(kind in mentions[t] for t in ids if t in held):
                continue
            for tid in ids:
                kept = [t for t in ids if t not in held and t != tid]
                if (tid not in held and kind in mentions[tid]
                        and sum(group[t] == group[tid] for t in kept) >= min_kept
                        and any(kind in mentions[t] for t in kept)):
                    held.add(tid)
                    break


def test_templates(templates: list[tuple[str, str, frozenset[str]]], min_kept: int = 2) -> frozenset[str]:
    """[(template id, text, entity types it can produce)] -> ids held out for test.

    Per language and intent (the id without its number) the lowest-hash ~TEST_FRACTION go to test,
    then one more template for each entity type test would not otherwise measure (_cover_entity_types).
    """
    keys = _template_keys(templates)
    test = _rank_templates(keys, min_kept)
    _cover_entity_types(templates, test, keys, min_kept, SALT)
    return frozenset(test)


def dev_templates(templates: list[tuple[str, str, frozenset[str]]], test: frozenset[str],
                  min_kept: int = 3) -> frozenset[str]:
    """Ids of the validation templates: per language and intent, ~DEV_FRACTION of those test left,
    leaving train at least min_kept of each group, then one more for each entity type valid would not
    otherwise measure (_cover_entity_types)."""
    keys = {tid: key for tid, key in _template_keys(templates).items() if tid not in test}
    dev = _rank_templates(keys, min_kept, fraction=DEV_FRACTION, salt=DEV_SALT)
    _cover_entity_types(templates, dev, keys, min_kept, DEV_SALT)
    return frozenset(dev)
