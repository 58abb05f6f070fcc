"""Putting a story straight into a state, for tests about something else."""

from __future__ import annotations

from sqlalchemy import update

from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.newsroom import Newsroom
from newsdesk.storage import orm


def put_in_state(newsroom: Newsroom, article_id: int, status: ArticleStatus) -> None:
    """Set the status in the database, bypassing the workflow (test set-up only)."""
    with newsroom.database.transaction() as session:
        session.execute(
            update(orm.Article).where(orm.Article.id == article_id).values(status=status.value)
        )
