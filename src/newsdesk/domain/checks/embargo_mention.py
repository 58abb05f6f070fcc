"""A story that speaks of an embargo (in its text or its notes) but has no embargo time:
the time is what holds it back, words alone do not."""

from __future__ import annotations

from newsdesk.domain.checks.findings import CheckInput, Finding, FindingCode
from newsdesk.domain.embargo import mentions_embargo


def check_embargo_mention(story: CheckInput) -> list[Finding]:
    if story.embargoed_until is not None:
        return []
    findings = []
    if mentions_embargo(story.headline, story.standfirst, story.body):
        findings.append(Finding(FindingCode.EMBARGO_NOT_SET, ("text",), field="embargo"))
    if mentions_embargo(*story.notes):
        findings.append(Finding(FindingCode.EMBARGO_NOT_SET, ("notes",), field="embargo"))
    return findings
