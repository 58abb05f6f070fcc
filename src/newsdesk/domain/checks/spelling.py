"""Spelling against a real dictionary for the story's language, plus the newsroom's words.

The dictionaries are pyspellchecker's word-frequency lists (pure Python, shipped with the
package): loaded once per language, on first use, then shared by every check.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

from newsdesk.domain.checks.findings import CheckKind, Finding

# Languages pyspellchecker ships a dictionary for.
DICTIONARY_LANGUAGES = frozenset(
    {"en", "es", "fr", "it", "pt", "de", "ru", "ar", "fa", "eu", "lv", "nl"}
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")

_dictionaries: dict[str, frozenset[str] | dict[str, int]] = {}
_lock = threading.Lock()


def dictionary_for(language: str) -> dict[str, int] | frozenset[str] | None:
    """The word list of `language` (a BCP 47 tag), or None when none ships for it."""
    primary = language.split("-")[0].lower()
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
        plain = normalise(word)
        key = spelling_key(word)
        return (
            plain in self.dictionary
            or key in self.dictionary
            or plain in self.newsroom_words
            or key in self.newsroom_words
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
                        CheckKind.SPELLING,
                        f"Unknown word: “{word}”",
                        field,
                        line_number,
                        match.start(),
                        match.end(),
                        word=word,
                    )
                )
        return findings
