"""Copying a story's rows from one database to the other, matched by uuid.

Everything here works inside the two sessions it is given and is idempotent: a row
already on the other side (same uuid) is left alone or brought up to date, never doubled,
so a copy cut halfway and run again finishes the job.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from newsdesk.domain.entities import User
from newsdesk.domain.slugs import slugify, unique_slug
from newsdesk.storage import orm
from newsdesk.storage.orm_copydesk import EditorialNote, RevisionStats

CHUNK = 500


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class UserMap:
    """Authors from one database to the other, by user name.

    Towards a laptop, people missing there are created (with their roles) so its history
    names them; towards the newsroom, no one is created: a laptop's own user is the person
    syncing, so unknown names become the syncing user.
    """

    fallback: User | None
    """The syncing user on the newsroom; None when copying to a laptop."""
    known: dict[int, int | None] = field(default_factory=dict)

    def map(self, source: Session, target: Session, user_id: int | None) -> int | None:
        if user_id is None:
            return None
        if user_id in self.known:
            return self.known[user_id]
        row = source.get(orm.User, user_id)
        found = None
        if row is not None:
            found = target.scalar(select(orm.User.id).where(orm.User.username == row.username))
            if found is None and self.fallback is None:
                copy = orm.User(username=row.username, display_name=row.display_name)
                copy.roles = [orm.UserRole(role=r.role) for r in row.roles]
                target.add(copy)
                target.flush()
                found = copy.id
        if found is None and self.fallback is not None:
            found = self.fallback.id
        self.known[user_id] = found
        return found


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


def tag_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    wanted = list(dict.fromkeys(names))
    found = dict(
        session.execute(select(orm.Tag.name, orm.Tag.id).where(orm.Tag.name.in_(wanted))).all()
    )
    missing = [n for n in wanted if n not in found]
    if missing:
        session.execute(insert(orm.Tag), [{"name": n} for n in missing])
        found.update(
            session.execute(select(orm.Tag.name, orm.Tag.id).where(orm.Tag.name.in_(missing))).all()
        )
    return found


def set_tags(session: Session, article_id: int, tags: Sequence[str]) -> None:
    session.execute(delete(orm.ArticleTag).where(orm.ArticleTag.article_id == article_id))
    ids = tag_ids(session, tags)
    if tags:
        session.execute(
            insert(orm.ArticleTag),
            [
                {"article_id": article_id, "tag_id": ids[name], "position": position}
                for position, name in enumerate(dict.fromkeys(tags))
            ],
        )


REVISION_COLUMNS = (
    "created_at",
    "updated_at",
    "reason",
    "article_version",
    "headline",
    "standfirst",
    "body",
    "dateline",
    "byline",
    "credit",
)


def copy_revisions(
    source: Session, target: Session, articles: dict[int, int], users: UserMap
) -> int:
    """Revisions of the source stories (source id → target id) the target lacks by uuid;
    one the source has extended since (an autosave burst) is brought up to date."""
    copied = 0
    for part in chunks(list(articles)):
        rows = source.execute(
            select(orm.Revision, RevisionStats.words_added, RevisionStats.words_removed)
            .outerjoin(RevisionStats, RevisionStats.revision_id == orm.Revision.id)
            .where(orm.Revision.article_id.in_(part))
            .order_by(orm.Revision.id)
        ).all()
        if not rows:
            continue
        there = dict(
            target.execute(
                select(orm.Revision.uuid, orm.Revision.updated_at).where(
                    orm.Revision.uuid.in_([r.uuid for r, _a, _b in rows])
                )
            ).all()
        )
        new: list[dict[str, Any]] = []
        stats: list[tuple[str | None, int, int]] = []
        for revision, added, removed in rows:
            values = {name: getattr(revision, name) for name in REVISION_COLUMNS}
            if revision.uuid in there:
                seen = there[revision.uuid]
                if seen is not None and seen < revision.updated_at:
                    target.execute(
                        update(orm.Revision)
                        .where(orm.Revision.uuid == revision.uuid)
                        .values(**values)
                    )
                continue
            values |= {
                "uuid": revision.uuid,
                "article_id": articles[revision.article_id],
                "author_id": users.map(source, target, revision.author_id),
            }
            new.append(values)
            stats.append((revision.uuid, added or 0, removed or 0))
        if new:
            target.execute(insert(orm.Revision), new)
            ids = dict(
                target.execute(
                    select(orm.Revision.uuid, orm.Revision.id).where(
                        orm.Revision.uuid.in_([s[0] for s in stats])
                    )
                ).all()
            )
            target.execute(
                insert(RevisionStats),
                [
                    {"revision_id": ids[uuid], "words_added": a, "words_removed": r}
                    for uuid, a, r in stats
                ],
            )
            copied += len(new)
    return copied


NOTE_COLUMNS = ("created_at", "body", "anchor_text", "anchor_start", "anchor_end", "resolved_at")


def copy_notes(source: Session, target: Session, articles: dict[int, int], users: UserMap) -> int:
    """Notes the target lacks; a note resolved on the source is resolved on the target."""
    copied = 0
    for part in chunks(list(articles)):
        notes = source.scalars(
            select(EditorialNote).where(EditorialNote.article_id.in_(part))
        ).all()
        if not notes:
            continue
        there = {
            n.uuid: n
            for n in target.scalars(
                select(EditorialNote).where(EditorialNote.uuid.in_([n.uuid for n in notes]))
            )
        }
        new: list[dict[str, Any]] = []
        for note in notes:
            mine = there.get(note.uuid)
            if mine is not None:
                if note.resolved_at is not None and mine.resolved_at is None:
                    mine.resolved_at = note.resolved_at
                    mine.resolved_by_id = users.map(source, target, note.resolved_by_id)
                continue
            values = {name: getattr(note, name) for name in NOTE_COLUMNS}
            values |= {
                "uuid": note.uuid,
                "article_id": articles[note.article_id],
                "author_id": users.map(source, target, note.author_id),
                "resolved_by_id": users.map(source, target, note.resolved_by_id),
            }
            new.append(values)
        if new:
            target.execute(insert(EditorialNote), new)
            copied += len(new)
    target.flush()
    return copied


def copy_links(source: Session, target: Session, articles: dict[int, int]) -> int:
    """Related links the target lacks, where the linked story is on the target too."""
    copied = 0
    for part in chunks(list(articles)):
        links = source.scalars(
            select(orm.RelatedLink).where(orm.RelatedLink.article_id.in_(part))
        ).all()
        if not links:
            continue
        there = set(
            target.scalars(
                select(orm.RelatedLink.uuid).where(
                    orm.RelatedLink.uuid.in_([link.uuid for link in links])
                )
            )
        )
        wanted = {link.target_article_id for link in links if link.target_article_id}
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
        for link in links:
            if link.uuid in there:
                continue
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
        if new:
            target.execute(insert(orm.RelatedLink), new)
            copied += len(new)
    return copied


def delete_by_uuid(session: Session, table: type[Any], uuids: Iterable[str]) -> int:
    wanted = list(uuids)
    if not wanted:
        return 0
    result = session.execute(delete(table).where(table.uuid.in_(wanted)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def now() -> datetime:
    return datetime.now(UTC)
