"""BIO <-> spans, the decoder shared by training, evaluation and serving."""
from service.nlu.decode import join_adjacent_prices, order_price_bounds
from service.nlu.spans import (
    char_spans_to_word_spans,
    elided_prefix_length,
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


def _price(kind: str, start: int) -> dict:
    return {"type": kind, "start": start, "end": start + 2, "confidence": 0.9}


def test_two_bounds_of_one_type_are_a_range_lower_bound_first():
    both_max = [{"type": "product", "start": 0, "end": 5, "confidence": 0.9}, _price("price_max", 20),
                _price("price_max", 14)]
    assert [e["type"] for e in order_price_bounds(both_max)] == ["product", "price_max", "price_min"]
    assert [e["type"] for e in order_price_bounds([_price("price_min", 3), _price("price_min", 9)])] == [
        "price_min", "price_max"]


def test_price_bounds_left_alone_unless_exactly_two_of_one_type():
    for entities in ([_price("price_min", 3), _price("price_max", 9)], [_price("price_max", 3)],
                     [_price("price_max", 3), _price("price_max", 9), _price("price_max", 15)]):
        assert order_price_bounds(entities) == entities


def test_price_pieces_with_no_word_between_are_one_amount():
    # "sotto i [quattrocento] [euro]" -> one price_max; "between [five] [hundred] and ..." -> one span
    assert join_adjacent_prices([("price_min", 3, 4), ("price_max", 4, 5)]) == [("price_max", 3, 5)]
    spans = [("product", 0, 1), ("price_max", 2, 3), ("price_max", 3, 4), ("price_max", 5, 7)]
    assert join_adjacent_prices(spans) == [("product", 0, 1), ("price_max", 2, 4), ("price_max", 5, 7)]
    # other types, and prices with a word between, stay apart
    assert join_adjacent_prices([("product", 0, 1), ("product", 1, 2)]) == [("product", 0, 1), ("product", 1, 2)]
    assert join_adjacent_prices([("quantity", 0, 1), ("price_max", 1, 2)]) == [("quantity", 0, 1), ("price_max", 1, 2)]


def test_elided_article_of_a_product_is_the_sentence_s():
    assert elided_prefix_length("l'eau gazeuse") == 2
    assert elided_prefix_length("dell\u2019olio") == 5
    assert elided_prefix_length("d'œufs") == 2
    assert elided_prefix_length("un'arancia") == 3


def test_words_that_merely_contain_an_apostrophe_keep_it():
    assert elided_prefix_length("aujourd'hui") == 0  # not an article
    assert elided_prefix_length("o'neill chips") == 0
    assert elided_prefix_length("l'") == 0  # nothing after it
    assert elided_prefix_length("eau") == 0
