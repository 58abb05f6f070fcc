"""The copy desk's workflow: one table of who may move a story from which state to which.

Plain Python, no storage: the services enforce it, the UI asks it which actions to
show, and the tests walk every pair of states for every role.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from newsdesk.domain.entities import User
from newsdesk.domain.enums import ArticleStatus, Role

S = ArticleStatus


class Action(StrEnum):
    SUBMIT = "submit"
    TAKE = "take"
    SEND_BACK = "send_back"
    PASS_READY = "pass_ready"
    PUBLISH = "publish"
    SCHEDULE = "schedule"
    KILL = "kill"
    CORRECT = "correct"
    REVIVE = "revive"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS = {
    Action.SUBMIT: "Submit to the copy desk",
    Action.TAKE: "Take for editing",
    Action.SEND_BACK: "Send back to the writer",
    Action.PASS_READY: "Pass as ready",
    Action.PUBLISH: "Publish",
    Action.SCHEDULE: "Schedule publication",
    Action.KILL: "Kill the story",
    Action.CORRECT: "Publish a correction",
    Action.REVIVE: "Revive as a draft",
}


@dataclass(frozen=True, slots=True)
class Step:
    """One action: the states it starts from, the state it ends in, the roles allowed."""

    action: Action
    sources: frozenset[ArticleStatus]
    target: ArticleStatus
    roles: frozenset[Role]
    needs_note: bool = False


def _step(
    action: Action,
    sources: Iterable[ArticleStatus],
    target: ArticleStatus,
    roles: Iterable[Role],
    *,
    needs_note: bool = False,
) -> Step:
    return Step(action, frozenset(sources), target, frozenset(roles), needs_note)


DESK, COPY, PUBLISHER = Role.DESK, Role.COPY, Role.PUBLISHER

STEPS: tuple[Step, ...] = (
    _step(Action.SUBMIT, (S.DRAFT, S.SENT_BACK), S.SUBMITTED, (DESK,)),
    _step(Action.TAKE, (S.SUBMITTED,), S.EDITING, (COPY,)),
    _step(Action.SEND_BACK, (S.SUBMITTED, S.EDITING), S.SENT_BACK, (COPY,), needs_note=True),
    _step(Action.PASS_READY, (S.EDITING,), S.READY, (COPY,)),
    _step(Action.PUBLISH, (S.READY,), S.PUBLISHED, (PUBLISHER,)),
    _step(Action.SCHEDULE, (S.READY,), S.READY, (PUBLISHER,)),
    _step(
        Action.KILL,
        (S.DRAFT, S.SUBMITTED, S.EDITING, S.READY, S.SENT_BACK, S.PUBLISHED, S.CORRECTED),
        S.KILLED,
        (PUBLISHER,),
    ),
    _step(Action.CORRECT, (S.PUBLISHED, S.CORRECTED), S.CORRECTED, (PUBLISHER,), needs_note=True),
    _step(Action.REVIVE, (S.KILLED,), S.DRAFT, (PUBLISHER,)),
)
STEP_OF = {step.action: step for step in STEPS}

# (from, to) → the roles that may make that move; ADMIN may make every one.
TRANSITIONS: dict[tuple[ArticleStatus, ArticleStatus], frozenset[Role]] = {}
for _s in STEPS:
    for _source in _s.sources:
        key = (_source, _s.target)
        TRANSITIONS[key] = TRANSITIONS.get(key, frozenset()) | _s.roles

# Who may change a story's text, fields, links, notes (moderators touch comments only).
EDITING_ROLES = frozenset({Role.DESK, Role.COPY, Role.PUBLISHER, Role.ADMIN})

# "ready" needs these filled in (field name, what to call it).
REQUIRED_FIELDS = (
    ("dateline", "dateline"),
    ("section_id", "section"),
    ("byline", "byline"),
    ("credit", "credit line"),
)


def role_allows(roles: frozenset[Role], allowed: frozenset[Role]) -> bool:
    return Role.ADMIN in roles or bool(roles & allowed)


def may_edit(user: User) -> bool:
    return bool(user.roles & EDITING_ROLES)


def may_move(roles: frozenset[Role], source: ArticleStatus, target: ArticleStatus) -> bool:
    allowed = TRANSITIONS.get((source, target))
    return allowed is not None and role_allows(roles, allowed)


def step_for(source: ArticleStatus, target: ArticleStatus, roles: frozenset[Role]) -> Step | None:
    """The action that moves a story from `source` to `target` for someone with `roles`."""
    for step in STEPS:
        if source in step.sources and step.target is target and role_allows(roles, step.roles):
            return step
    return None


def available_actions(status: ArticleStatus, roles: frozenset[Role]) -> list[Action]:
    """The actions someone with `roles` may take on a story in `status`, in table order."""
    return [
        step.action for step in STEPS if status in step.sources and role_allows(roles, step.roles)
    ]


def missing_required(values: dict[str, object]) -> list[str]:
    """Names of the required fields that are empty in `values`."""
    missing = []
    for field, name in REQUIRED_FIELDS:
        value = values.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            missing.append(name)
    return missing
