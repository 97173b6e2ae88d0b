"""The synthetic shopping corpus (pipelines/shopping): spans, schema, determinism, leakage, languages.

Most tests build a small corpus (scale 0.1) from a tiny data root written here, so they need neither
../shared/data nor more than a second; one test repeats the leakage check on the real data when present.
"""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from pipelines.config import PipelineSettings
from pipelines.shopping.audit import label_consistency
from pipelines.shopping.build import build_corpus, check_no_leakage, wording, write_corpus
from pipelines.shopping.generate import Item, Renderer, Utterance, ValuePools
from pipelines.shopping.grammar import all_slots, join, parse
from pipelines.shopping.handwritten import load_handwritten, load_handwritten_dev, parse_marked
from pipelines.shopping.labels import ENTITY_TYPES, INTENTS, LANGUAGES, OUT_OF_SCOPE
from pipelines.shopping.lexicon import get_lexicon, parse_nouns
from pipelines.shopping.numbers import in_words, maybe_in_words
from pipelines.shopping.templates import Template, _make, load_followups, load_templates

REPO = Path(__file__).resolve().parent.parent
SCALE = 0.1
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
LATIN = re.compile(r"[a-z]")

RECORDS = [  # (title, brand, category, price): enough repeats for catalog phrases (5) and brands (3)
    *[(f"sony wireless headphones mdr-{i} black", "sony", "headphones", 59.0 + i) for i in range(6)],
    *[(f"sandisk {n}gb memory card sd-{n}", "sandisk", "memory cards", 9.0 + n) for n in (8, 16, 32, 64, 8)],
    *[(f"logitech wireless mouse m{i} silver", "logitech", "mice", 25.0) for i in range(6)],
    *[(f"samsung 55 inch lcd tv un55-{i}", "samsung", "tvs", 499.0) for i in range(5)],
    *[(f"canon laser printer lbp-{i} white", "canon", "printers", 149.0) for i in range(5)],
]
OOD_TRAIN = [f"play song number {i} by the band" for i in range(40)] + ["add this to my cart please"]
OOD_TEST = [f"what is the weather in city {i}" for i in range(40)]
OOD_SOURCES = ("snips", "slurp", "clinc150", "fb_tod_es", "hinglish_top")


@pytest.fixture(scope="module")
def data_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("data")
    (root / "product_titles").mkdir()
    with (root / "product_titles" / "walmart_amazon_products.jsonl").open("w") as f:
        for title, brand, category, price in RECORDS:
            f.write(json.dumps({"source": "walmart", "title": title, "category": category, "brand": brand,
                                "modelno": "x", "price": str(price)}) + "\n")
    for split, lines in (("train", OOD_TRAIN), ("valid", OOD_TRAIN[:10]), ("test", OOD_TEST)):
        for name in ("snips", "clinc150"):
            (root / name / split).mkdir(parents=True)
            (root / name / split / "seq.in").write_text("".join(f"{name} {t}\n" for t in lines))
            (root / name / split / "label").write_text("".join(f"{'weather' if name == 'clinc150' else 'X'}\n"
                                                               for _ in lines))
    (root / "slurp").mkdir()
    for fname, lines in (("devel.jsonl", OOD_TRAIN), ("test.jsonl", OOD_TEST)):
        (root / "slurp" / fname).write_text("".join(
            json.dumps({"sentence": f"slurp {t}", "scenario": "play", "intent": "play_music"}) + "\n" for t in lines))
    tod = root / "fb_multilingual_tod" / "es"
    tod.mkdir(parents=True)
    for fname, lines in (("train-es.tsv", OOD_TRAIN), ("eval-es.tsv", OOD_TRAIN[:10]), ("test-es.tsv", OOD_TEST)):
        lines = lines + ["recuérdame comprar leche"]  # a shopping reminder: never out_of_scope
        (tod / fname).write_text("".join(f"weather/find\t\tfb_tod_es {t}\tes_XX\t{{}}\n" for t in lines))
    (root / "hinglish_top").mkdir()
    for fname, lines in (("train.tsv", OOD_TRAIN), ("validation.tsv", OOD_TRAIN[:10]), ("test.tsv", OOD_TEST)):
        rows = [(t, f"hinglish_top {t}", "music") for t in lines]
        rows += [("buy milk", "doodh khareedo", "reminder"), ("go home", "ghar jaane ka rasta", "navigation")]
        (root / "hinglish_top" / fname).write_text("en_query\tcs_query\ten_parse\tcs_parse\tdomain\n" + "".join(
            f"{en}\t{cs}\t[IN:X {en} ]\t[IN:X {cs} ]\t{domain}\n" for en, cs, domain in rows))
    return root


@pytest.fixture(scope="module")
def built(data_root):
    return build_corpus(data_root, seed=7, scale=SCALE)


@pytest.fixture(scope="module")
def corpus(built):
    return built[0]


def all_rows(corpus):
    return [u for rows in corpus.values() for u in rows]


def test_spans_are_clean_slices_and_labels_are_in_the_schema(corpus):
    for u in all_rows(corpus):
        assert u.intent in INTENTS and u.language in LANGUAGES, u
        assert u.text == " ".join(u.text.split()) and u.text == u.text.lower(), u.text
        previous_end = 0
        for kind, start, end in sorted(u.entities, key=lambda e: e[1]):
            value = u.text[start:end]
            assert kind in ENTITY_TYPES, (kind, u.text)
            assert 0 <= start < end <= len(u.text) and value == value.strip() and value, (kind, u.text)
            assert start >= previous_end, f"overlapping spans in {u.text!r}"
            previous_end = end


def test_same_seed_gives_identical_files_even_across_processes(built, data_root, tmp_path):
    corpus, held = built
    write_corpus(tmp_path / "a", corpus, held, LANGUAGES)
    again, held_again = build_corpus(data_root, seed=7, scale=SCALE)
    write_corpus(tmp_path / "b", again, held_again, LANGUAGES)
    env = {**os.environ, "NLU_DATA_ROOT": str(data_root), "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "pipelines.shopping.build", "--out", str(tmp_path / "c"),
                    "--seed", "7", "--scale", str(SCALE)], cwd=REPO, env=env, check=True, capture_output=True)
    for name in ("train", "valid", "test", "handwritten", "handwritten-dev", "stats"):
        suffix = ".json" if name == "stats" else ".jsonl"
        first = (tmp_path / "a" / f"{name}{suffix}").read_bytes()
        assert first == (tmp_path / "b" / f"{name}{suffix}").read_bytes(), name
        assert first == (tmp_path / "c" / f"{name}{suffix}").read_bytes(), name
    other, _ = build_corpus(data_root, seed=8, scale=SCALE)
    assert [u.text for u in other["train"]] != [u.text for u in corpus["train"]]


def _values(rows, kind):
    return {u.text[s:e] for u in rows for k, s, e in u.entities if k == kind}


def test_test_templates_products_and_brands_are_unseen_in_train(built):
    corpus, held = built
    seen = corpus["train"] + corpus["valid"]
    test_templates = {u.template for u in corpus["test"]} - {None}
    assert test_templates and test_templates <= held.templates
    assert not test_templates & {u.template for u in seen}
    for kind in ("product", "brand"):
        assert _values(corpus["test"], kind), kind
        assert not _values(corpus["test"], kind) & _values(seen, kind), kind
    assert not {u.text for u in corpus["test"]} & {u.text for u in seen if u.context is None}


def test_valid_templates_are_unseen_in_train_and_apart_from_test(built):
    corpus, held = built
    valid = {u.template for u in corpus["valid"]} - {None}
    assert valid and valid <= held.dev_templates and not held.dev_templates & held.templates
    assert not valid & {u.template for u in corpus["train"]}
    for kind in ("product", "brand"):  # valid's products and brands are unseen in train, as test's are
        assert _values(corpus["valid"], kind), kind
        assert not _values(corpus["valid"], kind) & _values(corpus["train"], kind), kind
    assert held.dev_concepts and not held.dev_concepts & held.concepts
    assert {u.language for u in corpus["valid"] if u.template} == set(LANGUAGES)
    for lang in LANGUAGES:  # each held-out split has templates for every entity type the language's shopper turns make
        resolve = Renderer(ValuePools(get_lexicon(lang), {}, {}, {})).parts(None)
        made: dict[str, set[str]] = {"train": set(), "valid": set(), "test": set()}
        for t in load_templates(lang) + load_followups(lang):
            made[held.split_of(t.id)] |= all_slots(t.tree, resolve)
        assert made["train"] <= made["valid"] and made["train"] <= made["test"], (lang, made)
    for lang in LANGUAGES:  # train keeps most of each language's templates
        ids = [t.id for t in load_templates(lang)]
        assert sum(held.split_of(t) == "train" for t in ids) > 0.55 * len(ids), lang


def test_wording_masks_entity_values():
    text, spans = parse_marked("add [quantity:two] [unit:packs] of [product:milk] please")
    u = Utterance(text, "add_to_cart", spans, "en", None)
    assert wording(u) == "add <quantity> <unit> of <product> please"


def test_label_consistency_lists_phrases_labelled_only_sometimes():
    def row(marked: str, template: str, intent: str = "deals") -> Utterance:
        text, spans = parse_marked(marked)
        return Utterance(text, intent, spans, "es", template)

    rows = ([row("hay ofertas [date:hoy]", "es/deals/01")] * 2 + [row("qué hay hoy en la tienda", "es/deals/02")] * 3
            + [row("hay [product:leche] hoy", "es/deals/03")]
            + [row("qué tiempo hace hoy", "ood", "out_of_scope")] * 5)  # out of scope: never counted
    (hit,) = label_consistency(rows, min_labelled=2, min_unlabelled=2)
    assert (hit["phrase"], hit["labelled"], hit["unlabelled"]) == ("hoy", {"date": 2}, 4)
    assert hit["templates"] == ["es/deals/02", "es/deals/03"] and hit["unlabelled_share"] == round(4 / 6, 3)
    # "leche" is labelled every time it occurs; nothing is reported below the thresholds
    assert label_consistency(rows, min_labelled=3, min_unlabelled=2) == []


def test_the_build_refuses_a_hand_written_utterance_it_generated(built):
    corpus, held = built
    copied = {**corpus, "handwritten-dev": [*corpus["handwritten-dev"], corpus["train"][0]]}
    with pytest.raises(ValueError, match="handwritten-dev utterances that templates also generate"):
        check_no_leakage(copied, held)
    check_no_leakage(corpus, held)


def test_every_language_has_every_intent_in_train_and_test(corpus):
    for split in ("train", "test"):
        by_language = {lang: {u.intent for u in corpus[split] if u.language == lang} for lang in LANGUAGES}
        for lang, intents in by_language.items():
            assert intents == set(INTENTS), (split, lang, set(INTENTS) - intents)
    templated_oos = [u for u in corpus["train"] if u.intent == OUT_OF_SCOPE and u.template]
    assert {u.language for u in templated_oos} == set(LANGUAGES)


def test_devanagari_and_hinglish_entities_round_trip(corpus):
    hindi = [u for u in all_rows(corpus) if u.language == "hi" and u.source != "handwritten"]
    hinglish = [u for u in all_rows(corpus) if u.language == "hi-en" and u.source != "handwritten"]
    assert hindi and hinglish
    for u in hindi:
        assert DEVANAGARI.search(u.text) and not LATIN.search(u.text), u.text
    for u in hinglish:
        assert not DEVANAGARI.search(u.text), u.text
    for rows, script in ((hindi, DEVANAGARI), (hinglish, LATIN)):
        products = [(u, s, e) for u in rows for k, s, e in u.entities if k == "product"]
        assert products
        for u, s, e in products:
            value = u.text[s:e]
            assert script.search(value) and u.text.find(value) >= 0 and u.text[s:s + len(value)] == value


def test_handwritten_set_has_fifteen_per_language_with_valid_spans(corpus):
    rows = load_handwritten()
    assert rows == corpus["handwritten"]
    counts = Counter(u.language for u in rows)
    assert set(counts) == set(LANGUAGES) and min(counts.values()) >= 15 and len(rows) >= 120
    for u in rows:
        assert u.intent in INTENTS and u.template is None
        for kind, s, e in u.entities:
            assert kind in ENTITY_TYPES and u.text[s:e] == u.text[s:e].strip() and e > s
    assert {u.intent for u in rows} == set(INTENTS)
    assert parse_marked("cart mein [quantity:do] [unit:packet] [brand:maggi] daal do") == (
        "cart mein do packet maggi daal do", [("quantity", 10, 12), ("unit", 13, 19), ("brand", 20, 25)])


def test_handwritten_dev_set_is_apart_from_the_test_set(corpus):
    dev = load_handwritten_dev()
    assert dev == corpus["handwritten-dev"]
    counts = Counter(u.language for u in dev)
    assert set(counts) == set(LANGUAGES) and min(counts.values()) >= 30
    assert {u.intent for u in dev} == set(INTENTS) and all(u.source == "handwritten-dev" for u in dev)
    for u in dev:
        for kind, s, e in u.entities:
            assert kind in ENTITY_TYPES and u.text[s:e] == u.text[s:e].strip() and e > s
    assert not {u.text for u in dev} & {u.text for u in load_handwritten()}


def test_context_pairs_label_the_current_turn_only(corpus):
    pairs = [u for split in ("train", "valid", "test") for u in corpus[split] if u.context is not None]
    followup_ids = {t.id for lang in LANGUAGES for t in load_followups(lang)}
    for split in ("train", "test"):
        assert {u.language for u in corpus[split] if u.context} == set(LANGUAGES), split
    for u in pairs:
        assert u.template in followup_ids and u.context.strip() and u.context != u.text
        for _, s, e in u.entities:
            assert e <= len(u.text) and u.text[s:e].strip() == u.text[s:e]
    quantity_followups = [u for u in pairs if any(k == "quantity" for k, _, _ in u.entities)]
    assert quantity_followups and any(u.intent == "add_to_cart" for u in quantity_followups)


def test_real_out_of_domain_utterances_respect_source_splits(corpus):
    by_split = {split: [u for u in corpus[split] if u.source in OOD_SOURCES] for split in ("train", "valid", "test")}
    assert all({u.source for u in rows} == set(OOD_SOURCES) for rows in by_split.values())
    assert {(u.source, u.language) for u in by_split["train"]} == {
        ("snips", "en"), ("slurp", "en"), ("clinc150", "en"), ("fb_tod_es", "es"), ("hinglish_top", "hi-en")}
    test_texts = {f"{src} {t}" for src in OOD_SOURCES for t in OOD_TEST}
    assert {u.text for u in by_split["test"]} <= test_texts
    assert not {u.text for u in by_split["train"] + by_split["valid"]} & test_texts
    assert all(u.intent == OUT_OF_SCOPE and not u.entities for rows in by_split.values() for u in rows)
    # shopping words dropped (Hinglish by its parallel English query), and Hinglish-TOP's navigation domain
    assert not any(word in u.text for rows in by_split.values() for u in rows
                   for word in ("cart", "comprar", "doodh", "rasta"))


def test_noun_tables_skip_blank_and_comment_lines():
    nouns = parse_nouns("""
rice: arroz | arroces | m
# words a shopper says for slippers (zapatilla is sneakers)

slippers: zapatilla de casa | zapatillas de casa | f
""")
    assert set(nouns) == {"rice", "slippers"}
    assert nouns["slippers"][0].pl == "zapatillas de casa" and nouns["slippers"][0].gender == "f"


def test_template_and_lexicon_sizes():
    for lang in LANGUAGES:
        per_intent = Counter(t.intent for t in load_templates(lang))
        assert set(per_intent) == set(INTENTS)
        assert min(per_intent.values()) >= (12 if lang == "en" else 6), (lang, per_intent)
        assert len(load_followups(lang)) >= 6
        assert len(get_lexicon(lang).products) >= 40, lang


def _render_with(lang: str, template: str, product: str, expected: str, colour: str | None = None):
    """`template` rendered undecorated with the lexicon's word for `product` that `expected` ends
    with (and only `colour`, when given)."""
    lex = get_lexicon(lang)
    noun = next(n for n in lex.products[product] if expected.endswith((n.sg, n.pl)) or n.sg in expected)
    colours = [next(c for c in lex.colours if c["*"] == colour)] if colour else None
    renderer = Renderer(ValuePools(lex, {product: [noun]}, {}, {}, colours=colours))
    tpl = Template("t/x/00", lang, "return_item", template, parse(template))
    return renderer.render(tpl, random.Random(0), item=Item(product, noun), decorate=False), noun


@pytest.mark.parametrize("lang, template, product, expected", [
    ("es", "quiero devolver {=el} {product}", "water", "quiero devolver el agua"),
    ("fr", "ajoute {=un} {product}", "oil", "ajoute de l'huile d'olive"),
    ("it", "togli {=il} {product}", "smartwatch", "togli lo smartwatch"),
    ("it", "togli {=il} {product}", "headphones", "togli gli auricolari"),
    ("de", "ich möchte {=den} {product} zurückgeben", "laptop", "ich möchte den laptop zurückgeben"),
    ("hi", "{product} कितने {=का} {=है}", "sneakers", "जूते कितने के हैं"),
])
def test_agreement_and_elision(lang, template, product, expected):
    utterance, noun = _render_with(lang, template, product, expected)
    assert utterance.text == expected
    (kind, s, e), = utterance.entities
    assert kind == "product" and utterance.text[s:e] in (noun.sg, noun.pl)


@pytest.mark.parametrize("template, product, colour, expected", [
    ("ich suche {=einen} {color:ind} {product:sg}", "sneakers", "rot", "ich suche einen roten turnschuh"),
    ("ich suche {=einen} {color:ind} {product:pl}", "sneakers", "rot", "ich suche rote turnschuhe"),
    ("ich suche {=einen} {color:ind} {product:sg}", "phone", "silber", "ich suche ein silbernes handy"),
    ("nimm {=den} {color:def} {product:sg}", "jacket", "rosa", "nimm die rosa jacke"),
    ("nimm {=den} {color:def} {product:pl}", "jacket", "schwarz", "nimm die schwarzen jacken"),
])
def test_german_colours_decline_before_the_noun(template, product, colour, expected):
    utterance, _ = _render_with("de", template, product, expected, colour)
    assert utterance.text == expected
    assert [kind for kind, _, _ in utterance.entities] == ["color", "product"]
    # a colour German says only predicatively ("in anthrazit") is never declined: such a template draws another
    assert _render_with("de", template, product, expected, "anthrazit")[0] is None


def test_a_second_product_is_another_allowed_concept_and_its_own_span():
    lex = get_lexicon("fr")
    pools = {k: lex.products[k] for k in ("flour", "eggs", "rice", "laptop")}
    renderer = Renderer(ValuePools(lex, pools, {}, {}))
    text = "note {product:pl} et {product:other} sur ma liste"
    tpl = _make("t/add_to_list/00", "fr", "add_to_list", f"@food: {text}")
    for seed in range(10):
        u = renderer.render(tpl, random.Random(seed), decorate=False)
        first, second = (u.text[s:e] for kind, s, e in u.entities if kind == "product")
        assert len(u.entities) == 2 and first != second
        assert u.text == f"note {first} et {second} sur ma liste"
        assert second not in {n.pl for n in pools["laptop"]}  # the template's @food holds for both
        assert second not in {n.sg for n in pools["eggs"]}  # eggs are listed in the plural


@pytest.mark.parametrize("n, lang, words", [
    (42, "es", "cuarenta y dos"), (42, "en", "forty two"), (1250, "en", "one thousand two hundred and fifty"),
    (42, "fr", "quarante-deux"), (39, "pt", "trinta e nove"), (2, "hi", "दो"), (2, "hi-en", "do"), (37, "hi", None),
    (16, "pt", "dezesseis"),  # Brazilian, as the lexicon is, not European "dezasseis"
    (1, "de", None), (1, "es", None),  # not "eins terabyte" / "uno giga": 1 stays a digit
    (1500, "hi", "पंद्रह सौ"), (1500, "hi-en", "pandrah sau"), (2500, "hi", "ढाई हज़ार"), (2500, "hi-en", "dhai hazaar"),
    (350, "hi-en", "saadhe teen sau"), (150000, "hi", "डेढ़ लाख"), (1000, "hi-en", "ek hazaar"),
    (199500, "hi", "एक लाख निन्यानवे हज़ार पाँच सौ"), (101500, "hi-en", "ek lakh ek hazaar paanch sau"),  # no half after lakh
    (32, "pt", None), (21, "es", None), (33, "pt", "trinta e três"),  # "trinta e dois polegadas": digits
])
def test_numbers_in_words(n, lang, words):
    assert in_words(n, lang, get_lexicon(lang).numbers) == words


def test_prices_and_sizes_are_sometimes_words_and_never_half_words():
    numbers = get_lexicon("es").numbers
    outs = {maybe_in_words("42 euros", random.Random(i), "es", numbers) for i in range(200)}
    assert outs == {"42 euros", "cuarenta y dos euros"}
    assert maybe_in_words("talla m", random.Random(0), "es", numbers) == "talla m"
    hindi = get_lexicon("hi").numbers
    assert {maybe_in_words("37", random.Random(i), "hi", hindi) for i in range(50)} == {"37"}  # no word: digits


def test_store_chain_keeps_the_article_out_of_the_span():
    lex = get_lexicon("en")
    renderer = Renderer(ValuePools(lex, {}, {}, {}))
    tpl = Template("t/x/00", "en", "store_info", "when does {store:chain} open", parse("when does {store:chain} open"))
    for seed in range(10):
        u = renderer.render(tpl, random.Random(seed), decorate=False)
        (kind, s, e), = u.entities
        assert kind == "store" and u.text[:s] == "when does the " and u.text[s:e].split()[-1] in {
            c.rsplit(" ", 1)[-1] for c in lex.store_chains}


def test_unit_synonyms_are_all_used():
    lex = get_lexicon("en")
    kilos = {n.sg for n in lex.units["kilo"]}
    assert len(kilos) >= 2
    rice = lex.products["rice"][0]
    renderer = Renderer(ValuePools(lex, {"rice": [rice]}, {}, {}))
    tpl = Template("t/x/00", "en", "add_to_cart", "add {quantity} {unit} of {product}",
                   parse("add {quantity} {unit} of {product}"))
    said = set()
    for seed in range(60):
        u = renderer.render(tpl, random.Random(seed), item=Item("rice", rice), decorate=False)
        said |= {u.text[s:e] for kind, s, e in u.entities if kind == "unit"}
    units = {n.form(number) for nouns in lex.units.values() for n in nouns for number in ("sg", "pl")}
    assert said <= units and len({n.sg for n in lex.units["kilo"] if {n.sg, n.pl} & said}) >= 2


def test_join_keeps_spans_on_entity_words_after_contraction():
    contract = get_lexicon("fr").contract
    text, spans = join([("une bouteille de", None), ("eau", "product")], contract)
    assert text == "une bouteille d'eau" and text[spans[0][1]:spans[0][2]] == "eau"


def test_real_data_build_has_no_leakage():
    root = PipelineSettings().data_root
    if not (root / "product_titles").is_dir() or not (root / "slurp").is_dir():
        pytest.skip(f"shared datasets not under {root}")
    corpus, _ = build_corpus(root, seed=7, scale=SCALE)  # build_corpus raises on any leak
    assert {u.source for u in corpus["train"]} >= {"template", *OOD_SOURCES}
