"""The section tree under the implicit Home: listing with counts, edits, moves."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Section
from newsdesk.domain.errors import InvalidInput, NotFound
from newsdesk.domain.slugs import slugify, unique_slug
from newsdesk.storage import orm
from newsdesk.storage.database import Database


def _parents(session: Session) -> dict[int, int | None]:
    return dict(session.execute(select(orm.Section.id, orm.Section.parent_id)).all())


def descendant_ids(session: Session, section_id: int) -> list[int]:
    """The section and every section below it."""
    parents = _parents(session)
    found = [section_id]
    frontier = [section_id]
    while frontier:
        children = [child for child, parent in parents.items() if parent in frontier]
        found.extend(children)
        frontier = children
    return found


def section_path(session: Session, section_id: int) -> tuple[str, ...]:
    """Names from the top-level section down to this one (Home is implicit)."""
    names: list[str] = []
    current: int | None = section_id
    seen: set[int] = set()
    while current is not None and current not in seen:
        seen.add(current)
        row = session.get(orm.Section, current)
        if row is None:
            break
        names.append(row.name)
        current = row.parent_id
    return tuple(reversed(names))


class SectionService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def tree(self) -> list[Section]:
        """Every section, parents before children, siblings by position, with live counts."""
        with self._db.transaction() as session:
            counts = dict(
                session.execute(
                    select(orm.Article.section_id, func.count())
                    .where(orm.Article.trashed_at.is_(None))
                    .group_by(orm.Article.section_id)
                ).all()
            )
            rows = session.scalars(
                select(orm.Section).order_by(orm.Section.position, orm.Section.name)
            ).all()
        children: dict[int | None, list[orm.Section]] = {}
        for row in rows:
            children.setdefault(row.parent_id, []).append(row)
        ordered: list[Section] = []

        def walk(parent: int | None) -> None:
            for row in children.get(parent, []):
                ordered.append(
                    Section(
                        id=row.id,
                        name=row.name,
                        slug=row.slug,
                        parent_id=row.parent_id,
                        position=row.position,
                        article_count=counts.get(row.id, 0),
                    )
                )
                walk(row.id)

        walk(None)
        return ordered

    def find(self, reference: str) -> Section:
        for section in self.tree():
            if reference in (section.slug, str(section.id)) or section.name == reference:
                return section
        raise NotFound(f"No section is called {reference!r}")

    def create(self, name: str, parent_id: int | None = None, slug: str | None = None) -> Section:
        name = _clean_name(name)
        with self._db.transaction() as session:
            if parent_id is not None and session.get(orm.Section, parent_id) is None:
                raise NotFound(f"Section {parent_id} does not exist")

            def taken(candidate: str) -> bool:
                return (
                    session.scalar(select(orm.Section.id).where(orm.Section.slug == candidate))
                    is not None
                )

            position = session.scalar(
                select(func.coalesce(func.max(orm.Section.position) + 1, 0)).where(
                    orm.Section.parent_id.is_(None)
                    if parent_id is None
                    else orm.Section.parent_id == parent_id
                )
            )
            row = orm.Section(
                name=name,
                slug=unique_slug(slugify(slug or name), taken),
                parent_id=parent_id,
                position=position or 0,
            )
            session.add(row)
            session.flush()
            section_id = row.id
        return next(s for s in self.tree() if s.id == section_id)

    def rename(self, section_id: int, name: str) -> Changes:
        name = _clean_name(name)
        with self._db.transaction() as session:
            row = session.get(orm.Section, section_id)
            if row is None:
                raise NotFound(f"Section {section_id} does not exist")
            row.name = name
        return Changes(sections=True, article_list=True)

    def move(self, section_id: int, parent_id: int | None, position: int) -> Changes:
        """Put a section under `parent_id` (None: top level) at `position` among siblings."""
        with self._db.transaction() as session:
            row = session.get(orm.Section, section_id)
            if row is None:
                raise NotFound(f"Section {section_id} does not exist")
            if parent_id is not None and parent_id in descendant_ids(session, section_id):
                raise InvalidInput(f"“{row.name}” cannot be moved inside itself")
            siblings = [
                s
                for s in session.scalars(
                    select(orm.Section)
                    .where(
                        orm.Section.parent_id.is_(None)
                        if parent_id is None
                        else orm.Section.parent_id == parent_id
                    )
                    .order_by(orm.Section.position, orm.Section.name)
                )
                if s.id != section_id
            ]
            position = max(0, min(position, len(siblings)))
            siblings.insert(position, row)
            row.parent_id = parent_id
            for index, sibling in enumerate(siblings):
                sibling.position = index
        return Changes(sections=True)

    def held_stories(self, section_id: int) -> int:
        """How many stories the section holds, the trash included: while there are any, it
        cannot be deleted (the window says so before asking to confirm)."""
        with self._db.transaction() as session:
            return _held_stories(session, section_id)

    def delete(self, section_id: int) -> Changes:
        with self._db.transaction() as session:
            row = session.get(orm.Section, section_id)
            if row is None:
                raise NotFound(f"Section {section_id} does not exist")
            stories = _held_stories(session, section_id)
            if stories:
                raise InvalidInput(
                    f"“{row.name}” still holds {stories} stor{'y' if stories == 1 else 'ies'} "
                    "(trash included): move them to another section first"
                )
            session.execute(
                update(orm.Section)
                .where(orm.Section.parent_id == section_id)
                .values(parent_id=row.parent_id)
            )
            session.delete(row)
        return Changes(sections=True, article_list=True)


def _held_stories(session: Session, section_id: int) -> int:
    count = session.scalar(select(func.count()).where(orm.Article.section_id == section_id))
    return int(count or 0)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("A section needs a name")
    if len(name) > 200:
        raise InvalidInput("A section name may hold at most 200 characters")
    return name
