"""Numbers the way a speech recogniser writes them: as digits or as words ("42" / "cuarenta y dos").

Prices and sizes said aloud come back from speech-to-text either way, so the corpus renders a share
of them in words. num2words spells the European languages; it has no Hindi, so there only the
lexicon's own number words (NUMBERS, made by `IndianNumerals` for Hindi and Hinglish alike) are used,
and other numbers stay digits.
"""
from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from num2words import num2words

# the lexicons' Portuguese is Brazilian ("dezesseis", not European "dezasseis")
NUM2WORDS_LANG = {"en": "en", "es": "es", "fr": "fr", "de": "de", "pt": "pt_BR", "it": "it"}
WORDS_SHARE = 0.35  # of prices and numeric sizes rendered in words
GENDERED_LAST_DIGITS = {"es": (1,), "fr": (1,), "it": (1,), "pt": (1, 2)}  # veintiún/veintiuna, trinta e duas


def in_words(n: int, code: str, numbers: dict[int, dict[str, str]]) -> str | None:
    """`n` spelt out in the language, or None when neither num2words nor the lexicon can."""
    lang = NUM2WORDS_LANG.get(code)
    if lang is None:
        forms = numbers.get(n)  # {form key: word}; the first is the base form
        return next(iter(forms.values())) if forms else None
    if n == 1 or (n > 20 and n % 10 in GENDERED_LAST_DIGITS.get(code, ())):
        # "eins terabyte", "uno giga", "trinta e dois polegadas": the counting form of one (and of
        # Portuguese two) is wrong before a noun of the other gender; a recogniser writes the digits
        return None
    text = num2words(n, lang=lang).replace(",", "")
    # English hyphenates tens ("forty-two"); a recogniser writes words apart. French keeps its hyphens.
    return " ".join(text.replace("-", " ").split()) if code == "en" else text


def maybe_in_words(text: str, rng: random.Random, code: str, numbers: dict[int, dict[str, str]]) -> str:
    """`text` with its digit runs spelt out, WORDS_SHARE of the time (when every run can be)."""
    if not re.search(r"\d", text) or rng.random() >= WORDS_SHARE:
        return text
    words = {m: in_words(int(m), code, numbers) for m in re.findall(r"\d+", text)}
    if any(w is None for w in words.values()):
        return text
    return re.sub(r"\d+", lambda m: words[m.group()], text)


# the numbers Hindi and Hinglish get words for (others stay digits): quantities 1-20 and 24, shoe sizes
# 5-12, waist sizes 28-44 (even), screens 43/55 inch, 64 gb, and the round amounts prices come in
# (catalog.nice_amount: steps of 5 to 20, 10 to 100, 50 to 500, 100 to 2000, then 500)
INDIAN_AMOUNTS = sorted(set(range(1, 21)) | {24, 43, 55, 64} | set(range(22, 45, 2)) | set(range(25, 100, 5))
                        | set(range(100, 501, 50)) | set(range(600, 2001, 100)) | set(range(2500, 200001, 500)))


@dataclass(frozen=True)
class IndianNumerals:
    """Round amounts the way Hindi is spoken, in either script: Indian grouping (lakh), hundreds up to
    1900 ("पंद्रह सौ" / "pandrah sau"), and halves ("डेढ़ सौ" 150, "ढाई हज़ार" 2500, "साढ़े तीन लाख")."""
    below_100: Sequence[str]  # the words for 1..99, in order
    hundred: str
    thousand: str
    lakh: str
    one_and_half: str  # डेढ़ / dedh
    two_and_half: str  # ढाई / dhai
    plus_half: str  # साढ़े / saadhe

    def say(self, n: int, whole: bool = True) -> str:
        """`whole`: n is the whole amount, so it may be said as a half or in hundreds ("ढाई हज़ार",
        "पंद्रह सौ"); the rest after a larger unit never is (199500: "एक लाख निन्यानवे हज़ार पाँच सौ")."""
        if n < 100:
            return self.below_100[n - 1]
        for scale, word in ((100000, self.lakh), (1000, self.thousand), (100, self.hundred)):
            if n < scale:
                continue
            if whole and 1100 <= n < 2000 and n % 100 == 0:
                return f"{self.below_100[n // 100 - 1]} {self.hundred}"  # ग्यारह सौ ... उन्नीस सौ
            head, rest = divmod(n, scale)
            if whole and rest == scale // 2 and head < 100:
                half = {1: self.one_and_half, 2: self.two_and_half}.get(head)
                return f"{half} {word}" if half else f"{self.plus_half} {self.say(head)} {word}"
            head_words = word if (scale, head) == (100, 1) and rest == 0 else f"{self.say(head)} {word}"
            return head_words if rest == 0 else f"{head_words} {self.say(rest, whole=False)}"
        raise ValueError(n)

    def table(self) -> dict[int, str]:
        """NUMBERS for a lexicon: INDIAN_AMOUNTS in words."""
        return {n: self.say(n) for n in INDIAN_AMOUNTS}
