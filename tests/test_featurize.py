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


def sentencepiece_like():
    """A tiny Unigram tokenizer with a Metaspace pre-tokenizer, the way XLM-R-style models split."""
    from tokenizers import Tokenizer, models, pre_tokenizers, processors

    vocab = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0), ("▁add", -1.0),
             ("▁milk", -1.0), ("▁to", -1.0), ("▁cart", -1.0), (",", -1.0), ("▁do", -1.0), ("ma", -2.0),
             ("ggi", -2.0), ("▁ma", -1.5)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=3))
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="first")
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", 0), ("</s>", 2)])
    return Featurizer(tok, 32)


def test_sentencepiece_words_drop_leading_space_and_trailing_punctuation():
    text = "add milk, to cart"
    f = sentencepiece_like().encode(text)
    assert [text[s:e] for s, e in f.word_offsets] == ["add", "milk", "to", "cart"]


def test_sentencepiece_unknown_characters_are_counted():
    f = sentencepiece_like().encode("add maggi 😀")
    assert f.unk_tokens >= 1
