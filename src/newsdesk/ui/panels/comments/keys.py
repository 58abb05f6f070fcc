"""The comment queue's one-key commands, as data.

The queue's table acts on them (`CommentQueuePanel`), the Comments menu and the
toolbar's tooltips name them, and the Keyboard shortcuts sheet lists them: all from this
one table, so none of them can go stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from newsdesk.domain.moderation import ModerationAction
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP

MA = ModerationAction
NEXT, PREVIOUS, UNDO, MARK = "next", "previous", "undo", "mark"
"""The commands that are not moderation actions."""


@dataclass(frozen=True, slots=True)
class QueueKey:
    key: Qt.Key
    shift: bool
    command: str
    """NEXT, PREVIOUS, UNDO, MARK or a ModerationAction's value."""
    description: str
    """In English; `what()` gives it in the interface language."""
    marked: bool = False
    """The action applies to the ticked comments rather than the selected ones."""

    @property
    def sequence(self) -> QKeySequence:
        modifiers = Qt.KeyboardModifier.ShiftModifier if self.shift else Qt.KeyboardModifier(0)
        return QKeySequence(self.key | modifiers)

    def keys(self) -> str:
        """The key as the platform writes it ("Shift+A", "Del")."""
        return self.sequence.toString(QKeySequence.SequenceFormat.NativeText)

    def what(self) -> str:
        return QCoreApplication.translate("QueueKeys", self.description)


K = Qt.Key
QUEUE_KEYS: tuple[QueueKey, ...] = (
    QueueKey(K.Key_J, False, NEXT, QT_TRANSLATE_NOOP("QueueKeys", "Next comment")),
    QueueKey(K.Key_K, False, PREVIOUS, QT_TRANSLATE_NOOP("QueueKeys", "Previous comment")),
    QueueKey(K.Key_A, False, MA.APPROVE, QT_TRANSLATE_NOOP("QueueKeys", "Approve")),
    QueueKey(K.Key_U, False, MA.UNAPPROVE, QT_TRANSLATE_NOOP("QueueKeys", "Unapprove")),
    QueueKey(K.Key_S, False, MA.SPAM, QT_TRANSLATE_NOOP("QueueKeys", "Mark as spam")),
    QueueKey(K.Key_N, False, MA.NOT_SPAM, QT_TRANSLATE_NOOP("QueueKeys", "Not spam")),
    QueueKey(K.Key_T, False, MA.TRASH, QT_TRANSLATE_NOOP("QueueKeys", "Move to the trash")),
    QueueKey(K.Key_Delete, False, MA.TRASH, QT_TRANSLATE_NOOP("QueueKeys", "Move to the trash")),
    QueueKey(K.Key_Delete, True, MA.DELETE, QT_TRANSLATE_NOOP("QueueKeys", "Delete permanently")),
    QueueKey(K.Key_R, False, MA.REPLY, QT_TRANSLATE_NOOP("QueueKeys", "Reply as the newsroom")),
    QueueKey(K.Key_E, False, MA.EDIT, QT_TRANSLATE_NOOP("QueueKeys", "Edit the comment")),
    QueueKey(K.Key_Z, False, UNDO, QT_TRANSLATE_NOOP("QueueKeys", "Undo the last moderation")),
    QueueKey(K.Key_X, False, MARK, QT_TRANSLATE_NOOP("QueueKeys", "Tick or untick the comment")),
    QueueKey(
        K.Key_A,
        True,
        MA.APPROVE,
        QT_TRANSLATE_NOOP("QueueKeys", "Approve the ticked comments"),
        marked=True,
    ),
    QueueKey(
        K.Key_S,
        True,
        MA.SPAM,
        QT_TRANSLATE_NOOP("QueueKeys", "Mark the ticked comments as spam"),
        marked=True,
    ),
    QueueKey(
        K.Key_T,
        True,
        MA.TRASH,
        QT_TRANSLATE_NOOP("QueueKeys", "Move the ticked comments to the trash"),
        marked=True,
    ),
)


def key_hint(command: str) -> str:
    """The first key of `command` (on the selected comments), "" when it has none."""
    for key in QUEUE_KEYS:
        if key.command == command and not key.marked:
            return key.keys()
    return ""
