"""The translator's output is untrusted text: clean the harmless wrapping, reject everything else.

A small LLM often does something other than translate: it answers the question, comments, refuses,
copies the source, wraps the output in quotes or a "Translation:" prefix, or follows instructions
hidden in the utterance. Only plain text in the target (Latin-script) language, within a length
ratio of the source, with every placeholder kept, comes through; the reason for a rejection is
counted and the native answer stands.
"""
from __future__ import annotations

import re

from ..nlu.script import latin_share

PREFIX = re.compile(r"^\s*(?:english\s+translation|translation|translated(?:\s+text)?|english|output|answer)\s*[:\-]\s*",
                    re.IGNORECASE)
WRAPPERS = ('"', "'", "“", "”", "«", "»", "`")
REFUSAL = re.compile(r"\b(i'?m sorry|i am sorry|i can(?:no|')t|i cannot|as an ai|i'm unable|i am unable|"
                     r"i apologi[sz]e|cannot assist|can't assist|not able to)\b", re.IGNORECASE)
INSTRUCTION = re.compile(r"\b(ignore (?:all |the )?(?:previous|above|prior)|system prompt|you are (?:a|an) |"
                         r"assistant:|user:|<\|im_start\|>|<\|im_end\|>|/admin|api[_ ]key)", re.IGNORECASE)
MARKUP = re.compile(r"```|^\s*[\[{]|<\s*/?\s*[a-z]+[^>]*>|\bhttps?://", re.IGNORECASE)


class Rejected(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def clean(output: str) -> str:
    text = output.strip()
    lines = [line for line in text.splitlines() if line.strip()]
    text = lines[0].strip() if len(lines) == 1 else text
    text = PREFIX.sub("", text, count=1).strip()
    while len(text) >= 2 and text[0] in WRAPPERS and text[-1] in WRAPPERS:
        text = text[1:-1].strip()
    return text


def check(output: str, source: str, min_ratio: float = 0.25, max_ratio: float = 3.0, slack_chars: int = 16) -> str:
    """The cleaned translation, or Rejected(reason)."""
    text = clean(output)
    if not text:
        raise Rejected("empty")
    if "\n" in text:
        raise Rejected("multi_line")
    if MARKUP.search(text):
        raise Rejected("markup")
    if INSTRUCTION.search(text):
        raise Rejected("instructions")
    if REFUSAL.search(text) and not REFUSAL.search(source):
        raise Rejected("refusal")
    if latin_share(text) < 0.9:
        raise Rejected("wrong_script")
    if len(text) > max_ratio * len(source) + slack_chars or len(text) < min_ratio * len(source):
        raise Rejected("length")
    if text.casefold() == source.strip().casefold():
        raise Rejected("unchanged")
    return text
