"""Whole stories for the pages that must be (re)written, loaded in batches.

A few queries per batch of stories instead of several per story, so a full export of
100,000 stories spends its time rendering, not waiting on the database.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from newsdesk.domain.entities import Article, Comment, RelatedLink
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.services.publishing.snapshot import PUBLIC_STATUSES, SiteSection
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks

BATCH = 500


@dataclass(frozen=True, slots=True)
class LoadedStory:
    article: Article
    comments: tuple[Comment, ...]
    """Approved comments only, oldest first."""


def _tags(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    rows = session.execute(
        select(orm.ArticleTag.article_id, orm.Tag.name)
        .join(orm.Tag, orm.Tag.id == orm.ArticleTag.tag_id)
        .where(orm.ArticleTag.article_id.in_(ids))
        .order_by(orm.ArticleTag.article_id, orm.ArticleTag.position)
    )
    for article_id, name in rows:
        tags.setdefault(article_id, []).append(name)
    return tags


def _links(session: Session, ids: Sequence[int], public_only: bool) -> dict[int, list[RelatedLink]]:
    """Related links; with `public_only`, links to stories not on the site are left out."""
    target = orm.Article.__table__.alias("target")
    rows = session.execute(
        select(
            orm.RelatedLink,
            target.c.slug,
            target.c.headline,
            target.c.standfirst,
            target.c.status,
            target.c.trashed_at,
        )
        .outerjoin(target, target.c.id == orm.RelatedLink.target_article_id)
        .where(orm.RelatedLink.article_id.in_(ids))
        .order_by(orm.RelatedLink.article_id, orm.RelatedLink.position, orm.RelatedLink.id)
    )
    links: dict[int, list[RelatedLink]] = {}
    for link, slug, headline, standfirst, status, trashed_at in rows:
        internal = link.target_article_id is not None
        if public_only and internal and (status not in PUBLIC_STATUSES or trashed_at is not None):
            continue
        links.setdefault(link.article_id, []).append(
            RelatedLink(
                id=link.id,
                position=link.position,
                title=link.title or headline or "",
                summary=link.summary or standfirst or "",
                target_article_id=link.target_article_id,
                target_slug=slug,
                url=link.url,
            )
        )
    return links


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
        tags = _tags(session, batch)
        links = _links(session, batch, public_links_only)
        comments = _comments(session, batch) if with_comments else {}
        for article_id in batch:
            row = rows.get(article_id)
            if row is None:
                continue
            section = sections.get(row.section_id) if row.section_id is not None else None
            article = Article(
                id=row.id,
                uuid=row.uuid,
                slug=row.slug,
                headline=row.headline,
                standfirst=row.standfirst,
                body=row.body,
                dateline=row.dateline,
                byline=row.byline,
                credit=row.credit,
                section_id=row.section_id,
                section_name=section.name if section else "",
                section_slug=section.slug if section else "",
                section_path=section.path if section else (),
                tags=tuple(tags.get(row.id, ())),
                language=row.language,
                status=ArticleStatus(row.status),
                author=authors.get(row.author_id, "") if row.author_id else "",
                version=row.version,
                created_at=row.created_at,
                updated_at=row.updated_at,
                published_at=row.published_at,
                scheduled_at=row.scheduled_at,
                trashed_at=row.trashed_at,
                correction_note=row.correction_note,
                related_links=tuple(links.get(row.id, ())),
                comments_open=row.comments_open,
                private=row.private,
            )
            yield LoadedStory(article, tuple(comments.get(row.id, ())))
        session.expunge_all()
