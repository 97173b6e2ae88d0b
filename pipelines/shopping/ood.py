"""Real out-of-domain utterances as extra `out_of_scope` examples: English (SNIPS, SLURP, CLINC150),
Spanish (Facebook multilingual TOD: alarms, reminders, weather) and Hinglish (Hinglish-TOP: alarms,
reminders, timers, weather, music, messaging, events), so that out_of_scope is learnt from real speech
in more than one language and not only from our own out-of-scope templates.

Their train/valid/devel splits feed our train/valid and their test splits only our test, so no
utterance a model is scored on was seen in training. Intents that are shopping in disguise (SLURP
lists/takeaway, CLINC150 order/shopping_list/food_last...) and any utterance with a shopping word are
left out: labelling them out_of_scope would teach the model to reject real shopping requests.
Hinglish-TOP's navigation domain is left out (directions to a store are store_info), and a Hinglish
query is dropped when its parallel English query has a shopping word. The CLINC150 copy in the data
root has no `oos` label (only its 150 in-scope intents), so its non-shopping intents stand in for it.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from .generate import Utterance
from .labels import OUT_OF_SCOPE

SLURP_EXCLUDED_SCENARIOS = {"lists", "takeaway"}
SLURP_EXCLUDED_INTENTS = {"recommendation_locations", "qa_currency"}
CLINC_EXCLUDED = {
    "order", "order_status", "order_checks", "shopping_list", "shopping_list_update", "cancel", "card_declined",
    "pay_bill", "spending_history", "transactions", "expiration_date", "food_last", "calories", "nutrition_info",
    "ingredients_list", "redeem_rewards", "rewards_balance", "directions", "how_busy", "yes", "no", "maybe",
    "repeat", "oos",
}
SHOPPING_WORDS = re.compile(
    r"\b(cart|basket|orders?|ordered|buy|bought|purchase\w*|shop\w*|price\w*|cost\w*|deals?|coupons?|discounts?|"
    r"sale|return\w*|refund\w*|stores?|deliver\w*|package|parcel|amazon|checkout|grocer\w*|list|reorder|"
    r"cancel\w*|stock|cheap\w*|brand)\b")
# Spanish shopping words: "recuérdame comprar leche" is a list or cart request, not out of scope
SPANISH_SHOPPING_WORDS = re.compile(
    r"\b(compr\w*|tienda\w*|pedid\w*|carrito|cesta|precio\w*|ofertas?|descuentos?|rebaj\w*|cupon\w*|"
    r"supermercado\w*|mercado|lista\w*|devol\w*|reembols\w*|cancel\w*|env[ií]o\w*|paquete\w*|"
    r"amazon|pagar|factura\w*)\b")
HINGLISH_TOP_EXCLUDED_DOMAINS = {"navigation"}
# how many of each source per split, at scale 1 (SNIPS/SLURP train pools are large, CLINC150's are not)
PER_SPLIT = {"train": {"snips": 150, "slurp": 200, "clinc150": 100, "fb_tod_es": 150, "hinglish_top": 150},
             "valid": {"snips": 25, "slurp": 25, "clinc150": 25, "fb_tod_es": 25, "hinglish_top": 25},
             "test": {"snips": 50, "slurp": 50, "clinc150": 50, "fb_tod_es": 50, "hinglish_top": 50}}
# the language each source speaks
LANGUAGE = {"snips": "en", "slurp": "en", "clinc150": "en", "fb_tod_es": "es", "hinglish_top": "hi-en"}


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def snips_texts(root: Path, splits: tuple[str, ...]) -> list[str]:
    return [" ".join(line.split()) for s in splits for line in _lines(root / s / "seq.in")]


def slurp_texts(root: Path, files: tuple[str, ...]) -> list[str]:
    out = []
    for name in files:
        for line in _lines(root / name):
            row = json.loads(line)
            if row.get("scenario") in SLURP_EXCLUDED_SCENARIOS or row.get("intent") in SLURP_EXCLUDED_INTENTS:
                continue
            out.append(row["sentence"])
    return out


def clinc_texts(root: Path, splits: tuple[str, ...]) -> list[str]:
    out = []
    for s in splits:
        texts, labels = _lines(root / s / "seq.in"), _lines(root / s / "label")
        if len(texts) != len(labels):
            raise ValueError(f"{root / s}: seq.in and label have different line counts")
        out += [t for t, label in zip(texts, labels) if label.strip() not in CLINC_EXCLUDED]
    return out


def fb_tod_texts(root: Path, files: tuple[str, ...]) -> list[str]:
    """Texts of Facebook multilingual TOD TSV files (intent, slots, text, locale, tokenization)."""
    out = []
    for name in files:
        for line in _lines(root / name):
            cells = line.split("\t")
            if len(cells) < 3:
                raise ValueError(f"{root / name}: a row with {len(cells)} cells, expected intent, slots, text, ...")
            if not SPANISH_SHOPPING_WORDS.search(cells[2].lower()):
                out.append(cells[2])
    return out


def hinglish_top_texts(path: Path) -> list[str]:
    """Code-mixed queries of a Hinglish-TOP TSV (en_query, cs_query, en_parse, cs_parse, domain)."""
    rows = _lines(path)
    header = rows[0].split("\t")
    en, cs, domain = header.index("en_query"), header.index("cs_query"), header.index("domain")
    out = []
    for line in rows[1:]:
        cells = line.split("\t")
        if len(cells) != len(header) or cells[domain] in HINGLISH_TOP_EXCLUDED_DOMAINS:
            continue
        if not SHOPPING_WORDS.search(_clean(cells[en])):
            out.append(cells[cs])
    return out


def _clean(text: str) -> str:
    """Lower case, no punctuation: the form of our templates and of a speech recogniser's output."""
    text = re.sub(r"[^\w\s']", " ", text.lower())
    return " ".join(text.split())


def sources(data_root: Path) -> dict[str, dict[str, list[str]]]:
    """source -> our split -> candidate texts (train and valid share the sources' non-test pools)."""
    seen_pool = {
        "snips": snips_texts(data_root / "snips", ("train", "valid")),
        "slurp": slurp_texts(data_root / "slurp", ("devel.jsonl",)),
        "clinc150": clinc_texts(data_root / "clinc150", ("train", "valid")),
        "fb_tod_es": fb_tod_texts(data_root / "fb_multilingual_tod" / "es", ("train-es.tsv", "eval-es.tsv")),
        "hinglish_top": (hinglish_top_texts(data_root / "hinglish_top" / "train.tsv")
                         + hinglish_top_texts(data_root / "hinglish_top" / "validation.tsv")),
    }
    test_pool = {
        "snips": snips_texts(data_root / "snips", ("test",)),
        "slurp": slurp_texts(data_root / "slurp", ("test.jsonl",)),
        "clinc150": clinc_texts(data_root / "clinc150", ("test",)),
        "fb_tod_es": fb_tod_texts(data_root / "fb_multilingual_tod" / "es", ("test-es.tsv",)),
        "hinglish_top": hinglish_top_texts(data_root / "hinglish_top" / "test.tsv"),
    }
    return {name: {"train": seen_pool[name], "valid": seen_pool[name], "test": test_pool[name]}
            for name in seen_pool}


def out_of_domain(data_root: Path, seed: int, scale: float, seen: set) -> dict[str, list[Utterance]]:
    """Sampled out_of_scope utterances per split; `seen` ((text, context) pairs) grows as they are drawn."""
    out: dict[str, list[Utterance]] = {"train": [], "valid": [], "test": []}
    pools = sources(data_root)
    for split in ("train", "valid", "test"):  # train first, so valid never repeats a train utterance
        for name, per_split in sorted(pools.items()):
            candidates = sorted({c for c in map(_clean, per_split[split]) if c and not SHOPPING_WORDS.search(c)})
            random.Random(f"{seed}:ood:{name}:{split}").shuffle(candidates)
            wanted = max(1, round(PER_SPLIT[split][name] * scale))
            fresh = [t for t in candidates if (t, None) not in seen][:wanted]
            seen.update((t, None) for t in fresh)
            out[split] += [Utterance(t, OUT_OF_SCOPE, [], LANGUAGE[name], None, source=name) for t in fresh]
    return out
