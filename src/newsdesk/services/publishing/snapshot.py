"""What is on the public site, read cheaply: one row per live story, and a fingerprint.

The fingerprint changes whenever anything on the story's page changes: the story itself
(its version and time), its section's name and place in the tree, its approved comments
(how many, which, and the latest edit), its related links with their targets'
versions and whether those are still public, and its pictures with their texts. It is
computed from a handful of aggregate queries and one covering index of the stories
(migration 0013), never by reading bodies or headlines, so comparing 100,000 stories
with the last export costs a few tenths of a second. What listings and feeds show
(headline, standfirst, byline) is read only for the stories they list (`load_listings`).
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.services.publishing import layout
from newsdesk.services.publishing.embargoes import embargoed_ids, export_time
from newsdesk.services.publishing.pictures import picture_marks
from newsdesk.storage import orm, schema  # noqa: F401  (every table registered)
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_moderation import (
    ArticleCommentCount,
    CommentCountDelta,
    ModerationLogEntry,
)

PUBLIC_STATUSES = (ArticleStatus.PUBLISHED.value, ArticleStatus.CORRECTED.value)


@dataclass(frozen=True, slots=True)
class SiteSection:
    id: int
    name: str
    slug: str
    parent_id: int | None
    position: int
    path: tuple[str, ...]
    """Names from the top-level section down to this one."""
    ancestry: tuple[int, ...]
    """Ids from the top-level section down to this one."""


class _Times:
    __slots__ = ()
    updated_raw: object
    published_raw: object

    @property
    def updated_at(self) -> datetime:
        return _parse_time(self.updated_raw)

    @property
    def shown_at(self) -> datetime:
        return _parse_time(self.published_raw or self.updated_raw)


@dataclass(slots=True)  # not frozen: a frozen one costs three times as much to make
class SiteStory(_Times):
    """A public story as the export compares it with the last one (never its text)."""

    id: int
    slug: str
    section_id: int | None
    updated_raw: object
    published_raw: object
    """Times as the driver hands them (text on SQLite): parsed only when shown."""
    path: str
    """Its page's path in the site."""
    fingerprint: str


@dataclass(frozen=True, slots=True)
class StoryListing(_Times):
    """A public story as listing pages and feeds show it (never the body)."""

    id: int
    uuid: str
    slug: str
    headline: str
    standfirst: str
    byline: str
    language: str
    updated_raw: object
    published_raw: object


@dataclass(frozen=True, slots=True)
class SiteSnapshot:
    sections: dict[int, SiteSection]
    stories: list[SiteStory]
    """Newest first."""


def _parse_time(value: object) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def load_sections(session: Session) -> dict[int, SiteSection]:
    rows = session.execute(
        select(
            orm.Section.id,
            orm.Section.name,
            orm.Section.slug,
            orm.Section.parent_id,
            orm.Section.position,
        )
    ).all()
    by_id = {row.id: row for row in rows}
    sections: dict[int, SiteSection] = {}
    for row in rows:
        chain: list[int] = []
        current: int | None = row.id
        while current is not None and current in by_id and current not in chain:
            chain.append(current)
            current = by_id[current].parent_id
        chain.reverse()
        sections[row.id] = SiteSection(
            id=row.id,
            name=row.name,
            slug=row.slug,
            parent_id=row.parent_id,
            position=row.position,
            path=tuple(by_id[i].name for i in chain),
            ancestry=tuple(chain),
        )
    return sections


def _comment_marks(session: Session) -> dict[int, str]:
    """Approved comments per story, from the counts the database keeps: the totals plus
    the deltas not yet folded in (migration 0011; PostgreSQL only, and few), read apart:
    one grouped union of both costs about twice as much (76 against 41 ms on SQLite).
    What counts cannot see (a moderator's edit, an approval swapped for another) is
    caught by `touched_since`."""
    approved = CommentStatus.APPROVED.value
    kept = session.execute(
        select(ArticleCommentCount.article_id, ArticleCommentCount.total).where(
            ArticleCommentCount.status == approved
        )
    )
    totals: dict[int, int] = dict(kept.all())
    deltas = session.execute(
        select(CommentCountDelta.article_id, CommentCountDelta.n).where(
            CommentCountDelta.status == approved
        )
    )
    for article_id, n in deltas:
        totals[article_id] = totals.get(article_id, 0) + n
    return {article_id: str(total) for article_id, total in totals.items()}


Watermark = tuple[int, int]
"""The newest comment id and the newest moderation log entry id."""


def comment_watermark(session: Session) -> Watermark:
    newest_log = session.scalar(select(func.max(ModerationLogEntry.id)))
    return (session.scalar(select(func.max(orm.Comment.id))) or 0, newest_log or 0)


def touched_since(session: Session, mark: Watermark) -> set[int]:
    """Stories with a comment added or moderated (approved, edited, replied…) after `mark`."""
    # No DISTINCT: with it SQLite reads every comment by story instead of the newest by id.
    added = session.scalars(select(orm.Comment.article_id).where(orm.Comment.id > mark[0]))
    moderated = session.scalars(
        select(orm.Comment.article_id)
        .select_from(ModerationLogEntry)
        .join(orm.Comment, orm.Comment.id == ModerationLogEntry.comment_id)
        .where(ModerationLogEntry.id > mark[1])
    )
    return {*added, *moderated}


def _link_marks(session: Session) -> dict[int, str]:
    target = orm.Article.__table__.alias("target")
    rows = session.execute(
        select(
            orm.RelatedLink.article_id,
            orm.RelatedLink.id,
            orm.RelatedLink.position,
            orm.RelatedLink.url,
            orm.RelatedLink.title,
            orm.RelatedLink.summary,
            target.c.id,
            target.c.version,
            target.c.status,
            target.c.trashed_at,
        )
        .outerjoin(target, target.c.id == orm.RelatedLink.target_article_id)
        .order_by(orm.RelatedLink.article_id, orm.RelatedLink.position, orm.RelatedLink.id)
    )
    marks: dict[int, list[str]] = {}
    for row in rows:
        public = row[8] in PUBLIC_STATUSES and row[9] is None
        text = zlib.crc32(f"{row[3]}\x00{row[4]}\x00{row[5]}".encode())
        marks.setdefault(row[0], []).append(f"{row[1]}:{row[2]}:{text}:{row[6]}:{row[7]}:{public}")
    return {article_id: ",".join(parts) for article_id, parts in marks.items()}


def load_snapshot(session: Session, now: datetime | None = None) -> SiteSnapshot:
    """The public stories (embargoed ones left out until `now` passes their embargo)."""
    sections = load_sections(session)
    held = embargoed_ids(session, export_time(now))
    comments = _comment_marks(session)
    links = _link_marks(session)
    pictures = picture_marks(session)
    # Only columns of the covering index ix_articles_site (migration 0013).
    rows = session.execute(
        select(
            orm.Article.id,
            orm.Article.slug,
            orm.Article.section_id,
            orm.Article.status,
            orm.Article.version,
            # As text from the database: formatting 150,000 datetimes in Python cost more.
            cast(orm.Article.updated_at, String),
            cast(orm.Article.published_at, String),
        )
        .where(orm.Article.status.in_(PUBLIC_STATUSES), orm.Article.trashed_at.is_(None))
        .order_by(
            func.coalesce(orm.Article.published_at, orm.Article.updated_at).desc(),
            orm.Article.id.desc(),
        )
    )
    places = {
        section.id: f"{section.slug}/{'/'.join(section.path)}" for section in sections.values()
    }
    blake2b = hashlib.blake2b
    story_path = layout.story_path
    stories = [
        SiteStory(
            article_id,
            slug,
            section_id,
            updated,
            published,
            story_path(slug, article_id),
            blake2b(
                f"{version}|{updated}|{status}|{slug}|{places.get(section_id or 0, '')}"
                f"|{comments.get(article_id, '')}|{links.get(article_id, '')}"
                f"|{pictures.get(article_id, '')}".encode(),
                digest_size=10,
            ).hexdigest(),
        )
        for article_id, slug, section_id, status, version, updated, published in rows
        if article_id not in held
    ]
    return SiteSnapshot(sections=sections, stories=stories)


def load_listings(session: Session, ids: Iterable[int]) -> dict[int, StoryListing]:
    """What listing pages and feeds show of the stories with `ids`."""
    wanted = list(ids)
    found: dict[int, StoryListing] = {}
    for part in chunks(wanted, 1000):
        rows = session.execute(
            select(
                orm.Article.id,
                orm.Article.uuid,
                orm.Article.slug,
                orm.Article.headline,
                orm.Article.standfirst,
                orm.Article.byline,
                orm.Article.language,
                cast(orm.Article.updated_at, String),
                cast(orm.Article.published_at, String),
            ).where(orm.Article.id.in_(part))
        )
        found.update((row[0], StoryListing(*row)) for row in rows)
    return found
