"""ORM models of agency wires (migration 0018): every version of every item an agency
sent, kept as it came, and which stories were rewritten from which version."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from newsdesk.domain.wires import WireSignal, WireStatus
from newsdesk.storage.orm import Base, utcnow

_STATUSES = ", ".join(f"'{s.value}'" for s in WireStatus)
_SIGNALS = ", ".join(f"'{s.value}'" for s in WireSignal)


class WireItem(Base):
    """One version of an agency item. `current` marks the newest of each guid: the one
    the Wires view shows; the others are its history."""

    __tablename__ = "wire_items"
    __table_args__ = (
        CheckConstraint(f"status IN ({_STATUSES})", name="status"),
        CheckConstraint(f"signal IN ({_SIGNALS})", name="signal"),
        CheckConstraint("source_format IN ('ninjs', 'newsml')", name="source_format"),
        Index("ix_wire_items_guid_current", "guid", "current"),
        # One current version per item, even when two imports take the same item at once.
        Index(
            "uq_wire_items_current_guid",
            "guid",
            unique=True,
            sqlite_where=text("current"),
            postgresql_where=text("current"),
        ),
        Index("ix_wire_items_received_at", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(Integer)
    current: Mapped[bool] = mapped_column(Boolean)
    agency: Mapped[str] = mapped_column(String(120), default="")
    headline: Mapped[str] = mapped_column(String(500))
    slugline: Mapped[str] = mapped_column(String(200), default="")
    byline: Mapped[str] = mapped_column(String(200), default="")
    dateline: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(35), default="")
    urgency: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(10))
    signal: Mapped[str] = mapped_column(String(12), default="")
    correction: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    source_format: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    version_created: Mapped[datetime | None] = mapped_column(nullable=True)
    first_created: Mapped[datetime | None] = mapped_column(nullable=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class WireUse(Base):
    """A story rewritten from a wire item: the version it started from, who rewrote it,
    and the newest version they have seen (an update notice lasts until they have)."""

    __tablename__ = "wire_uses"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    guid: Mapped[str] = mapped_column(String(500), index=True)
    wire_item_id: Mapped[int] = mapped_column(ForeignKey("wire_items.id", ondelete="CASCADE"))
    seen_item_id: Mapped[int] = mapped_column(ForeignKey("wire_items.id", ondelete="CASCADE"))
    used_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    used_at: Mapped[datetime] = mapped_column(default=utcnow)
