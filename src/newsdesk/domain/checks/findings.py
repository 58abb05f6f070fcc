"""What a copy check reports, what it reads, and the settings it follows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CheckKind(StrEnum):
    QUOTES = "unbalanced_quotes"
    BRACKETS = "unbalanced_brackets"
    DOUBLED_WORD = "doubled_word"
    DOUBLE_SPACE = "double_space"
    SPACE_BEFORE_PUNCTUATION = "space_before_punctuation"
    LONG_SENTENCE = "long_sentence"
    HEADLINE_LENGTH = "headline_length"
    STANDFIRST_LENGTH = "standfirst_length"
    MISSING_FIELD = "missing_field"
    SPELLING = "spelling"
    STYLE = "style"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a copy editor should look at.

    `line` is the 1-based line of the body (0 for the other fields); `start`/`end` are
    character columns in that line (or in the field's text) of the passage concerned.
    """

    kind: CheckKind
    message: str
    field: str = "body"
    line: int = 0
    start: int = 0
    end: int = 0
    word: str = ""
    replacement: str | None = None


@dataclass(frozen=True, slots=True)
class CheckInput:
    """The parts of a story the checks read (from the editor or the database)."""

    headline: str = ""
    standfirst: str = ""
    body: str = ""
    dateline: str = ""
    byline: str = ""
    credit: str = ""
    has_section: bool = False
    language: str = "en"


@dataclass(frozen=True, slots=True)
class StyleRule:
    phrase: str
    replacement: str
    id: int = 0


@dataclass(frozen=True, slots=True)
class CheckSettings:
    sentence_words: int = 40
    headline_characters: int = 70
    standfirst_characters: int = 250


@dataclass(frozen=True, slots=True)
class CheckContext:
    """The newsroom's own lists and limits, read once and shared by every run."""

    settings: CheckSettings = CheckSettings()
    words: frozenset[str] = frozenset()
    style: tuple[StyleRule, ...] = ()
    spelling_language: str = ""
    """Spell every story in this language ("" for each story's own language)."""
