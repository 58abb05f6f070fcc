"""Readers' comments: the queue by state, counts, and moderation decisions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Comment
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import NotFound
from newsdesk.storage import orm
from newsdesk.storage.database import Database


@dataclass(frozen=True, slots=True)
class CommentQuery:
    status: CommentStatus | None = CommentStatus.PENDING
    article_id: int | None = None
    newest_first: bool = True
    limit: int | None = None


def _comment_select() -> Select[orm.Comment, str, str]:
    return select(orm.Comment, orm.Article.uuid, orm.Article.headline).join(
        orm.Article, orm.Article.id == orm.Comment.article_id
    )


def to_comment(row: orm.Comment, article_uuid: str, headline: str) -> Comment:
    return Comment(
        id=row.id,
        uuid=row.uuid,
        article_id=row.article_id,
        article_uuid=article_uuid,
        article_headline=headline,
        parent_id=row.parent_id,
        author_name=row.author_name,
        author_email=row.author_email,
        author_url=row.author_url,
        body=row.body,
        status=CommentStatus(row.status),
        submitted_at=row.submitted_at,
        ip=row.ip,
        spam_score=row.spam_score,
        reasons=tuple(row.reasons or ()),
    )


class CommentService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def _filtered(self, statement: Select, query: CommentQuery) -> Select:  # type: ignore[type-arg]
        if query.status is not None:
            statement = statement.where(orm.Comment.status == query.status.value)
        if query.article_id is not None:
            statement = statement.where(orm.Comment.article_id == query.article_id)
        return statement

    def list_comments(self, query: CommentQuery = CommentQuery()) -> list[Comment]:
        order = orm.Comment.submitted_at.desc() if query.newest_first else orm.Comment.submitted_at
        tiebreak = orm.Comment.id.desc() if query.newest_first else orm.Comment.id
        statement = self._filtered(_comment_select(), query).order_by(order, tiebreak)
        if query.limit is not None:
            statement = statement.limit(query.limit)
        with self._db.transaction() as session:
            return [to_comment(row[0], row[1], row[2]) for row in session.execute(statement)]

    def for_article(self, session: Session, article_id: int) -> list[Comment]:
        rows = session.execute(
            _comment_select()
            .where(orm.Comment.article_id == article_id)
            .order_by(orm.Comment.submitted_at, orm.Comment.id)
        )
        return [to_comment(row[0], row[1], row[2]) for row in rows]

    def approved_for_article(self, article_id: int) -> list[Comment]:
        return self.list_comments(
            CommentQuery(status=CommentStatus.APPROVED, article_id=article_id, newest_first=False)
        )

    def get(self, comment_id: int) -> Comment:
        with self._db.transaction() as session:
            row = session.execute(_comment_select().where(orm.Comment.id == comment_id)).first()
            if row is None:
                raise NotFound(f"Comment {comment_id} does not exist")
            return to_comment(row[0], row[1], row[2])

    def counts(self, article_id: int | None = None) -> dict[CommentStatus, int]:
        statement = select(orm.Comment.status, func.count()).group_by(orm.Comment.status)
        if article_id is not None:
            statement = statement.where(orm.Comment.article_id == article_id)
        with self._db.transaction() as session:
            found = dict(session.execute(statement).all())
        return {status: found.get(status.value, 0) for status in CommentStatus}

    def resolve_ids(self, references: Sequence[str]) -> list[int]:
        """Comment ids from ids or UUIDs as a script gives them."""
        ids: list[int] = []
        with self._db.transaction() as session:
            for reference in references:
                condition = orm.Comment.uuid == reference
                if reference.isdigit():
                    condition = condition | (orm.Comment.id == int(reference))
                found = session.scalar(select(orm.Comment.id).where(condition))
                if found is None:
                    raise NotFound(f"No comment has the id {reference!r}")
                ids.append(found)
        return ids

    def set_status(self, comment_ids: Iterable[int], status: CommentStatus) -> Changes:
        ids = list(comment_ids)
        with self._db.transaction() as session:
            session.execute(
                update(orm.Comment).where(orm.Comment.id.in_(ids)).values(status=status.value)
            )
        return Changes(comments=True)
