"""Per-language word lists, and the small text formats they are written in.

Each language module (en.py, es.py, ..., hi_en.py) defines plain constants; `get_lexicon(code)` turns
them into a `Lexicon`. Nouns are written one per line, `concept: singular | plural | tags`, where
tags are the grammatical gender (m, f, n) plus `pl` (always plural: "jeans") or `mass`/`count`/`item`
(to override the concept's counting in this language), and Hindi adds `| oblique sg | oblique pl`.
Agreeing words are written `el/la/los/las; f.sg.a=el`: forms in the order of the language's
FORM_KEYS, then extra `features=form` pairs. Other noun tags become agreement features too.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

DEFAULT_FORM_KEYS = {1: ("*",), 2: ("sg", "pl"), 3: ("m.sg", "f", "m.pl"), 4: ("m.sg", "f.sg", "m.pl", "f.pl")}


@dataclass(frozen=True)
class Noun:
    sg: str
    pl: str
    gender: str = "n"
    plural_only: bool = False
    counting: str | None = None  # overrides the concept's counting for this word
    obl_sg: str = ""            # Hindi oblique forms (before postpositions: आटा -> आटे का)
    obl_pl: str = ""
    tags: tuple[str, ...] = ()  # extra agreement features, e.g. "a" for Spanish stressed a- (el agua)

    def form(self, number: str, oblique: bool = False) -> str:
        if oblique and (self.obl_sg or self.obl_pl):
            return self.obl_pl if number == "pl" else self.obl_sg
        return self.pl if number == "pl" else self.sg


def table_lines(table: str) -> list[str]:
    """The rows of a table written in a module: blank lines and "#" comment lines (which say in place
    why a block of rows is there) skipped."""
    return [line for line in table.strip().splitlines() if line.strip() and not line.lstrip().startswith("#")]


def parse_nouns(table: str) -> dict[str, list[Noun]]:
    """`concept: singular | plural | tags | oblique sg | oblique pl` per line (rows as `table_lines` reads them)."""
    out: dict[str, list[Noun]] = {}
    for line in table_lines(table):
        key, _, rest = line.partition(":")
        fields = [f.strip() for f in rest.split("|")]
        sg, pl = fields[0], fields[1] if len(fields) > 1 and fields[1] else fields[0]
        tags = fields[2].split(".") if len(fields) > 2 and fields[2] else []
        gender = next((t for t in tags if t in ("m", "f", "n")), "n")
        counting = next((t for t in tags if t in ("mass", "count", "item")), None)
        extra = tuple(t for t in tags if t not in ("m", "f", "n", "pl", "mass", "count", "item"))
        obl_sg = fields[3] if len(fields) > 3 else ""
        obl_pl = fields[4] if len(fields) > 4 else obl_sg
        out.setdefault(key.strip(), []).append(Noun(sg, pl, gender, "pl" in tags, counting, obl_sg, obl_pl, extra))
    return out


def parse_forms(spec: str | dict, form_keys: dict[int, tuple[str, ...]] = DEFAULT_FORM_KEYS) -> dict[str, str]:
    """'el/la/los/las; f.sg.a=el' -> {'m.sg': 'el', 'f.sg': 'la', ..., 'f.sg.a': 'el'}; dicts as written."""
    if isinstance(spec, dict):
        return dict(spec)
    main, *extras = [part.strip() for part in spec.split(";")]
    forms = [f.strip() for f in main.split("/")]
    out = dict(zip(form_keys[len(forms)], forms))
    for extra in extras:
        key, _, value = extra.partition("=")
        out[key.strip()] = value.strip()
    return out


def parse_lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


@dataclass
class Lexicon:
    code: str
    products: dict[str, list[Noun]]
    units: dict[str, list[Noun]]
    colours: list[dict[str, str]]           # forms; the first value is the base (invariant) form
    sizes: dict[str, list[str]]             # wear / shoes size values
    size_units: dict[str, str]              # gb / tb / inch -> how this language says it
    numbers: dict[int, dict[str, str]]
    price_formats: list[str]                # "{} euros"
    currency_scale: float                   # catalog prices are USD
    dates: dict[str, list[str]]             # past / future; "on|monday" = untagged "on" + date "monday"
    stores: list[str]                       # locations ("main street")
    parts: dict[str, list[str]]
    agree: dict[str, dict[str, str]]
    prefixes: list[str]                     # fillers and openers put before any utterance
    suffixes: list[str]                     # politeness put after
    brand_spellings: dict[str, str] = field(default_factory=dict)
    brands_need_spelling: bool = False      # Devanagari: only brands with a written form are usable
    one_is_article: bool = False            # "un/una" is the article: quantity 1 is never tagged
    contract: Callable[[str, str, str], str | None] | None = None
    # {store:chain}: a chain at a location, "el|mercadona de {}" = untagged "el" + store "mercadona de <location>"
    store_chains: list[str] = field(default_factory=list)

    def brand(self, key: str) -> str | None:
        if key in self.brand_spellings:
            return self.brand_spellings[key]
        return None if self.brands_need_spelling else key


def _module_name(code: str) -> str:
    return code.replace("-", "_")


@lru_cache(maxsize=None)
def get_lexicon(code: str) -> Lexicon:
    mod = importlib.import_module(f"{__name__}.{_module_name(code)}")
    keys = {**DEFAULT_FORM_KEYS, **getattr(mod, "FORM_KEYS", {})}
    units = parse_nouns(mod.UNITS)  # a key may list synonyms (kilo, kilogram, kg): one is drawn per use
    return Lexicon(
        code=code,
        products=parse_nouns(mod.PRODUCTS),
        units=units,
        colours=[parse_forms(c, keys) for c in parse_lines(mod.COLOURS)],
        sizes={k: parse_lines(v) for k, v in mod.SIZES.items()},
        size_units=mod.SIZE_UNITS,
        numbers={n: parse_forms(v, keys) for n, v in mod.NUMBERS.items()},
        price_formats=mod.PRICE_FORMATS,
        currency_scale=mod.CURRENCY_SCALE,
        dates={k: parse_lines(v) for k, v in mod.DATES.items()},
        stores=parse_lines(mod.STORES),
        parts={k: parse_lines(v) if isinstance(v, str) else list(v) for k, v in mod.PARTS.items()},
        agree={k: parse_forms(v, keys) for k, v in mod.AGREE.items()},
        prefixes=parse_lines(mod.PREFIXES),
        suffixes=parse_lines(mod.SUFFIXES),
        brand_spellings=getattr(mod, "BRAND_SPELLINGS", {}),
        brands_need_spelling=getattr(mod, "BRANDS_NEED_SPELLING", False),
        one_is_article=getattr(mod, "ONE_IS_ARTICLE", False),
        store_chains=parse_lines(getattr(mod, "STORE_CHAINS", "")),
        contract=getattr(mod, "contract", None),
    )
