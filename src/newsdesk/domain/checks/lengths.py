"""Lengths the desk keeps to: sentences, the headline, the standfirst."""

from __future__ import annotations

import re

from newsdesk.domain.checks.findings import CheckSettings, Finding, FindingCode
from newsdesk.domain.checks.text import Paragraph

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)\]]*\s+")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def check_sentences(paragraph: Paragraph, settings: CheckSettings) -> list[Finding]:
    """Sentences longer than the limit; each reported at the line where it starts."""
    findings: list[Finding] = []
    limit = settings.sentence_words
    for offset, line in enumerate(paragraph.lines):
        start = 0
        pieces = [*_SENTENCE_END.finditer(line), None]
        for boundary in pieces:
            end = boundary.start() if boundary is not None else len(line)
            sentence = line[start:end]
            words = len(_WORD.findall(sentence))
            if words > limit:
                findings.append(
                    Finding(
                        FindingCode.LONG_SENTENCE,
                        (words, limit),
                        "body",
                        paragraph.first_line + offset + 1,
                        start + len(sentence) - len(sentence.lstrip()),
                        end,
                    )
                )
            if boundary is not None:
                start = boundary.end()
    return findings


def check_field_lengths(headline: str, standfirst: str, settings: CheckSettings) -> list[Finding]:
    findings: list[Finding] = []
    if len(headline) > settings.headline_characters:
        findings.append(
            Finding(
                FindingCode.HEADLINE_LENGTH,
                (len(headline), settings.headline_characters),
                "headline",
                start=settings.headline_characters,
                end=len(headline),
            )
        )
    if len(standfirst) > settings.standfirst_characters:
        findings.append(
            Finding(
                FindingCode.STANDFIRST_LENGTH,
                (len(standfirst), settings.standfirst_characters),
                "standfirst",
                start=settings.standfirst_characters,
                end=len(standfirst),
            )
        )
    return findings
