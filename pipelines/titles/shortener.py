"""Titles -> short titles through a serving pack: the service's featurizer, ONNX session and
TitleAnswer decoder, in batches (the report and the catalog job both use this)."""
from __future__ import annotations

from service.nlu.answers import TitleAnswer
from service.nlu.text import normalize


def shorten_all(pack, titles: list[str], batch_size: int = 64, max_words: int | None = None) -> list[dict]:
    answer = TitleAnswer()
    options = {"max_words": max_words} if max_words else {}
    out = []
    for start in range(0, len(titles), batch_size):
        norms = [normalize(t) for t in titles[start:start + batch_size]]
        feats = pack.featurizer.encode_batch([n.text for n in norms])
        res = pack.backend.predict(pack.feeds(feats))
        for row, (n, f) in enumerate(zip(norms, feats)):
            raw = answer.decode(pack.manifest, f, {k: v[row] for k, v in res.items()}, options)
            out.append(answer.finalize(raw, n))
    return out
