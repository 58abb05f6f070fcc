"""Small dialogs of the copy desk: a note to go with a step, a publication time, a yes/no.

Each opens window-modal without blocking (`open()`), and calls back when accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.note_dialog_form import Ui_NoteDialog
from newsdesk.ui.forms.schedule_dialog_form import Ui_ScheduleDialog


class NoteDialog(FormWidget, QDialog):
    """Asks for the note a step needs (why a story is sent back, what a correction says)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_NoteDialog())
        self.setWindowTitle(title)
        self.prompt = self.ui.workflowNotePrompt
        self.prompt.setText(prompt)
        self.note = self.ui.workflowNote
        self.buttons = self.ui.buttons
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.note.toPlainText().strip()


class ScheduleDialog(FormWidget, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_ScheduleDialog())
        self.when = self.ui.publicationTime
        self.when.setMinimumDateTime(QDateTime.currentDateTime())
        self.when.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def moment(self) -> datetime:
        """The chosen time, aware, in the local zone."""
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.astimezone()


def ask_note(parent: QWidget, title: str, prompt: str, then: Callable[[str], None]) -> NoteDialog:
    dialog = NoteDialog(title, prompt, parent)
    dialog.accepted.connect(lambda: then(dialog.text()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def ask_time(parent: QWidget, then: Callable[[datetime], None]) -> ScheduleDialog:
    dialog = ScheduleDialog(parent)
    dialog.accepted.connect(lambda: then(dialog.moment()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def confirm(parent: QWidget, title: str, question: str, then: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("copyDeskConfirm")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def finished(_result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            then()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box


def show_refusal(parent: QWidget, title: str, message: str) -> QMessageBox:
    """A clear "not done" for a refused step (not allowed, a field missing…)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("copyDeskRefusal")
    box.finished.connect(box.deleteLater)
    box.open()
    return box
