"""Utterances -> per-token UD ids: pick the parser by detected language, align words to sub-words."""
from __future__ import annotations

import bisect
import functools
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .labels import NONE, PAD, dep_id, upos_id
from .parsers import SyntaxConfig, SyntaxParser, Word, build_parser

if TYPE_CHECKING:
    from ..nlu.langid import LanguageIdentifier

log = logging.getLogger(__name__)

# The ONNX inputs a pack declares when its model reads UD features.
SYNTAX_INPUTS = ("upos_ids", "dep_ids")


class SyntaxTagger:
    """Parses each utterance with the parser of its detected language; None where none applies."""

    def __init__(self, parser: SyntaxParser, langid: LanguageIdentifier | None = None):
        self.parser = parser
        if langid is None and parser.languages:
            # imported here: featurizing without parses (most packs, training machines) needs no language model
            from ..nlu.langid import LanguageIdentifier

            langid = LanguageIdentifier()
        self.langid = langid

    def parse_batch(self, texts: Sequence[str], languages: Sequence[str] | None = None) -> list[list[Word] | None]:
        """`languages`: the texts' languages when the caller already identified them."""
        out: list[list[Word] | None] = [None] * len(texts)
        if not self.parser.languages:
            return out
        by_language: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            language = languages[i] if languages is not None else self.langid.identify(text)[0]
            if language in self.parser.languages:
                by_language.setdefault(language, []).append(i)
        for language, rows in by_language.items():
            try:
                parsed = self.parser.parse([texts[i] for i in rows], language)
            except Exception:  # a parser failure degrades the answer (no-parse ids), never drops it
                log.exception("%s parser failed on %d %s texts; answering without their parses",
                              self.parser.name, len(rows), language)
                continue
            for i, words in zip(rows, parsed):
                out[i] = words
        return out


@functools.lru_cache(maxsize=4)
def _tagger(config_json: str) -> SyntaxTagger:
    return SyntaxTagger(build_parser(SyntaxConfig.model_validate_json(config_json)))


def shared_tagger(config: SyntaxConfig) -> SyntaxTagger:
    """One tagger (one set of loaded parsers) per configuration for the whole process. Raises
    ParserUnavailable when the configured backend cannot run (never cached: a fix is seen)."""
    return _tagger(config.model_dump_json())


def align_ids(words: list[Word] | None, offsets: Sequence[tuple[int, int]], in_turn: Sequence[bool],
              text: str) -> tuple[np.ndarray, np.ndarray]:
    """(upos_ids, dep_ids) per sub-word token: the ids of the parsed word holding the token's first
    character. Tokens outside the current turn get PAD; turn tokens with no parse get NONE."""
    n = len(offsets)
    upos = np.full(n, PAD, dtype=np.int64)
    dep = np.full(n, PAD, dtype=np.int64)
    starts = [w.start for w in words] if words else []
    for i, ((start, end), turn) in enumerate(zip(offsets, in_turn)):
        if not turn:
            continue
        upos[i] = dep[i] = NONE
        if not words:
            continue
        while start < end and text[start].isspace():  # SentencePiece pieces carry their leading space
            start += 1
        k = bisect.bisect_right(starts, start) - 1
        if start < end and k >= 0 and start < words[k].end:
            upos[i] = upos_id(words[k].upos)
            dep[i] = dep_id(words[k].dep)
    return upos, dep
