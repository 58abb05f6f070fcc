"""Plain, frozen values that services hand to the UI and the CLI.

Never ORM instances: a widget holding one of these can never trigger a lazy load.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from newsdesk.domain.enums import ArticleStatus, CommentStatus, Role


@dataclass(frozen=True, slots=True)
class Section:
    id: int
    name: str
    slug: str
    parent_id: int | None
    position: int
    article_count: int = 0


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What one line of the article list shows; never carries the body."""

    id: int
    uuid: str
    slug: str
    headline: str
    section_name: str
    status: ArticleStatus
    byline: str
    updated_at: datetime
    trashed: bool = False
    assignee: str = ""
    """The copy editor who took the story (while it is in editing)."""
    open_notes: int = 0
    locked_by: str = ""
    """Who else has the story open to edit (an edit lock of another window)."""


@dataclass(frozen=True, slots=True)
class RelatedLink:
    id: int
    position: int
    title: str
    summary: str
    target_article_id: int | None = None
    target_slug: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    id: int
    uuid: str
    slug: str
    headline: str
    standfirst: str
    body: str
    dateline: str
    byline: str
    credit: str
    section_id: int | None
    section_name: str
    section_slug: str
    section_path: tuple[str, ...]
    tags: tuple[str, ...]
    language: str
    status: ArticleStatus
    author: str
    version: int
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None = None
    scheduled_at: datetime | None = None
    trashed_at: datetime | None = None
    correction_note: str = ""
    related_links: tuple[RelatedLink, ...] = ()
    comments_open: bool = True
    """Readers may comment; when not, the page says comments are closed."""
    private: bool = False
    """An imported private or password-protected post: no export carries it until it
    is published."""


@dataclass(frozen=True, slots=True)
class ArticleEdit:
    """The editable text fields of an article, as the editor holds them."""

    headline: str
    standfirst: str = ""
    body: str = ""
    dateline: str = ""
    byline: str = ""
    credit: str = ""
    section_id: int | None = None
    tags: tuple[str, ...] = ()
    language: str = "en"
    comments_open: bool = True

    @classmethod
    def of(cls, article: Article) -> ArticleEdit:
        """The editable part of a stored article."""
        return cls(
            headline=article.headline,
            standfirst=article.standfirst,
            body=article.body,
            dateline=article.dateline,
            byline=article.byline,
            credit=article.credit,
            section_id=article.section_id,
            tags=article.tags,
            language=article.language,
            comments_open=article.comments_open,
        )


@dataclass(frozen=True, slots=True)
class Revision:
    id: int
    article_id: int
    created_at: datetime
    author: str
    reason: str
    headline: str
    standfirst: str
    body: str
    dateline: str
    byline: str
    credit: str


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    uuid: str
    article_id: int
    article_uuid: str
    article_headline: str
    parent_id: int | None
    author_name: str
    author_email: str
    author_url: str
    body: str
    status: CommentStatus
    submitted_at: datetime
    ip: str
    spam_score: float
    reasons: tuple[str, ...] = ()
    original_body: str | None = None
    """The text as submitted, when a moderator has edited it."""
    newsroom_reply: bool = False


@dataclass(frozen=True, slots=True)
class CommentRow:
    """One line of the moderation queue: everything but the whole text."""

    id: int
    uuid: str
    article_id: int
    article_headline: str
    parent_id: int | None
    author_name: str
    author_email: str
    author_url: str
    status: CommentStatus
    submitted_at: datetime
    ip: str
    spam_score: float
    reasons: tuple[str, ...]
    excerpt: str
    edited: bool = False
    newsroom_reply: bool = False


@dataclass(frozen=True, slots=True)
class CommentThread:
    """A comment with what a moderator needs beside it: its parent and its replies."""

    comment: Comment
    parent: Comment | None
    replies: tuple[Comment, ...]
    article_slug: str


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role] = field(default_factory=frozenset)

    def has(self, role: Role) -> bool:
        return role in self.roles or Role.ADMIN in self.roles
