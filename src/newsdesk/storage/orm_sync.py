"""ORM models of offline sync: the change log every database keeps, and a laptop's own
bookkeeping of what it took offline (see migrations 0010, 0012 and 0021).

The change log is written by triggers only; a sync reads it after a watermark.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from newsdesk.storage.orm import Base, utcnow


class ChangeLog(Base):
    """One change to a story, a comment, a note or a related link; deletions included."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_xid", "xid"), {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    article_uuid: Mapped[str | None] = mapped_column(String(36))
    """The story a note or link belongs to (the story itself for a story)."""
    op: Mapped[str] = mapped_column(String(10))
    xid: Mapped[int | None] = mapped_column(BigInteger)
    """The writing transaction on PostgreSQL (None on SQLite, where commits are serial)."""


class SyncGuard(Base):
    """One row: set inside a sync's own transaction so the triggers keep quiet."""

    __tablename__ = "sync_guard"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    applying: Mapped[int] = mapped_column(Integer, default=0)


class SyncReplica(Base):
    """The newsroom this laptop database syncs with, and how far each side was read."""

    __tablename__ = "sync_replica"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_address: Mapped[str] = mapped_column(String(500), unique=True)
    server_seq: Mapped[int] = mapped_column(Integer, default=0)
    server_pending: Mapped[list[Any]] = mapped_column(JSON, default=list)
    """Transactions still running on the server at the last read (PostgreSQL)."""
    local_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_sync_at: Mapped[datetime | None] = mapped_column()


class OfflineArticle(Base):
    """A story this laptop holds a copy of: the newsroom version it is based on."""

    __tablename__ = "offline_articles"

    article_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    base_version: Mapped[int] = mapped_column(Integer)
    base: Mapped[dict[str, Any]] = mapped_column(JSON)
    """The story's text and state at `base_version`, sections by uuid (a `Snapshot`)."""
    needs_merge: Mapped[bool] = mapped_column(Boolean, default=False)
    theirs: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """The newsroom's text that met ours in the same paragraph, while it needs merging."""
    theirs_version: Mapped[int | None] = mapped_column(Integer)
    base_lead: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """The lead picture both sides last agreed on (migration 0022): its sha256 and this
    story's caption, credit and alt text for it; None for none."""
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)


class OfflineComment(Base):
    """A comment taken offline (or a reply written offline) and the state it had when it
    was taken or last synced."""

    __tablename__ = "offline_comments"

    comment_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    base_status: Mapped[str] = mapped_column(String(20))
    base_body: Mapped[str | None] = mapped_column(Text)
    """Its text then (migration 0012; None for comments taken offline before it)."""


class OfflinePlanItem(Base):
    """A plan item taken offline with its owner's assignments (migration 0023): the
    newsroom's item when it was taken or last synced, to tell whose change is whose."""

    __tablename__ = "offline_plan_items"

    plan_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    base_version: Mapped[int] = mapped_column(Integer)
    base_status: Mapped[str] = mapped_column(String(20))
    base_notes: Mapped[str] = mapped_column(Text)
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
