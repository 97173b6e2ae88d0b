"""Entity values mined from real product records (`product_titles/*.jsonl`).

The records are English electronics/office listings, so they give: brands and which product types
each brand really sells, English product-type phrases ("wireless mouse", "memory card"), colours
seen in titles, storage and screen sizes per product type, and price distributions per type.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

# Title head noun -> concept, and which modifiers turn a head into a product type people say.
# A phrase is kept only when the records contain it often enough (MIN_PHRASE).
HEADS = {
    "mouse": "mouse", "keyboard": "keyboard", "headphones": "headphones", "headset": "headphones",
    "earbuds": "headphones", "printer": "printer", "camera": "camera", "monitor": "monitor",
    "hdtv": "tv", "tv": "tv", "television": "tv", "speaker": "speaker", "speakers": "speaker",
    "charger": "charger", "router": "router", "laptop": "laptop", "notebook": "laptop", "tablet": "tablet",
    "batteries": "batteries", "phone": "phone", "smartphone": "phone", "webcam": "webcam",
}
# ambiguous heads: the modifier decides the concept
PHRASE_CONCEPTS = {
    ("flash", "drive"): "usb drive", ("usb", "drive"): "usb drive", ("hard", "drive"): "hard drive",
    ("external", "drive"): "hard drive", ("memory", "card"): "memory card", ("sd", "card"): "memory card",
    ("graphics", "card"): "graphics card", ("video", "card"): "graphics card",
    ("iphone", "case"): "phone case", ("phone", "case"): "phone case", ("silicone", "case"): "phone case",
    ("hdmi", "cable"): "cable", ("usb", "cable"): "cable", ("audio", "cable"): "cable",
    ("extension", "cable"): "cable", ("video", "cable"): "cable",
}
MODIFIERS = {
    "wireless", "bluetooth", "digital", "gaming", "optical", "laser", "portable", "stereo", "mini",
    "cordless", "cell", "compact", "action", "security", "travel", "car", "usb", "lcd", "widescreen",
    "rechargeable", "alkaline", "multifunction", "android", "video",
}
MIN_PHRASE = 5
MIN_BRAND_RECORDS = 3
COLOURS = ("black", "white", "silver", "red", "blue", "pink", "green", "gray", "grey", "purple",
           "orange", "yellow", "gold", "brown")
_STORAGE = re.compile(r"\b(\d{1,4}) ?(gb|tb)\b")
_SCREEN = re.compile(r"\b(\d{2})(?:\.\d)? ?(?:-?inch|in\b|\")")
_BRAND_OK = re.compile(r"^[a-z][a-z0-9\-]+( [a-z][a-z0-9\-]+)?$")
# brand fields that are ordinary words or shop names: as "brand" values they would teach the tagger
# to mark plain English words
NOT_BRANDS = {"action", "edge", "elite", "crown", "inland", "comprehensive", "defender", "directed", "boss",
              "amp", "ex", "tops", "national", "gear head", "cables unlimited", "cables to go", "pc treasures",
              "diaper dude", "ape case"}
# a title naming one of these sells an accessory for the head noun ("laptop sleeve", "case for camera")
ACCESSORIES = {"case", "sleeve", "bag", "cover", "mount", "stand", "skin", "holder", "protector", "kit",
               "adapter", "backpack", "dock", "cleaner", "screen", "strap", "lens", "filter", "bracket"}
STORAGE_CONCEPTS = {"memory card", "usb drive", "hard drive", "phone", "tablet"}
SCREEN_CONCEPTS = {"tv", "monitor", "laptop"}


@dataclass(frozen=True)
class Record:
    title: str
    brand: str
    price: float | None


@dataclass
class Catalog:
    phrases: dict[str, list[str]]           # concept -> English product-type phrases seen in titles
    brands: dict[str, set[str]]             # brand -> concepts it has records for
    colours: list[str]                      # colour words in titles, most frequent first
    sizes: dict[str, list[tuple[int, str]]]  # concept -> [(64, "gb"), (55, "inch"), ...]
    prices: dict[str, list[float]]          # concept -> record prices (USD)


def read_records(folder: Path) -> list[Record]:
    """Records with a title; brand from the brand field (walmart_amazon) or the first title word (abt_buy)."""
    records = []
    for path in sorted(folder.glob("*_products.jsonl")):
        if path.name.startswith("wdc"):  # mixed-case scraped titles without brand or price fields
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            title = (row.get("title") or row.get("name") or "").lower().strip()
            if not title:
                continue
            brand = (row.get("brand") or row.get("manufacturer") or "").lower().strip()
            if path.name.startswith("abt_buy"):
                brand = title.split()[0]
            try:
                price = float(row.get("price") or "nan")
            except ValueError:
                price = None
            records.append(Record(title, brand, price if price and price == price and price > 0 else None))
    return records


def detect(title: str) -> tuple[str | None, str | None]:
    """(concept, product-type phrase) of a title, from its last recognisable head noun."""
    title = re.split(r" (?:for|with|w/) ", title)[0]  # what follows "for" is what the product fits
    words = re.findall(r"[a-z]+", title)
    found = (None, None)
    for i, word in enumerate(words):
        prev = words[i - 1] if i else ""
        if (prev, word) in PHRASE_CONCEPTS:
            found = (PHRASE_CONCEPTS[(prev, word)], f"{prev} {word}")
        elif word in HEADS:
            phrase = f"{prev} {word}" if prev in MODIFIERS else word
            found = (HEADS[word], phrase)
    if found[1] and found[1].split()[-1] not in ACCESSORIES and ACCESSORIES & set(words):
        return None, None
    return found


def build_catalog(folder: Path) -> Catalog:
    records = read_records(folder)
    phrase_counts: Counter = Counter()
    phrase_concept: dict[str, str] = {}
    brand_concepts: dict[str, Counter] = defaultdict(Counter)
    brand_records: Counter = Counter()
    colours: Counter = Counter()
    sizes: dict[str, Counter] = defaultdict(Counter)
    prices: dict[str, list[float]] = defaultdict(list)
    for rec in records:
        words = set(rec.title.split())
        colours.update(c for c in COLOURS if c in words)
        brand_ok = _BRAND_OK.match(rec.brand) and rec.brand not in NOT_BRANDS
        if brand_ok:
            brand_records[rec.brand] += 1
        concept, phrase = detect(rec.title)
        if concept is None:
            continue
        phrase_counts[phrase] += 1
        phrase_concept[phrase] = concept
        if brand_ok:
            brand_concepts[rec.brand][concept] += 1
        if rec.price:
            prices[concept].append(rec.price)
        if concept in STORAGE_CONCEPTS:
            sizes[concept].update((int(n), u) for n, u in _STORAGE.findall(rec.title) if int(n) in _POWERS)
        if concept in SCREEN_CONCEPTS:
            sizes[concept].update((int(n), "inch") for n in _SCREEN.findall(rec.title) if 10 <= int(n) <= 85)
    phrases: dict[str, list[str]] = defaultdict(list)
    for phrase, n in phrase_counts.most_common():
        if n >= MIN_PHRASE:
            phrases[phrase_concept[phrase]].append(phrase)
    brands = {b: {c for c, n in cs.items() if n >= 2} for b, cs in brand_concepts.items()
              if brand_records[b] >= MIN_BRAND_RECORDS}
    return Catalog(
        phrases=dict(phrases),
        brands={b: cs for b, cs in sorted(brands.items()) if cs},
        colours=[c for c, n in colours.most_common() if n >= 3],
        sizes={c: sorted({s for s, n in sizes.get(c, Counter()).items() if n >= 2} | set(default))
               for c, default in DEFAULT_SIZES.items()},
        prices=dict(prices),
    )


# sizes people ask for that the records rarely spell out (phones, tablets, TVs)
DEFAULT_SIZES = {
    "phone": [(64, "gb"), (128, "gb"), (256, "gb")], "tablet": [(64, "gb"), (128, "gb")],
    "tv": [(32, "inch"), (43, "inch"), (55, "inch"), (65, "inch")], "monitor": [(24, "inch"), (27, "inch")],
    "laptop": [(13, "inch"), (14, "inch"), (15, "inch")], "memory card": [(64, "gb"), (128, "gb")],
    "usb drive": [(32, "gb"), (64, "gb")], "hard drive": [(1, "tb"), (2, "tb")],
}
_POWERS = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000, 2000}


def nice_amount(value: float) -> int:
    """Round a price to what a shopper would say as a limit: 37.5 -> 40, 236 -> 250, 1180 -> 1200."""
    for limit, step in ((20, 5), (100, 10), (500, 50), (2000, 100), (10**9, 500)):
        if value <= limit:
            return max(step, int(round(value / step)) * step)
    raise AssertionError
