"""Normalization keeps a map back to the caller's characters."""
import random

import pytest

from service.nlu.text import normalize, normalize_by_cluster, scrub_surrogates


@pytest.mark.parametrize("text", [
    "play adele", "Ｐｌａｙ ＡＤＥＬＥ", "cafe\u0301 au lait", "ﬁve ﬂowers", "nul\x00byte\x1b esc",
    "emoji 😀👍🏽 here", "עברית mixed العربية", "नमस्ते दुनिया", "zero\u200bwidth", "",
])
def test_every_normalized_char_maps_into_the_original(text):
    norm = normalize(text)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for i in range(len(norm.text)):
        s, e = norm.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)


def test_fullwidth_maps_back_to_fullwidth_span():
    norm = normalize("play ＡＤＥＬＥ now")
    assert norm.text == "play ADELE now"
    s, e = norm.to_original(5, 10)
    assert norm.original[s:e] == "ＡＤＥＬＥ"


def test_ligature_expands_but_maps_to_one_char():
    norm = normalize("ﬁve")
    assert norm.text == "five"
    assert norm.to_original(0, 2) == (0, 1)


def test_control_characters_become_spaces():
    assert normalize("a\x00b").text == "a b"


def test_lone_surrogates_are_replaced_one_for_one():
    text = "ab\ud800cd"
    clean = scrub_surrogates(text)
    assert len(clean) == len(text) and clean[2] == "\ufffd"
    clean.encode("utf-8")


def test_span_outside_text_is_refused():
    with pytest.raises(ValueError):
        normalize("abc").to_original(2, 9)


def test_the_ascii_shortcut_is_the_general_path():
    every_ascii = "".join(map(chr, range(128)))
    rng = random.Random(0)
    samples = [every_ascii, "play adele\ton spotify\r\n", ""] + [
        "".join(rng.choice(every_ascii) for _ in range(rng.randint(1, 40))) for _ in range(200)]
    for text in samples:
        assert normalize(text) == normalize_by_cluster(text), repr(text)
