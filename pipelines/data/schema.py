"""The one example schema every loader produces."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Example:
    text: str
    intent: str | None = None
    # (type, start, end) character spans into `text`
    entities: tuple[tuple[str, int, int], ...] = ()
    language: str = "en"
    meta: dict = field(default_factory=dict, compare=False)
