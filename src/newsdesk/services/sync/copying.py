"""Copying a story's rows from one database to the other, matched by uuid.

Everything here works inside the two sessions it is given and is idempotent: a row
already on the other side (same uuid) is left alone or brought up to date, never doubled,
so a copy cut halfway and run again finishes the job.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from newsdesk.domain.entities import TEXT_FIELDS, User
from newsdesk.domain.enums import Role
from newsdesk.domain.slugs import slugify, unique_slug
from newsdesk.services.sync.writes import Writes
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_copydesk import EditorialNote, RevisionStats


def table_of(model: type[Any]) -> Table:
    """The Core table of a mapped class (bulk copies go through Core, not the ORM)."""
    found = model.__table__
    assert isinstance(found, Table)
    return found


@dataclass
class UserMap:
    """Authors from one database to the other, by user name.

    Towards a laptop, people missing there are created (with their roles) so its history
    names them. Towards the newsroom no one is created: what a laptop sends was written
    there by the person syncing, so unknown names become the syncing user, and so do all
    names when that person is not an admin (the newsroom's rights let a writer add only
    their own revisions).
    """

    fallback: User | None
    """The syncing user on the newsroom; None when copying to a laptop."""
    known: dict[int, int | None] = field(default_factory=dict)

    @property
    def keeps_authors(self) -> bool:
        return self.fallback is None or Role.ADMIN in self.fallback.roles

    def map(self, source: Session, target: Session, user_id: int | None) -> int | None:
        if user_id is None:
            return None
        if not self.keeps_authors:
            assert self.fallback is not None
            return self.fallback.id
        if user_id not in self.known:
            self.prefetch(source, target, [user_id])
        return self.known[user_id]

    def prefetch(self, source: Session, target: Session, user_ids: Iterable[int | None]) -> None:
        """Map many authors at once (three queries, whatever their number)."""
        wanted = sorted({i for i in user_ids if i is not None and i not in self.known})
        if not wanted or not self.keeps_authors:
            return
        names = dict(
            source.execute(
                select(orm.User.id, orm.User.username).where(orm.User.id.in_(wanted))
            ).all()
        )
        found = dict(
            target.execute(
                select(orm.User.username, orm.User.id).where(
                    orm.User.username.in_(list(names.values()))
                )
            ).all()
        )
        for user_id in wanted:
            name = names.get(user_id)
            there = found.get(name) if name is not None else None
            if there is None and name is not None and self.fallback is None:
                row = source.get(orm.User, user_id)
                assert row is not None
                copy = orm.User(username=row.username, display_name=row.display_name)
                copy.roles = [orm.UserRole(role=r.role) for r in row.roles]
                target.add(copy)
                target.flush()
                there = copy.id
            if there is None and self.fallback is not None:
                there = self.fallback.id
            self.known[user_id] = there


def section_id(
    source: Session, target: Session, section_uuid: str | None, *, laptop_is_target: bool
) -> int | None:
    """The target's id of the section `section_uuid` names in `source`, made if missing.

    Matched by uuid, else by slug; when matched by slug the laptop's row takes the
    newsroom's uuid, so both sides name it the same from then on.
    """
    if section_uuid is None:
        return None
    found = target.scalar(select(orm.Section.id).where(orm.Section.uuid == section_uuid))
    if found is not None:
        return found
    row = source.scalar(select(orm.Section).where(orm.Section.uuid == section_uuid))
    if row is None:
        return None
    parent_uuid = source.scalar(select(orm.Section.uuid).where(orm.Section.id == row.parent_id))
    parent = section_id(source, target, parent_uuid, laptop_is_target=laptop_is_target)
    same = target.scalar(select(orm.Section).where(orm.Section.slug == row.slug))
    if same is not None:
        if laptop_is_target:
            same.uuid = section_uuid
        else:
            row.uuid = same.uuid
        target.flush()
        source.flush()
        return same.id
    copy = orm.Section(
        uuid=section_uuid, name=row.name, slug=row.slug, parent_id=parent, position=row.position
    )
    target.add(copy)
    target.flush()
    return copy.id


def free_slug(session: Session, wanted: str, own_uuid: str | None = None) -> str:
    def taken(candidate: str) -> bool:
        holder = session.scalar(select(orm.Article.uuid).where(orm.Article.slug == candidate))
        return holder is not None and holder != own_uuid

    return unique_slug(slugify(wanted), taken)


REVISION_COLUMNS = ("created_at", "updated_at", "reason", "article_version", *TEXT_FIELDS)


def copy_revisions(
    source: Session,
    target: Session,
    articles: dict[int, int],
    users: UserMap,
    writes: Writes | None = None,
) -> int:
    """Revisions of the source stories (source id → target id) the target lacks by uuid;
    one the source has extended since (an autosave burst) is brought up to date.

    Each side's list of (uuid, last change) is read first; only the revisions to copy or
    update are read whole, so a long history that both sides hold costs one light read.
    A revision without a uuid is the source's own (one the newsroom would not keep): it
    is never copied.
    """
    copied = 0
    for part in chunks(list(articles)):
        listed = source.execute(
            select(orm.Revision.id, orm.Revision.uuid, orm.Revision.updated_at).where(
                orm.Revision.article_id.in_(part), orm.Revision.uuid.is_not(None)
            )
        ).all()
        if not listed:
            continue
        there = dict(
            target.execute(
                select(orm.Revision.uuid, orm.Revision.updated_at).where(
                    orm.Revision.article_id.in_([articles[i] for i in part])
                )
            ).all()
        )
        wanted = [
            r.id
            for r in listed
            if r.uuid not in there or (there[r.uuid] is not None and there[r.uuid] < r.updated_at)
        ]
        for ids in chunks(wanted):
            copied += _copy_revision_rows(
                source, target, ids, there, articles, users, writes or Writes()
            )
    return copied


def _copy_revision_rows(
    source: Session,
    target: Session,
    ids: Sequence[int],
    there: dict[str | None, Any],
    articles: dict[int, int],
    users: UserMap,
    writes: Writes,
) -> int:
    revisions = table_of(orm.Revision)
    stats_table = table_of(RevisionStats)
    rows = source.execute(
        select(
            revisions.c.id,
            revisions.c.uuid,
            revisions.c.article_id,
            revisions.c.author_id,
            *(revisions.c[name] for name in REVISION_COLUMNS),
            stats_table.c.words_added,
            stats_table.c.words_removed,
        )
        .outerjoin(stats_table, stats_table.c.revision_id == revisions.c.id)
        .where(revisions.c.id.in_(list(ids)))
        .order_by(revisions.c.id)
    ).all()
    users.prefetch(source, target, (r.author_id for r in rows))
    new: list[dict[str, Any]] = []
    stats: dict[str | None, tuple[int, int]] = {}
    extended: list[str | None] = []
    for row in rows:
        values = {name: getattr(row, name) for name in REVISION_COLUMNS}
        stats[row.uuid] = (row.words_added or 0, row.words_removed or 0)
        if row.uuid in there:
            done = target.execute(
                update(revisions).where(revisions.c.uuid == row.uuid).values(**values)
            )
            if done.rowcount:  # type: ignore[attr-defined]
                extended.append(row.uuid)  # (the newsroom's rights may leave it as it was)
            continue
        values |= {
            "uuid": row.uuid,
            "article_id": articles[row.article_id],
            "author_id": users.map(source, target, row.author_id),
        }
        new.append(values)
    new = writes.insert(target, revisions, new)
    touched = [v["uuid"] for v in new] + extended
    new_stats: list[str | None] = []
    if touched:
        ids_there = dict(
            target.execute(
                select(revisions.c.uuid, revisions.c.id).where(revisions.c.uuid.in_(touched))
            ).all()
        )
        for uuid in extended:  # an update, not delete + insert: writers may not delete
            words_added, words_removed = stats[uuid]
            done = target.execute(
                update(stats_table)
                .where(stats_table.c.revision_id == ids_there[uuid])
                .values(words_added=words_added, words_removed=words_removed)
            )
            if not done.rowcount:  # type: ignore[attr-defined]
                new_stats.append(uuid)
        rows_stats = [
            {"revision_id": ids_there[uuid], "words_added": a, "words_removed": r}
            for uuid, (a, r) in stats.items()
            if uuid in ids_there and (uuid in new_stats or uuid not in extended)
        ]
        if rows_stats:
            target.execute(insert(stats_table), rows_stats)
    return len(new)


NOTE_COLUMNS = ("created_at", "body", "anchor_text", "anchor_start", "anchor_end", "resolved_at")


def copy_notes(
    source: Session,
    target: Session,
    articles: dict[int, int],
    users: UserMap,
    changed: Collection[str] = (),
    writes: Writes | None = None,
) -> int:
    """Notes the target lacks; notes in `changed` (resolved or reopened on the source
    since the last sync) take the source's state."""
    writes = writes or Writes()
    notes_table = table_of(EditorialNote)
    copied = 0
    for part in chunks(list(articles)):
        notes = (
            source.execute(select(EditorialNote).where(EditorialNote.article_id.in_(part)))
            .scalars()
            .all()
        )
        if not notes:
            continue
        there = dict(
            target.execute(
                select(EditorialNote.uuid, EditorialNote.resolved_at).where(
                    EditorialNote.article_id.in_([articles[i] for i in part])
                )
            ).all()
        )
        new: list[dict[str, Any]] = []
        for note in notes:
            if note.uuid in there:
                if note.uuid in changed and there[note.uuid] != note.resolved_at:
                    writes.update(
                        target,
                        notes_table,
                        note.uuid,
                        {
                            "resolved_at": note.resolved_at,
                            "resolved_by_id": users.map(source, target, note.resolved_by_id),
                        },
                    )
                continue
            values = {name: getattr(note, name) for name in NOTE_COLUMNS}
            values |= {
                "uuid": note.uuid,
                "article_id": articles[note.article_id],
                "author_id": users.map(source, target, note.author_id),
                "resolved_by_id": users.map(source, target, note.resolved_by_id),
            }
            new.append(values)
        copied += len(writes.insert(target, notes_table, new))
    return copied


LINK_VALUES = ("url", "title", "summary", "position")


def copy_links(
    source: Session,
    target: Session,
    articles: dict[int, int],
    changed: Collection[str] = (),
    gone: Collection[str] = (),
    writes: Writes | None = None,
) -> int:
    """Related links the target lacks, where the linked story is on the target too
    (except those `gone`: removed on the target since the last sync); links in `changed`
    (edited or moved on the source since the last sync) take the source's title, summary,
    address and place."""
    writes = writes or Writes()
    links_table = table_of(orm.RelatedLink)
    copied = 0
    for part in chunks(list(articles)):
        links = (
            source.execute(select(orm.RelatedLink).where(orm.RelatedLink.article_id.in_(part)))
            .scalars()
            .all()
        )
        if not links:
            continue
        there = {
            row.uuid: row
            for row in target.execute(
                select(
                    orm.RelatedLink.uuid, *(getattr(orm.RelatedLink, n) for n in LINK_VALUES)
                ).where(orm.RelatedLink.article_id.in_([articles[i] for i in part]))
            )
        }
        for link in links:
            row = there.get(link.uuid)
            if row is None or link.uuid not in changed:
                continue
            values = {name: getattr(link, name) for name in LINK_VALUES}
            if link.target_article_id is not None:
                values.pop("url")
            if any(getattr(row, name) != value for name, value in values.items()):
                writes.update(target, links_table, link.uuid, values)
        fresh = [link for link in links if link.uuid not in there and link.uuid not in gone]
        if not fresh:
            continue
        wanted = {link.target_article_id for link in fresh if link.target_article_id}
        target_uuids = dict(
            source.execute(
                select(orm.Article.id, orm.Article.uuid).where(orm.Article.id.in_(wanted))
            ).all()
        )
        target_ids = dict(
            target.execute(
                select(orm.Article.uuid, orm.Article.id).where(
                    orm.Article.uuid.in_(list(target_uuids.values()))
                )
            ).all()
        )
        new: list[dict[str, Any]] = []
        for link in fresh:
            linked = None
            if link.target_article_id is not None:
                linked = target_ids.get(target_uuids.get(link.target_article_id, ""))
                if linked is None:
                    continue  # the linked story is not on the target: the link waits
            new.append(
                {
                    "uuid": link.uuid,
                    "article_id": articles[link.article_id],
                    "target_article_id": linked,
                    "url": link.url,
                    "title": link.title,
                    "summary": link.summary,
                    "position": link.position,
                }
            )
        copied += len(writes.insert(target, links_table, new))
    return copied


def delete_by_uuid(session: Session, table: type[Any], uuids: Iterable[str]) -> int:
    wanted = list(uuids)
    if not wanted:
        return 0
    result = session.execute(delete(table).where(table.uuid.in_(wanted)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def now() -> datetime:
    return datetime.now(UTC)
