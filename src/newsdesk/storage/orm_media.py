"""ORM models of the media library (migration 0020): pictures, their renditions, and
which stories use them.

The bytes live in the newsroom database (a BLOB on SQLite, bytea on PostgreSQL), so a
shared newsroom shares its pictures under the same rights and transactions as its
stories. They sit in their own columns, deferred: listing pictures never reads them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from newsdesk.storage.orm import Base, utcnow

_LEAD = text("role = 'lead'")


class Picture(Base):
    """One picture, stored once whatever its file was called (`sha256` of its bytes)."""

    __tablename__ = "pictures"
    __table_args__ = (
        CheckConstraint(
            "mime IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')", name="mime"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(20))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text, default="")
    alt: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(Text, default="")
    creator: Mapped[str] = mapped_column(Text, default="")
    copyright: Mapped[str] = mapped_column(Text, default="")
    usage_terms: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    """One keyword a line."""
    taken: Mapped[datetime | None] = mapped_column()
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    """Last (migration 0020): a listing reads no column past the bytes."""


class PictureRendition(Base):
    """A size of a picture for lists and pages, without the file's metadata."""

    __tablename__ = "picture_renditions"

    picture_id: Mapped[int] = mapped_column(
        ForeignKey("pictures.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(20))
    sha256: Mapped[str] = mapped_column(String(64))
    byte_size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class ArticlePicture(Base):
    """A story's use of a picture: its lead picture (one at most) or one in its text.
    Empty texts here mean the picture's own."""

    __tablename__ = "article_pictures"
    __table_args__ = (
        CheckConstraint("role IN ('lead', 'inline')", name="role"),
        Index(
            "uq_article_pictures_lead",
            "article_id",
            unique=True,
            sqlite_where=_LEAD,
            postgresql_where=_LEAD,
        ),
    )

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(10), primary_key=True)
    picture_id: Mapped[int] = mapped_column(
        ForeignKey("pictures.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    caption: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(Text, default="")
    alt: Mapped[str] = mapped_column(Text, default="")
