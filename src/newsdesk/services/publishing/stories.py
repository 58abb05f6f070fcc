"""Whole stories for the pages that must be (re)written, loaded in batches.

A few queries per batch of stories instead of several per story, so a full export of
100,000 stories spends its time rendering, not waiting on the database.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from newsdesk.domain.entities import Article, Comment
from newsdesk.domain.enums import CommentStatus
from newsdesk.services.publishing.snapshot import SiteSection
from newsdesk.services.rows import article_from_row, links_by_article, tags_by_article
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks

BATCH = 500


@dataclass(frozen=True, slots=True)
class LoadedStory:
    article: Article
    comments: tuple[Comment, ...]
    """Approved comments only, oldest first."""


def _comments(session: Session, ids: Sequence[int]) -> dict[int, list[Comment]]:
    rows = session.execute(
        select(orm.Comment, orm.Article.uuid, orm.Article.headline)
        .join(orm.Article, orm.Article.id == orm.Comment.article_id)
        .where(
            orm.Comment.article_id.in_(ids),
            orm.Comment.status == CommentStatus.APPROVED.value,
        )
        .order_by(orm.Comment.article_id, orm.Comment.submitted_at, orm.Comment.id)
        # Never read: a publisher's login may not (migration 0007).
        .options(
            defer(orm.Comment.author_email, raiseload=True), defer(orm.Comment.ip, raiseload=True)
        )
    )
    comments: dict[int, list[Comment]] = {}
    for row, article_uuid, headline in rows:
        comments.setdefault(row.article_id, []).append(
            Comment(
                id=row.id,
                uuid=row.uuid,
                article_id=row.article_id,
                article_uuid=article_uuid,
                article_headline=headline,
                parent_id=row.parent_id,
                author_name=row.author_name,
                author_email="",  # never leaves the newsroom
                author_url=row.author_url,
                body=row.body,
                status=CommentStatus(row.status),
                submitted_at=row.submitted_at,
                ip="",
                spam_score=0.0,
            )
        )
    return comments


def load_stories(
    session: Session,
    ids: Sequence[int],
    sections: dict[int, SiteSection],
    *,
    with_comments: bool = True,
    public_links_only: bool = True,
) -> Iterator[LoadedStory]:
    """The stories with `ids` (in that order, missing ones skipped), batch by batch."""
    authors = dict(session.execute(select(orm.User.id, orm.User.display_name)).all())
    for batch in chunks(ids, BATCH):
        rows = {
            row.id: row
            for row in session.scalars(select(orm.Article).where(orm.Article.id.in_(batch)))
        }
        tags = tags_by_article(session, batch)
        links = links_by_article(session, batch, public_only=public_links_only)
        comments = _comments(session, batch) if with_comments else {}
        for article_id in batch:
            row = rows.get(article_id)
            if row is None:
                continue
            section = sections.get(row.section_id) if row.section_id is not None else None
            article = article_from_row(
                row,
                author=authors.get(row.author_id, "") if row.author_id else "",
                tags=tags.get(row.id, ()),
                related_links=links.get(row.id, ()),
                section_name=section.name if section else "",
                section_slug=section.slug if section else "",
                section_path=section.path if section else (),
            )
            yield LoadedStory(article, tuple(comments.get(row.id, ())))
        session.expunge_all()
