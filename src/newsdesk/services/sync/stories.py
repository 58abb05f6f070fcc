"""Reading many stories at once, as a sync compares them: text, state and ids.

A sync settles its stories in batches; each side's rows for a batch come in with three
queries (stories, their tags, their sections' uuids), whatever the batch's size.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import VALUE_FIELDS
from newsdesk.services.rows import tags_by_article
from newsdesk.services.sync.snapshot import Snapshot
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks

FOLLOWED = ("status", "trashed_at", "published_at", "scheduled_at", "correction_note", "private")
"""What a laptop's copy takes from the newsroom as it is: state, publication, note, and
whether it is private until published."""

_COLUMNS = tuple(
    getattr(orm.Article, name)
    for name in ("id", "uuid", "slug", "version", "section_id", *VALUE_FIELDS, *FOLLOWED)
)


@dataclass(frozen=True, slots=True)
class StoryState:
    """One story as one database holds it now."""

    id: int
    uuid: str
    slug: str
    version: int
    snapshot: Snapshot
    followed: dict[str, Any]
    """The `FOLLOWED` columns' values."""

    @property
    def headline(self) -> str:
        return self.snapshot.headline


def section_uuids(session: Session, ids: Iterable[int | None]) -> dict[int, str | None]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return dict(
        session.execute(
            select(orm.Section.id, orm.Section.uuid).where(orm.Section.id.in_(wanted))
        ).all()
    )


def load_stories(session: Session, uuids: Iterable[str]) -> dict[str, StoryState]:
    """The stories of `uuids` this database holds (missing ones are left out)."""
    rows: list[Any] = []
    for part in chunks(list(uuids)):
        rows += session.execute(select(*_COLUMNS).where(orm.Article.uuid.in_(part))).all()
    if not rows:
        return {}
    tags = tags_by_article(session, [r.id for r in rows])
    sections = section_uuids(session, (r.section_id for r in rows))
    found: dict[str, StoryState] = {}
    for r in rows:
        found[r.uuid] = StoryState(
            id=r.id,
            uuid=r.uuid,
            slug=r.slug,
            version=r.version,
            snapshot=Snapshot.of_row(
                r,
                sections.get(r.section_id) if r.section_id is not None else None,
                tags.get(r.id, ()),
            ),
            followed={name: getattr(r, name) for name in FOLLOWED},
        )
    return found
