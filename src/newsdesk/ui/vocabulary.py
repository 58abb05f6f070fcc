"""The newsroom's closed vocabularies as the interface shows them, in its language.

Story and comment states, workflow and moderation actions, copy checks, saved views and
roles are named in English by the domain (which never imports Qt). Their display names
are looked up here, each in a translation context named after its enum, so that a
French "Prêt" (a story) and "Prêts" (the saved view) can differ. The table below is what
`pyside6-lupdate` reads; a unit test keeps it equal to the domain's labels.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.enums import Role
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP

SOURCES: dict[str, tuple[str, ...]] = {
    "ArticleStatus": (
        QT_TRANSLATE_NOOP("ArticleStatus", "Draft"),
        QT_TRANSLATE_NOOP("ArticleStatus", "Submitted"),
        QT_TRANSLATE_NOOP("ArticleStatus", "Editing"),
        QT_TRANSLATE_NOOP("ArticleStatus", "Ready"),
        QT_TRANSLATE_NOOP("ArticleStatus", "Published"),
        QT_TRANSLATE_NOOP("ArticleStatus", "Sent back"),
        QT_TRANSLATE_NOOP("ArticleStatus", "Killed"),
        QT_TRANSLATE_NOOP("ArticleStatus", "Corrected"),
    ),
    "CommentStatus": (
        QT_TRANSLATE_NOOP("CommentStatus", "Pending"),
        QT_TRANSLATE_NOOP("CommentStatus", "Approved"),
        QT_TRANSLATE_NOOP("CommentStatus", "Spam"),
        QT_TRANSLATE_NOOP("CommentStatus", "Trash"),
    ),
    "Action": (
        QT_TRANSLATE_NOOP("Action", "Submit to the copy desk"),
        QT_TRANSLATE_NOOP("Action", "Take for editing"),
        QT_TRANSLATE_NOOP("Action", "Send back to the writer"),
        QT_TRANSLATE_NOOP("Action", "Pass as ready"),
        QT_TRANSLATE_NOOP("Action", "Publish"),
        QT_TRANSLATE_NOOP("Action", "Schedule publication"),
        QT_TRANSLATE_NOOP("Action", "Kill the story"),
        QT_TRANSLATE_NOOP("Action", "Publish a correction"),
        QT_TRANSLATE_NOOP("Action", "Revive as a draft"),
    ),
    "ModerationAction": (
        QT_TRANSLATE_NOOP("ModerationAction", "Approve"),
        QT_TRANSLATE_NOOP("ModerationAction", "Unapprove"),
        QT_TRANSLATE_NOOP("ModerationAction", "Spam"),
        QT_TRANSLATE_NOOP("ModerationAction", "Not spam"),
        QT_TRANSLATE_NOOP("ModerationAction", "Trash"),
        QT_TRANSLATE_NOOP("ModerationAction", "Restore"),
        QT_TRANSLATE_NOOP("ModerationAction", "Delete permanently"),
        QT_TRANSLATE_NOOP("ModerationAction", "Edit"),
        QT_TRANSLATE_NOOP("ModerationAction", "Reply"),
    ),
    "CheckKind": (
        QT_TRANSLATE_NOOP("CheckKind", "Unbalanced quotes"),
        QT_TRANSLATE_NOOP("CheckKind", "Unbalanced brackets"),
        QT_TRANSLATE_NOOP("CheckKind", "Doubled word"),
        QT_TRANSLATE_NOOP("CheckKind", "Double space"),
        QT_TRANSLATE_NOOP("CheckKind", "Space before punctuation"),
        QT_TRANSLATE_NOOP("CheckKind", "Long sentence"),
        QT_TRANSLATE_NOOP("CheckKind", "Headline length"),
        QT_TRANSLATE_NOOP("CheckKind", "Standfirst length"),
        QT_TRANSLATE_NOOP("CheckKind", "Missing field"),
        QT_TRANSLATE_NOOP("CheckKind", "Spelling"),
        QT_TRANSLATE_NOOP("CheckKind", "Style"),
        QT_TRANSLATE_NOOP("CheckKind", "Embargo not set"),
        QT_TRANSLATE_NOOP("CheckKind", "Picture"),
    ),
    "SavedView": (
        QT_TRANSLATE_NOOP("SavedView", "My drafts"),
        QT_TRANSLATE_NOOP("SavedView", "Copy desk queue"),
        QT_TRANSLATE_NOOP("SavedView", "In editing"),
        QT_TRANSLATE_NOOP("SavedView", "Ready"),
        QT_TRANSLATE_NOOP("SavedView", "Published today"),
        QT_TRANSLATE_NOOP("SavedView", "Killed"),
        QT_TRANSLATE_NOOP("SavedView", "My assignments"),
        QT_TRANSLATE_NOOP("SavedView", "Wires"),
    ),
}
"""Every label of every vocabulary, by the enum's name (the translation context)."""

ROLE_NAMES: dict[Role, str] = {
    Role.DESK: QT_TRANSLATE_NOOP("Role", "desk editor"),
    Role.COPY: QT_TRANSLATE_NOOP("Role", "copy editor"),
    Role.PUBLISHER: QT_TRANSLATE_NOOP("Role", "publisher"),
    Role.PLANNER: QT_TRANSLATE_NOOP("Role", "planner"),
    Role.MODERATOR: QT_TRANSLATE_NOOP("Role", "moderator"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "administrator"),
}
"""What a person with each role is called."""

FALLBACK_CONTEXTS: dict[str, str] = {
    label: context for context, labels in reversed(SOURCES.items()) for label in labels
}
"""A label looked up in some other context (``self.tr(status.label)``) finds its
vocabulary's translation through this (see `language.NewsdeskTranslator`)."""


class Labelled(Protocol):
    @property
    def label(self) -> str: ...


def label(member: Labelled) -> str:
    """A vocabulary member's label (``member.label``) in the interface language."""
    return QCoreApplication.translate(type(member).__name__, member.label)


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Role", ROLE_NAMES[role])
