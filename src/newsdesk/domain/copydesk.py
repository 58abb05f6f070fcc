"""Plain values of the copy desk: transitions, revisions in a history, notes."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from newsdesk.domain.diff import TextDiff, diff_words
from newsdesk.domain.enums import ArticleStatus


@dataclass(frozen=True, slots=True)
class Transition:
    id: int
    article_id: int
    at: datetime
    user: str
    action: str
    from_status: ArticleStatus
    to_status: ArticleStatus
    note: str = ""


@dataclass(frozen=True, slots=True)
class RevisionSummary:
    """One line of the History panel: never carries the text."""

    id: int
    number: int
    created_at: datetime
    author: str
    reason: str
    words_added: int
    words_removed: int


@dataclass(frozen=True, slots=True)
class RevisionComparison:
    old_id: int
    new_id: int
    headline: TextDiff
    standfirst: TextDiff
    body: TextDiff

    @classmethod
    def between(
        cls, old: object, new: object, old_id: int = 0, new_id: int = 0
    ) -> RevisionComparison:
        """Word by word from `old` to `new`: two revisions, two edits, anything that
        carries the compared fields by name."""
        diffs = {name: diff_words(getattr(old, name), getattr(new, name)) for name in COMPARED}
        return cls(old_id, new_id, **diffs)

    @property
    def words_added(self) -> int:
        return sum(getattr(self, name).words_added for name in COMPARED)

    @property
    def words_removed(self) -> int:
        return sum(getattr(self, name).words_removed for name in COMPARED)


COMPARED: tuple[str, ...] = tuple(
    f.name for f in fields(RevisionComparison) if f.name not in ("old_id", "new_id")
)
"""The fields a comparison (and a revision's count of words added and removed) reads."""


@dataclass(frozen=True, slots=True)
class NoteAnchor:
    """A passage of the body: its text and where it was (character offsets)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    article_id: int
    author: str
    created_at: datetime
    body: str
    anchor: NoteAnchor | None = None
    resolved_at: datetime | None = None
    resolved_by: str = ""

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None
