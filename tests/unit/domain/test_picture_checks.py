"""Picture checks: alt text, credit, a picture the library lacks, usage terms that
forbid publishing, and a lead picture too narrow; found where the picture is."""

from __future__ import annotations

import pytest

from newsdesk.domain.checks import CheckInput, FindingCode, PictureFacts, run_checks
from newsdesk.domain.checks.pictures import may_be_published

GOOD = PictureFacts(7, 2000, alt="A crowd in a square", credit="Reuters")


def _codes(story: CheckInput) -> list[tuple[FindingCode, tuple[object, ...], str, int]]:
    return [
        (f.code, f.params, f.field, f.line)
        for f in run_checks(story)
        if f.code.kind.value == "picture"
    ]


def test_a_well_described_picture_and_lead_pass() -> None:
    story = CheckInput(body="Text.\n\n![](media:7)", pictures=(GOOD,), lead=GOOD)
    assert _codes(story) == []


def test_each_picture_fault_is_found_where_the_picture_is() -> None:
    terms = "NOT FOR PUBLICATION before Monday"
    lead = PictureFacts(8, 800, alt="Chart", credit="Desk", usage_terms=terms)
    story = CheckInput(
        body='Intro.\n\nSee ![chart](media:8 "Turnout") here.\n\n![](media:99)',
        pictures=(lead,),
        lead=lead,
    )
    findings = run_checks(story)
    assert _codes(story) == [  # the lead's faults once, though the text shows it too
        (FindingCode.PICTURE_RESTRICTED, (8, terms), "lead picture", 0),
        (FindingCode.LEAD_TOO_NARROW, (800, 1200), "lead", 0),
        (FindingCode.PICTURE_MISSING, (99,), "body", 5),
    ]
    missing = next(f for f in findings if f.code is FindingCode.PICTURE_MISSING)
    assert (missing.start, missing.end) == (0, len("![](media:99)"))
    assert missing.message == "Picture 99 is not in the media library"


def test_a_picture_in_the_text_without_alt_or_credit() -> None:
    story = CheckInput(body="One.\n\n![](media:8)", pictures=(PictureFacts(8, 900),))
    assert _codes(story) == [
        (FindingCode.PICTURE_NO_ALT, (8,), "body", 3),
        (FindingCode.PICTURE_NO_CREDIT, (8,), "body", 3),
    ]


@pytest.mark.parametrize(
    ("terms", "allowed"),
    [
        ("Editorial use only", True),
        ("", True),
        ("Not for publication", False),
        ("Do not use after 2020", False),
        ("EMBARGOED until 10:00 GMT", False),
        ("Kill: withdrawn by the agency", False),
        ("Killer whale photo, editorial use", True),
    ],
)
def test_usage_terms_that_forbid_publishing(terms: str, allowed: bool) -> None:
    assert may_be_published(terms) is allowed
