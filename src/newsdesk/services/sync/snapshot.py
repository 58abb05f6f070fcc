"""A story's text and state in a form both databases agree on (sections by uuid).

The merge code works on `ArticleEdit`, whose section is a database id; a `Snapshot`
names the section by its uuid instead, so a laptop's copy, the newsroom's row and the
base kept in `offline_articles` compare field by field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import VALUE_FIELDS, ArticleEdit
from newsdesk.domain.merge import ArticleMerge, merge_edits
from newsdesk.services.rows import article_tags
from newsdesk.storage import orm


@dataclass(frozen=True, slots=True)
class Snapshot:
    headline: str = ""
    standfirst: str = ""
    body: str = ""
    dateline: str = ""
    byline: str = ""
    credit: str = ""
    section: str | None = None
    """The section's uuid."""
    tags: tuple[str, ...] = ()
    language: str = "en"
    status: str = "draft"
    trashed: bool = False
    comments_open: bool = True
    embargoed_until: datetime | None = None

    @classmethod
    def of_row(cls, row: Any, section: str | None, tags: tuple[str, ...]) -> Snapshot:
        """A story's row (an ORM row or a row of its columns) as a snapshot, given its
        section's uuid and its tags."""
        return cls(
            **{name: getattr(row, name) for name in VALUE_FIELDS},
            section=section,
            tags=tags,
            status=row.status,
            trashed=row.trashed_at is not None,
        )

    @property
    def text(self) -> Snapshot:
        """Only what a writer edits: state and trash left at their defaults."""
        return replace(self, status="draft", trashed=False)

    @property
    def state(self) -> tuple[str, bool]:
        return (self.status, self.trashed)

    def to_json(self) -> dict[str, Any]:
        values = {name: getattr(self, name) for name in _FIELDS}
        values["tags"] = list(self.tags)
        if self.embargoed_until is not None:
            values["embargoed_until"] = self.embargoed_until.isoformat()
        return values

    @classmethod
    def from_json(cls, values: Mapping[str, Any]) -> Snapshot:
        kept = {k: v for k, v in values.items() if k in _FIELDS}
        kept["tags"] = tuple(kept.get("tags", ()))
        if kept.get("embargoed_until") is not None:
            kept["embargoed_until"] = datetime.fromisoformat(kept["embargoed_until"])
        return cls(**kept)

    def edit(self, section_id: int | None) -> ArticleEdit:
        return ArticleEdit.of(self, section_id=section_id)

    def with_edit(self, edit: ArticleEdit, section: str | None) -> Snapshot:
        values = {name: getattr(edit, name) for name in VALUE_FIELDS}
        return replace(self, **values, section=section, tags=tuple(edit.tags))


_FIELDS = tuple(f.name for f in fields(Snapshot))


def read_snapshot(session: Session, row: orm.Article) -> Snapshot:
    section = None
    if row.section_id is not None:
        section = session.scalar(select(orm.Section.uuid).where(orm.Section.id == row.section_id))
    return Snapshot.of_row(row, section, article_tags(session, row.id))


def merge_snapshots(base: Snapshot, ours: Snapshot, theirs: Snapshot) -> SnapshotMerge:
    """The shared three-way merge (`merge_edits`), sections compared by uuid."""
    keys = sorted({s.section for s in (base, ours, theirs) if s.section is not None})
    number = {uuid: index for index, uuid in enumerate(keys, start=1)}

    def as_edit(snapshot: Snapshot) -> ArticleEdit:
        return snapshot.edit(number.get(snapshot.section) if snapshot.section else None)

    return SnapshotMerge(
        merge_edits(as_edit(base), as_edit(ours), as_edit(theirs)), dict(enumerate(keys, 1)), ours
    )


@dataclass(frozen=True, slots=True)
class SnapshotMerge:
    merge: ArticleMerge
    sections: dict[int, str]
    ours: Snapshot

    @property
    def clean(self) -> bool:
        return self.merge.clean

    def snapshot(self, edit: ArticleEdit) -> Snapshot:
        """A merged edit (`merge.result()`, `merge.settled(...)`) back as a snapshot."""
        section = self.sections.get(edit.section_id) if edit.section_id else None
        return self.ours.with_edit(edit, section)
