"""ORM models of comment moderation: the moderation log and the per-state counts.

The counts are kept by database triggers (migration 0005), so every writer keeps them
right: the services, the demo loader, bulk imports and cascading deletes of stories.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

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
