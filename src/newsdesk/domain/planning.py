"""The planning desk's budget: plan items ("budget lines"), who is on them, their state.

Plain values and rules, no storage: an item has its own status until a story is started
from it; from then on it follows the story's workflow state (`status_of_story`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Final, Literal

from newsdesk.domain.enums import ArticleStatus, Role
from newsdesk.domain.errors import InvalidInput


class PlanStatus(StrEnum):
    IDEA = "idea"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    FILED = "filed"
    PUBLISHED = "published"
    SPIKED = "spiked"


class AssignmentRole(StrEnum):
    WRITER = "writer"
    PHOTOGRAPHER = "photographer"
    EDITOR = "editor"


PLANNING_ROLES = frozenset({Role.PUBLISHER, Role.PLANNER, Role.ADMIN})
"""Who creates, assigns and spikes plan items (the database holds to the same)."""

_FOLLOWS = {
    ArticleStatus.DRAFT: PlanStatus.IN_PROGRESS,
    ArticleStatus.SENT_BACK: PlanStatus.IN_PROGRESS,
    ArticleStatus.SUBMITTED: PlanStatus.FILED,
    ArticleStatus.EDITING: PlanStatus.FILED,
    ArticleStatus.READY: PlanStatus.FILED,
    ArticleStatus.PUBLISHED: PlanStatus.PUBLISHED,
    ArticleStatus.CORRECTED: PlanStatus.PUBLISHED,
    ArticleStatus.KILLED: PlanStatus.SPIKED,
}


def status_of_story(status: ArticleStatus) -> PlanStatus:
    """The state a plan item shows once its story exists: the story's, in plan words."""
    return _FOLLOWS[status]


MAX_SLUG = 200
MAX_PITCH = 5000
MAX_NOTES = 5000
MAX_WORDS = 100_000
MAX_PRIORITY = 99


def check_slug(slug: str) -> str:
    cleaned = " ".join(slug.split())
    if not cleaned:
        raise InvalidInput("A plan item needs a slug or working headline")
    if len(cleaned) > MAX_SLUG:
        raise InvalidInput(f"A plan item's slug may hold at most {MAX_SLUG} characters")
    return cleaned


def check_words(words: int | None) -> int | None:
    if words is not None and not 0 < words <= MAX_WORDS:
        raise InvalidInput(f"The planned length must be between 1 and {MAX_WORDS:,} words")
    return words


def check_priority(priority: int) -> int:
    if not -MAX_PRIORITY <= priority <= MAX_PRIORITY:
        raise InvalidInput(f"A priority must be between {-MAX_PRIORITY} and {MAX_PRIORITY}")
    return priority


class _Keep(Enum):
    KEEP = "keep"


KEEP: Final = _Keep.KEEP
"""A field of `PlanChanges` left as the item has it."""
Keep = Literal[_Keep.KEEP]


@dataclass(frozen=True, slots=True)
class PlanChanges:
    """What a planner changes on an item: each field given, or KEEP. None clears the
    planned words, the due time and the section."""

    slug: str | Keep = KEEP
    pitch: str | Keep = KEEP
    words_planned: int | Keep | None = KEEP
    due_at: datetime | Keep | None = KEEP
    section_id: int | Keep | None = KEEP
    priority: int | Keep = KEEP

    def given(self) -> dict[str, object]:
        """The fields to change, by name."""
        names = ("slug", "pitch", "words_planned", "due_at", "section_id", "priority")
        return {name: getattr(self, name) for name in names if getattr(self, name) is not KEEP}


@dataclass(frozen=True, slots=True)
class Assignee:
    user_id: int
    name: str
    role: AssignmentRole


@dataclass(frozen=True, slots=True)
class PlanDraft:
    """What a planner gives for a new item."""

    edition: date
    slug: str
    section_id: int | None = None
    pitch: str = ""
    words_planned: int | None = None
    due_at: datetime | None = None
    priority: int = 0
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One budget line as the budget, the CLI and "My assignments" show it."""

    id: int
    uuid: str
    edition: date
    section_id: int | None
    section_name: str
    slug: str
    pitch: str
    words_planned: int | None
    words_actual: int | None
    """The linked story's words now (None: no story yet)."""
    due_at: datetime | None
    priority: int
    status: PlanStatus
    notes: str
    assignees: tuple[Assignee, ...]
    story_id: int | None
    story_slug: str
    version: int

    def minutes_late(self, now: datetime) -> int:
        """How late the item is at `now` (0 when due later, filed, or never due)."""
        if self.due_at is None or self.status in (
            PlanStatus.FILED,
            PlanStatus.PUBLISHED,
            PlanStatus.SPIKED,
        ):
            return 0
        return max(0, int((now - self.due_at).total_seconds() // 60))
