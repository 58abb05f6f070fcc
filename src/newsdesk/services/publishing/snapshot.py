"""What is on the public site, read cheaply: one row per live story, and a fingerprint.

The fingerprint changes whenever anything on the story's page changes: the story itself
(its version and time), its section's name and place in the tree, its approved comments
(how many, which, and the latest edit), and its related links with their targets'
versions and whether those are still public. It is computed from a handful of
aggregate queries, never by reading bodies, so comparing 100,000 stories with the last
export costs a fraction of a second.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.storage import orm, schema  # noqa: F401  (every table registered)
from newsdesk.storage.orm_moderation import comment_totals

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


@dataclass(frozen=True, slots=True)
class StoryListing:
    """A public story as listings, feeds and the sitemap need it (never the body)."""

    id: int
    uuid: str
    slug: str
    headline: str
    standfirst: str
    byline: str
    language: str
    section_id: int | None
    status: str
    updated_raw: object
    published_raw: object
    """Times as the driver hands them (text on SQLite): parsed only when shown."""
    fingerprint: str

    @property
    def updated_at(self) -> datetime:
        return _parse_time(self.updated_raw)

    @property
    def shown_at(self) -> datetime:
        return _parse_time(self.published_raw or self.updated_raw)


@dataclass(frozen=True, slots=True)
class SiteSnapshot:
    sections: dict[int, SiteSection]
    stories: list[StoryListing]
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
    """Approved comments per story: from the counts the database keeps when it keeps them
    (migration 0005), else counted. What counts cannot see (a moderator's edit, an
    approval swapped for another) is caught by `touched_since`."""
    counts = orm.Base.metadata.tables.get("article_comment_counts")
    if counts is not None:  # kept totals plus the deltas not yet folded in (0011)
        rows = session.execute(
            comment_totals(status=CommentStatus.APPROVED.value, per_article=True)
        )
        return {row.article_id: str(row.total) for row in rows}
    grouped = session.execute(
        select(orm.Comment.article_id, func.count(), func.sum(orm.Comment.id))
        .where(orm.Comment.status == CommentStatus.APPROVED.value)
        .group_by(orm.Comment.article_id)
    )
    return {row[0]: f"{row[1]}.{row[2]}" for row in grouped}


Watermark = tuple[int, int]
"""The newest comment id and the newest moderation log entry id."""


def comment_watermark(session: Session) -> Watermark:
    log = orm.Base.metadata.tables.get("moderation_log")
    newest_log = session.scalar(select(func.max(log.c.id))) if log is not None else 0
    return (session.scalar(select(func.max(orm.Comment.id))) or 0, newest_log or 0)


def touched_since(session: Session, mark: Watermark) -> set[int]:
    """Stories with a comment added or moderated (approved, edited, replied…) after `mark`."""
    touched = set(
        session.scalars(select(orm.Comment.article_id).where(orm.Comment.id > mark[0]).distinct())
    )
    log = orm.Base.metadata.tables.get("moderation_log")
    if log is not None:
        touched.update(
            session.scalars(
                select(orm.Comment.article_id)
                .join(log, log.c.comment_id == orm.Comment.id)
                .where(log.c.id > mark[1])
                .distinct()
            )
        )
    return touched


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


def load_snapshot(session: Session) -> SiteSnapshot:
    sections = load_sections(session)
    comments = _comment_marks(session)
    links = _link_marks(session)
    rows = session.execute(
        select(
            orm.Article.id,
            orm.Article.uuid,
            orm.Article.slug,
            orm.Article.headline,
            orm.Article.standfirst,
            orm.Article.byline,
            orm.Article.language,
            orm.Article.section_id,
            orm.Article.status,
            orm.Article.version,
            type_coerce(orm.Article.updated_at, String),
            type_coerce(orm.Article.published_at, String),
        )
        .where(orm.Article.status.in_(PUBLIC_STATUSES), orm.Article.trashed_at.is_(None))
        .order_by(
            func.coalesce(orm.Article.published_at, orm.Article.updated_at).desc(),
            orm.Article.id.desc(),
        )
    )
    stories: list[StoryListing] = []
    places = {
        section.id: f"{section.slug}/{'/'.join(section.path)}" for section in sections.values()
    }
    blake2b = hashlib.blake2b
    for row in rows:
        (
            article_id,
            uuid,
            slug,
            headline,
            standfirst,
            byline,
            language,
            section_id,
            status,
            version,
            updated,
            published,
        ) = row
        fingerprint = (
            f"{version}|{updated}|{status}|{slug}|{places.get(section_id or 0, '')}"
            f"|{comments.get(article_id, '')}|{links.get(article_id, '')}"
        )
        stories.append(
            StoryListing(
                article_id,
                uuid,
                slug,
                headline,
                standfirst,
                byline,
                language,
                section_id,
                status,
                updated,
                published,
                blake2b(fingerprint.encode(), digest_size=10).hexdigest(),
            )
        )
    return SiteSnapshot(sections=sections, stories=stories)


def in_section(story: StoryListing, section: SiteSection, sections: dict[int, SiteSection]) -> bool:
    """Whether the story is in `section` or one of its subsections."""
    if story.section_id is None:
        return False
    own = sections.get(story.section_id)
    return own is not None and section.id in own.ancestry


def ids(stories: Iterable[StoryListing]) -> list[int]:
    return [story.id for story in stories]
