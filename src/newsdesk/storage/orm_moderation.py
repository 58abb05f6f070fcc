"""ORM models of comment moderation: the moderation log and the per-state counts.

The counts are kept by database triggers (migrations 0005 and 0011), so every writer
keeps them right: the services, the demo loader, bulk imports and cascading deletes of
stories. A count is its kept total plus the deltas not yet folded into it (PostgreSQL
appends deltas rather than lock the totals; on SQLite there are none): `comment_totals`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    func,
    select,
    union_all,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from newsdesk.storage.orm import Base, utcnow


class CommentCount(Base):
    """How many comments are in each state, over the whole newsroom."""

    __tablename__ = "comment_counts"

    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    total: Mapped[int] = mapped_column(Integer, default=0)


class ArticleCommentCount(Base):
    """How many comments one story has in each state."""

    __tablename__ = "article_comment_counts"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    total: Mapped[int] = mapped_column(Integer, default=0)


class CommentCountDelta(Base):
    """A change to one story's count in one state not yet folded into the totals above
    (PostgreSQL's count trigger appends these; `comment_counts_compact()` folds them)."""

    __tablename__ = "comment_count_deltas"
    __table_args__ = (Index("ix_comment_count_deltas_article_id", "article_id"),)

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True
    )
    # No foreign key: a story's deletion leaves the deltas that take its comments away.
    article_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    n: Mapped[int] = mapped_column(Integer)


def comment_totals(
    article_id: int | None = None, status: str | None = None, per_article: bool = False
) -> Select[Any]:
    """Comments per state (or per story and state with `per_article` or `article_id`):
    the kept totals plus the deltas not yet folded in; optionally of one story or state.
    Rows are (status, total), or (article_id, status, total)."""
    by_article = per_article or article_id is not None
    kept: Select[*tuple[Any, ...]]
    if by_article:
        kept = select(
            ArticleCommentCount.article_id, ArticleCommentCount.status, ArticleCommentCount.total
        )
        if article_id is not None:
            kept = kept.where(ArticleCommentCount.article_id == article_id)
        if status is not None:
            kept = kept.where(ArticleCommentCount.status == status)
    else:
        kept = select(CommentCount.status, CommentCount.total)
        if status is not None:
            kept = kept.where(CommentCount.status == status)
    delta = select(
        *([CommentCountDelta.article_id] if by_article else []),
        CommentCountDelta.status,
        CommentCountDelta.n,
    )
    if article_id is not None:
        delta = delta.where(CommentCountDelta.article_id == article_id)
    if status is not None:
        delta = delta.where(CommentCountDelta.status == status)
    both = union_all(kept, delta).subquery("counted")
    keys = [both.c.article_id, both.c.status] if by_article else [both.c.status]
    return select(*keys, func.sum(both.c.total).label("total")).group_by(*keys)


class ModerationAction(Base):
    """One moderation decision, on one comment or on many: who did what, and when."""

    __tablename__ = "moderation_actions"
    __table_args__ = (Index("ix_moderation_actions_user_id_id", "user_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    username: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    comment_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column()


class ModerationLogEntry(Base):
    """What one action did to one comment: its state before and after, and any detail
    needed to undo it (the text before an edit, the reply written)."""

    __tablename__ = "moderation_log"
    __table_args__ = (Index("ix_moderation_log_comment_id", "comment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("moderation_actions.id", ondelete="CASCADE"), index=True
    )
    # No foreign key: the log outlives a comment deleted for good.
    comment_id: Mapped[int] = mapped_column(Integer)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    detail: Mapped[dict[str, str] | None] = mapped_column(JSON)


FOLD_AT_ONCE = 500
"""Deltas one moderation folds in: a bulk action's backlog drains over the next ones."""


def fold_comment_deltas(session: Session, most: int | None = FOLD_AT_ONCE) -> None:
    """Fold the oldest count deltas (at most `most`; None: all) into the totals, as the
    last statement of a transaction that wrote comments (PostgreSQL; see migration 0011:
    it waits for no one but a story being deleted, and then for at most 100 ms)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.comment_counts_compact(most)))
