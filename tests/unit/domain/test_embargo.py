"""The embargo rules and the reading of a time with its zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.embargo import (
    embargo_holds,
    mentions_embargo,
    parse_moment,
    publish_refusal,
    schedule_refusal,
)
from newsdesk.domain.errors import InvalidInput

NOON = datetime(2026, 12, 8, 12, 0, tzinfo=UTC)


def test_an_embargo_holds_until_its_time_and_not_after() -> None:
    assert embargo_holds(NOON, NOON - timedelta(seconds=1))
    assert not embargo_holds(NOON, NOON)
    assert not embargo_holds(None, NOON)
    assert publish_refusal(NOON, NOON - timedelta(minutes=1)) == (
        "The story is embargoed until 2026-12-08 12:00 UTC; it cannot be published before"
    )
    assert publish_refusal(NOON, NOON + timedelta(minutes=1)) is None


def test_a_schedule_before_the_embargo_is_refused_with_both_times() -> None:
    refusal = schedule_refusal(NOON, NOON - timedelta(hours=1))
    assert refusal is not None and "11:00 UTC" in refusal and "12:00 UTC" in refusal
    assert schedule_refusal(NOON, NOON) is None
    assert schedule_refusal(None, NOON) is None


def test_times_are_read_with_their_zone_and_kept_in_utc() -> None:
    assert parse_moment("2026-12-08T13:00+01:00") == NOON
    assert parse_moment(" 2026-12-08T12:00Z ") == NOON
    with pytest.raises(InvalidInput, match="no time zone"):
        parse_moment("2026-12-08T12:00")


@given(st.text(max_size=80))
def test_any_text_is_a_time_or_one_clear_refusal(text: str) -> None:
    try:
        moment = parse_moment(text)
    except InvalidInput as refusal:
        assert "\n" not in str(refusal).strip("'")[:200] or "\n" in text
    else:
        assert moment.tzinfo is UTC


@given(st.datetimes(timezones=st.just(timezone(timedelta(hours=3, minutes=30)))))
def test_every_zoned_time_reads_back(moment: datetime) -> None:
    if 1970 <= moment.year <= 9998:
        assert parse_moment(moment.isoformat()) == moment


def test_mentions_of_an_embargo_are_found_in_any_case() -> None:
    assert mentions_embargo("", "EMBARGOED until Tuesday")
    assert mentions_embargo("Embargo: 06:00")
    assert not mentions_embargo("The embassy said", "")


def test_a_story_that_speaks_of_an_embargo_without_its_time_is_flagged() -> None:
    from newsdesk.domain.checks import CheckInput, FindingCode, run_checks

    def codes(story: CheckInput) -> list[tuple[FindingCode, tuple[str | int, ...]]]:
        return [
            (f.code, f.params) for f in run_checks(story) if f.code is FindingCode.EMBARGO_NOT_SET
        ]

    text = CheckInput(headline="Results", body="Embargoed until 06:00 Tuesday.")
    assert codes(text) == [(FindingCode.EMBARGO_NOT_SET, ("text",))]
    noted = CheckInput(headline="Results", notes=("Under embargo till Tuesday",))
    assert codes(noted) == [(FindingCode.EMBARGO_NOT_SET, ("notes",))]
    found = run_checks(noted)
    assert any(f.message.startswith("The notes speak of an embargo") for f in found)
    timed = CheckInput(headline="Results", body="Embargoed.", embargoed_until=NOON)
    assert codes(timed) == []
