"""Words as a dictionary of stems knows them: Persian and Arabic script made plain, and
the inflected forms such a dictionary does not list.

pyspellchecker's Persian and Arabic lists hold stems and citation forms ("ناشر",
"بودن", "لبنان"), while a story writes "ناشران", "بودند" and "ولبنان", and spells a
letter either way (Arabic "ي" and "ك" for Persian "ی" and "ک"), with or without vowel
marks. So a word is looked up plain (`plain`), and one the list lacks is known when
taking off a prefix and up to two endings of its language leaves a listed word, or a
verb's stem whose infinitive (stem + "ن") is listed (`known_form`). Persian writes a
zero-width non-joiner (U+200C) inside words ("می‌دهند", "کتاب‌خوانان"): each part between
them is a prefix, an ending or a word known on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

ZWNJ = "\u200c"
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
"""Arabic-script vowel marks, shadda, hamza above/below and Quranic marks: never letters."""
_MARK = re.compile(f"[{MARKS}\u0640]")  # and the tatweel (kashida), a stretch of the line
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه"})


@dataclass(frozen=True, slots=True)
class Inflection:
    prefixes: tuple[str, ...]
    endings: tuple[str, ...]
    verbal_prefixes: tuple[str, ...] = ()
    """Prefixes only verbs take: what follows them must be a verb's stem."""
    infinitive: str = ""
    """What a past stem adds to make the infinitive the list holds ("ن": "بود" → "بودن")."""


PERSIAN = Inflection(
    prefixes=("نمی", "می"),
    verbal_prefixes=("ب", "ن"),
    endings=(
        *("هایی", "های", "ها", "گان", "ان", "ترین", "تر", "مین"),
        *("ایی", "یی", "ای", "ی", "ام", "ات", "اش", "مان", "تان", "شان"),
        *("یم", "ید", "ند", "م", "ت", "ش", "د", "ه"),
    ),
    infinitive="ن",
)
ARABIC = Inflection(
    prefixes=("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"),
    endings=(
        *("هما", "هم", "هن", "ها", "ه", "كم", "كن", "ك", "نا", "ني", "ي"),
        *("ات", "ون", "ين", "ان", "ة", "تين", "تان"),
    ),
)
INFLECTIONS = {"fa": PERSIAN, "ar": ARABIC}
SHORTEST_STEM = 2
SHORTEST_COMPOUND_PART = 4


def plain(word: str, language: str) -> str:
    """`word` as the dictionary of `language` spells it: without vowel marks or kashida,
    and in Persian with the Persian forms of yeh and kaf."""
    word = _MARK.sub("", word)
    if language == "fa":
        word = word.translate(_PERSIAN_LETTERS)
    return word


def known_form(word: str, language: str, listed: Callable[[str], bool]) -> bool:
    """Whether `word` (plain, lower case) is a listed word or an inflected form of one."""
    inflection = INFLECTIONS.get(language)
    if listed(word) or listed(word.replace(ZWNJ, "")):
        return True
    if inflection is None:
        return False
    if ZWNJ in word:
        return _parts_known(word.split(ZWNJ), inflection, listed)
    return _inflected(word, inflection, listed) or _compound(word, inflection, listed)


def _parts_known(parts: list[str], inflection: Inflection, listed: Callable[[str], bool]) -> bool:
    affixes = {*inflection.prefixes, *inflection.endings}
    words = [part for part in parts if part and part not in affixes]
    return all(
        listed(part) or _inflected(part, inflection, listed) or _compound(part, inflection, listed)
        for part in words
    )


def _inflected(word: str, inflection: Inflection, listed: Callable[[str], bool]) -> bool:
    for prefix, verbal in (
        ("", False),
        *((p, False) for p in inflection.prefixes),
        *((p, True) for p in inflection.verbal_prefixes),
    ):
        if not word.startswith(prefix):
            continue
        for stem in _stems(word[len(prefix) :], inflection.endings):
            if len(stem) < SHORTEST_STEM or stem == word:
                continue
            is_verb = bool(inflection.infinitive) and listed(stem + inflection.infinitive)
            if is_verb or (not verbal and listed(stem)):
                return True
    return False


def _stems(word: str, endings: tuple[str, ...], depth: int = 2) -> list[str]:
    """`word`, and `word` less one ending, and less two (the longest ending first)."""
    found = [word]
    if depth:
        for ending in endings:
            if word.endswith(ending) and len(word) > len(ending):
                found += _stems(word[: -len(ending)], endings, depth - 1)
    return found


def _compound(word: str, inflection: Inflection, listed: Callable[[str], bool]) -> bool:
    """A word written as two, each at least `SHORTEST_COMPOUND_PART` letters long."""
    shortest = SHORTEST_COMPOUND_PART
    for cut in range(shortest, len(word) - shortest + 1):
        head, tail = word[:cut], word[cut:]
        if listed(head) and (listed(tail) or _inflected(tail, inflection, listed)):
            return True
    return False
