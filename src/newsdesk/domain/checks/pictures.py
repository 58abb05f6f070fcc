"""Picture checks: every picture the story shows has alt text and a credit, is in the
library, and may be published; the lead picture is wide enough for the page at 2x and
for the social cards that show it."""

from __future__ import annotations

import re

from newsdesk.domain.checks.findings import CheckInput, Finding, FindingCode, PictureFacts
from newsdesk.domain.media_references import picture_references

LEAD_MIN_WIDTH = 1200
RESTRICTING = re.compile(
    r"\b(?:not\s+(?:for|to\s+be)\s+(?:publication|published|use)|do\s+not\s+(?:publish|use)"
    r"|no\s+(?:publication|use)|embargoed?|kill(?:ed)?)\b",
    re.IGNORECASE,
)
"""Usage terms that forbid publishing ("Not for publication", "Do not use", "Embargoed",
"Kill"): the wording agencies put in IPTC's usage terms and special instructions."""


def may_be_published(usage_terms: str) -> bool:
    return RESTRICTING.search(usage_terms) is None


def check_pictures(story: CheckInput) -> list[Finding]:
    found = {picture.id: picture for picture in story.pictures}
    findings: list[Finding] = []
    lead = story.lead
    if lead is not None:
        findings += _about(lead, field="lead picture")
        if lead.width < LEAD_MIN_WIDTH:
            findings.append(
                Finding(FindingCode.LEAD_TOO_NARROW, (lead.width, LEAD_MIN_WIDTH), field="lead")
            )
    for picture_id in picture_references(story.body):
        line, start, end = _place(story.body, picture_id)
        picture = found.get(picture_id)
        if picture is None:
            findings.append(
                Finding(FindingCode.PICTURE_MISSING, (picture_id,), line=line, start=start, end=end)
            )
            continue
        if lead is not None and picture_id == lead.id:
            continue
        findings += _about(picture, line=line, start=start, end=end)
    return findings


def _about(
    picture: PictureFacts, *, field: str = "body", line: int = 0, start: int = 0, end: int = 0
) -> list[Finding]:
    codes: list[tuple[FindingCode, tuple[str | int, ...]]] = []
    if not picture.alt.strip():
        codes.append((FindingCode.PICTURE_NO_ALT, (picture.id,)))
    if not picture.credit.strip():
        codes.append((FindingCode.PICTURE_NO_CREDIT, (picture.id,)))
    if not may_be_published(picture.usage_terms):
        codes.append((FindingCode.PICTURE_RESTRICTED, (picture.id, picture.usage_terms)))
    return [
        Finding(code, params, field=field, line=line, start=start, end=end)
        for code, params in codes
    ]


def _place(body: str, picture_id: int) -> tuple[int, int, int]:
    """The 1-based line and the columns of the picture's first reference."""
    marker = f"media:{picture_id}"
    for number, line in enumerate(body.split("\n"), start=1):
        for match in re.finditer(re.escape(marker) + r"(?!\d)", line):
            start = line.rfind("![", 0, match.start())
            end = line.find(")", match.end())
            return number, max(start, 0), (end + 1) if end >= 0 else match.end()
    return 0, 0, 0
