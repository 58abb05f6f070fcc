"""Text from outside, cleaned of the characters XML 1.0 and HTML cannot carry.

A WordPress export, a saved web page and a reader's comment pass through `clean_text`
before anything else reads them: lxml refuses to build a tree holding such a character
(one ``&#1;`` in a title used to abort a whole import), a page extractor gives up on it,
and a page or feed that carries one is broken for its readers. What is removed is
counted, so each import can say what it took out.

Removed, raw and, in markup, as numeric character references (``&#1;``, ``&#x1F;``,
with or without the closing semicolon, as HTML reads them):

- the C0 controls but tab, line feed and carriage return: XML 1.0 forbids them;
- DEL and the C1 controls (U+007F to U+009F). XML 1.0 still allows them, as
  "discouraged"; XML 1.1 and HTML count them as errors, and nobody types one: in text
  they are bytes of another encoding read wrongly, invisible on a page and fatal to some
  feed readers. A *reference* such as ``&#150;`` is another matter: HTML reads it as the
  Windows-1252 character (an en dash), every browser and both our HTML parsers show
  that, so it stays; only the five with no Windows-1252 character go;
- lone surrogates (U+D800 to U+DFFF), which are not characters and cannot be stored as
  UTF-8, and U+FFFE and U+FFFF, which XML 1.0 excludes;
- references to nothing (zero, or beyond U+10FFFF).

All of them count as "control characters" in what the imports report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNCARRIED = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
_RAW = re.compile(f"[{_UNCARRIED}]")
_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
_MAX_DIGITS = 8
"""More digits than this (leading zeros aside) name nothing: U+10FFFF has seven."""
# C1 code points HTML reads as a Windows-1252 character when written as a reference.
_WINDOWS_1252 = frozenset(
    code for code in range(0x80, 0xA0) if bytes([code]).decode("cp1252", "ignore")
)


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    removed: int
    """How many characters (or references to them) were taken out."""


def uncarried(code: int) -> bool:
    """Whether the code point is one text from outside must not bring in."""
    if code in (0x09, 0x0A, 0x0D):
        return False
    return (
        code < 0x20
        or 0x7F <= code <= 0x9F
        or 0xD800 <= code <= 0xDFFF
        or code in (0xFFFE, 0xFFFF)
        or code > 0x10FFFF
    )


def _referenced(match: re.Match[str]) -> int | None:
    """The code point a reference names (None: beyond any)."""
    hexadecimal, decimal = match.group(1), match.group(2)
    digits = (hexadecimal or decimal).lstrip("0")
    if len(digits) > _MAX_DIGITS:
        return None
    return int(digits or "0", 16 if hexadecimal else 10)


def _reference_removed(match: re.Match[str]) -> bool:
    code = _referenced(match)
    if code is None or code == 0:
        return True
    if 0x80 <= code <= 0x9F:
        return code not in _WINDOWS_1252
    return uncarried(code)


def _without_references(text: str) -> tuple[str, int]:
    pieces: list[str] = []
    cursor = removed = 0
    for match in _REFERENCE.finditer(text):
        if _reference_removed(match):
            pieces.append(text[cursor : match.start()])
            cursor = match.end()
            removed += 1
    if not removed:
        return text, 0
    pieces.append(text[cursor:])
    return "".join(pieces), removed


def clean_text(text: str, *, markup: bool = False) -> CleanText:
    """`text` without the characters XML and HTML cannot carry, and how many went.

    `markup`: the text is HTML (or XML, or Markdown), so references to such characters
    go too; in plain text a ``&#1;`` is only what it reads as.
    """
    text, removed = _RAW.subn("", text)
    while markup and "&#" in text:  # taking one out can join another: "&#&#1;1;"
        text, referenced = _without_references(text)
        if not referenced:
            break
        removed += referenced
    return CleanText(text, removed)


def removed_phrase(count: int) -> str:
    """What the imports say: "removed 3 control characters"."""
    return f"removed {count:,} control character{'' if count == 1 else 's'}"
