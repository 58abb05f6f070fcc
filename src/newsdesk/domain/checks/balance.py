"""Unbalanced quotation marks and brackets, paragraph by paragraph.

A quotation that runs on into the next paragraph is written, by convention, with an
opening mark and no closing one; the copy desk still wants to see each such paragraph,
so every paragraph is judged on its own.
"""

from __future__ import annotations

from newsdesk.domain.checks.findings import Finding, FindingCode
from newsdesk.domain.checks.text import Paragraph

# Opening mark → closing mark, by the language's convention.
_DOUBLE_QUOTES = {"“": "”", "„": "”", "«": "»"}
_LOW_OPENING_QUOTES = {"„": "“", "»": "«", "‚": "‘"}
LOW_OPENING_LANGUAGES = frozenset({"de", "cs", "sk", "sl", "hr", "lt", "et", "is", "bg"})
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSING_BRACKETS = {close: open_ for open_, close in _BRACKETS.items()}
_SMILEY_EYES = frozenset(":;=")

Position = tuple[int, int]  # (0-based line, column)


def _quote_pairs(language: str) -> dict[str, str]:
    primary = language.split("-")[0].lower()
    if primary in LOW_OPENING_LANGUAGES:
        return _LOW_OPENING_QUOTES
    return {**_DOUBLE_QUOTES, "‘": "’"}


def _is_apostrophe(line: str, column: int) -> bool:
    after = line[column + 1 : column + 2]
    return after.isalpha()


def check_balance(paragraph: Paragraph, language: str, field: str = "body") -> list[Finding]:
    pairs = _quote_pairs(language)
    closers: dict[str, set[str]] = {}
    for opener, closer in pairs.items():
        closers.setdefault(closer, set()).add(opener)
    quote_stack: list[tuple[str, Position]] = []
    bracket_stack: list[tuple[str, Position]] = []
    stray_bracket: tuple[str, Position] | None = None
    straight: list[Position] = []
    for offset, line in enumerate(paragraph.lines):
        row = paragraph.first_line + offset
        for column, char in enumerate(line):
            closing = char in closers and _open_among(quote_stack, closers[char])
            if char in pairs and not closing:
                quote_stack.append((char, (row, column)))
            elif char in closers:
                if char == "’" and _is_apostrophe(line, column):
                    continue
                _close(quote_stack, closers[char])
            elif char == '"':
                straight.append((row, column))
            elif char in _BRACKETS:
                bracket_stack.append((char, (row, column)))
            elif char in _CLOSING_BRACKETS:
                if column and line[column - 1] in _SMILEY_EYES:
                    continue
                if bracket_stack and bracket_stack[-1][0] == _CLOSING_BRACKETS[char]:
                    bracket_stack.pop()
                elif stray_bracket is None:
                    stray_bracket = (char, (row, column))
    findings: list[Finding] = []
    # An opening single quote left open is only reported when no closing mark follows
    # at all: ’ doubles as the apostrophe, so the count of closers proves little.
    open_quotes = [(mark, at) for mark, at in quote_stack if mark != "‘"]
    if open_quotes:
        mark, (row, column) = open_quotes[0]
        findings.append(
            _finding(FindingCode.QUOTE_NOT_CLOSED, (paragraph.number, mark), field, row, column)
            if len(open_quotes) == 1
            else _finding(
                FindingCode.QUOTES_NOT_CLOSED,
                (paragraph.number, mark, len(open_quotes)),
                field,
                row,
                column,
            )
        )
    if len(straight) % 2:
        row, column = straight[-1]
        findings.append(
            _finding(FindingCode.ODD_STRAIGHT_QUOTES, (paragraph.number,), field, row, column)
        )
    if bracket_stack:
        mark, (row, column) = bracket_stack[0]
        findings.append(
            _finding(FindingCode.BRACKET_NOT_CLOSED, (paragraph.number, mark), field, row, column)
        )
    elif stray_bracket is not None:
        mark, (row, column) = stray_bracket
        findings.append(
            _finding(FindingCode.BRACKET_NOT_OPENED, (paragraph.number, mark), field, row, column)
        )
    return findings


def _open_among(stack: list[tuple[str, Position]], openers: set[str]) -> bool:
    return any(mark in openers for mark, _ in stack)


def _close(stack: list[tuple[str, Position]], openers: set[str]) -> None:
    """Close the innermost matching quotation (and any left open inside it)."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index][0] in openers:
            del stack[index:]
            return


def _finding(
    code: FindingCode, params: tuple[str | int, ...], field: str, row: int, column: int
) -> Finding:
    line = row + 1 if field == "body" else 0
    return Finding(code, params, field, line, column, column + 1)
