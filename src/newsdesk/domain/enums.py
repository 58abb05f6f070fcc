"""The closed vocabularies of the newsroom: article and comment states, roles."""

from __future__ import annotations

from enum import StrEnum


class ArticleStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    EDITING = "editing"
    READY = "ready"
    PUBLISHED = "published"
    SENT_BACK = "sent_back"
    KILLED = "killed"
    CORRECTED = "corrected"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def is_public(self) -> bool:
        """Published and corrected stories are on the public site."""
        return self in (ArticleStatus.PUBLISHED, ArticleStatus.CORRECTED)


class CommentStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    SPAM = "spam"
    TRASH = "trash"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class CommentKind(StrEnum):
    """What a WordPress site calls a comment: a reader's, or another site's link."""

    COMMENT = "comment"
    PINGBACK = "pingback"
    TRACKBACK = "trackback"


class Role(StrEnum):
    DESK = "desk"
    COPY = "copy"
    MODERATOR = "moderator"
    PUBLISHER = "publisher"
    PLANNER = "planner"
    ADMIN = "admin"
