"""Utterance templates per language, with stable ids.

A language module defines TEMPLATES (intent -> list of template strings) and FOLLOWUPS (list of
(intent of the previous turn, intent, template)) for two-turn pairs, and may define SYSTEM_TURNS
(intent of the shopper's request -> what the assistant answered: "i found nike running shoes for 80
dollars"), which serve as the previous turn of a follow-up as the shopper's own requests do. A
template may start with "@food,drink: " to restrict which product categories (or single concepts:
"@phone,laptop: ") it is used with ("is it gluten free"), or a named group of concepts.py's
CONCEPT_GROUPS ("@battery:").
Ids are "<lang>/<intent>/<nn>", "<lang>/followup/<nn>" and "<lang>/system/<intent>/<nn>" by position
in the module.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache

from ..concepts import CONCEPT_GROUPS
from ..grammar import parse
from ..labels import INTENTS


@dataclass(frozen=True)
class Template:
    id: str
    language: str
    intent: str
    text: str
    tree: tuple
    categories: frozenset[str] | None = None
    context_intent: str | None = None  # set on follow-up templates: what the previous turn asked
    system: bool = False  # the assistant's turn (context only): never decorated with the shopper's fillers


def _make(tid: str, lang: str, intent: str, text: str, context_intent: str | None = None,
          system: bool = False) -> Template:
    if intent not in INTENTS or (context_intent is not None and context_intent not in INTENTS):
        raise ValueError(f"{tid}: unknown intent {intent!r} / {context_intent!r}")
    categories = None
    if text.startswith("@"):
        head, _, text = text.partition(":")
        names = head[1:].split(",")
        categories = frozenset().union(*(CONCEPT_GROUPS.get(n, {n}) for n in names))
    text = text.strip()
    return Template(tid, lang, intent, text, parse(text), categories, context_intent, system)


@lru_cache(maxsize=None)
def load_templates(lang: str) -> tuple[Template, ...]:
    mod = importlib.import_module(f"{__name__}.{lang.replace('-', '_')}")
    out = []
    for intent, texts in mod.TEMPLATES.items():
        out += [_make(f"{lang}/{intent}/{i:02d}", lang, intent, t) for i, t in enumerate(texts)]
    return tuple(out)


@lru_cache(maxsize=None)
def load_followups(lang: str) -> tuple[Template, ...]:
    mod = importlib.import_module(f"{__name__}.{lang.replace('-', '_')}")
    return tuple(_make(f"{lang}/followup/{i:02d}", lang, intent, t, context_intent=ctx)
                 for i, (ctx, intent, t) in enumerate(mod.FOLLOWUPS))


def all_templates(lang: str) -> tuple[Template, ...]:
    """Single-turn, follow-up and assistant-turn templates: everything the held-out splits rank."""
    return load_templates(lang) + load_followups(lang) + load_system_turns(lang)


@lru_cache(maxsize=None)
def load_system_turns(lang: str) -> tuple[Template, ...]:
    mod = importlib.import_module(f"{__name__}.{lang.replace('-', '_')}")
    return tuple(_make(f"{lang}/system/{intent}/{i:02d}", lang, intent, text, system=True)
                 for intent, texts in getattr(mod, "SYSTEM_TURNS", {}).items() for i, text in enumerate(texts))
