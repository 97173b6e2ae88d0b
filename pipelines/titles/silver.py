"""Silver keep/drop labels for voice title shortening (no public short titles exist).

A catalog title becomes what a shopper would say aloud. Per whitespace word of the title:
- keep the brand (the record's `brand` words), wherever they are;
- the title's core is its first segment holding a product word (cut at " - ", "|", ",", "(",
  "with", "w/", "for", "per", "featuring", "includes"): keep its words (the product type and its head noun, the model family), but drop
  model numbers (the record's `modelno` words, words mixing letters and digits that are not a
  size or capacity, digit runs of 4+), marketing words and packaging codes;
- from the later segments keep only what a shopper says aloud: sizes and capacities ("16gb",
  "3.5 in"), colours;
- drop a word already kept once (case-insensitive).
The Walmart grocery title-compression work framed shortening the same way (a token keep/drop tag).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

COLOURS = {"black", "white", "silver", "red", "blue", "green", "pink", "gray", "grey", "gold", "purple", "orange",
           "yellow", "brown", "beige", "clear", "navy", "teal", "tan", "bronze", "chrome", "graphite", "ivory",
           "charcoal", "titanium", "rose", "violet", "aqua", "lime", "maroon", "copper"}
UNITS = ("gb|tb|mb|kb|oz|fl|ml|l|lb|lbs|in|inch|inches|ft|mm|cm|m|mah|w|watt|watts|v|volt|hz|ghz|mhz|mp|megapixel|"
         "pack|pk|ct|count|qt|gal|x|\"|'|pc|pcs|piece|pieces|sheets|rpm|gauge|awg|kg|g")
SIZE = re.compile(rf"^\d+(?:[.,/]\d+)?-?(?:{UNITS})$")
NUMBER = re.compile(r"^\d+(?:[.,/]\d+)?$")
UNIT_WORD = re.compile(rf"^(?:{UNITS})$")
MARKETING = {"new", "genuine", "original", "oem", "brand", "authentic", "retail", "bulk", "certified", "bonus", "free",
             "sale", "hot", "latest", "official", "premium", "deluxe", "quality", "value", "bundle", "packaging",
             "box", "edition", "version", "ver", "model", "series", "item", "product", "products", "compatible"}
SEPARATORS = {"-", "|", "--", "/", "with", "w/", "w", "featuring", "includes", "including", "for", "per"}
PUNCT = ".,;:()[]{}\"'*!?"


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int


def words(title: str) -> list[Word]:
    return [Word(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", title)]


def _bare(w: str) -> str:
    return w.strip(PUNCT).casefold()


def _model_number(w: str, model_words: set[str]) -> bool:
    if w in model_words:
        return True
    if SIZE.match(w) or NUMBER.match(w) and len(w) < 4:
        return False
    has_digit, has_alpha = any(c.isdigit() for c in w), any(c.isalpha() for c in w)
    return (has_digit and has_alpha and len(w) >= 4) or (w.isdigit() and len(w) >= 4)


def keep_labels(title: str, brand: str | None, modelno: str | None) -> list[bool]:
    """keep (True) / drop (False) for each whitespace word of `title`."""
    ws = words(title)
    brand_words = {_bare(b) for b in (brand or "").split()} - {""}
    model_words = {_bare(m) for m in re.split(r"[\s/]+", modelno or "")} - {""}
    keep, seen, core, core_words = [], set(), True, 0
    for i, w in enumerate(ws):
        raw, bare = w.text, _bare(w.text)
        # a separator ends the core ("for" too: what follows is what the product fits), unless the
        # core has no product word yet ("smead 73501 - expansion file pockets")
        if core and core_words and (bare in SEPARATORS or raw.startswith("(") or ws[i - 1].text.endswith(",")):
            core = False
        nxt = _bare(ws[i + 1].text) if i + 1 < len(ws) else ""
        size = bool(SIZE.match(bare)) or (bool(NUMBER.match(bare)) and bool(UNIT_WORD.match(nxt)))
        unit_after_number = bool(UNIT_WORD.match(bare)) and i > 0 and bool(NUMBER.match(_bare(ws[i - 1].text)))
        if not bare or bare in seen:
            k = False
        elif bare in brand_words:
            k = True
        elif size or unit_after_number or bare in COLOURS:
            k = True
        elif not core or bare in MARKETING or bare in SEPARATORS or _model_number(bare, model_words):
            k = False
        else:
            k = any(c.isalpha() for c in bare)
        keep.append(k)
        if k:
            seen.add(bare)
            core_words += core and bare not in brand_words
    return keep


def shorten(title: str, brand: str | None, modelno: str | None) -> str:
    return " ".join(w.text.strip(PUNCT) for w, k in zip(words(title), keep_labels(title, brand, modelno)) if k)
