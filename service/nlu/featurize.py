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


@dataclass(frozen=True)
class Features:
    """One encoded utterance. Word data covers the current turn only, never the context."""

    input_ids: np.ndarray  # int64 [T]
    attention_mask: np.ndarray  # int64 [T]
    word_first_token: tuple[int, ...]  # token index of each word's first sub-token
    word_offsets: tuple[tuple[int, int], ...]  # each word's [start, end) in the encoded text
    token_type_ids: np.ndarray  # int64 [T]: 0 for the current turn, 1 for the context
    unk_tokens: int  # how many sub-tokens are the tokenizer's unknown token

    def inputs(self, names: Sequence[str]) -> dict[str, np.ndarray]:
        """The model inputs a pack declares, by ONNX input name."""
        return {name: getattr(self, name) for name in names}

    @property
    def length(self) -> int:
        return int(self.input_ids.shape[0])


class Featurizer:
    """Encodes utterances with a pack's `tokenizer.json`, truncated to the pack's max length."""

    def __init__(self, tokenizer: Tokenizer, max_length: int):
        tokenizer.no_padding()  # the batcher pads each batch to its own longest row
        tokenizer.enable_truncation(max_length, strategy="longest_first")
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.unk_id = tokenizer.token_to_id("[UNK]") if tokenizer.token_to_id("[UNK]") is not None else -1

    @classmethod
    def from_file(cls, path: Path, max_length: int) -> "Featurizer":
        return cls(Tokenizer.from_file(str(path)), max_length)

    def encode_batch(self, texts: Sequence[str], contexts: Sequence[str | None] | None = None) -> list[Features]:
        """Encode many utterances at once (the Rust tokenizer parallelizes the batch)."""
        if contexts is None or all(c is None for c in contexts):
            encodings = self.tokenizer.encode_batch(list(texts))
        else:
            # The current turn comes first so that truncation eats the older context, not the turn.
            pairs = [(t, c) if c else t for t, c in zip(texts, contexts)]
            encodings = self.tokenizer.encode_batch(pairs)
        return [self._features(e, t) for e, t in zip(encodings, texts)]

    def encode(self, text: str, context: str | None = None) -> Features:
        return self.encode_batch([text], [context])[0]

    def _features(self, enc: Encoding, text: str) -> Features:
        first_token: dict[int, int] = {}
        offsets: dict[int, list[int]] = {}
        for i, (word, seq) in enumerate(zip(enc.word_ids, enc.sequence_ids)):
            if word is None or seq != 0:
                continue
            start, end = enc.offsets[i]
            if word not in first_token:
                first_token[word] = i
                offsets[word] = [start, end]
            else:
                offsets[word][1] = max(offsets[word][1], end)
        words = sorted(first_token)
        for w in words:
            # Uncased tokenizers strip marks (accents, Devanagari vowel signs); give them back to
            # the word they belong to so an entity never ends in the middle of a letter.
            end = offsets[w][1]
            while end < len(text) and unicodedata.category(text[end]).startswith("M"):
                end += 1
            offsets[w][1] = end
        ids = np.asarray(enc.ids, dtype=np.int64)
        return Features(
            input_ids=ids,
            attention_mask=np.asarray(enc.attention_mask, dtype=np.int64),
            word_first_token=tuple(first_token[w] for w in words),
            word_offsets=tuple((offsets[w][0], offsets[w][1]) for w in words),
            token_type_ids=np.asarray(enc.type_ids, dtype=np.int64),
            unk_tokens=int((ids == self.unk_id).sum()),
        )
