"""BIO <-> spans, the decoder shared by training, evaluation and serving."""
import itertools

import numpy as np

from service.nlu.decode import bio_viterbi, join_adjacent_prices, order_price_bounds, word_predictions
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


LABELS = ["O", "B-product", "I-product", "B-brand", "I-brand"]


def _logits(rows: list[list[float]]) -> np.ndarray:
    return np.log(np.array(rows))


def test_constrained_decoding_repairs_a_broken_span_with_the_model_s_second_choice():
    # per word: "B-product", then "O" narrowly over "I-product", then "I-product"
    logits = _logits([[0.1, 0.8, 0.05, 0.03, 0.02], [0.5, 0.01, 0.45, 0.02, 0.02], [0.3, 0.02, 0.6, 0.04, 0.04]])
    assert word_predictions(logits, [0, 1, 2], LABELS, constrained=False)[0] == ["B-product", "O", "I-product"]
    tags, probs = word_predictions(logits, [0, 1, 2], LABELS)
    assert tags == ["B-product", "I-product", "I-product"]
    assert np.allclose(probs, [0.8, 0.45, 0.6])  # each word's probability of the tag it got


def test_an_inside_tag_never_opens_a_sentence_or_follows_another_type():
    logits = _logits([[0.1, 0.05, 0.7, 0.1, 0.05], [0.1, 0.1, 0.6, 0.1, 0.1]])  # I-product twice
    assert word_predictions(logits, [0, 1], LABELS)[0][0] != "I-product"
    logits = _logits([[0.05, 0.05, 0.05, 0.8, 0.05], [0.3, 0.05, 0.6, 0.03, 0.02]])  # B-brand then I-product
    assert word_predictions(logits, [0, 1], LABELS)[0] in (["B-brand", "O"], ["B-brand", "B-product"])


def test_viterbi_finds_the_best_valid_sequence():
    rng = np.random.default_rng(0)
    for _ in range(60):
        log_probs = np.log(rng.dirichlet(np.ones(len(LABELS)), size=4))

        def valid(seq):
            return all(not LABELS[j].startswith("I-") or (i is not None and LABELS[i][2:] == LABELS[j][2:]
                                                           and LABELS[i][0] in "BI")
                       for i, j in zip((None, *seq[:-1]), seq))

        best = max((seq for seq in itertools.product(range(len(LABELS)), repeat=4) if valid(seq)),
                   key=lambda seq: sum(log_probs[w, t] for w, t in enumerate(seq)))
        assert tuple(bio_viterbi(log_probs, LABELS)) == best
        # the decoder the service runs: Viterbi only when the per-word best is not valid BIO
        assert word_predictions(log_probs, [0, 1, 2, 3], LABELS)[0] == [LABELS[t] for t in best]


def test_no_words_no_tags():
    tags, probs = word_predictions(np.zeros((3, len(LABELS))), [], LABELS)
    assert tags == [] and len(probs) == 0
