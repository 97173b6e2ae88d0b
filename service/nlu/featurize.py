"""Tokenizer wrapper: text (+ optional context turn) -> model inputs and word alignment.

Words are the tokenizer's pre-tokenized words (whitespace and punctuation split). Slot heads read
the first sub-token of each word; entity spans are built from word character offsets, so they are
always valid slices of the text. Training encodes through this same class.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tokenizers import Encoding, Tokenizer

from ..syntax.parsers import Word
from ..syntax.tagger import SyntaxTagger, align_ids


@dataclass(frozen=True)
class Features:
    """One encoded utterance. Word data covers the current turn only, never the context."""

    input_ids: np.ndarray  # int64 [T]
    attention_mask: np.ndarray  # int64 [T]
    word_first_token: tuple[int, ...]  # token index of each word's first sub-token
    word_offsets: tuple[tuple[int, int], ...]  # each word's [start, end) in the encoded text
    token_type_ids: np.ndarray  # int64 [T]: 0 for the current turn, 1 for the context
    unk_tokens: int  # how many sub-tokens are the tokenizer's unknown token
    turn_tokens: int = 0  # sub-tokens of the current turn (fragmentation = turn_tokens / words)
    # UD ids per token (see service.syntax.labels), set when the featurizer has a syntax tagger
    upos_ids: np.ndarray | None = None
    dep_ids: np.ndarray | None = None

    def inputs(self, names: Sequence[str]) -> dict[str, np.ndarray]:
        """The model inputs a pack declares, by ONNX input name."""
        return {name: getattr(self, name) for name in names}

    @property
    def length(self) -> int:
        return int(self.input_ids.shape[0])


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A word's characters as an entity may use them."""
    # Uncased tokenizers strip marks (accents, Devanagari vowel signs): give them back to the word
    # so an entity never ends in the middle of a letter.
    while end < len(text) and unicodedata.category(text[end]).startswith("M"):
        end += 1
    # SentencePiece words carry their leading space ("▁milk"); entities do not.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # Whitespace-delimited words keep trailing punctuation ("milk,"); it belongs to the sentence.
    while end - start > 1 and unicodedata.category(text[end - 1]).startswith("P"):
        end -= 1
    return start, end


class Featurizer:
    """Encodes utterances with a pack's `tokenizer.json`, truncated to the pack's max length; with a
    syntax tagger, also the UD ids of each token (packs whose model reads `upos_ids`/`dep_ids`)."""

    def __init__(self, tokenizer: Tokenizer, max_length: int, syntax: SyntaxTagger | None = None):
        tokenizer.no_padding()  # the batcher pads each batch to its own longest row
        tokenizer.enable_truncation(max_length, strategy="longest_first")
        self.tokenizer = tokenizer
        self.max_length = max_length
        # WordPiece vocabularies call it [UNK], SentencePiece ones <unk>
        unk = [tokenizer.token_to_id(t) for t in ("[UNK]", "<unk>")]
        self.unk_id = next((i for i in unk if i is not None), -1)
        self.syntax = syntax

    @classmethod
    def from_file(cls, path: Path, max_length: int, syntax: SyntaxTagger | None = None) -> Featurizer:
        return cls(Tokenizer.from_file(str(path)), max_length, syntax)

    def encode_batch(self, texts: Sequence[str], contexts: Sequence[str | None] | None = None,
                     parses: Sequence[list[Word] | None] | None = None,
                     languages: Sequence[str] | None = None) -> list[Features]:
        """Encode many utterances at once (the Rust tokenizer parallelizes the batch). `parses`
        overrides the tagger's (None entries: no parse), e.g. to withhold parses in an ablation;
        `languages` spares the tagger identifying languages the caller already knows."""
        if contexts is None or all(c is None for c in contexts):
            encodings = self.tokenizer.encode_batch(list(texts))
        else:
            # The current turn comes first so that truncation eats the older context, not the turn.
            pairs = [(t, c) if c else t for t, c in zip(texts, contexts)]
            encodings = self.tokenizer.encode_batch(pairs)
        if self.syntax is not None and parses is None:
            parses = self.syntax.parse_batch(texts, languages)
        if parses is None:
            return [self._features(e, t) for e, t in zip(encodings, texts)]
        return [self._features(e, t, p, True) for e, t, p in zip(encodings, texts, parses)]

    def encode(self, text: str, context: str | None = None) -> Features:
        return self.encode_batch([text], [context])[0]

    def _features(self, enc: Encoding, text: str, parse: list[Word] | None = None, syntax: bool = False) -> Features:
        # each Encoding property builds a fresh Python list: read each once
        word_ids, sequence_ids, token_offsets = enc.word_ids, enc.sequence_ids, enc.offsets
        first_token: dict[int, int] = {}
        offsets: dict[int, list[int]] = {}
        for i, (word, seq) in enumerate(zip(word_ids, sequence_ids)):
            if word is None or seq != 0:
                continue
            start, end = token_offsets[i]
            if word not in first_token:
                first_token[word] = i
                offsets[word] = [start, end]
            else:
                offsets[word][1] = max(offsets[word][1], end)
        spans = {w: _word_span(text, *offsets[w]) for w in first_token}
        words = [w for w in sorted(first_token) if spans[w][0] < spans[w][1]]  # a bare "▁" holds no entity
        ids = np.asarray(enc.ids, dtype=np.int64)
        upos = dep = None
        if syntax:
            in_turn = [w is not None and seq == 0 for w, seq in zip(word_ids, sequence_ids)]
            upos, dep = align_ids(parse, token_offsets, in_turn, text)
        return Features(
            input_ids=ids,
            attention_mask=np.asarray(enc.attention_mask, dtype=np.int64),
            word_first_token=tuple(first_token[w] for w in words),
            word_offsets=tuple(spans[w] for w in words),
            token_type_ids=np.asarray(enc.type_ids, dtype=np.int64),
            unk_tokens=int((ids == self.unk_id).sum()),
            turn_tokens=sum(1 for w, seq in zip(word_ids, sequence_ids) if w is not None and seq == 0),
            upos_ids=upos,
            dep_ids=dep,
        )
