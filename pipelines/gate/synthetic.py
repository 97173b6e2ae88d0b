"""Two synthetic languages the model cannot read, made from English by deterministic ciphers.

Both keep every character's position (a letter becomes a letter), so gold entity spans stay valid
and the English original is the perfect reference translation. A good gate must send them on.
- `subst`: a fixed permutation of the 26 Latin letters (case kept).
- `reverse`: each word's interior letters reversed ("weather" -> "wehtaer"), first and last kept.
"""
from __future__ import annotations

import random
import re
import string
from dataclasses import replace

from ..data.schema import Example

SEED = 20261126
_letters = list(string.ascii_lowercase)
_shuffled = _letters[:]
random.Random(SEED).shuffle(_shuffled)
SUBSTITUTION = str.maketrans("".join(_letters) + "".join(_letters).upper(),
                             "".join(_shuffled) + "".join(_shuffled).upper())


def substitute(text: str) -> str:
    return text.translate(SUBSTITUTION)


def reverse_interior(text: str) -> str:
    return re.sub(r"[^\W\d_]{4,}", lambda m: m.group()[0] + m.group()[-2:0:-1] + m.group()[-1], text)


CIPHERS = {"x-subst": substitute, "x-reverse": reverse_interior}


def encipher(examples: list[Example], cipher: str) -> list[Example]:
    """English examples in a cipher language; meta['text_en'] holds the original."""
    fn = CIPHERS[cipher]
    return [replace(e, text=fn(e.text), language=cipher, meta={**e.meta, "text_en": e.text}) for e in examples]
