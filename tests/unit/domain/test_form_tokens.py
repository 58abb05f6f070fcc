"""The reply form's tokens: signed for one story, a fresh one timed, a doubt held."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.form_tokens import (
    NO_FRESH_TOKEN,
    Unverified,
    fresh_token,
    page_token,
    read_token,
)
from newsdesk.domain.intake import RefusalKind

SECRET = bytes(range(32))
STORY = "d5e4ca25-c8c2-5823-8a01-be22544d2299"
OTHER = "00000000-0000-0000-0000-000000000000"
NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def test_a_page_token_is_the_same_for_every_export_and_is_doubted() -> None:
    assert page_token(SECRET, STORY) == page_token(SECRET, STORY)
    assert read_token(SECRET, page_token(SECRET, STORY), STORY, NOW) == (NO_FRESH_TOKEN,)


def test_a_fresh_token_sent_in_good_time_raises_no_doubt() -> None:
    token = fresh_token(SECRET, STORY, NOW)
    assert read_token(SECRET, token, STORY, NOW + timedelta(seconds=40)) == ()
    assert read_token(SECRET, token, STORY, NOW + timedelta(hours=11)) == ()


@pytest.mark.parametrize(
    ("after", "doubt"),
    [
        (timedelta(seconds=0.4), "sent 0.4 s after the form was handed out"),
        (timedelta(seconds=-2), "sent 0.0 s after the form was handed out"),  # a clock behind
        (timedelta(hours=13), "sent 13 h after the form was handed out (the token expired)"),
    ],
)
def test_too_fast_or_too_late_is_doubted(after: timedelta, doubt: str) -> None:
    token = fresh_token(SECRET, STORY, NOW)
    assert [reason.text for reason in read_token(SECRET, token, STORY, NOW + after)] == [doubt]


@pytest.mark.parametrize(
    "token",
    [
        "",
        "p1",
        "p1.",
        "f1.1.2",
        page_token(SECRET, OTHER),  # another story's
        page_token(b"another newsroom's key.........", STORY),
        fresh_token(SECRET, OTHER, NOW),
        fresh_token(SECRET, STORY, NOW).replace("f1.", "f1.9"),  # the time changed
        fresh_token(SECRET, STORY, NOW + timedelta(minutes=5)),  # from the future
        "x" * 5000,
        "p1.ünïcode",
    ],
)
def test_anything_not_signed_for_the_story_is_refused(token: str) -> None:
    with pytest.raises(Unverified) as refused:
        read_token(SECRET, token, STORY, NOW)
    assert refused.value.kind is RefusalKind.UNVERIFIED


@given(st.text(max_size=300))
def test_no_text_is_taken_for_a_token_by_chance(token: str) -> None:
    with pytest.raises(Unverified):
        read_token(SECRET, token, STORY, NOW)
