"""Why a comment was held or marked: a code and its value, kept as one short string.

The intake rules give their reasons as codes (`HoldReason`); the database keeps each as
``code`` or ``code:value`` ("links:3", "blocked_word:casino"); the command line prints
them in English (`HoldReason.text`) and the interface words them in its own language.
Rows written before there were codes hold English sentences ("3 links"): `read_reason`
knows those as well, so no stored row needs rewriting. Any other text (another system's
note, "known spam pattern") stays a `NOTE` and is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class ReasonCode(StrEnum):
    BLOCKED_WORD = "blocked_word"  # value: the blocked word or phrase found
    LINKS = "links"  # value: how many links
    MODERATION_WORD = "moderation_word"  # value: the word or phrase found
    FIRST_COMMENT = "first_comment"
    BURST = "burst"  # value: comments from the address within a minute
    AUTO_APPROVAL_OFF = "auto_approval_off"
    NOT_YET_APPROVED = "not_yet_approved"
    LEARNED_FILTER = "learned_filter"  # value: the filter's score, e.g. "0.97"
    ALWAYS_SPAM = "always_spam"  # a moderator banned the commenter
    ALWAYS_HELD = "always_held"  # a moderator asked to hold the commenter's comments
    EARLIER_SPAM = "earlier_spam"  # value: how many of the commenter's comments are spam
    FORM_NOT_FRESH = "form_not_fresh"  # the page's script did not fetch a fresh token
    FORM_TOO_SOON = "form_too_soon"  # value: how soon after the form was handed out
    FORM_EXPIRED = "form_expired"  # value: how long after the form was handed out
    NOTE = "note"  # value: a text from elsewhere, shown as it is


COUNTED = frozenset({ReasonCode.LINKS, ReasonCode.BURST, ReasonCode.EARLIER_SPAM})
"""Codes whose value is a number."""

_ENGLISH: dict[ReasonCode, str] = {
    ReasonCode.BLOCKED_WORD: "blocked word: {0}",
    ReasonCode.LINKS: "{0} links",
    ReasonCode.MODERATION_WORD: "moderation word: {0}",
    ReasonCode.FIRST_COMMENT: "first comment from this address",
    ReasonCode.BURST: "{0} comments in 60 s",
    ReasonCode.AUTO_APPROVAL_OFF: "automatic approval is off",
    ReasonCode.NOT_YET_APPROVED: "no approved comment from this address yet",
    ReasonCode.LEARNED_FILTER: "learned filter ({0})",
    ReasonCode.ALWAYS_SPAM: "always spam: the commenter is banned",
    ReasonCode.ALWAYS_HELD: "always held: a moderator asked so for this commenter",
    ReasonCode.EARLIER_SPAM: "{0} earlier comments marked spam",
    ReasonCode.FORM_NOT_FRESH: "sent without a fresh form token (the page's script did not run)",
    ReasonCode.FORM_TOO_SOON: "sent {0} after the form was handed out",
    ReasonCode.FORM_EXPIRED: "sent {0} after the form was handed out (the token expired)",
    ReasonCode.NOTE: "{0}",
}

_ONE_LINK = "1 link"

# The English sentences stored before codes, each read back as its code.
_SENTENCES: tuple[tuple[re.Pattern[str], ReasonCode], ...] = (
    (re.compile(r"blocked word: (.+)", re.DOTALL), ReasonCode.BLOCKED_WORD),
    (re.compile(r"(\d+) links?"), ReasonCode.LINKS),
    (re.compile(r"moderation word: (.+)", re.DOTALL), ReasonCode.MODERATION_WORD),
    (re.compile(r"first comment from this address()"), ReasonCode.FIRST_COMMENT),
    (re.compile(r"(\d+) comments in 60 s"), ReasonCode.BURST),
    (re.compile(r"automatic approval is off()"), ReasonCode.AUTO_APPROVAL_OFF),
    (re.compile(r"no approved comment from this address yet()"), ReasonCode.NOT_YET_APPROVED),
)
_CODED = re.compile(r"(?P<code>[a-z_]+)(?::(?P<value>.*))?", re.DOTALL)
_CODES = frozenset(code.value for code in ReasonCode)


@dataclass(frozen=True, slots=True)
class HoldReason:
    code: ReasonCode
    value: str | int = ""

    @property
    def text(self) -> str:
        """The reason in English, as the command line prints it."""
        if self.code is ReasonCode.LINKS and self.value == 1:
            return _ONE_LINK
        return _ENGLISH[self.code].format(self.value)

    @property
    def stored(self) -> str:
        """The form the database keeps: ``code`` or ``code:value``."""
        if self.value == "" and self.code is not ReasonCode.NOTE:
            return self.code.value
        return f"{self.code.value}:{self.value}"

    def __str__(self) -> str:
        return self.text


def read_reason(stored: str) -> HoldReason:
    """The reason a stored string holds: a code, an English sentence of old, or a note."""
    coded = _CODED.fullmatch(stored)
    if coded is not None and coded["code"] in _CODES:
        return _reason(ReasonCode(coded["code"]), coded["value"] or "", stored)
    for pattern, code in _SENTENCES:
        found = pattern.fullmatch(stored)
        if found is not None:
            return _reason(code, found.group(1), stored)
    return HoldReason(ReasonCode.NOTE, stored)


def read_reasons(stored: Iterable[str] | None) -> tuple[HoldReason, ...]:
    return tuple(read_reason(str(text)) for text in stored or ())


def _reason(code: ReasonCode, value: str, stored: str) -> HoldReason:
    if code not in COUNTED:
        return HoldReason(code, value)
    if value.isascii() and value.isdigit():
        return HoldReason(code, int(value))
    return HoldReason(ReasonCode.NOTE, stored)
