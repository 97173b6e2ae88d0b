"""Fill one template with values of one split: product concept first, then everything that must agree with it."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from .catalog import nice_amount
from .concepts import CONCEPT_PRICE_RANGES, CONCEPTS, PRICE_RANGES
from .grammar import Agree, Lit, Slot, all_slots, flatten, join, lookup, parse, required_slots
from .lexicon import Lexicon, Noun
from .numbers import maybe_in_words
from .retry import Retry
from .templates import Template

ITEM_SLOTS = frozenset({"product", "brand", "unit", "size", "color", "quantity"})
QUANTITIES = (1, 2, 3, 4, 5, 6, 10, 12, 24)
QUANTITY_WEIGHTS = (26, 30, 14, 7, 5, 5, 4, 5, 4)
P_PREFIX, P_SUFFIX = 0.15, 0.12


@dataclass
class Utterance:
    text: str
    intent: str
    entities: list[tuple[str, int, int]]
    language: str
    template: str | None
    context: str | None = None
    source: str = "template"
    number: str = field(default="sg", compare=False, repr=False)  # of the product: pronouns in a follow-up agree

    def to_json(self) -> dict:
        return {"text": self.text, "intent": self.intent, "entities": [list(e) for e in self.entities],
                "language": self.language, "template": self.template, "context": self.context,
                "source": self.source}


@dataclass
class ValuePools:
    """The values one split may use in one language (test pools hold only held-out products/brands)."""
    lex: Lexicon
    products: dict[str, list[Noun]]
    brands: dict[str, list[str]]
    sizes: dict[str, list[str]]
    prices: dict[str, list[float]] = field(default_factory=dict)
    colours: list[dict[str, str]] | None = None  # None: the lexicon's


@dataclass
class Item:
    concept: str
    noun: Noun


class Renderer:
    def __init__(self, pools: ValuePools):
        self.pools, self.lex = pools, pools.lex
        self._candidates: dict = {}

    # ---- phrase pools -------------------------------------------------------------------------
    def parts(self, size_kind: str | None):
        def resolve(name: str) -> list[tuple]:
            if name in self.lex.parts:
                return [parse(p) for p in self.lex.parts[name]]
            if size_kind is None:  # static analysis: every size pool says {size}
                return [parse("{size}")]
            key = f"{name}_{size_kind}"
            if key not in self.lex.parts:
                raise ValueError(f"{self.lex.code}: no phrase pool <{name}> for {size_kind}")
            return [parse(p) for p in self.lex.parts[key]]
        return resolve

    # ---- choosing the product -----------------------------------------------------------------
    def _supports(self, key: str, need: frozenset[str]) -> bool:
        c = CONCEPTS[key]
        checks = {"brand": bool(self.pools.brands.get(key)), "size": bool(self.pools.sizes.get(key)),
                  "color": c.colour, "unit": any(u in self.lex.units for u in c.units)}
        return all(ok for slot, ok in checks.items() if slot in need)

    def pick_concept(self, rng: random.Random, tpl: Template) -> str:
        need = required_slots(tpl.tree, self.parts(None))
        cache_key = (need, tpl.categories)
        if cache_key not in self._candidates:
            self._candidates[cache_key] = [
                k for k in sorted(self.pools.products)
                if _allowed(tpl, k) and self._supports(k, need)]
        candidates = self._candidates[cache_key]
        if not candidates:
            raise LookupError(f"{tpl.id}: no {self.lex.code} product supports {sorted(need)}")
        return rng.choice(candidates)

    def supports(self, tpl: Template, concept: str) -> bool:
        return _allowed(tpl, concept) and self._supports(concept, required_slots(tpl.tree, self.parts(None)))

    # ---- rendering ----------------------------------------------------------------------------
    def render(self, tpl: Template, rng: random.Random, item: Item | None = None,
               decorate: bool = True, number: str | None = None, tries: int = 30) -> Utterance | None:
        """`number` fixes the product's number unless the template counts it (a follow-up's "them")."""
        for _ in range(tries):
            try:
                return self._render_once(tpl, rng, item, decorate, number)
            except Retry:
                continue
            except LookupError:  # no product of this split can fill the template: use another template
                return None
        return None

    def _render_once(self, tpl: Template, rng: random.Random, item: Item | None, decorate: bool,
                     default_number: str | None) -> Utterance:
        lex, pools = self.lex, self.pools
        mentions = all_slots(tpl.tree, self.parts(None))
        if item is None and mentions & ITEM_SLOTS:
            key = self.pick_concept(rng, tpl)
            item = Item(key, rng.choice(pools.products[key]))
        c = CONCEPTS[item.concept] if item else None
        brand = _maybe(rng, pools.brands.get(item.concept)) if item else None
        unit_key = _maybe(rng, [u for u in c.units if u in lex.units]) if c else None
        size = _maybe(rng, pools.sizes.get(item.concept)) if item else None
        colour = _maybe(rng, pools.colours or lex.colours) if c and c.colour else None
        filled = {"product": item is not None, "brand": brand is not None, "unit": unit_key is not None,
                  "size": size is not None, "color": colour is not None}
        leaves = flatten(tpl.tree, rng, lambda name: filled.get(name, True), self.parts(c.size if c else None))
        slots = [leaf for leaf in leaves if isinstance(leaf, Slot)]
        present = {s.name for s in slots}

        # number of the product, and the quantity that decides it
        counting = (item.noun.counting or c.counting) if item else "item"
        forced = next((s.variant for s in slots if s.name == "product" and s.variant in ("sg", "pl")), None)
        q = None
        if "quantity" in present:
            many = any(s.name == "quantity" and s.variant == "many" for s in slots)
            start = 1 if many else 0  # {quantity:many}: "add two of those", never one
            q = rng.choices(QUANTITIES[start:], QUANTITY_WEIGHTS[start:])[0]
        if "unit" in present:  # "a bag of apples", but "a bottle of shampoo", "a kilo of rice"
            number = "pl" if counting == "count" else "sg"
        elif q is not None and "product" in present:
            if counting == "mass":
                raise Retry  # "two rice": mass nouns are counted through a unit
            number = "pl" if q > 1 else "sg"
            if forced and forced != number:
                raise Retry
        else:
            number = forced or default_number or ("pl" if counting == "count" else "sg")
        if counting == "mass":
            number = "sg"
        if item and item.noun.plural_only:
            number = "pl"
        gender = item.noun.gender if item else "n"
        feats = (["mass"] if counting == "mass" else []) + [gender, number] + list(item.noun.tags if item else ())
        unit = rng.choice(lex.units[unit_key]) if unit_key and "unit" in present else None
        unit_number = "pl" if q and q > 1 else "sg"
        q_feats = [unit.gender, unit_number] if unit else feats

        prices = self._prices(rng, c)
        other = self._other_product(rng, tpl, item) if any(
            s.name == "product" and s.variant == "other" for s in slots) else None
        pieces: list[tuple[str, str | None]] = []
        for leaf in leaves:
            if isinstance(leaf, Lit):
                pieces.append((leaf.text, None))
            elif isinstance(leaf, Slot) and leaf.name == "product" and leaf.variant == "other":
                pieces.append((other, "product"))
            elif isinstance(leaf, Agree):
                if leaf.word not in lex.agree:
                    raise ValueError(f"{tpl.id}: {lex.code} has no agreeing word {{={leaf.word}}}")
                pieces.append((lookup(lex.agree[leaf.word], feats), None))
            else:
                pieces.extend(self._slot(leaf, rng, item, number, feats, q, q_feats, unit, unit_number,
                                         brand, size, colour, prices))
        if decorate:
            if rng.random() < P_PREFIX:
                pieces.insert(0, (rng.choice(lex.prefixes), None))
            # one politeness word is enough: no "por favor" after the template's own "se faz favor"
            polite = [*lex.suffixes, *lex.parts.get("please", ())]
            if rng.random() < P_SUFFIX and not any(s in t for t, _ in pieces for s in polite):
                pieces.append((rng.choice(lex.suffixes), None))
        text, spans = join(pieces, lex.contract)
        return Utterance(text, tpl.intent, spans, lex.code, tpl.id, number=number)

    def _other_product(self, rng: random.Random, tpl: Template, item: Item) -> str:
        """{product:other}, a second product in a list ("flour and eggs"): another concept the template
        allows, of the first one's category where the split has one, in the number it is bought in
        (flour, eggs)."""
        keys = [k for k in sorted(self.pools.products) if k != item.concept and _allowed(tpl, k)]
        if not keys:
            raise Retry
        same = [k for k in keys if CONCEPTS[k].category == CONCEPTS[item.concept].category]
        key = rng.choice(same or keys)
        noun = rng.choice(self.pools.products[key])
        counting = noun.counting or CONCEPTS[key].counting
        return noun.form("sg" if counting == "mass" and not noun.plural_only else "pl")

    def _slot(self, leaf, rng, item, number, feats, q, q_feats, unit, unit_number, brand, size, colour, prices):
        lex, name = self.lex, leaf.name
        if name == "product":
            return [(item.noun.form(number, oblique=leaf.variant == "obl"), "product")]
        if name == "brand":
            return [(brand, "brand")]
        if name == "unit":
            return [(unit.form(unit_number), "unit")]
        if name == "size":
            return [(maybe_in_words(size, rng, self.lex.code, self.lex.numbers), "size")]
        if name == "color":
            if leaf.variant == "base":  # "en rojo", "in schwarz": the colour as a noun
                return [(next(iter(colour.values())), "color")]
            if leaf.variant == "mobl":  # Hindi "काले रंग में": agrees with रंग (masculine, oblique)
                return [(lookup(colour, ["m", "pl"]), "color")]
            if leaf.variant in ("ind", "def"):  # German: declined by the article before it
                if not any(k.startswith(f"{leaf.variant}.") for k in colour):
                    raise Retry  # a colour said only predicatively ("in anthrazit")
                return [(lookup(colour, [leaf.variant, *feats]), "color")]
            if leaf.variant:
                raise ValueError(f"{{color:{leaf.variant}}}: unknown colour variant (base, mobl, ind, def)")
            return [(lookup(colour, feats), "color")]
        if name == "quantity":
            return [self._quantity(rng, q, q_feats, item)]
        if name in ("price_min", "price_max"):
            amount = prices[name]
            fmt = "{}" if leaf.variant == "bare" else rng.choice(lex.price_formats)
            return [(fmt.format(maybe_in_words(str(amount), rng, lex.code, lex.numbers)), name)]
        if name == "date":
            pool = lex.dates[leaf.variant] if leaf.variant else sum(lex.dates.values(), [])
            lead, _, value = rng.choice(pool).rpartition("|")
            return [(lead, None), (value, "date")]
        if name == "store":
            location = rng.choice(lex.stores)
            if leaf.variant == "chain" and lex.store_chains:
                lead, _, pattern = rng.choice(lex.store_chains).rpartition("|")
                return [(lead, None), (pattern.format(location), "store")]
            return [(location, "store")]
        raise ValueError(f"unknown slot {{{name}}}")

    def _quantity(self, rng, q, q_feats, item) -> tuple[str, str | None]:
        lex = self.lex
        if q == 1:
            # "a"/"un"/"une" is an article, not a number said on purpose: left untagged
            if lex.one_is_article:
                return lookup(lex.numbers[1], q_feats), None
            if "a" in lex.agree and (rng.random() < 0.5 or (item and item.noun.plural_only)):
                return lookup(lex.agree["a"], q_feats), None
        if q not in lex.numbers or rng.random() < (0.6 if q >= 10 else 0.25):
            return str(q), "quantity"
        return lookup(lex.numbers[q], q_feats), "quantity"

    def _prices(self, rng, concept) -> dict[str, int]:
        scale = self.lex.currency_scale
        observed = self.pools.prices.get(concept.key) if concept else None
        if observed:
            base = rng.choice(observed)
        elif concept and concept.key in CONCEPT_PRICE_RANGES:
            base = rng.uniform(*CONCEPT_PRICE_RANGES[concept.key])
        else:
            low, high = PRICE_RANGES[concept.category if concept else rng.choice(sorted(PRICE_RANGES))]
            base = rng.uniform(low, high)
        top = nice_amount(base * scale * rng.uniform(0.9, 1.4))
        low = nice_amount(top * rng.uniform(0.3, 0.7))
        if low >= top:
            low = nice_amount(top / 3) if top > 15 else max(1, top // 2)
        return {"price_max": top, "price_min": low}


def _allowed(tpl: Template, concept: str) -> bool:
    """A template's "@..." list names categories (food, tech) or single concepts (phone, laptop)."""
    return tpl.categories is None or bool({concept, CONCEPTS[concept].category} & tpl.categories)


def _maybe(rng: random.Random, options):
    return rng.choice(options) if options else None
