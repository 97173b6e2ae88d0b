"""The committed voice-shopping pack: every language's entity spans fit its words, Devanagari and
Roman Hinglish entities round-trip through the API, and context turns are read."""
import pytest
from fastapi.testclient import TestClient

from pipelines.shopping.handwritten import load_handwritten
from service.app import create_app
from service.nlu.featurize import Featurizer
from service.nlu.text import normalize
from service.packs import read_manifest
from tests.conftest import REPO, make_settings

REGISTRY = REPO / "models" / "registry.yaml"
PACK = REPO / "models" / "shopping-e5s6" / "1.7.0"
MODEL = "shopping-e5s6"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(make_settings(REGISTRY))) as c:
        yield c


def ask(client, text, context=None):
    body = {"text": text, "model": MODEL, **({"context": [context]} if context else {})}
    r = client.post("/v1/intent-entity", json=body)
    assert r.status_code == 200, r.text
    return r.json()["results"][0]


# Known gap: words are whitespace-delimited, so an entity after a French elision ("d'avant-hier")
# cannot start mid-word. Splitting after apostrophes needs a retrained pack; until then the gap is
# pinned here exactly, so the test fails both if it grows and when a fix lands.
UNREPRESENTABLE = {"fr": {("date", "avant-hier")}}


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "pt", "it", "hi", "hi-en"])
def test_every_entity_of_every_language_is_a_run_of_whole_words(language):
    """Gold entity boundaries coincide with the pack tokenizer's word boundaries, so the slot head
    can express the entities of the hand-written set."""
    manifest = read_manifest(PACK)
    featurizer = Featurizer.from_file(PACK / "tokenizer.json", manifest.max_length)
    utterances = [u for u in load_handwritten() if u.language == language]
    assert len(utterances) >= 15
    misfits = set()
    for u in utterances:
        words = featurizer.encode(normalize(u.text).text).word_offsets
        starts, ends = {s for s, _ in words}, {e for _, e in words}
        misfits |= {(kind, u.text[start:end]) for kind, start, end in u.entities
                    if start not in starts or end not in ends}
    assert misfits == UNREPRESENTABLE.get(language, set())


@pytest.mark.parametrize("text", [
    "दो किलो बासमती चावल कार्ट में डाल दो",
    "cart mein do packet maggi daal do",
    "mera amul doodh wala order kahan hai",
    "मुझे लाल रंग की साड़ी दिखाओ",
])
def test_devanagari_and_hinglish_entities_round_trip(client, text):
    result = ask(client, text)
    assert result["entities"], result
    for e in result["entities"]:
        assert text[e["start"]:e["end"]] == e["value"]
        assert e["value"] == e["value"].strip() and e["value"]


@pytest.mark.parametrize("text, product", [
    ("ajoute de l'eau gazeuse au panier", "eau gazeuse"),
    ("mets deux paquets d'oignons jaunes dans le panier", "oignons jaunes"),
    ("aggiungi dell'olio di oliva al carrello", "olio di oliva"),
])
def test_a_product_after_an_elided_article_is_the_noun_alone(client, text, product):
    """The tagger marks the whole word ("l'eau"); the answer gives the product as the corpora label it."""
    found = {(e["value"], text[e["start"]:e["end"]]) for e in ask(client, text)["entities"] if e["type"] == "product"}
    assert (product, product) in found


def test_shopping_intents_in_several_languages(client):
    assert ask(client, "add two cartons of milk to my cart")["intent"]["name"] == "add_to_cart"
    assert ask(client, "où en est ma commande")["intent"]["name"] == "order_status"
    assert ask(client, "what's the weather like tomorrow")["intent"]["name"] == "out_of_scope"


def test_previous_turn_as_context(client):
    result = ask(client, "add two of those to my cart", "show me nike running shoes size 10")
    assert result["intent"]["name"] == "add_to_cart"
    assert ("quantity", "two") in {(e["type"], e["value"]) for e in result["entities"]}
    assert all(e["end"] <= len("add two of those to my cart") for e in result["entities"])
