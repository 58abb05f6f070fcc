"""Small writes shared by the importers: who may import, a story row with its revision."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import User
from newsdesk.domain.errors import NotAllowed
from newsdesk.domain.slugs import slugify, unique_slug
from newsdesk.domain.workflow import may_edit
from newsdesk.storage import orm


def now() -> datetime:
    return datetime.now(UTC)


def require_editor(user: User) -> None:
    if not may_edit(user):
        raise NotAllowed(f"{user.display_name} may not import stories (moderators only moderate)")


def free_article_slug(session: Session, wanted: str) -> str:
    def taken(candidate: str) -> bool:
        return (
            session.scalar(select(orm.Article.id).where(orm.Article.slug == candidate)) is not None
        )

    return unique_slug(slugify(wanted or "untitled"), taken)


def free_section_slug(session: Session, wanted: str) -> str:
    def taken(candidate: str) -> bool:
        return (
            session.scalar(select(orm.Section.id).where(orm.Section.slug == candidate)) is not None
        )

    return unique_slug(slugify(wanted or "section"), taken)
