"""Invented brand names in part of the training rows, so the tagger learns brands from where they stand.

Valid and test hold out their brands, and the model trained on ~200 real brands per language merged
the unseen ones into the product ("birkenstock sandals" as one product) or read them as a colour:
it had learned the brand names, not the brand slot. Replacing the brand of a share of the training
rows with a name nobody uses (pronounceable syllables, in the script of the brand it replaces) keeps
the phrasing and moves the evidence onto the context. Only train is changed; the names never match a
word of any split or hand-written set, so no held-out brand can be among them.
"""
from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import replace

from .generate import Utterance

SHARE = 0.4  # of the training rows with a brand

# Latin: onset + vowel + optional coda per syllable ("vel", "tro", "ka"): names like "velmora", "kastrin"
_ONSETS = ("b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr", "st", "gr",
           "pl", "ch", "sh", "fl", "cr")
_VOWELS = ("a", "e", "i", "o", "u", "a", "e", "o", "ia", "ou", "ei")
_CODAS = ("", "", "", "", "n", "r", "l", "s", "x", "m")
# Devanagari: consonant + vowel sign syllables ("के", "मा", "रो"), as Hindi writes brand names
_DEV_CONSONANTS = "कगचजटडतदनपबमरलवसशह"
_DEV_SIGNS = ("", "ा", "ि", "ी", "ु", "ू", "े", "ो", "ै")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def latin_name(rng: random.Random) -> str:
    def word() -> str:
        n = rng.choice((2, 2, 3))
        return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + (rng.choice(_CODAS) if i == n - 1 else "")
                       for i in range(n))
    return word() if rng.random() < 0.8 else f"{word()} {word()}"


def devanagari_name(rng: random.Random) -> str:
    return "".join(rng.choice(_DEV_CONSONANTS) + rng.choice(_DEV_SIGNS) for _ in range(rng.choice((2, 3, 3))))


def invent(rng: random.Random, like: str, taken: set[str]) -> str:
    """A fresh name in `like`'s script whose words are not in `taken` (and are added to it)."""
    make = devanagari_name if _DEVANAGARI.search(like) else latin_name
    while True:
        name = make(rng)
        if not taken.intersection(name.split()):
            taken.update(name.split())
            return name


def with_brand(u: Utterance, name: str) -> Utterance:
    """`u` with every brand span's text replaced by `name`, the other spans shifted to match."""
    text, entities, shift = u.text, [], 0
    for kind, start, end in sorted(u.entities, key=lambda e: e[1]):
        start, end = start + shift, end + shift
        if kind == "brand":
            text = text[:start] + name + text[end:]
            shift += len(name) - (end - start)
            end = start + len(name)
        entities.append((kind, start, end))
    return replace(u, text=text, entities=entities, source=f"{u.source}+pseudo-brand")


def add_pseudo_brands(train: list[Utterance], known_texts: Iterable[str], seed: int,
                      share: float = SHARE) -> list[Utterance]:
    """`train` with the brand of ~`share` of its branded rows invented; `known_texts` are every text of
    the build (all splits, contexts, hand-written sets): no invented name may be one of their words."""
    rng = random.Random(f"{seed}:pseudo-brands")
    taken = {w for t in known_texts for w in t.split()}
    out = []
    for u in train:
        brands = [u.text[s:e] for k, s, e in u.entities if k == "brand"]
        if brands and rng.random() < share:
            u = with_brand(u, invent(rng, brands[0], taken))
        out.append(u)
    return out
