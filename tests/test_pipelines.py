"""Torch-free parts of the pipelines: SNIPS loading, label encoding, pack evaluation."""
import pytest

from pipelines.data.snips import load_snips
from pipelines.evaluate_intent_slot import evaluate_folder
from pipelines.labels import IGNORE, encode_example, slot_label_list
from service.nlu.featurize import Featurizer
from tests.utils.tiny_pack import INTENTS, SLOTS, build_tokenizer


@pytest.fixture
def snips_root(tmp_path):
    split = tmp_path / "test"
    split.mkdir()
    rows = [
        ("play adele on spotify", "O B-artist O B-service", "PlayMusic"),
        ("play taylor swift", "O B-artist I-artist", "PlayMusic"),
        ("weather in paris tomorrow", "O O B-city B-timeRange", "GetWeather"),
        ("book a table for two", "O O O O B-party_size_number", "BookRestaurant"),
    ]
    (split / "seq.in").write_text("".join(r[0] + " \n" for r in rows))
    (split / "seq.out").write_text("".join(r[1] + " \n" for r in rows))
    (split / "label").write_text("".join(r[2] + "\n" for r in rows))
    return tmp_path


def test_load_snips_spans(snips_root):
    ex = load_snips(snips_root, "test")
    assert len(ex) == 4
    assert [(k, ex[1].text[s:e]) for k, s, e in ex[1].entities] == [("artist", "taylor swift")]


def test_load_snips_refuses_misaligned_files(snips_root):
    (snips_root / "test" / "label").write_text("PlayMusic\n")
    with pytest.raises(ValueError, match="different line counts"):
        load_snips(snips_root, "test")


def test_labels_on_first_sub_tokens_only(snips_root):
    examples = load_snips(snips_root, "test")
    slots = {k: i for i, k in enumerate(slot_label_list(examples))}
    intents = {k: i for i, k in enumerate(INTENTS)}
    enc = encode_example(Featurizer(build_tokenizer(), 32), examples[1], intents, slots)
    assert enc.word_tags == ["O", "B-artist", "I-artist"]
    labelled = [i for i, v in enumerate(enc.slot_ids) if v != IGNORE]
    assert labelled == list(enc.features.word_first_token)
    assert enc.intent_id == INTENTS.index("PlayMusic")


def test_evaluation_through_the_serving_path(snips_root, tiny_packs):
    scores = evaluate_folder(tiny_packs / "tiny" / "1.0.0", load_snips(snips_root, "test"))
    # the tiny pack's chosen weights get every intent and every entity right
    assert scores == {"intent_accuracy": 1.0, "slot_f1": 1.0, "exact_match": 1.0, "n": 4}
    assert set(SLOTS) >= {"B-city", "B-timeRange"}
