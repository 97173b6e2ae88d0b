"""Per language and split, the product words, brands, sizes and prices a split may use.

Each split draws only from its own concepts and brands (splits.py holds some out for test and some
for valid), so a model scored on test or valid has never seen its product words or brands (in any
language).
"""
from __future__ import annotations

from collections.abc import Callable

from .catalog import Catalog
from .brands import HAND_BRANDS
from .concepts import CONCEPTS
from .generate import ValuePools
from .lexicon import Lexicon, Noun, get_lexicon

# English heads that are already plural in catalog phrases ("stereo headphones")
_PLURAL_HEADS = {"headphones", "earbuds", "speakers", "batteries"}


def english_plural(word: str) -> str:
    if word == "mouse":
        return "mice"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def catalog_nouns(catalog: Catalog) -> dict[str, list[Noun]]:
    """English product-type phrases from the records, as nouns of their concept."""
    out: dict[str, list[Noun]] = {}
    for concept, phrases in catalog.phrases.items():
        for phrase in phrases:
            *mods, head = phrase.split()
            if head in _PLURAL_HEADS:
                out.setdefault(concept, []).append(Noun(phrase, phrase, plural_only=True))
            else:
                plural = " ".join([*mods, english_plural(head)])
                out.setdefault(concept, []).append(Noun(phrase, plural))
    return out


def brand_concepts(catalog: Catalog, lang: str | None = None) -> dict[str, set[str]]:
    """Brand (Latin key) -> concepts it sells: hand-picked brands plus the catalog's."""
    out: dict[str, set[str]] = {b: set(cs) for b, cs in catalog.brands.items()}
    for key, brand in HAND_BRANDS.items():
        if lang is None or brand.languages is None or lang in brand.languages:
            out.setdefault(key, set()).update(brand.concepts)
    return out


def build_pools(lang: str, catalog: Catalog, concept_in_split: Callable[[str], bool],
                brand_in_split: Callable[[str], bool]) -> ValuePools:
    """The values one split may use: the products of its concepts, the brands of its brands."""
    lex: Lexicon = get_lexicon(lang)
    nouns: dict[str, list[Noun]] = {k: list(v) for k, v in lex.products.items()}
    if lang == "en":
        for concept, extra in catalog_nouns(catalog).items():
            known = {n.sg for n in nouns.get(concept, [])}
            nouns.setdefault(concept, []).extend(n for n in extra if n.sg not in known)
    unknown = set(nouns) - set(CONCEPTS)
    if unknown:
        raise ValueError(f"lexicon {lang}: products of unknown concepts {sorted(unknown)}")
    products = {k: v for k, v in nouns.items() if concept_in_split(k)}

    brands: dict[str, list[str]] = {}
    for key, concepts in sorted(brand_concepts(catalog, lang).items()):
        surface = lex.brand(key)
        if surface is None or not brand_in_split(key):
            continue
        for concept in sorted(concepts & set(products)):
            brands.setdefault(concept, []).append(surface)

    sizes: dict[str, list[str]] = {}
    for key in products:
        kind = CONCEPTS[key].size
        if kind in lex.sizes:
            sizes[key] = lex.sizes[kind]
        elif kind and catalog.sizes.get(key):
            sizes[key] = [lex.size_units[unit].format(n) for n, unit in catalog.sizes[key]]
    prices = {k: v for k, v in catalog.prices.items() if k in products}
    colours = None
    if lang == "en":  # colours named in the records, then the hand-written ones they lack (navy, beige)
        known = set(catalog.colours)
        colours = [{"*": c} for c in catalog.colours] + [f for f in lex.colours if f["*"] not in known]
    return ValuePools(lex, products, brands, sizes, prices, colours)
