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
    context: str | None = None  # the previous turn (or the system's question), when there is one
    meta: dict = field(default_factory=dict, compare=False)
