"""Plain, frozen values that services hand to the UI and the CLI.

Never ORM instances: a widget holding one of these can never trigger a lazy load.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any

from newsdesk.domain.enums import ArticleStatus, CommentStatus, Role
from newsdesk.domain.hold_reasons import HoldReason


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
    wire_withdrawn: bool = False
    """Rewritten from an agency item the agency has since withdrawn."""
    wire_agency: str = ""
    """The agency of the wire item the story was rewritten from ("" when it was not)."""
    wire_urgency: int | None = None
    wire_version: int | None = None
    """The newest version the agency sent of that item."""
    wire_updated: bool = False
    """The agency sent a newer version than the one the story was rewritten from."""
    embargoed_until: datetime | None = None
    scheduled_at: datetime | None = None


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
    embargoed_until: datetime | None = None
    """Not to be published nor handed out before this time (UTC)."""

    def with_edit(self, edit: ArticleEdit) -> Article:
        """This story holding `edit`'s text and settings (what a save of it would give)."""
        return replace(self, **{name: getattr(edit, name) for name in EDIT_FIELDS})


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
    embargoed_until: datetime | None = None
    """Not to be published before this time (aware, UTC as kept); None: no embargo."""

    @classmethod
    def of(cls, source: object, **given: Any) -> ArticleEdit:
        """The editable part of anything that carries the edit's fields by name: a stored
        `Article`, a story's database row, a sync snapshot. `given` supplies what the
        source lacks or holds otherwise (a row's tags, a snapshot's section id)."""
        found = {name: getattr(source, name) for name in EDIT_FIELDS if name not in given}
        return cls(**found, **given)

    def as_kept(self) -> ArticleEdit:
        """The edit as a story keeps it: the one-line fields without surrounding spaces."""
        return replace(
            self,
            dateline=self.dateline.strip(),
            byline=self.byline.strip(),
            credit=self.credit.strip(),
        )


EDIT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ArticleEdit))
"""Everything a writer edits in a story: the one list the save, the sync, the conflict
view and the checks take the story's fields from. A new field of `ArticleEdit` needs
code only where it means something of its own (its column, the editor, the page)."""

VALUE_FIELDS: tuple[str, ...] = tuple(n for n in EDIT_FIELDS if n not in ("section_id", "tags"))
"""The edit's fields that are plain values of the story's own row, the same in every
database: the section is a database's own id, the tags a list kept beside the story."""


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


TEXT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Revision) if f.name in EDIT_FIELDS)
"""A story's text, as each revision keeps it (the history is of the words: not of the
section, tags, language or whether comments are open)."""


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
    reasons: tuple[HoldReason, ...] = ()
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
    reasons: tuple[HoldReason, ...]
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
