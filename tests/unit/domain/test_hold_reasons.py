"""Hold reasons are codes with a value: stored short, worded in English for the command
line, and rows stored before codes (English sentences) read back as the same codes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.hold_reasons import HoldReason, ReasonCode, read_reason, read_reasons
from newsdesk.domain.intake import AddressHistory, IntakeRules, Submission, judge

R = ReasonCode


@pytest.mark.parametrize(
    ("reason", "stored", "english"),
    [
        (HoldReason(R.BLOCKED_WORD, "casino"), "blocked_word:casino", "blocked word: casino"),
        (HoldReason(R.LINKS, 3), "links:3", "3 links"),
        (HoldReason(R.LINKS, 1), "links:1", "1 link"),
        (HoldReason(R.MODERATION_WORD, "loan"), "moderation_word:loan", "moderation word: loan"),
        (HoldReason(R.FIRST_COMMENT), "first_comment", "first comment from this address"),
        (HoldReason(R.BURST, 4), "burst:4", "4 comments in 60 s"),
        (HoldReason(R.AUTO_APPROVAL_OFF), "auto_approval_off", "automatic approval is off"),
        (
            HoldReason(R.NOT_YET_APPROVED),
            "not_yet_approved",
            "no approved comment from this address yet",
        ),
        (HoldReason(R.NOTE, "known spam pattern"), "note:known spam pattern", "known spam pattern"),
    ],
)
def test_each_reason_is_stored_as_a_code_and_read_back(
    reason: HoldReason, stored: str, english: str
) -> None:
    assert reason.stored == stored
    assert reason.text == english == str(reason)
    assert read_reason(stored) == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("blocked word: ugly slur", HoldReason(R.BLOCKED_WORD, "ugly slur")),
        ("2 links", HoldReason(R.LINKS, 2)),
        ("1 links", HoldReason(R.LINKS, 1)),
        ("moderation word: loan", HoldReason(R.MODERATION_WORD, "loan")),
        ("first comment from this address", HoldReason(R.FIRST_COMMENT)),
        ("3 comments in 60 s", HoldReason(R.BURST, 3)),
        ("automatic approval is off", HoldReason(R.AUTO_APPROVAL_OFF)),
        ("no approved comment from this address yet", HoldReason(R.NOT_YET_APPROVED)),
        # Not ours: kept as the text it is.
        ("trashed by moderator: abuse", HoldReason(R.NOTE, "trashed by moderator: abuse")),
        ("spam", HoldReason(R.NOTE, "spam")),
        ("links:many", HoldReason(R.NOTE, "links:many")),
        ("links:٣", HoldReason(R.NOTE, "links:٣")),
    ],
)
def test_rows_stored_before_codes_read_as_codes(sentence: str, reason: HoldReason) -> None:
    assert read_reason(sentence) == reason


def test_no_reasons_stored_reads_as_none() -> None:
    assert read_reasons(None) == () == read_reasons([])


@given(st.text(max_size=60))
def test_any_stored_text_reads_as_a_reason_that_keeps_its_meaning(text: str) -> None:
    reason = read_reason(text)
    assert read_reason(reason.stored) == reason
    if reason.code is R.NOTE:
        assert reason.text == text or text.startswith("note:")


def test_judge_gives_codes() -> None:
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    submission = Submission(
        "story", "Ann", "ann@example.org", "See http://a.example and http://b.example", moment
    )
    verdict = judge(submission, IntakeRules(moderation_words=("see",)), AddressHistory())
    assert verdict.status is CommentStatus.PENDING
    assert verdict.reasons == (
        HoldReason(R.LINKS, 2),
        HoldReason(R.MODERATION_WORD, "see"),
        HoldReason(R.FIRST_COMMENT),
    )
    blocked = judge(submission, IntakeRules(blocked_words=("see",)), AddressHistory())
    assert blocked.reasons == (HoldReason(R.BLOCKED_WORD, "see"),)
