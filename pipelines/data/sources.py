"""Named intent/slot data sources: where each lives and which split plays train, valid and test."""
from __future__ import annotations

import random
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable

from ..config import PipelineSettings
from .assistant import load_assistant
from .hinglish_top import load_hinglish_both, load_hinglish_top
from .marc import load_marc
from .restaurant8k import load_restaurant8k
from .schema import Example
from .shopping import load_shopping
from .titles import load_titles
from .snips import load_snips


@dataclass(frozen=True)
class Source:
    folder: Callable[[PipelineSettings], Path]
    load: Callable[[Path, str], list[Example]]
    test_splits: tuple[str, ...]
    valid_split: str | None  # None: carve the validation set out of train


SOURCES = {
    "snips": Source(lambda s: s.dataset("snips"), load_snips, ("test",), "valid"),
    # handwritten-dev is the tuning set, measured with the test sets so every pack reports it too
    "shopping": Source(lambda s: s.build_dir / "shopping", load_shopping, ("test", "handwritten", "handwritten-dev"),
                       "valid"),
    # spans several dataset folders (its root is the data root)
    "assistant": Source(lambda s: s.data_root, load_assistant, ("snips-test", "xsid-test", "fbtod-test"), "valid"),
    # the code-mixed queries; "test-en" is the parallel English (the code-mix gap)
    "hinglish": Source(lambda s: s.dataset("hinglish_top"), load_hinglish_top, ("test", "test-en"), "validation"),
    # the same, trained on the code-mixed queries and their English parallels
    "hinglish-both": Source(lambda s: s.dataset("hinglish_top"), load_hinglish_both, ("test", "test-en"), "validation"),
    # catalog titles with silver keep/drop labels; "test" is the held-out slice
    "titles": Source(lambda s: s.dataset("product_titles"), load_titles, ("test",), "valid"),
    # review sentiment: the "intent" is the star rating (validation carved out of the train sample)
    "marc": Source(lambda s: s.dataset("marc"), load_marc, ("test",), None),
    # the whole MARC train pool (12,465 per language): pick a share with train_intent_slot --per-language
    "marc-pool": Source(lambda s: s.dataset("marc"), partial(load_marc, per_language=None), ("test",), None),
    "restaurant8k": Source(lambda s: s.dataset("restaurant8k"), load_restaurant8k, ("test",), None),
}


# The training runs' default seed, which also carves validation out of sources without a validation split:
# reports that rebuild a run's held-out rows use it too, so the two cannot drift apart.
DEFAULT_SEED = 13


def train_valid(name: str, settings: PipelineSettings, seed: int = DEFAULT_SEED, valid_share: float = 0.1):
    """(train, valid) examples of a source; never touches its test splits."""
    source = SOURCES[name]
    folder = source.folder(settings)
    train = source.load(folder, "train")
    if source.valid_split:
        return train, source.load(folder, source.valid_split)
    order = list(range(len(train)))
    random.Random(seed).shuffle(order)
    cut = int(len(order) * valid_share)
    return [train[i] for i in order[cut:]], [train[i] for i in order[:cut]]


def load_split(name: str, split: str, settings: PipelineSettings | None = None) -> list[Example]:
    """One split of a source, e.g. load_split("shopping", "valid")."""
    source = SOURCES[name]
    return source.load(source.folder(settings or PipelineSettings()), split)


def test_sets(name: str, settings: PipelineSettings) -> dict[str, list[Example]]:
    return {split: load_split(name, split, settings) for split in SOURCES[name].test_splits}
