"""Plain values of the copy desk: transitions, revisions in a history, notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from newsdesk.domain.diff import TextDiff
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

    @property
    def words_added(self) -> int:
        return self.headline.words_added + self.standfirst.words_added + self.body.words_added

    @property
    def words_removed(self) -> int:
        return self.headline.words_removed + self.standfirst.words_removed + self.body.words_removed


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
