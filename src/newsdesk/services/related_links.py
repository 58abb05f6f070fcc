"""“Check Also”: a story's related links to other stories or to external pages."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import RelatedLink
from newsdesk.domain.errors import InvalidInput, NotFound
from newsdesk.services.rows import related_links
from newsdesk.storage import orm
from newsdesk.storage.database import Database


def validate_external_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidInput(f"{url!r} is not a web address (it must start with http:// or https://)")
    if len(url) > 2000:
        raise InvalidInput("A link may hold at most 2,000 characters")
    return url


class RelatedLinkService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def for_article(self, article_id: int) -> tuple[RelatedLink, ...]:
        with self._db.transaction() as session:
            return related_links(session, article_id)

    def add_article(
        self, article_id: int, target_article_id: int, title: str = "", summary: str = ""
    ) -> Changes:
        if article_id == target_article_id:
            raise InvalidInput("A story cannot be its own “Check Also”")
        with self._db.transaction() as session:
            if session.get(orm.Article, target_article_id) is None:
                raise NotFound(f"Story {target_article_id} does not exist")
            exists = session.scalar(
                select(orm.RelatedLink.id).where(
                    orm.RelatedLink.article_id == article_id,
                    orm.RelatedLink.target_article_id == target_article_id,
                )
            )
            if exists is not None:
                raise InvalidInput("That story is already in this story’s “Check Also” list")
            self._append(
                session,
                orm.RelatedLink(
                    article_id=article_id,
                    target_article_id=target_article_id,
                    title=title.strip(),
                    summary=summary.strip(),
                ),
            )
        return Changes(articles=frozenset({article_id}), related_links=True)

    def add_url(self, article_id: int, url: str, title: str, summary: str = "") -> Changes:
        url = validate_external_url(url)
        if not title.strip():
            raise InvalidInput("An external link needs a title")
        with self._db.transaction() as session:
            self._append(
                session,
                orm.RelatedLink(
                    article_id=article_id, url=url, title=title.strip(), summary=summary.strip()
                ),
            )
        return Changes(articles=frozenset({article_id}), related_links=True)

    def _append(self, session: Session, link: orm.RelatedLink) -> None:
        if session.get(orm.Article, link.article_id) is None:
            raise NotFound(f"Story {link.article_id} does not exist")
        link.position = (
            session.scalar(
                select(func.coalesce(func.max(orm.RelatedLink.position) + 1, 0)).where(
                    orm.RelatedLink.article_id == link.article_id
                )
            )
            or 0
        )
        session.add(link)

    def reorder(self, article_id: int, link_ids: Sequence[int]) -> Changes:
        with self._db.transaction() as session:
            links = {
                link.id: link
                for link in session.scalars(
                    select(orm.RelatedLink).where(orm.RelatedLink.article_id == article_id)
                )
            }
            if set(link_ids) != set(links):
                raise InvalidInput("The new order must list each of the story’s links once")
            for position, link_id in enumerate(link_ids):
                links[link_id].position = position
        return Changes(articles=frozenset({article_id}), related_links=True)

    def remove(self, link_id: int) -> Changes:
        with self._db.transaction() as session:
            link = session.get(orm.RelatedLink, link_id)
            if link is None:
                raise NotFound(f"Link {link_id} does not exist")
            article_id = link.article_id
            session.delete(link)
        return Changes(articles=frozenset({article_id}), related_links=True)
