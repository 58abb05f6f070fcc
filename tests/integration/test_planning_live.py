"""A plan item planned or assigned elsewhere reaches every open window, the assignee's
among them (PostgreSQL's notifications, as for stories)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.integration.test_live_changes import Received, listening, two_sessions

from newsdesk.domain.changes import Changes
from newsdesk.domain.planning import AssignmentRole, PlanDraft
from newsdesk.services.live import changes_for
from newsdesk.services.newsroom import Newsroom

__all__ = ["listening", "two_sessions"]  # the live tests' fixtures, used by name


@pytest.mark.parametrize(
    "payload",
    ['{"t":"plan_items","id":4,"op":"I"}', '{"t":"plan_assignments","id":4,"op":"D"}',
     '{"t":"plan_items","id":null,"op":"U"}'],
)  # fmt: skip
def test_a_plan_notification_refreshes_the_budget(payload: str) -> None:
    assert changes_for(payload) == Changes(plan=True)


@pytest.mark.postgres
def test_an_assignment_made_elsewhere_arrives(
    two_sessions: tuple[Newsroom, Newsroom], listening: Received
) -> None:
    here, there = two_sessions
    item = there.planning.add(PlanDraft(date(2026, 12, 8), "Flood warning"))
    listening.until(lambda c: c.plan)
    there.planning.assign(item.id, here.user.id, AssignmentRole.WRITER)
    got = listening.until(lambda c: c.plan)
    assert not got.comments
