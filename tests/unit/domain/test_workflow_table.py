"""The workflow table itself: who may move a story from which state to which."""

from __future__ import annotations

import pytest

from newsdesk.domain.enums import ArticleStatus as S
from newsdesk.domain.enums import Role
from newsdesk.domain.workflow import (
    TRANSITIONS,
    Action,
    available_actions,
    may_move,
    missing_required,
    step_for,
)

EXPECTED: dict[tuple[S, S], set[Role]] = {
    (S.DRAFT, S.SUBMITTED): {Role.DESK},
    (S.SENT_BACK, S.SUBMITTED): {Role.DESK},
    (S.SUBMITTED, S.EDITING): {Role.COPY},
    (S.SUBMITTED, S.SENT_BACK): {Role.COPY},
    (S.EDITING, S.SENT_BACK): {Role.COPY},
    (S.EDITING, S.READY): {Role.COPY},
    (S.READY, S.PUBLISHED): {Role.PUBLISHER},
    (S.READY, S.READY): {Role.PUBLISHER},
    (S.PUBLISHED, S.CORRECTED): {Role.PUBLISHER},
    (S.CORRECTED, S.CORRECTED): {Role.PUBLISHER},
    (S.KILLED, S.DRAFT): {Role.PUBLISHER},
    **{(source, S.KILLED): {Role.PUBLISHER} for source in S if source is not S.KILLED},
}


def test_the_table_is_exactly_the_desk_s_rules() -> None:
    assert {pair: set(roles) for pair, roles in TRANSITIONS.items()} == EXPECTED


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("source", list(S))
@pytest.mark.parametrize("target", list(S))
def test_every_pair_for_every_role(role: Role, source: S, target: S) -> None:
    roles = EXPECTED.get((source, target))
    allowed = roles is not None and (role is Role.ADMIN or role in roles)
    assert may_move(frozenset({role}), source, target) is allowed
    assert (step_for(source, target, frozenset({role})) is not None) is allowed


def test_moderators_have_no_story_actions_at_all() -> None:
    assert all(available_actions(status, frozenset({Role.MODERATOR})) == [] for status in S)


def test_actions_offered_follow_role_and_state() -> None:
    assert available_actions(S.SUBMITTED, frozenset({Role.COPY})) == [
        Action.TAKE,
        Action.SEND_BACK,
    ]
    assert available_actions(S.DRAFT, frozenset({Role.DESK})) == [Action.SUBMIT]
    assert Action.PUBLISH in available_actions(S.READY, frozenset({Role.ADMIN}))


def test_required_fields_are_named() -> None:
    assert missing_required({"dateline": " ", "section_id": None, "byline": "B", "credit": ""}) == [
        "dateline",
        "section",
        "credit line",
    ]
