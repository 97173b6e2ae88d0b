"""Piece selection of pipelines.base.vocab_sizes on a tiny Unigram tokenizer (no build/ or data needed)."""
from __future__ import annotations

import pytest

pytest.importorskip("torch", reason="needs the training install: pip install -r requirements/train.txt")

from pipelines.base.e5_tokenizer import METASPACE, SPECIAL_TOKENS, build_tokenizer, e5_normalizer
from pipelines.base.trim_vocab import vocab_of
from pipelines.base.vocab_sizes import choose, piece_counts, select_pieces, variant_tokenizer

M = METASPACE
SINGLE = [M, ":", "a", "e", "g", "i", "l", "n", "o", "p", "q", "r", "s", "t", "u", "y", "x", "z"]
MULTI = [(M + "query", -4.0), (M + "passage", -4.0), (M + "play", -5.0), (M + "song", -5.5), (M + "the", -6.0),
         ("ing", -6.5), (M + "rare", -7.0), ("ssa", -7.5), (M + "zzz", -30.0)]


@pytest.fixture(scope="module")
def tiny():
    vocab = [(t, 0.0) for t in SPECIAL_TOKENS] + MULTI + [(c, -10.0 - i / 10) for i, c in enumerate(SINGLE)]
    tok = build_tokenizer(vocab, e5_normalizer({0x01: ""}))
    return tok, vocab_of(tok)


@pytest.fixture(scope="module")
def counts(tiny, tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpora") / "tiny.txt"
    corpus.write_text("play the song\nplay the song\nplay playing\n\nthe rare song\n", encoding="utf-8")
    return piece_counts(tiny[0], [corpus])


def always_kept(vocab):
    special = {i for i, (p, _) in enumerate(vocab) if p in SPECIAL_TOKENS}
    single = {i for i, (p, _) in enumerate(vocab) if len(p) == 1}
    prefix = {i for i, (p, _) in enumerate(vocab) if p in (M + "query", M + "passage")}
    lowest = {min(range(len(vocab)), key=lambda i: vocab[i][1])}
    return special | single | prefix | lowest


def test_counts_follow_the_full_segmentation(tiny, counts):
    vocab = tiny[1]
    by_piece = {vocab[i][0]: n for i, n in counts.items()}
    assert by_piece[M + "play"] == 4 and by_piece[M + "the"] == 3 and by_piece[M + "song"] == 3
    assert by_piece["ing"] == 1 and by_piece[M + "rare"] == 1 and "ssa" not in by_piece


def test_keeps_the_always_kept_pieces_then_the_most_frequent(tiny, counts):
    tok, vocab = tiny
    base = always_kept(vocab)
    assert vocab[min(base, key=lambda i: vocab[i][1])][0] == M + "zzz"  # the <unk> penalty's piece
    kept = select_pieces(tok, vocab, counts, len(base) + 3)
    assert len(kept) == len(base) + 3 and kept == sorted(kept)
    assert base <= set(kept)
    assert {vocab[i][0] for i in set(kept) - base} == {M + "play", M + "the", M + "song"}
    assert [vocab[i][0] for i in kept[:4]] == ["<s>", "<pad>", "</s>", "<unk>"]


def test_falls_back_to_the_highest_scores_when_counts_run_out(tiny, counts):
    tok, vocab = tiny
    kept = select_pieces(tok, vocab, counts, len(vocab) - 1)
    assert len(kept) == len(vocab) - 1
    assert {vocab[i][0] for i in set(range(len(vocab))) - set(kept)} == {"ssa"}  # unseen, lowest of the rest


def test_refuses_a_size_below_the_always_kept(tiny, counts):
    tok, vocab = tiny
    with pytest.raises(ValueError, match="always kept"):
        select_pieces(tok, vocab, counts, len(always_kept(vocab)) - 1)


def test_trimmed_tokenizer_splits_unknown_pieces_into_characters(tiny, counts):
    tok, vocab = tiny
    kept = select_pieces(tok, vocab, counts, len(always_kept(vocab)) + 1)  # + "▁play" only
    small = variant_tokenizer(tok, vocab, kept)
    assert [small.token_to_id(t) for t in ("<s>", "<pad>", "</s>", "<unk>")] == [0, 1, 2, 3]
    enc = small.encode("play the", add_special_tokens=False)
    # "▁the" is gone and no kept piece holds "h": it becomes the one <unk>
    assert enc.ids == [small.token_to_id(t) for t in (M + "play", M, "t", "<unk>", "e")]


def test_choice_is_the_smallest_within_tolerance():
    def variant(pieces, accuracy):
        return {"pieces": pieces, "tiers": {"valid": {"all": {"intent_accuracy": accuracy}}}}

    variants = {"full": variant(250, 0.900), "shipped": variant(60, 0.902), "30": variant(30, 0.8975),
                "15": variant(15, 0.880)}
    choice = choose(variants, tolerance=0.5)
    assert choice["best"] == "shipped" and choice["chosen"] == "30" and set(choice["within_tolerance"]) == {
        "full", "shipped", "30"}
    assert choose(variants, tolerance=3.0)["chosen"] == "15"
