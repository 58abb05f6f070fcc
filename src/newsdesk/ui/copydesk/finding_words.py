"""The copy checks' findings in the interface's language.

The checks give a code and its values (`Finding.code`, `Finding.params`); each code is
worded here through Qt's translation, numbers in the language's digits and words from
the story isolated, so "Unknown word: “Pompeo”" reads whole in a Persian line too.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.checks import Finding, FindingCode
from newsdesk.ui.bidi import isolated
from newsdesk.ui.locale_format import number
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Finding"
WORDING: dict[FindingCode, str] = {
    FindingCode.QUOTE_NOT_CLOSED: QT_TRANSLATE_NOOP(
        "Finding", "Paragraph %1 opens a quotation (%2) it never closes"
    ),
    FindingCode.QUOTES_NOT_CLOSED: QT_TRANSLATE_NOOP(
        "Finding", "Paragraph %1 opens a quotation (%2) it never closes (%3 open)"
    ),
    FindingCode.ODD_STRAIGHT_QUOTES: QT_TRANSLATE_NOOP(
        "Finding", 'Paragraph %1 has an odd number of straight quotation marks (")'
    ),
    FindingCode.BRACKET_NOT_CLOSED: QT_TRANSLATE_NOOP(
        "Finding", "Paragraph %1 opens a bracket (%2) it never closes"
    ),
    FindingCode.BRACKET_NOT_OPENED: QT_TRANSLATE_NOOP(
        "Finding", "Paragraph %1 closes a bracket (%2) it never opened"
    ),
    FindingCode.DOUBLED_WORD: QT_TRANSLATE_NOOP("Finding", "Doubled word: “%1 %2”"),
    FindingCode.DOUBLE_SPACE: QT_TRANSLATE_NOOP("Finding", "Double space"),
    FindingCode.SPACE_BEFORE_PUNCTUATION: QT_TRANSLATE_NOOP("Finding", "Space before “%1”"),
    FindingCode.LONG_SENTENCE: QT_TRANSLATE_NOOP(
        "Finding", "Sentence of %1 words (the limit is %2)"
    ),
    FindingCode.HEADLINE_LENGTH: QT_TRANSLATE_NOOP(
        "Finding", "Headline of %1 characters (the limit is %2)"
    ),
    FindingCode.STANDFIRST_LENGTH: QT_TRANSLATE_NOOP(
        "Finding", "Standfirst of %1 characters (the limit is %2)"
    ),
    FindingCode.MISSING_FIELD: QT_TRANSLATE_NOOP(
        "Finding", "Missing %1: required before the story can be passed as ready"
    ),
    FindingCode.UNKNOWN_WORD: QT_TRANSLATE_NOOP("Finding", "Unknown word: “%1”"),
    FindingCode.STYLE: QT_TRANSLATE_NOOP("Finding", "Style: “%1” → “%2”"),
    FindingCode.EMBARGO_NOT_SET: QT_TRANSLATE_NOOP(
        "Finding",
        "The %1 speak of an embargo, but the story has no embargo time: set one before it is "
        "passed as ready",
    ),
    FindingCode.PICTURE_NO_ALT: QT_TRANSLATE_NOOP(
        "Finding", "Picture %1 has no alt text for readers who cannot see it"
    ),
    FindingCode.PICTURE_NO_CREDIT: QT_TRANSLATE_NOOP("Finding", "Picture %1 has no credit"),
    FindingCode.PICTURE_MISSING: QT_TRANSLATE_NOOP(
        "Finding", "Picture %1 is not in the media library"
    ),
    FindingCode.PICTURE_RESTRICTED: QT_TRANSLATE_NOOP(
        "Finding", "Picture %1 may not be published: “%2”"
    ),
    FindingCode.LEAD_TOO_NARROW: QT_TRANSLATE_NOOP(
        "Finding", "The lead picture is %1 pixels wide (at least %2)"
    ),
}
FIELD_NAMES = {
    "dateline": QT_TRANSLATE_NOOP("Finding", "dateline"),
    "section": QT_TRANSLATE_NOOP("Finding", "section"),
    "byline": QT_TRANSLATE_NOOP("Finding", "byline"),
    "credit": QT_TRANSLATE_NOOP("Finding", "credit line"),
    "text": QT_TRANSLATE_NOOP("Finding", "story's words"),
    "notes": QT_TRANSLATE_NOOP("Finding", "notes"),
}
"""The required fields as a missing-field finding names them."""
_PLACE = re.compile(r"%(\d)")


def fill(template: str, values: list[str]) -> str:
    """`template` with %1, %2… replaced in one pass (a value holding "%2" stays as it is)."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1], template)


def value_text(value: str | int) -> str:
    return number(value) if isinstance(value, int) else isolated(value)


def finding_text(finding: Finding) -> str:
    """The finding in the interface's language."""
    template = QCoreApplication.translate(CONTEXT, WORDING[finding.code])
    if finding.code in (FindingCode.MISSING_FIELD, FindingCode.EMBARGO_NOT_SET):
        values = [
            QCoreApplication.translate(CONTEXT, FIELD_NAMES.get(str(v), str(v)))
            for v in finding.params
        ]
    else:
        values = [value_text(value) for value in finding.params]
    return fill(template, values)
