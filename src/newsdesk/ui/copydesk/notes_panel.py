"""The Notes panel: the desk's thread on the open story, never published.

A note written while a passage is selected is anchored to it; clicking the note selects
the passage again, and open notes mark their passages in the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.changes import Changes
from newsdesk.domain.copydesk import Note, NoteAnchor
from newsdesk.domain.entities import Article
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.workflow import may_edit
from newsdesk.ui import icons as qta
from newsdesk.ui.contrast import readable
from newsdesk.ui.copydesk.anchors import locate, note_marks

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

MIN_CONTROL_WIDTH = 24

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_LIMIT = 120
MARK_LAYER = "notes"


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


class NotesPanel(QWidget):
    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanelWidget")
        self._workbench = workbench
        self._article_id: int | None = None
        self._notes: list[Note] = []

        self.notes = QListWidget()
        self.notes.setObjectName("noteList")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.notes.setSpacing(2)
        self.summary = QLabel()
        self.summary.setObjectName("noteSummary")
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("New note"))
        self.text.setPlaceholderText(
            self.tr("A note to the desk (select a passage first to pin the note to it)")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.add_button = QPushButton(qta.icon("mdi6.note-plus-outline"), self.tr("&Add note"))
        self.add_button.setObjectName("addNote")
        self.resolve_button = QPushButton(qta.icon("mdi6.check"), self.tr("Reso&lve"))
        self.resolve_button.setObjectName("resolveNote")

        for widget in (self.summary, self.add_button, self.resolve_button):
            widget.setMinimumWidth(MIN_CONTROL_WIDTH)  # a narrow dock clips, never grows
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

        self.text.textChanged.connect(self.update_buttons)
        self.notes.itemSelectionChanged.connect(self.update_buttons)
        self.notes.itemClicked.connect(self._go_to_passage)
        self.add_button.clicked.connect(self.add_note)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.update_buttons()

    # ---- following the open story --------------------------------------------------------
    def set_article(self, article: Article | None) -> None:
        article_id = article.id if article else None
        if article_id != self._article_id:
            self._article_id = article_id
            self._notes = []
            self.notes.clear()
            self.summary.clear()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        article_id = self._article_id
        if article_id is None:
            self.update_buttons()
            return
        self._workbench.tasks.queries.submit(
            self._workbench.newsroom.notes.thread,
            article_id,
            on_done=lambda thread: self._show(article_id, thread),
            latest="copydesk-notes",
        )

    def _show(self, article_id: int, thread: list[Note]) -> None:
        if article_id != self._article_id:
            return
        chosen = self._current_note()
        self._notes = thread
        self.notes.clear()
        for note in thread:
            item = self._item(note)
            self.notes.addItem(item)
            if chosen is not None and note.id == chosen.id:
                self.notes.setCurrentItem(item)
        still_open = sum(1 for note in thread if note.is_open)
        self.summary.setText(
            self.tr("%1 open of %2").replace("%1", str(still_open)).replace("%2", str(len(thread)))
            if thread
            else self.tr("No notes yet")
        )
        self.mark_passages()
        self.update_buttons()

    def _item(self, note: Note) -> QListWidgetItem:
        when = note.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        lines = [f"{note.author or self.tr('Someone')} · {when}", note.body]
        if note.anchor is not None:
            lines.append(f"“{_quote(note.anchor.text)}”")
        if not note.is_open:
            lines.append(self.tr("✓ Resolved by %1").replace("%1", note.resolved_by or "?"))
        item = QListWidgetItem("\n".join(lines))
        item.setData(NOTE_ROLE, note)
        if not note.is_open:
            item.setForeground(readable("#6b7280"))
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        if note.anchor is not None:
            item.setToolTip(self.tr("Click to select the passage in the text"))
        return item

    def note_texts(self) -> list[str]:
        """What the panel lists, one text per note (what a reader of the panel sees)."""
        return [self.notes.item(row).text() for row in range(self.notes.count())]

    def mark_passages(self) -> None:
        editor = self._workbench.editor.editor
        article = self._workbench.story.article
        anchors = [note.anchor for note in self._notes if note.is_open and note.anchor is not None]
        if article is None or article.id != self._article_id or not anchors:
            editor.set_marks(MARK_LAYER, [])
            return
        editor.set_marks(MARK_LAYER, note_marks(editor.document(), editor.markdown(), anchors))

    # ---- acting --------------------------------------------------------------------------
    def _current_note(self) -> Note | None:
        item = self.notes.currentItem()
        return item.data(NOTE_ROLE) if item is not None else None

    def update_buttons(self) -> None:
        allowed = self._article_id is not None and may_edit(self._workbench.newsroom.user)
        self.text.setEnabled(allowed)
        self.add_button.setEnabled(allowed and bool(self.text.toPlainText().strip()))
        note = self._current_note()
        self.resolve_button.setEnabled(allowed and note is not None)
        self.resolve_button.setText(
            self.tr("Reo&pen") if note is not None and not note.is_open else self.tr("Reso&lve")
        )

    def add_note(self) -> None:
        article_id = self._article_id
        body = self.text.toPlainText().strip()
        if article_id is None or not body:
            return
        cursor = self._workbench.editor.editor.textCursor()
        anchor = None
        if cursor.hasSelection():
            anchor = NoteAnchor(
                cursor.selectedText().replace("\u2029", "\n"),
                cursor.selectionStart(),
                cursor.selectionEnd(),
            )
        self._workbench.tasks.saves.submit(
            self._workbench.newsroom.notes.add,
            article_id,
            body,
            anchor,
            on_done=lambda _note: self._written(article_id, clear=True),
            on_error=self._failed,
        )

    def toggle_resolved(self) -> None:
        note = self._current_note()
        if note is None or self._article_id is None:
            return
        article_id = self._article_id
        self._workbench.tasks.saves.submit(
            self._workbench.newsroom.notes.resolve,
            note.id,
            note.is_open,
            on_done=lambda _note: self._written(article_id),
            on_error=self._failed,
        )

    def _written(self, article_id: int, *, clear: bool = False) -> None:
        if clear:
            self.text.clear()
        self.refresh()
        self._workbench.apply_changes(Changes(articles=frozenset({article_id})))

    def _failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, NewsdeskError) else repr(error)
        self._workbench.status.showMessage(
            self.tr("Note not saved: %1").replace("%1", message), 12000
        )

    def _go_to_passage(self, item: QListWidgetItem) -> None:
        note: Note = item.data(NOTE_ROLE)
        if note.anchor is None:
            return
        editor = self._workbench.editor.editor
        place = locate(editor.markdown(), note.anchor)
        if place is None:
            self._workbench.status.showMessage(
                self.tr("The passage this note is about is no longer in the text."), 6000
            )
            return
        editor.select_range(*place)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
