"""The newsroom's style list: phrases to avoid, each with the form to use instead."""

from __future__ import annotations

import re

from newsdesk.domain.checks.findings import Finding, FindingCode, StyleRule


def _pattern(rules: tuple[StyleRule, ...]) -> re.Pattern[str] | None:
    phrases = sorted({r.phrase.strip() for r in rules if r.phrase.strip()}, key=len, reverse=True)
    if not phrases:
        return None
    joined = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<!\w)(?:{joined})(?!\w)", re.IGNORECASE)


def matching_case(found: str, replacement: str) -> str:
    """The replacement written as the found text was: capitalised, upper case or not."""
    if found.isupper() and len(found) > 1:
        return replacement.upper()
    if found[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class StyleCheck:
    def __init__(self, rules: tuple[StyleRule, ...]) -> None:
        self._rules = {" ".join(r.phrase.lower().split()): r for r in rules}
        self._pattern = _pattern(rules)

    def check_line(self, line: str, line_number: int, field: str) -> list[Finding]:
        if self._pattern is None:
            return []
        findings: list[Finding] = []
        for match in self._pattern.finditer(line):
            found = match.group(0)
            rule = self._rules[" ".join(found.lower().split())]
            replacement = matching_case(found, rule.replacement)
            findings.append(
                Finding(
                    FindingCode.STYLE,
                    (found, replacement),
                    field,
                    line_number,
                    match.start(),
                    match.end(),
                    word=found,
                    replacement=replacement,
                )
            )
        return findings
