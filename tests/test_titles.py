"""Silver keep/drop labels for voice title shortening, and how the service reads a keep head."""
from __future__ import annotations

import numpy as np
import pytest

from pipelines.titles.silver import keep_labels, shorten
from service.nlu.decode import keep_probabilities


@pytest.mark.parametrize("title, brand, modelno, short", [
    ("kingston hyperx 4gb kit 2 x 2gb ddr3 desktop memory module", "kingston", "khx1800c9d3k2/4g",
     "kingston hyperx 4gb kit 2 x 2gb desktop memory module"),  # ddr3: a spec code, dropped
    ("canon powershot a1200 12.1 mp digital camera with 4x optical zoom silver", "canon", "a1200",
     "canon powershot 12.1 mp digital camera 4x silver"),
    ("siig ju-mr0412-s1 usb 2.0 multi card reader", "siig", "ju-mr0412-s1", "siig usb multi card reader"),
    ("smead 73501 - expansion drop front file pockets", "smead", "73501", "smead expansion drop front file pockets"),
    ("new genuine sony headphones - black - sony mdr-zx110", "sony", "mdr-zx110", "sony headphones black"),
    ("trendnet 3.5-inch usb enclosure tu3-s35", "trendnet", "tu3-s35", "trendnet 3.5-inch usb enclosure"),
])
def test_the_rule_keeps_what_a_shopper_says(title, brand, modelno, short):
    assert shorten(title, brand, modelno) == short
    assert len(keep_labels(title, brand, modelno)) == len(title.split())


def test_keep_probability_from_keep_drop_and_bio_heads():
    logits = np.log(np.array([[0.9, 0.1], [0.2, 0.8]]))
    assert keep_probabilities(logits, (0, 1), ["drop", "keep"]) == pytest.approx([0.1, 0.8])
    bio = np.log(np.array([[0.7, 0.2, 0.1], [0.1, 0.6, 0.3]]))
    assert keep_probabilities(bio, (0, 1), ["O", "B-keep", "I-keep"]) == pytest.approx([0.3, 0.9])
    assert keep_probabilities(bio, (), ["O", "B-keep", "I-keep"]) == []

