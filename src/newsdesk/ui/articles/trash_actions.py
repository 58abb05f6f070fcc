"""Move to the trash, restore, and undo: on the stories the user sees chosen, saying
which by headline ("Moved “…” to the trash", with Undo in the status bar and Ctrl+Z in
the story list)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence

from newsdesk.domain.changes import Changes
from newsdesk.ui.article_editor.controller import EditingController
from newsdesk.ui.articles.list_panel import ArticleListPanel, ChosenStory
from newsdesk.ui.status_bar import EditorStatusBar

MESSAGE_MS = 10000


class TrashActions(QObject):
    def __init__(
        self,
        stories: ArticleListPanel,
        editing: EditingController,
        status: EditorStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._stories = stories
        self._editing = editing
        self._status = status
        self._undoable: tuple[ChosenStory, ...] = ()
        """What the last move to the trash took (Undo puts it back)."""
        stories.view.installEventFilter(self)

    @property
    def can_undo(self) -> bool:
        return bool(self._undoable)

    def trash(self) -> None:
        chosen = tuple(self._stories.chosen_stories(self._editing.article))
        if not chosen:
            self._status.showMessage(self.tr("Select a story to move to the trash."), MESSAGE_MS)
            return
        self._editing.trash([story.id for story in chosen], on_done=lambda _c: self._moved(chosen))

    def _moved(self, chosen: tuple[ChosenStory, ...]) -> None:
        self._undoable = chosen
        message = (
            self.tr("Moved %1 to the trash.").replace("%1", self._named(chosen))
            + " "
            + self.tr("Trashed stories are in the Trash view.")
        )
        self._status.show_undoable(message, self.undo, MESSAGE_MS)

    def undo(self) -> None:
        chosen, self._undoable = self._undoable, ()
        if chosen:
            self._restore(chosen)

    def restore(self) -> None:
        if not self._stories.query.trashed:
            self._status.showMessage(
                self.tr(
                    "Trashed stories are in the Trash view: choose Trash in the status "
                    "filter, select them, then Restore (Ctrl+Shift+R)."
                ),
                MESSAGE_MS,
            )
            return
        chosen = tuple(self._stories.chosen_stories(None))
        if not chosen:
            self._status.showMessage(self.tr("Select the stories to restore."), MESSAGE_MS)
            return
        self._restore(chosen)

    def _restore(self, chosen: Sequence[ChosenStory]) -> None:
        def restored(_changes: Changes) -> None:
            self._status.showMessage(
                self.tr("Restored %1.").replace("%1", self._named(chosen)), MESSAGE_MS
            )

        self._editing.restore([story.id for story in chosen], on_done=restored)

    def _named(self, chosen: Sequence[ChosenStory]) -> str:
        if len(chosen) == 1:
            return "“" + (chosen[0].headline or self.tr("Untitled story")) + "”"
        return self.tr("%n story(ies)", "", len(chosen))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in the story list undoes the last move to the trash (the editor's
        Undo stays the window's Ctrl+Z everywhere else)."""
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and self._undoable:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo):
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.undo()
                return True
        return False
