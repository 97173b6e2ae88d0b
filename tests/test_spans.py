"""BIO <-> spans, the decoder shared by training, evaluation and serving."""
from service.nlu.spans import (
    char_spans_to_word_spans,
    spans_to_tags,
    tags_to_spans,
    word_spans_to_char_spans,
)


def test_round_trip():
    tags = ["O", "B-artist", "I-artist", "O", "B-service"]
    assert spans_to_tags(5, tags_to_spans(tags)) == tags


def test_stray_inside_tag_starts_an_entity():
    assert tags_to_spans(["O", "I-city", "I-city"]) == [("city", 1, 3)]


def test_type_change_splits_entities():
    assert tags_to_spans(["B-a", "I-b"]) == [("a", 0, 1), ("b", 1, 2)]


def test_adjacent_b_tags_are_two_entities():
    assert tags_to_spans(["B-a", "B-a"]) == [("a", 0, 1), ("a", 1, 2)]


def test_char_and_word_projection():
    offsets = [(0, 4), (5, 10), (11, 16)]
    assert char_spans_to_word_spans(offsets, [("x", 5, 16)]) == [("x", 1, 3)]
    assert word_spans_to_char_spans(offsets, [("x", 1, 3)]) == [("x", 5, 16)]
