"""Two-turn pairs: a previous turn (context) and a follow-up that leans on it ("add two of those").

The previous turn is rendered from the same split's single-turn templates of the follow-up's
context intent, or from the assistant's answers to such a request (SYSTEM_TURNS), about the same
product, so pronouns in the follow-up agree with it ("la quiero en rojo" after "busco una camiseta").
Only the follow-up's entities are labelled, with offsets into the follow-up text.
"""
from __future__ import annotations

import random

from .generate import Item, Renderer, Utterance
from .templates import Template


def render_pair(renderer: Renderer, followup: Template, contexts: list[Template],
                rng: random.Random) -> Utterance | None:
    """One (context, follow-up) pair, or None when no context template fits the follow-up's product."""
    candidates = [t for t in contexts if t.intent == followup.context_intent]
    if not candidates:
        return None
    for _ in range(10):
        ctx_tpl = rng.choice(candidates)
        # the product is chosen even when neither turn names it: pronouns still agree with it
        try:
            key = renderer.pick_concept(rng, followup)
        except LookupError:
            return None
        if not renderer.supports(ctx_tpl, key):
            continue
        item = Item(key, rng.choice(renderer.pools.products[key]))
        context = renderer.render(ctx_tpl, rng, item=item, decorate=not ctx_tpl.system)
        if context is None:
            continue
        current = renderer.render(followup, rng, item=item, decorate=False, number=context.number)
        if current is None or _repeats(current, context.text):
            continue
        current.context = context.text
        return current
    return None


def _repeats(current: Utterance, context: str) -> bool:
    """"do you have it in red" right after asking for red ones: a follow-up asks for something new."""
    return any(kind in ("color", "brand", "size") and f" {current.text[s:e]} " in f" {context} "
               for kind, s, e in current.entities)
