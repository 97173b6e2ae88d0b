"""Label consistency of the generated corpus: phrases that are an entity in some utterances and plain
words in others.

A template that writes "hoy" or "from last week" as literal text teaches the tagger that the phrase is
not a date, while the {date} pools teach that it is: the model learns a coin flip. The audit lists,
per language, every phrase of one to three words that the corpus labels as an entity at least
`min_labelled` times and leaves unlabelled at least `min_unlabelled` times, with the templates that
leave it so. Out-of-scope utterances are skipped: by the schema they carry no shopping entities.

Some hits are real homographs, not mistakes (Hindi "do" is "two" and "give"; a parcel is no
"paquete" unit): the list is for a person to read, not a rule to apply.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .generate import Utterance

MAX_WORDS = 3


def _word_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        spans.append((start, start + len(word)))
        pos = start + len(word)
    return spans


def _unlabelled_phrases(u: Utterance) -> set[str]:
    """Phrases of 1..MAX_WORDS whole words of `u` that overlap none of its entities."""
    words = _word_spans(u.text)
    out = set()
    for n in range(1, MAX_WORDS + 1):
        for i in range(len(words) - n + 1):
            start, end = words[i][0], words[i + n - 1][1]
            if not any(s < end and start < e for _, s, e in u.entities):
                out.add(u.text[start:end])
    return out


def label_consistency(rows: Iterable[Utterance], min_labelled: int = 5, min_unlabelled: int = 4,
                      examples: int = 3) -> list[dict]:
    """Phrases labelled as an entity in some utterances and left unlabelled in others (see the module
    docstring), the most often unlabelled share first."""
    rows = [u for u in rows if u.intent != "out_of_scope"]
    labelled: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for u in rows:
        for kind, start, end in u.entities:
            labelled[(u.language, u.text[start:end])][kind] += 1
    known = {key for key, kinds in labelled.items() if sum(kinds.values()) >= min_labelled}
    unlabelled: Counter = Counter()
    templates: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for u in rows:
        for phrase in _unlabelled_phrases(u):
            key = (u.language, phrase)
            if key in known:
                unlabelled[key] += 1
                templates[key][u.template] += 1
    out = []
    for key, n in unlabelled.items():
        if n < min_unlabelled:
            continue
        n_labelled = sum(labelled[key].values())
        out.append({"language": key[0], "phrase": key[1], "labelled": dict(labelled[key]),
                    "unlabelled": n, "unlabelled_share": round(n / (n + n_labelled), 3),
                    "templates": [t for t, _ in templates[key].most_common(examples)]})
    return sorted(out, key=lambda r: (-r["unlabelled_share"], r["language"], r["phrase"]))
