"""Word alignment and context encoding of the shared featurizer."""
from service.nlu.featurize import Featurizer
from tests.utils.tiny_pack import build_tokenizer


def featurizer(max_length=32):
    return Featurizer(build_tokenizer(), max_length)


def test_words_are_valid_slices_with_first_token_index():
    text = "play adele, on spotify!"
    f = featurizer().encode(text)
    words = [text[s:e] for s, e in f.word_offsets]
    assert words == ["play", "adele", ",", "on", "spotify", "!"]
    assert f.input_ids[0] == 2 and f.input_ids[-1] == 3  # [CLS] ... [SEP]
    assert all(0 < t < f.length - 1 for t in f.word_first_token)


def test_unknown_words_are_counted():
    f = featurizer().encode("play zzzz")
    assert f.unk_tokens == 1


def test_context_changes_inputs_not_words():
    alone = featurizer().encode("play adele")
    paired = featurizer().encode("play adele", "add to my playlist")
    assert paired.length > alone.length
    assert paired.word_offsets == alone.word_offsets
    assert paired.word_first_token == alone.word_first_token
    assert set(paired.token_type_ids[alone.length:]) == {1}


def test_truncation_keeps_offsets_inside_text():
    text = " ".join(["play"] * 100)
    f = featurizer(max_length=16).encode(text)
    assert f.length == 16
    assert all(e <= len(text) for _, e in f.word_offsets)
