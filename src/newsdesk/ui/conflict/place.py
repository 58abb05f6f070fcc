"""One place both sides changed differently, in the conflict view's merge box: Mine,
Theirs (Both, for paragraphs of the body) and, where the place is text, the merge as it
stands, to write by hand. Choosing fills the text in; editing it makes it yours."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from newsdesk.domain.merge import FieldSettlement, Settlement, Written

BY_HAND = "hand"
"""The choice's value once the text was written by hand."""


class ConflictPlace(QWidget):
    """`texts` is what each choice ("ours", "theirs", maybe "both") makes of the place;
    `editor` the kind of text field to write it in ("paragraph" or "line"), or None for a
    place that is not text (a section, a language): then only Mine or Theirs."""

    changed = Signal()

    def __init__(
        self, texts: Mapping[str, str], editor: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.texts = dict(texts)
        self.choice = QComboBox()
        for value in self.texts:
            self.choice.addItem("", value)
        self.editor: QPlainTextEdit | QLineEdit | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice, 0, Qt.AlignmentFlag.AlignTop)
        if editor is not None:
            self.choice.addItem("", BY_HAND)
            if editor == "paragraph":
                area = QPlainTextEdit()
                area.setTabChangesFocus(True)
                area.setFixedHeight(area.fontMetrics().lineSpacing() * 4 + 12)
                area.textChanged.connect(self._written)
                self.editor = area
            else:
                line = QLineEdit()
                line.textEdited.connect(self._written)
                self.editor = line
            layout.addWidget(self.editor, 1)
        layout.addStretch(0 if editor else 1)
        self.choice.currentIndexChanged.connect(self._chosen)
        self._chosen()

    def retranslate_ui(self, names: Mapping[str, str], accessible: str) -> None:
        """The choices' names (by value: "ours", "theirs", "both", "hand") and the
        accessible names of the choice and the text field."""
        for index in range(self.choice.count()):
            self.choice.setItemText(index, names[self.choice.itemData(index)])
        self.choice.setAccessibleName(accessible)
        if self.editor is not None:
            self.editor.setAccessibleName(
                self.tr("%1, as the merge keeps it").replace("%1", accessible)
            )

    def chosen(self) -> str:
        return str(self.choice.currentData())

    def text(self) -> str:
        """The place as the merge keeps it now."""
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.texts[self.chosen()]

    def settlement(self) -> Settlement:
        chosen = self.chosen()
        if chosen == BY_HAND or (self.editor is not None and self.text() != self.texts[chosen]):
            return Written(self.text())
        return chosen  # type: ignore[return-value]

    def field_settlement(self) -> FieldSettlement:
        settlement = self.settlement()
        assert settlement != "both"
        return settlement

    def write(self, text: str) -> None:
        """Put `text` in the text field, as if typed there."""
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        elif isinstance(self.editor, QLineEdit):
            self.editor.setText(text)
            self._written()

    def _chosen(self) -> None:
        chosen = self.chosen()
        if chosen != BY_HAND and self.editor is not None:
            with QSignalBlocker(self.editor):
                if isinstance(self.editor, QPlainTextEdit):
                    self.editor.setPlainText(self.texts[chosen])
                else:
                    self.editor.setText(self.texts[chosen])
        self.changed.emit()

    def _written(self) -> None:
        if self.chosen() != BY_HAND and self.text() != self.texts[self.chosen()]:
            with QSignalBlocker(self.choice):
                self.choice.setCurrentIndex(self.choice.findData(BY_HAND))
        self.changed.emit()
