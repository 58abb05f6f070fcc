"""What a copy check reports, what it reads, and the settings it follows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
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
    EMBARGO_NOT_SET = "embargo_not_set"
    PICTURE = "picture"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class FindingCode(StrEnum):
    """What a finding says, apart from its values (`Finding.params`, in this order).

    The domain words each code in English (`ENGLISH`, for the command line and its JSON);
    the interface words it in its own language from the code and the values.
    """

    QUOTE_NOT_CLOSED = "quote_not_closed"  # paragraph, mark
    QUOTES_NOT_CLOSED = "quotes_not_closed"  # paragraph, mark, how many are open
    ODD_STRAIGHT_QUOTES = "odd_straight_quotes"  # paragraph
    BRACKET_NOT_CLOSED = "bracket_not_closed"  # paragraph, mark
    BRACKET_NOT_OPENED = "bracket_not_opened"  # paragraph, mark
    DOUBLED_WORD = "doubled_word"  # the word, its repeat
    DOUBLE_SPACE = "double_space"
    SPACE_BEFORE_PUNCTUATION = "space_before_punctuation"  # mark
    LONG_SENTENCE = "long_sentence"  # words, limit
    HEADLINE_LENGTH = "headline_length"  # characters, limit
    STANDFIRST_LENGTH = "standfirst_length"  # characters, limit
    MISSING_FIELD = "missing_field"  # the field ("dateline", "section", "byline", "credit")
    UNKNOWN_WORD = "unknown_word"  # word
    STYLE = "style"  # the passage, the form to use
    EMBARGO_NOT_SET = "embargo_not_set"  # where the embargo is spoken of ("text", "notes")
    PICTURE_NO_ALT = "picture_no_alt"  # picture id
    PICTURE_NO_CREDIT = "picture_no_credit"  # picture id
    PICTURE_MISSING = "picture_missing"  # picture id
    PICTURE_RESTRICTED = "picture_restricted"  # picture id, its usage terms
    LEAD_TOO_NARROW = "lead_too_narrow"  # pixels wide, the least

    @property
    def kind(self) -> CheckKind:
        return _KINDS.get(self) or CheckKind(self.value)


_KINDS = {
    FindingCode.QUOTE_NOT_CLOSED: CheckKind.QUOTES,
    FindingCode.QUOTES_NOT_CLOSED: CheckKind.QUOTES,
    FindingCode.ODD_STRAIGHT_QUOTES: CheckKind.QUOTES,
    FindingCode.BRACKET_NOT_CLOSED: CheckKind.BRACKETS,
    FindingCode.BRACKET_NOT_OPENED: CheckKind.BRACKETS,
    FindingCode.UNKNOWN_WORD: CheckKind.SPELLING,
    FindingCode.PICTURE_NO_ALT: CheckKind.PICTURE,
    FindingCode.PICTURE_NO_CREDIT: CheckKind.PICTURE,
    FindingCode.PICTURE_MISSING: CheckKind.PICTURE,
    FindingCode.PICTURE_RESTRICTED: CheckKind.PICTURE,
    FindingCode.LEAD_TOO_NARROW: CheckKind.PICTURE,
}

FIELD_NAMES = {
    "dateline": "dateline",
    "section": "section",
    "byline": "byline",
    "credit": "credit line",
    "text": "story's words",
    "notes": "notes",
}
"""The required fields as the English messages name them."""

ENGLISH: dict[FindingCode, str] = {
    FindingCode.QUOTE_NOT_CLOSED: "Paragraph {0} opens a quotation ({1}) it never closes",
    FindingCode.QUOTES_NOT_CLOSED: (
        "Paragraph {0} opens a quotation ({1}) it never closes ({2} open)"
    ),
    FindingCode.ODD_STRAIGHT_QUOTES: (
        'Paragraph {0} has an odd number of straight quotation marks (")'
    ),
    FindingCode.BRACKET_NOT_CLOSED: "Paragraph {0} opens a bracket ({1}) it never closes",
    FindingCode.BRACKET_NOT_OPENED: "Paragraph {0} closes a bracket ({1}) it never opened",
    FindingCode.DOUBLED_WORD: "Doubled word: “{0} {1}”",
    FindingCode.DOUBLE_SPACE: "Double space",
    FindingCode.SPACE_BEFORE_PUNCTUATION: "Space before “{0}”",
    FindingCode.LONG_SENTENCE: "Sentence of {0} words (the limit is {1})",
    FindingCode.HEADLINE_LENGTH: "Headline of {0} characters (the limit is {1})",
    FindingCode.STANDFIRST_LENGTH: "Standfirst of {0} characters (the limit is {1})",
    FindingCode.MISSING_FIELD: "Missing {0}: required before the story can be passed as ready",
    FindingCode.UNKNOWN_WORD: "Unknown word: “{0}”",
    FindingCode.STYLE: "Style: “{0}” → “{1}”",
    FindingCode.EMBARGO_NOT_SET: (
        "The {0} speak of an embargo, but the story has no embargo time: set one before "
        "it is passed as ready"
    ),
    FindingCode.PICTURE_NO_ALT: "Picture {0} has no alt text for readers who cannot see it",
    FindingCode.PICTURE_NO_CREDIT: "Picture {0} has no credit",
    FindingCode.PICTURE_MISSING: "Picture {0} is not in the media library",
    FindingCode.PICTURE_RESTRICTED: "Picture {0} may not be published: “{1}”",
    FindingCode.LEAD_TOO_NARROW: "The lead picture is {0} pixels wide (at least {1})",
}
"""Each code in English, its values in braces by position."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a copy editor should look at: a code and its values, and where it is.

    `line` is the 1-based line of the body (0 for the other fields); `start`/`end` are
    character columns in that line (or in the field's text) of the passage concerned.
    """

    code: FindingCode
    params: tuple[str | int, ...] = ()
    field: str = "body"
    line: int = 0
    start: int = 0
    end: int = 0
    word: str = ""
    replacement: str | None = None

    @property
    def kind(self) -> CheckKind:
        return self.code.kind

    @property
    def message(self) -> str:
        """The finding in English, as `newsdesk check` prints it."""
        values = self.params
        if self.code in (FindingCode.MISSING_FIELD, FindingCode.EMBARGO_NOT_SET):
            values = tuple(FIELD_NAMES.get(str(value), str(value)) for value in values)
        return ENGLISH[self.code].format(*values)


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
    embargoed_until: datetime | None = None
    notes: tuple[str, ...] = ()
    """The story's open editorial notes (where a desk may say "embargoed till 6")."""
    article_id: int = 0
    """The story's id (0: not saved yet): its lead picture is looked up by it."""
    pictures: tuple[PictureFacts, ...] = ()
    """The library pictures the body shows (those found), read by the check service."""
    lead: PictureFacts | None = None


@dataclass(frozen=True, slots=True)
class PictureFacts:
    """What the picture checks read of a picture: how it is described and credited, how
    wide it is, and what its usage terms say."""

    id: int
    width: int
    alt: str = ""
    credit: str = ""
    usage_terms: str = ""


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
