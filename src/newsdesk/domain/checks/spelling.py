"""Spelling against a real dictionary for the story's language, plus the newsroom's words.

The dictionaries are pyspellchecker's word-frequency lists (pure Python, shipped with the
package): loaded once per language, on first use, then shared by every check. Persian and
Arabic words are looked up as `word_forms` makes them plain, inflections and all. A
language without a dictionary is not spelt at all (`has_dictionary` tells).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

from newsdesk.domain.checks.findings import Finding, FindingCode
from newsdesk.domain.checks.word_forms import MARKS, ZWNJ, known_form, plain

# Languages pyspellchecker ships a dictionary for.
DICTIONARY_LANGUAGES = frozenset(
    {"en", "es", "fr", "it", "pt", "de", "ru", "ar", "fa", "eu", "lv", "nl"}
)
_LETTERS = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}\u0640])*"
_WORD = re.compile(rf"{_LETTERS}(?:['’{ZWNJ}]{_LETTERS})*")
"""A word: letters with their marks, joined by apostrophes or (Persian) non-joiners."""
_POSSESSIVE = re.compile(r"['’]s?$")

_dictionaries: dict[str, frozenset[str] | dict[str, int]] = {}
_lock = threading.Lock()


def primary_language(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


def has_dictionary(language: str) -> bool:
    """Whether words of `language` (a BCP 47 tag) are spelt; cheap, loads nothing."""
    return primary_language(language) in DICTIONARY_LANGUAGES


def dictionary_for(language: str) -> dict[str, int] | frozenset[str] | None:
    """The word list of `language` (a BCP 47 tag), or None when none ships for it."""
    primary = primary_language(language)
    if primary not in DICTIONARY_LANGUAGES:
        return None
    with _lock:
        found = _dictionaries.get(primary)
        if found is None:
            from spellchecker import SpellChecker

            checker = SpellChecker(language=primary, case_sensitive=False)
            found = checker.word_frequency.dictionary
            _dictionaries[primary] = found
        return found


def normalise(word: str) -> str:
    """The form looked up: lower case, typographic apostrophes made straight."""
    return word.replace("’", "'").lower()


def spelling_key(word: str) -> str:
    """The form kept in the newsroom word list (possessive endings dropped)."""
    return _POSSESSIVE.sub("", normalise(word)) or normalise(word)


def _worth_checking(word: str) -> bool:
    if len(word) < 2:
        return False
    if word.isupper():
        return False  # acronyms: UN, VoA is caught below
    return not any(ch.isupper() for ch in word[1:])


def words_in(line: str) -> Iterator[re.Match[str]]:
    return _WORD.finditer(line)


class SpellingCheck:
    """Knows which words are spelt right; remembers its answers for the next run."""

    def __init__(self, language: str, newsroom_words: frozenset[str]) -> None:
        self.language = primary_language(language)
        self.dictionary = dictionary_for(language)
        self.newsroom_words = newsroom_words
        self._known: dict[str, bool] = {}

    @property
    def available(self) -> bool:
        return self.dictionary is not None

    def is_known(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._lookup(word)
            self._known[word] = known
        return known

    def _lookup(self, word: str) -> bool:
        if not _worth_checking(word) or self.dictionary is None:
            return True
        dictionary, newsroom = self.dictionary, self.newsroom_words

        def listed(form: str) -> bool:
            return form in dictionary or form in newsroom

        looked_up = normalise(word)
        return (
            listed(looked_up)
            or listed(spelling_key(word))
            or known_form(plain(looked_up, self.language), self.language, listed)
        )

    def check_line(self, line: str, line_number: int, field: str) -> list[Finding]:
        findings: list[Finding] = []
        if self.dictionary is None:
            return findings
        for match in _WORD.finditer(line):
            word = match.group(0)
            if not self.is_known(word):
                findings.append(
                    Finding(
                        FindingCode.UNKNOWN_WORD,
                        (word,),
                        field,
                        line_number,
                        match.start(),
                        match.end(),
                        word=word,
                    )
                )
        return findings
