"""Small moves the offline-sync tests make on either side."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import CommentStatus
from newsdesk.services.newsroom import Newsroom
from newsdesk.storage import orm


def add_comment(server: Newsroom, article_id: int, body: str) -> int:
    with server.database.transaction() as session:
        row = orm.Comment(
            article_id=article_id,
            author_name="Reader",
            author_email="reader@example.org",
            body=body,
            status=CommentStatus.PENDING.value,
            submitted_at=datetime.now(UTC),
        )
        session.add(row)
        session.flush()
        return row.id


def local_id(laptop: Newsroom, uuid: str) -> int:
    """The laptop's id of the story `uuid`."""
    return laptop.articles.find(uuid).id


def edit_body(newsroom: Newsroom, article_id: int, old: str, new: str) -> None:
    article = newsroom.articles.get(article_id)
    assert old in article.body
    edit = replace(ArticleEdit.of(article), body=article.body.replace(old, new))
    newsroom.articles.save(article_id, edit, article.version, "edit")
