"""The prose of a Markdown body, line by line, with code and link targets blanked out.

Blanking (rather than removing) keeps every column where it was, so a finding points at
the right place in the editor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_URL = re.compile(r"\b(?:https?://|www\.)\S+|<[^>\s]+>")
_LIST_MARKER = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)]|[a-zA-Z][.)])(?=\s)")
_HEADING = re.compile(r"^( {0,3}#{1,6})(?=\s)")
_QUOTE_MARKER = re.compile(r"^((?: {0,3}>)+)")


# Code and URLs become this mark, neither word, space nor punctuation to any check.
HIDDEN = "\ufffc"


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _hide(match: re.Match[str]) -> str:
    return HIDDEN * len(match.group(0))


def prose_line(line: str) -> str:
    """`line` with code spans, link targets and URLs hidden, block markers blanked."""
    line = _CODE_SPAN.sub(_hide, line)
    line = _LINK_TARGET.sub(lambda m: "]" + HIDDEN * (len(m.group(0)) - 1), line)
    line = _URL.sub(_hide, line)
    line = _QUOTE_MARKER.sub(_blank, line)
    line = _HEADING.sub(_blank, line)
    return _LIST_MARKER.sub(_blank, line)


def prose_lines(body: str, prose: Callable[[str], str] | None = None) -> list[str]:
    """Every line of `body` as prose; lines inside fenced code become empty.

    `prose` turns one line into prose (`prose_line`, or a memo of it)."""
    prose = prose or prose_line
    result: list[str] = []
    fence: str | None = None
    for line in body.split("\n"):
        marker = _FENCE.match(line)
        if fence is not None:
            result.append("")
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = None
            continue
        if marker:
            fence = marker.group(1)
            result.append("")
            continue
        result.append(prose(line))
    return result


@dataclass(frozen=True, slots=True)
class Paragraph:
    number: int
    """1-based, counting only paragraphs with prose."""
    first_line: int
    """0-based index of its first line."""
    lines: tuple[str, ...]


def paragraphs(lines: list[str]) -> list[Paragraph]:
    found: list[Paragraph] = []
    current: list[str] = []
    start = 0
    for index, line in enumerate([*lines, ""]):
        if line.strip():
            if not current:
                start = index
            current.append(line)
        elif current:
            found.append(Paragraph(len(found) + 1, start, tuple(current)))
            current = []
    return found
