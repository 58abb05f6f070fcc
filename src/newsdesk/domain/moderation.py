"""The moderation state machine: which action takes a comment from which state to which.

Pure rules, no storage: the moderation service asks `target_state` for every comment of
an action, skips the ones the action does not apply to, and logs the moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from newsdesk.domain.entities import User
from newsdesk.domain.enums import CommentStatus, Role
from newsdesk.domain.errors import NotAllowed

P, A, S, T = (
    CommentStatus.PENDING,
    CommentStatus.APPROVED,
    CommentStatus.SPAM,
    CommentStatus.TRASH,
)


class ModerationAction(StrEnum):
    APPROVE = "approve"
    UNAPPROVE = "unapprove"
    SPAM = "spam"
    NOT_SPAM = "not_spam"
    TRASH = "trash"
    RESTORE = "restore"
    DELETE = "delete"
    EDIT = "edit"
    REPLY = "reply"

    @property
    def label(self) -> str:
        return {
            ModerationAction.NOT_SPAM: "Not spam",
            ModerationAction.DELETE: "Delete permanently",
        }.get(self, self.value.capitalize())

    @property
    def past(self) -> str:
        """How a status line reports it: "3 comments approved"."""
        return {
            ModerationAction.APPROVE: "approved",
            ModerationAction.UNAPPROVE: "unapproved",
            ModerationAction.SPAM: "marked as spam",
            ModerationAction.NOT_SPAM: "marked as not spam",
            ModerationAction.TRASH: "moved to the trash",
            ModerationAction.RESTORE: "restored",
            ModerationAction.DELETE: "deleted permanently",
            ModerationAction.EDIT: "edited",
            ModerationAction.REPLY: "replied to",
        }[self]


# action -> the states it applies to. Where it goes is `target_state`.
APPLIES_TO: dict[ModerationAction, frozenset[CommentStatus]] = {
    ModerationAction.APPROVE: frozenset({P, S, T}),
    ModerationAction.UNAPPROVE: frozenset({A}),
    ModerationAction.SPAM: frozenset({P, A, T}),
    ModerationAction.NOT_SPAM: frozenset({S}),
    ModerationAction.TRASH: frozenset({P, A, S}),
    ModerationAction.RESTORE: frozenset({T}),
    ModerationAction.DELETE: frozenset({T}),
    ModerationAction.EDIT: frozenset({P, A, S, T}),
    ModerationAction.REPLY: frozenset({P, A}),
}

# Actions that change the state; EDIT and REPLY keep it (a reply approves a pending
# parent, which the service logs as an APPROVE of the parent within the reply).
STATUS_ACTIONS = frozenset(APPLIES_TO) - {
    ModerationAction.EDIT,
    ModerationAction.REPLY,
    ModerationAction.DELETE,
}


def applies(action: ModerationAction, status: CommentStatus) -> bool:
    return status in APPLIES_TO[action]


def target_state(
    action: ModerationAction, status: CommentStatus, previous: CommentStatus | None = None
) -> CommentStatus | None:
    """The state `action` moves a comment in `status` to; None when it does not apply.

    Not spam and restore go back to the state the comment had before it was marked
    (`previous`), or to pending when that is unknown, as WordPress does.
    """
    if not applies(action, status):
        return None
    if action is ModerationAction.APPROVE:
        return A
    if action is ModerationAction.UNAPPROVE:
        return P
    if action is ModerationAction.SPAM:
        return S
    if action is ModerationAction.TRASH:
        return T
    if action in (ModerationAction.NOT_SPAM, ModerationAction.RESTORE):
        back = previous if previous in (P, A) else P
        return back
    return status  # EDIT, REPLY keep the state; DELETE removes the comment


def remembers_previous(target: CommentStatus) -> bool:
    """Spam and trash remember where a comment came from, for not spam and restore."""
    return target in (S, T)


def check_may_moderate(user: User) -> None:
    if not user.has(Role.MODERATOR):
        raise NotAllowed(
            f"{user.display_name or user.username} may not moderate comments: "
            "that needs the moderator or administrator role"
        )


@dataclass(frozen=True, slots=True)
class ModerationEvent:
    """One line of a comment's moderation history: who moved it from where to where."""

    action: ModerationAction
    username: str
    at: datetime
    from_status: CommentStatus | None
    to_status: CommentStatus | None
    undone: bool = False


@dataclass(frozen=True, slots=True)
class ModerationResult:
    """What one action did: the comments it moved and those it left alone."""

    action: ModerationAction
    comment_ids: tuple[int, ...]
    skipped: int = 0
    undo: bool = False
    created_id: int | None = None
    """The reply a REPLY wrote."""

    @property
    def count(self) -> int:
        return len(self.comment_ids)
