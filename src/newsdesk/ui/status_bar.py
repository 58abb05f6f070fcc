"""The status bar: words, characters, reading time, save state and database in use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from newsdesk.domain.text_stats import TextStats
from newsdesk.ui.article_editor.autosave import SaveState
from newsdesk.ui.contrast import tint
from newsdesk.ui.locale_format import number
from newsdesk.ui.naming import named

SAVE_STATE_COLOURS = {
    SaveState.SAVED: "#15803d",
    SaveState.UNSAVED: "#b45309",
    SaveState.SAVING: "#0369a1",
    SaveState.CONFLICT: "#b91c1c",
    SaveState.FAILED: "#b91c1c",
    SaveState.RECONNECTING: "#b45309",
    SaveState.BUSY: "#b45309",
}


class EditorStatusBar(QStatusBar):
    stats_shown = Signal(object)
    """The open story's counts as the bar now shows them (TextStats, or None): what other
    views follow the typing from, without counting again."""

    def __init__(self, database_description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.counts = named(QLabel(), "textCounts")
        self.save_state = named(QLabel(), "saveState")
        self.database = named(QLabel(database_description), "databaseInUse")
        self.database.setToolTip(self.tr("The newsroom database in use"))
        self._stats: TextStats | None = None
        for label in (self.counts, self.save_state, self.database):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self.undo_button = named(QToolButton(), "statusUndo")
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last action"))
        self.undo_button.setAutoRaise(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._undo_clicked)
        self.insertPermanentWidget(0, self.undo_button)
        self._undo: Callable[[], None] | None = None
        self._undo_message = ""
        self.messageChanged.connect(self._message_changed)

    def show_undoable(self, message: str, undo: Callable[[], None], timeout_ms: int) -> None:
        """`message` with an Undo button beside it, both gone with the message."""
        self._undo, self._undo_message = undo, message
        self.showMessage(message, timeout_ms)
        self.undo_button.show()

    def _undo_clicked(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_button.hide()
        self.clearMessage()
        if undo is not None:
            undo()

    def _message_changed(self, message: str) -> None:
        if message != self._undo_message and self._undo is not None:
            self._undo = None
            self.undo_button.hide()

    def show_newsroom(self, name: str, detail: str) -> None:
        """Which newsroom this window works in (never with a password)."""
        self.database.setText(name)
        self.database.setToolTip(detail)

    def show_stats(self, stats: TextStats | None) -> None:
        self._stats = stats
        self.stats_shown.emit(stats)
        if stats is None:
            self.counts.clear()
            return
        minutes = stats.reading_minutes
        self.counts.setText(
            self.tr("%1 words · %2 characters · %3 min read")
            .replace("%1", number(stats.words))
            .replace("%2", number(stats.characters))
            .replace("%3", number(minutes))
        )

    def retranslate_ui(self) -> None:
        """The interface language changed: the counts are words too."""
        self.show_stats(self._stats)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last action"))

    def show_save_state(self, state: SaveState | None, message: str = "") -> None:
        if state is None:
            self.save_state.clear()
            return
        self.save_state.setText(message)
        tint(self.save_state, SAVE_STATE_COLOURS[state])
        if state in (SaveState.CONFLICT, SaveState.FAILED):
            self.showMessage(message, 15000)
