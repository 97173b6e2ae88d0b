"""A tiny template language and the joiner that turns its pieces into text + character spans.

Syntax (one template is one utterance pattern):
  {product}, {color:base}   an entity slot, optionally with a variant the generator understands
                            ({product:other}: a second product, "flour and eggs")
  {=el}                     a word that agrees with the current product (gender, number, mass)
  <please>                  a phrase pool of the language (each phrase is itself a template)
  (a|b|c)                   one of the alternatives
  [words]  [a|b]            optional (kept half of the time), optionally one of alternatives
Anything else is literal text. Alternatives or optionals whose slots cannot be filled for the
chosen product (no brand for it, no unit, ...) are never picked, so one template serves products
of any category.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Lit:
    text: str


@dataclass(frozen=True)
class Slot:
    name: str
    variant: str = ""


@dataclass(frozen=True)
class Agree:
    word: str


@dataclass(frozen=True)
class Part:
    name: str


@dataclass(frozen=True)
class Choice:
    options: tuple[tuple, ...]


@dataclass(frozen=True)
class Opt:
    body: tuple


Node = Lit | Slot | Agree | Part | Choice | Opt
_SPECIAL = set("{}<>()[]|")


@lru_cache(maxsize=None)
def parse(template: str) -> tuple:
    nodes, pos = _parse_seq(template, 0, stop="")
    if pos != len(template):
        raise ValueError(f"template {template!r}: unexpected {template[pos]!r} at {pos}")
    return nodes


def _parse_seq(s: str, pos: int, stop: str) -> tuple[tuple, int]:
    nodes: list = []
    while pos < len(s) and s[pos] not in stop:
        ch = s[pos]
        if ch == "{":
            end = _closing(s, pos, "}")
            body = s[pos + 1:end].strip()
            if body.startswith("="):
                nodes.append(Agree(body[1:]))
            else:
                name, _, variant = body.partition(":")
                nodes.append(Slot(name, variant))
            pos = end + 1
        elif ch == "<":
            end = _closing(s, pos, ">")
            nodes.append(Part(s[pos + 1:end].strip()))
            pos = end + 1
        elif ch in "([":
            close = ")" if ch == "(" else "]"
            options = []
            pos += 1
            while True:
                seq, pos = _parse_seq(s, pos, stop="|" + close)
                options.append(seq)
                if pos >= len(s):
                    raise ValueError(f"template {s!r}: unclosed {ch!r}")
                pos += 1
                if s[pos - 1] == close:
                    break
            choice = Choice(tuple(options))
            nodes.append(choice if ch == "(" else Opt(options[0] if len(options) == 1 else (choice,)))
        elif ch in _SPECIAL:
            raise ValueError(f"template {s!r}: unexpected {ch!r} at {pos}")
        else:
            end = pos
            while end < len(s) and s[end] not in _SPECIAL:
                end += 1
            nodes.append(Lit(s[pos:end]))
            pos = end
    return tuple(nodes), pos


def _closing(s: str, pos: int, char: str) -> int:
    end = s.find(char, pos)
    if end < 0:
        raise ValueError(f"template {s!r}: unclosed {s[pos]!r}")
    return end


PartResolver = Callable[[str], Sequence[tuple]]


def required_slots(seq: tuple, parts: PartResolver) -> frozenset[str]:
    """Slots present on every path through the template (what the product must support)."""
    out: set[str] = set()
    for node in seq:
        if isinstance(node, Slot):
            out.add(node.name)
        elif isinstance(node, (Choice, Part)):
            options = node.options if isinstance(node, Choice) else parts(node.name)
            out |= frozenset.intersection(*(required_slots(o, parts) for o in options))
    return frozenset(out)


def all_slots(seq: tuple, parts: PartResolver) -> frozenset[str]:
    out: set[str] = set()
    for node in seq:
        if isinstance(node, Slot):
            out.add(node.name)
        elif isinstance(node, Choice):
            for o in node.options:
                out |= all_slots(o, parts)
        elif isinstance(node, Opt):
            out |= all_slots(node.body, parts)
        elif isinstance(node, Part):
            for o in parts(node.name):
                out |= all_slots(o, parts)
    return frozenset(out)


P_OPTIONAL_ENTITY = 0.65


def flatten(seq: tuple, rng: random.Random, fillable: Callable[[str], bool], parts: PartResolver) -> list:
    """Resolve choices, optionals and parts into a flat list of Lit / Slot / Agree leaves."""
    out: list = []

    def ok(option: tuple) -> bool:
        return all(fillable(name) for name in required_slots(option, parts))

    for node in seq:
        if isinstance(node, (Lit, Slot, Agree)):
            out.append(node)
        elif isinstance(node, Opt):
            slots = all_slots(node.body, parts)
            # an optional entity is said more often than not: entity-bearing turns are what the
            # tagger has to learn from (a filler or "please" stays a coin toss)
            if rng.random() < (P_OPTIONAL_ENTITY if slots else 0.5) and all(fillable(n) for n in slots):
                out.extend(flatten(node.body, rng, fillable, parts))
        else:
            options = node.options if isinstance(node, Choice) else tuple(parts(node.name))
            usable = [o for o in options if ok(o)]
            if not usable:
                raise LookupError(f"no fillable alternative in {node}")
            out.extend(flatten(rng.choice(usable), rng, fillable, parts))
    return out


def lookup(forms: dict[str, str], features: Sequence[str]) -> str:
    """The form for the features, earlier features weighing more: ('mass', 'f', 'sg') tries
    'mass.f.sg', 'mass.f', 'mass.sg', 'mass', 'f.sg', 'f', 'sg', then '*'."""
    k = len(features)
    for mask in range((1 << k) - 1, 0, -1):
        key = ".".join(f for j, f in enumerate(features) if mask & (1 << (k - 1 - j)))
        if key in forms:
            return forms[key]
    if "*" in forms:
        return forms["*"]
    raise ValueError(f"no form for {features} in {forms}")


Contract = Callable[[str, str, str], str | None]


# Italian words cut short with an apostrophe stand apart ("un po' di"), unlike elided articles ("l'olio")
APOCOPES = frozenset({"po'", "mo'", "be'", "di'", "fa'", "va'", "da'", "sta'"})


def join(pieces: Sequence[tuple[str, str | None]], contract: Contract | None = None) -> tuple[str, list]:
    """[(text, entity type or None)] -> (text, [(type, start, end)]).

    Words are joined with one space, except after a word ending in an apostrophe (French/Italian
    elision: "l'huile") that is not an Italian apocope ("un po' di"). `contract(previous, word, next)`
    may rewrite a non-entity word ("le" before a vowel -> "l'", "il" before "sc" -> "lo") or drop it
    (""); entity words are never rewritten, so every span is exactly the value that was chosen. It may
    also refuse a word sequence no speaker says ("um par de bermudas") by raising `retry.Retry`: the
    renderer then draws again.
    """
    tokens: list[list] = []  # [word, entity index or None]
    kinds: list[str] = []
    for text, kind in pieces:
        words = text.split()
        if not words:
            continue
        index = None
        if kind is not None:
            index = len(kinds)
            kinds.append(kind)
        tokens.extend([w, index] for w in words)
    if contract is not None:
        for i, token in enumerate(tokens):
            if token[1] is None:
                prev = tokens[i - 1][0] if i else ""
                nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
                new = contract(prev, token[0], nxt)
                if new is not None:
                    token[0] = new
        tokens = [t for t in tokens if t[0]]
    text, bounds = "", {}
    for word, index in tokens:
        glue = "" if not text or (text.endswith("'") and text.rsplit(" ", 1)[-1] not in APOCOPES) else " "
        start = len(text) + len(glue)
        text += glue + word
        if index is not None:
            first = bounds.get(index, (start, None))[0]
            bounds[index] = (first, len(text))
    spans = [(kinds[i], s, e) for i, (s, e) in sorted(bounds.items(), key=lambda kv: kv[1])]
    return text, spans
