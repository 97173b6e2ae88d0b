"""Unlabelled text in many languages for distillation: the teacher's soft intent and slot logits are
the only targets, so the student learns how the teacher reads languages it has no labels in.

Each source gives short, utterance-like texts from a training split only (never a validation or
test split, never xSID): the code-mixed queries of Hinglish-TOP train, the first sentence of MARC
train reviews (de, en, es, fr, ja, zh), the single-turn utterances of the shopping corpus's train
split (en, es, fr, de, pt, it, hi, hi-en; `make shopping-corpus`) and the assistant mix's training
requests (SNIPS train, FB TOD en eval / es, th train, minus every sentence xSID holds), whose
alarm, reminder, weather and music requests share Hinglish-TOP's domains.

    kd_examples(("hinglish", "marc", "shopping"), settings, per_language=1500)
"""
from __future__ import annotations

import re
from typing import Callable

from ..config import PipelineSettings
from .assistant import load_assistant
from .hinglish_top import load_hinglish_top
from .marc import load_marc
from .schema import Example
from .shopping import load_shopping

MIN_WORDS, MAX_WORDS = 3, 24  # voice-utterance lengths; longer review openings are cut, not dropped
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")


def first_sentence(text: str) -> str:
    sentence = next((s for s in _SENTENCE_END.split(text) if s.strip()), text)
    return " ".join(sentence.split()[:MAX_WORDS])


def _hinglish(settings: PipelineSettings) -> list[tuple[str, str]]:
    return [(e.text, e.language) for e in load_hinglish_top(settings.dataset("hinglish_top"), "train")]


def _marc(settings: PipelineSettings) -> list[tuple[str, str]]:
    return [(first_sentence(e.text), e.language) for e in load_marc(settings.dataset("marc"), "train")]


def _shopping(settings: PipelineSettings) -> list[tuple[str, str]]:
    return [(e.text, e.language) for e in load_shopping(settings.build_dir / "shopping", "train") if not e.context]


def _assistant(settings: PipelineSettings) -> list[tuple[str, str]]:
    return [(e.text, e.language) for e in load_assistant(settings.data_root, "train")]


KD_SOURCES: dict[str, Callable[[PipelineSettings], list[tuple[str, str]]]] = {
    "hinglish": _hinglish, "marc": _marc, "shopping": _shopping, "assistant": _assistant,
}


def _usable(text: str) -> bool:
    # scripts without spaces (ja, zh) count characters: ~2 per word
    words = len(text.split()) if " " in text.strip() else len(text) // 2
    return MIN_WORDS <= words


def kd_examples(names: tuple[str, ...] | list[str], settings: PipelineSettings, per_language: int,
                intent: str) -> list[Example]:
    """Up to `per_language` texts per (source, language), spread across each source's file, as
    label-less Examples (`intent` is any label of the run: the loss ignores it; meta["unlabelled"])."""
    out, seen = [], set()
    for name in names:
        by_lang: dict[str, list[str]] = {}
        for text, lang in KD_SOURCES[name](settings):
            if _usable(text) and text not in seen:
                seen.add(text)
                by_lang.setdefault(lang, []).append(text)
        for lang, texts in sorted(by_lang.items()):
            step = max(1, len(texts) // per_language)
            out += [Example(t, intent, (), lang, meta={"unlabelled": True}) for t in texts[::step][:per_language]]
    return out
