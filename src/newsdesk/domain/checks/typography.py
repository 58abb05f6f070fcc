"""Slips of the keyboard: doubled words, double spaces, a space before punctuation."""

from __future__ import annotations

import re

from newsdesk.domain.checks.findings import Finding, FindingCode

_DOUBLED = re.compile(r"(?<![\w'’-])([^\W\d_]+)(\s+)(\1)(?![\w'’-])", re.IGNORECASE)
_DOUBLE_SPACE = re.compile(r"(?<=\S)( {2,})(?=\S)")
_SPACE_BEFORE = re.compile(r"(?<=[\w”’»)\]])( +)([,.;:!?])(?![\d.])")
# French typography puts a (thin) space before ; : ! ? — only , and . are slips there.
_SPACED_PUNCTUATION_LANGUAGES = frozenset({"fr"})


def check_typography(line: str, line_number: int, language: str, field: str) -> list[Finding]:
    """Findings in one line of prose; `line_number` is 1-based (0 for other fields)."""
    findings: list[Finding] = []
    if " " not in line:
        return findings
    for match in _DOUBLED.finditer(line):
        word = match.group(1)
        findings.append(
            Finding(
                FindingCode.DOUBLED_WORD,
                (word, match.group(3)),
                field,
                line_number,
                match.start(),
                match.end(),
                word=match.group(0),
                replacement=word,
            )
        )
    if "  " in line:
        for match in _DOUBLE_SPACE.finditer(line):
            findings.append(
                Finding(
                    FindingCode.DOUBLE_SPACE,
                    (),
                    field,
                    line_number,
                    match.start(),
                    match.end(),
                    word=match.group(0),
                    replacement=" ",
                )
            )
    french = language.split("-")[0].lower() in _SPACED_PUNCTUATION_LANGUAGES
    for match in _SPACE_BEFORE.finditer(line):
        mark = match.group(2)
        if french and mark in ";:!?":
            continue
        findings.append(
            Finding(
                FindingCode.SPACE_BEFORE_PUNCTUATION,
                (mark,),
                field,
                line_number,
                match.start(),
                match.end(),
                word=match.group(0),
                replacement=mark,
            )
        )
    return findings
