"""The "assistant" training mix: SNIPS train (en), FB TOD train (es, th) and eval (en), mapped to
xSID's labels, minus every sentence xSID uses (see xsid_english); validation is xSID `valid` in every language (checkpoints are picked on it, never on
a test split). Test splits, for reports only: snips-test, xsid-test (19 languages), fbtod-test."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import assistant_labels as labels
from .fb_tod import load_fb_tod
from .schema import Example
from .snips import load_snips
from .xsid import LANGUAGES, load_xsid

SPLITS = ("train", "valid", "snips-test", "xsid-test", "fbtod-test")
VALID_PER_LANGUAGE = 150  # keeps per-epoch validation quick; the gate uses the full files


def _key(text: str) -> str:
    return " ".join("".join(c for c in text.casefold() if c.isalnum() or c.isspace()).split())


def xsid_english(root: Path) -> set[str]:
    """xSID's English sentences (valid and test). Its alarm/reminder/weather sentences were taken
    from FB TOD's English eval/test files and its SNIPS ones from SNIPS train/valid, and every other
    language's sentence translates one of them: training on any of them would leak the answers
    into xSID's validation and (cross-lingually) its test scores."""
    return {_key(e.text) for split in ("valid", "test") for e in load_xsid(root / "xsid", split, "en")}


def to_assistant_labels(examples: list[Example]) -> list[Example]:
    return [replace(e, intent=labels.intent(e.intent), entities=labels.map_spans(e.entities)) for e in examples]


def load_assistant(root: Path, split: str) -> list[Example]:
    """`root` is the data root (the mix spans several dataset folders)."""
    if split == "train":
        out = to_assistant_labels(load_snips(root / "snips", "train"))
        out += to_assistant_labels(load_fb_tod(root / "fb_multilingual_tod", "eval", "en"))
        for lang in ("es", "th"):
            out += to_assistant_labels(load_fb_tod(root / "fb_multilingual_tod", "train", lang))
        held_out = xsid_english(root)
        return [e for e in out if _key(e.text) not in held_out]
    if split == "valid":  # every language, sampled across each file (they open with ~120 weather lines)
        out = []
        for lang in LANGUAGES:
            rows = load_xsid(root / "xsid", "valid", lang)
            out += rows[:: max(1, len(rows) // VALID_PER_LANGUAGE)][:VALID_PER_LANGUAGE]
        return out
    if split == "snips-test":
        return to_assistant_labels(load_snips(root / "snips", "test"))
    if split == "xsid-test":
        return [e for lang in LANGUAGES for e in load_xsid(root / "xsid", "test", lang)]
    if split == "fbtod-test":
        return [e for lang in ("en", "es", "th") for e in to_assistant_labels(load_fb_tod(root / "fb_multilingual_tod", "test", lang))]
    raise ValueError(f"unknown assistant split {split!r}; choose one of {SPLITS}")
