"""ORM model of edit locks: who has a story open to edit, in which window, since when.

One row per locked story. The holder's window refreshes `heartbeat_at` every few
seconds; a lock whose heartbeats stopped for two minutes (a crash) may be taken by
anyone. A takeover rewrites the row for the new holder and remembers whom it was taken
from, so the old holder's next heartbeat learns it at once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from newsdesk.storage.orm import Base, utcnow


class ArticleLock(Base):
    __tablename__ = "article_locks"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    holder_name: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[str] = mapped_column(String(36))
    """One running window: the same person in two windows is two holders."""
    client_host: Mapped[str | None] = mapped_column(String(64))
    """The computer the window runs on (Newsdesk's id for that user's data folder)."""
    client_pid: Mapped[int | None] = mapped_column(Integer)
    """The window's process there: when it is gone, the lock was left by a crash."""
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow)
    previous_client_id: Mapped[str | None] = mapped_column(String(36))
    """The window this lock was taken over from (None when it was free)."""
    previous_name: Mapped[str | None] = mapped_column(String(200))
    pending_text: Mapped[str | None] = mapped_column(Text)
    """The holder's unsaved text fields as JSON, sent with a heartbeat."""
    pending_version: Mapped[int | None] = mapped_column(Integer)
    """The story version `pending_text` was typed over: stale once the story moved on."""
