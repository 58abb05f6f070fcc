"""SQLAlchemy 2 typed models: the newsroom's tables, identical on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from newsdesk.domain.enums import ArticleStatus, CommentKind, CommentStatus, Role

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def _in(
    column: str,
    values: type[ArticleStatus] | type[CommentStatus] | type[CommentKind] | type[Role],
) -> str:
    listed = ", ".join(f"'{v.value}'" for v in values)
    return f"{column} IN ({listed})"


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on both databases (SQLite would hand back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC-aware times")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


_LIVE = text("trashed_at IS NULL")
_TRASHED = text("trashed_at IS NOT NULL")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The PostgreSQL login this person signs in with (migration 0007); None on SQLite.
    login: Mapped[str | None] = mapped_column(String(63), index=True, unique=True)
    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )


class UserRole(Base):
    __tablename__ = "user_roles"
    __table_args__ = (CheckConstraint(_in("role", Role), name="role"),)

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    user: Mapped[User] = relationship(back_populates="roles")


class Section(Base):
    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    # A stable id for offline sync (migration 0010).
    uuid: Mapped[str | None] = mapped_column(String(36), index=True, unique=True, default=new_uuid)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("sections.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class ArticleTag(Base):
    __tablename__ = "article_tags"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (
        CheckConstraint(_in("status", ArticleStatus), name="status"),
        # Partial indexes for the live list (see migration 0003).
        *(
            Index(name, *columns, sqlite_where=_LIVE, postgresql_where=_LIVE)
            for name, columns in (
                ("ix_articles_live_updated", ("updated_at", "id")),
                ("ix_articles_live_status", ("status", "updated_at", "id")),
                ("ix_articles_live_section", ("section_id", "updated_at", "id")),
            )
        ),
        Index(
            "ix_articles_trashed", "trashed_at", sqlite_where=_TRASHED, postgresql_where=_TRASHED
        ),
        Index("ix_articles_section_id", "section_id"),
        # Covers what the site export compares (see migration 0013).
        Index(
            "ix_articles_site",
            "status",
            "trashed_at",
            "id",
            "version",
            "section_id",
            "updated_at",
            "published_at",
            "slug",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    headline: Mapped[str] = mapped_column(Text, default="")
    standfirst: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    dateline: Mapped[str] = mapped_column(String(200), default="")
    byline: Mapped[str] = mapped_column(String(200), default="")
    credit: Mapped[str] = mapped_column(String(200), default="")
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="RESTRICT"))
    language: Mapped[str] = mapped_column(String(35), default="en")
    status: Mapped[str] = mapped_column(String(20), default=ArticleStatus.DRAFT.value)
    correction_note: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column()
    scheduled_at: Mapped[datetime | None] = mapped_column()
    trashed_at: Mapped[datetime | None] = mapped_column()
    # Migration 0016: whether readers may comment, and a private story (an imported
    # private or password-protected WordPress post) no export carries until published.
    comments_open: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    last_operation: Mapped[str | None] = mapped_column(String(60))
    """"OPERATION@VERSION": the client operation that wrote `version` (migration 0015)."""
    embargoed_until: Mapped[datetime | None] = mapped_column(index=True)
    """Not to be published before this time (migration 0019; a trigger holds to it)."""


class Revision(Base):
    __tablename__ = "revisions"
    __table_args__ = (Index("ix_revisions_article_id_created_at", "article_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(String(200), default="")
    article_version: Mapped[int] = mapped_column(Integer, default=1)
    # A stable id for offline sync (migration 0010).
    uuid: Mapped[str | None] = mapped_column(String(36), index=True, unique=True, default=new_uuid)
    headline: Mapped[str] = mapped_column(Text, default="")
    standfirst: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    dateline: Mapped[str] = mapped_column(String(200), default="")
    byline: Mapped[str] = mapped_column(String(200), default="")
    credit: Mapped[str] = mapped_column(String(200), default="")


class RelatedLink(Base):
    __tablename__ = "related_links"
    __table_args__ = (
        CheckConstraint("(target_article_id IS NULL) <> (url IS NULL)", name="one_target"),
        Index("ix_related_links_article_id_position", "article_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    target_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE")
    )
    url: Mapped[str | None] = mapped_column(String(2000))
    title: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # A stable id for offline sync (migration 0010).
    uuid: Mapped[str | None] = mapped_column(String(36), index=True, unique=True, default=new_uuid)


class Comment(Base):
    __tablename__ = "comments"
    __table_args__ = (
        CheckConstraint(_in("status", CommentStatus), name="status"),
        CheckConstraint(_in("kind", CommentKind), name="kind"),
        # The moderation queue's orders and look-ups (see migration 0005).
        Index("ix_comments_status_submitted_at_id", "status", "submitted_at", "id"),
        Index("ix_comments_submitted_at_id", "submitted_at", "id"),
        Index("ix_comments_article_id_status_submitted_at", "article_id", "status", "submitted_at"),
        Index("ix_comments_author_email_submitted_at", "author_email", "submitted_at"),
        Index("ix_comments_ip_submitted_at", "ip", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("comments.id", ondelete="SET NULL"), index=True
    )
    author_name: Mapped[str] = mapped_column(String(245))
    author_email: Mapped[str] = mapped_column(String(100))
    author_url: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=CommentStatus.PENDING.value)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    ip: Mapped[str] = mapped_column(String(45), default="")
    spam_score: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Moderation (migration 0005): the text as submitted when a moderator edited it, the
    # state to go back to from spam or trash, and replies written by the newsroom.
    original_body: Mapped[str | None] = mapped_column(Text)
    edited_at: Mapped[datetime | None] = mapped_column()
    previous_status: Mapped[str | None] = mapped_column(String(20))
    newsroom_reply: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A reader's comment, or a pingback or trackback from another site (migration 0006).
    kind: Mapped[str] = mapped_column(
        String(20), default=CommentKind.COMMENT.value, server_default=CommentKind.COMMENT.value
    )


class Setting(Base):
    """Small key/value facts about this newsroom database (e.g. its name)."""

    __tablename__ = "settings"
    __table_args__ = (UniqueConstraint("key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text, default="")
