"""ORM models of the copy desk: workflow transitions, editorial notes, word lists.

Kept out of the core tables (see migration 0004): a story's assignee, the word counts of
each revision and the desk's lists live in tables of their own.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from newsdesk.domain.enums import ArticleStatus
from newsdesk.storage.orm import Base, new_uuid, utcnow

_STATUSES = ", ".join(f"'{s.value}'" for s in ArticleStatus)


class WorkflowTransition(Base):
    """Every move of a story between states: who, when, from, to, and the note given."""

    __tablename__ = "workflow_transitions"
    __table_args__ = (
        CheckConstraint(f"from_status IN ({_STATUSES})", name="from_status"),
        CheckConstraint(f"to_status IN ({_STATUSES})", name="to_status"),
        Index("ix_workflow_transitions_article_id_at", "article_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class ArticleAssignment(Base):
    """The copy editor a story in editing belongs to (one row per story at most)."""

    __tablename__ = "article_assignments"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)


class RevisionStats(Base):
    """Words added and removed by a revision, against the one before it."""

    __tablename__ = "revision_stats"

    revision_id: Mapped[int] = mapped_column(
        ForeignKey("revisions.id", ondelete="CASCADE"), primary_key=True
    )
    words_added: Mapped[int] = mapped_column(Integer, default=0)
    words_removed: Mapped[int] = mapped_column(Integer, default=0)


class EditorialNote(Base):
    """A note on a story for the desk, never published; may be anchored to a passage."""

    __tablename__ = "editorial_notes"
    __table_args__ = (
        Index("ix_editorial_notes_article_id_resolved_at", "article_id", "resolved_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    body: Mapped[str] = mapped_column(Text)
    anchor_text: Mapped[str] = mapped_column(Text, default="")
    anchor_start: Mapped[int | None] = mapped_column(Integer)
    anchor_end: Mapped[int | None] = mapped_column(Integer)
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # A stable id for offline sync (migration 0010).
    uuid: Mapped[str | None] = mapped_column(String(36), index=True, unique=True, default=new_uuid)


class NewsroomWord(Base):
    """A word the spelling check accepts in this newsroom (names: Pompeo, Lavrov…)."""

    __tablename__ = "newsroom_words"

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(String(100), unique=True)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class StyleRuleRow(Base):
    """A phrase of the style list and the form the newsroom uses instead."""

    __tablename__ = "style_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    phrase: Mapped[str] = mapped_column(String(200), unique=True)
    replacement: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
