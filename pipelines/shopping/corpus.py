"""The template part of the corpus: every language x intent x split, plus two-turn pairs."""
from __future__ import annotations

import random
from dataclasses import dataclass

from .catalog import Catalog
from .generate import Renderer, Utterance, ValuePools
from .grammar import all_slots
from .labels import INTENTS, SPLITS
from .lexicon import get_lexicon
from .multiturn import render_pair
from .pools import brand_concepts, build_pools
from .splits import dev_brands, dev_concepts, dev_templates, test_brands, test_concepts, test_templates
from .templates import Template, all_templates, load_followups, load_system_turns, load_templates

# utterances per intent (single turn) and pairs per language (two turns), at scale 1
PER_INTENT = {"train": 280, "valid": 25, "test": 50}
PAIRS = {"train": 200, "valid": 25, "test": 45}
MAX_ATTEMPTS = 4  # draws per wanted utterance before giving up on uniqueness


@dataclass(frozen=True)
class HeldOut:
    templates: frozenset[str]  # test's
    concepts: frozenset[str]
    brands: frozenset[str]
    dev_templates: frozenset[str]  # valid's
    dev_concepts: frozenset[str]
    dev_brands: frozenset[str]

    def split_of(self, template_id: str) -> str:
        return _split(template_id, self.templates, self.dev_templates)

    def concept_split(self, key: str) -> str:
        return _split(key, self.concepts, self.dev_concepts)

    def brand_split(self, key: str) -> str:
        return _split(key, self.brands, self.dev_brands)


def _split(key: str, test: frozenset[str], valid: frozenset[str]) -> str:
    return "test" if key in test else "valid" if key in valid else "train"


def held_out_sets(catalog: Catalog, languages) -> HeldOut:
    templates = []
    for lang in languages:
        resolve = Renderer(ValuePools(get_lexicon(lang), {}, {}, {})).parts(None)
        # an assistant turn is only ever context: its slots label nothing, so they cover no entity type
        templates += [(t.id, t.text, frozenset() if t.system else all_slots(t.tree, resolve))
                      for t in all_templates(lang)]
    test = test_templates(templates)
    sold = brand_concepts(catalog)
    concepts, brands = test_concepts(), test_brands(sold)
    return HeldOut(test, concepts, brands, dev_templates(templates, test), dev_concepts(concepts),
                   dev_brands(sold, brands))


def _for_split(templates: tuple[Template, ...], split: str, held: HeldOut) -> list[Template]:
    return [t for t in templates if held.split_of(t.id) == split]


def generate_language(lang: str, catalog: Catalog, held: HeldOut, seed: int,
                      scale: float) -> dict[str, list[Utterance]]:
    seen: set[tuple[str, str | None]] = set()  # (text, context) already used by an earlier split
    out: dict[str, list[Utterance]] = {}
    for split in SPLITS:  # train first: valid and test drop anything train already has
        renderer = Renderer(build_pools(lang, catalog, lambda key: held.concept_split(key) == split,
                                        lambda key: held.brand_split(key) == split))
        templates = _for_split(load_templates(lang), split, held)
        rows: list[Utterance] = []
        for intent in INTENTS:
            pool = [t for t in templates if t.intent == intent]
            rng = random.Random(f"{seed}:{lang}:{split}:{intent}")
            rows += _draw(pool, max(1, round(PER_INTENT[split] * scale)), seen,
                          lambda tpl: renderer.render(tpl, rng), rng)
        followups = _for_split(load_followups(lang), split, held)
        rng = random.Random(f"{seed}:{lang}:{split}:pairs")
        # a list of two products is no previous turn: a follow-up's "it" would agree with one of them
        contexts = [t for t in templates if "{product:other}" not in t.text] + _for_split(
            load_system_turns(lang), split, held)
        rows += _draw(followups, max(1, round(PAIRS[split] * scale)), seen,
                      lambda tpl: render_pair(renderer, tpl, contexts, rng), rng)
        out[split] = rows
    return out


def _draw(pool: list[Template], wanted: int, seen: set, render, rng: random.Random) -> list[Utterance]:
    """Cycle through the templates (balanced use), keep utterances not seen before."""
    rows: list[Utterance] = []
    if not pool:
        return rows
    order = list(pool)
    for attempt in range(wanted * MAX_ATTEMPTS):
        if len(rows) >= wanted:
            break
        if attempt % len(order) == 0:
            rng.shuffle(order)
        utt = render(order[attempt % len(order)])
        if utt is None or (utt.text, utt.context) in seen:
            continue
        seen.add((utt.text, utt.context))
        rows.append(utt)
    return rows
