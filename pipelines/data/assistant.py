"""The "assistant" training mix: SNIPS train (en), FB TOD train (es, th) and eval (en), mapped to
xSID's labels; validation is xSID `valid` in every language (checkpoints are picked on it, never on
a test split)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import assistant_labels as labels
from .fb_tod import load_fb_tod
from .schema import Example
from .snips import load_snips
from .xsid import LANGUAGES, load_xsid

SPLITS = ("train", "valid")
VALID_PER_LANGUAGE = 150  # keeps per-epoch validation quick; the gate uses the full files


def _mapped(examples: list[Example]) -> list[Example]:
    return [replace(e, intent=labels.intent(e.intent), entities=labels.map_spans(e.entities)) for e in examples]


def load_assistant(root: Path, split: str) -> list[Example]:
    """`root` is the data root (the mix spans several dataset folders)."""
    if split == "train":
        out = _mapped(load_snips(root / "snips", "train"))
        out += _mapped(load_fb_tod(root / "fb_multilingual_tod", "eval", "en"))
        for lang in ("es", "th"):
            out += _mapped(load_fb_tod(root / "fb_multilingual_tod", "train", lang))
        return out
    if split == "valid":  # every language, sampled across each file (they open with ~120 weather lines)
        out = []
        for lang in LANGUAGES:
            rows = load_xsid(root / "xsid", "valid", lang)
            out += rows[:: max(1, len(rows) // VALID_PER_LANGUAGE)][:VALID_PER_LANGUAGE]
        return out
    raise ValueError(f"unknown assistant split {split!r}; choose one of {SPLITS} (test sets are per dataset)")
