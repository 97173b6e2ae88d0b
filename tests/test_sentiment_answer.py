"""How the service reads a star-rating sentiment head."""
from __future__ import annotations

import numpy as np


def test_star_ratings_also_give_a_polarity():
    from types import SimpleNamespace

    from service.nlu.answers import SentimentAnswer
    from service.packs import Head

    head = Head(name="sentiment", output="stars", kind="sequence", labels=["1", "2", "3", "4", "5"])
    manifest = SimpleNamespace(head=lambda name, task=None: head)
    logits = np.log(np.array([0.05, 0.05, 0.2, 0.3, 0.4]))
    res = SentimentAnswer().decode(manifest, None, {"stars": logits}, {})
    assert res["label"] == "5" and res["polarity"] == {"name": "positive", "confidence": 0.7}
    three = Head(name="sentiment", output="stars", kind="sequence", labels=["negative", "neutral", "positive"])
    plain = SentimentAnswer().decode(SimpleNamespace(head=lambda name, task=None: three), None,
                                     {"stars": np.log(np.array([0.6, 0.3, 0.1]))}, {})
    assert plain["label"] == "negative" and "polarity" not in plain
