"""Find and replace in the story text, in a bar under the editor.

Searching asks the document itself (`QTextDocument.find`), one paragraph at a time, so a
hit is found without copying the text. Only the "3 of 12" count needs every match; it is
kept until the text or the search changes, and recounted after typing pauses rather than
on each keystroke.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from newsdesk.ui import icons as qta
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP

RECOUNT_DELAY_MS = 200

FIND_BAR_KEYS: tuple[tuple[str, str], ...] = (
    ("Return", QT_TRANSLATE_NOOP("FindBar", "Next match")),
    ("Shift+Return", QT_TRANSLATE_NOOP("FindBar", "Previous match")),
    ("Return", QT_TRANSLATE_NOOP("FindBar", "Replace this match (in Replace with)")),
    ("Escape", QT_TRANSLATE_NOOP("FindBar", "Close the find bar")),
)
"""The bar's own keys (see `eventFilter`), for the Keyboard shortcuts sheet."""

_W = TypeVar("_W", bound=QWidget)

# Characters that continue a word: letters, digits and marks (Arabic-script vowel signs),
# the underscore, and the zero-width (non-)joiners Persian writes inside words (می‌خواهم).
_WORD_CHARACTER = r"[\w\p{M}\x{200C}\x{200D}]"


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character in "_\u200c\u200d"


def search_pattern(text: str, *, match_case: bool, whole_words: bool) -> QRegularExpression:
    """The literal `text` as a regular expression; whole words refuse word characters around it.

    `\\b` would split Persian words at the zero-width non-joiner, so the edges are spelled
    out, and only on a side where the searched text itself starts or ends a word.
    """
    body = QRegularExpression.escape(text)
    if whole_words and text:
        if _is_word_character(text[0]):
            body = f"(?<!{_WORD_CHARACTER}){body}"
        if _is_word_character(text[-1]):
            body = f"{body}(?!{_WORD_CHARACTER})"
    options = QRegularExpression.PatternOption.UseUnicodePropertiesOption
    if not match_case:
        options |= QRegularExpression.PatternOption.CaseInsensitiveOption
    return QRegularExpression(body, options)


def _named(widget: _W, name: str) -> _W:
    """Object names let tests and style sheets find the bar's parts."""
    widget.setObjectName(name)
    return widget


class FindBar(QWidget):
    """A find-and-replace bar for one editor; hidden until `open_find` or `open_replace`."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._starts: list[int] | None = None  # every match's start, while still valid
        self._ends: list[int] = []
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self._update_status)

        self.find_field = _named(QLineEdit(), "findField")
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setAccessibleName(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = _named(QLineEdit(), "replaceField")
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.replace_field.setAccessibleName(self.tr("Replace with"))
        for field in (self.find_field, self.replace_field):
            field.installEventFilter(self)

        self.previous_button = self._tool_button(
            "findPrevious", "mdi6.chevron-up", self.tr("Previous match (Shift+Enter)")
        )
        self.next_button = self._tool_button(
            "findNext", "mdi6.chevron-down", self.tr("Next match (Enter)")
        )
        self.close_button = self._tool_button(
            "findClose", "mdi6.close", self.tr("Close the find bar (Escape)")
        )
        self.match_case = self._toggle(
            "matchCase", "mdi6.format-letter-case", self.tr("Match case")
        )
        self.whole_words = self._toggle(
            "wholeWords", "mdi6.format-letter-matches", self.tr("Whole words")
        )
        self.status = _named(QLabel(), "findStatus")
        self.status.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 of 0000") + 8)
        self.status.setAccessibleName(self.tr("Matches"))
        self.replace_button = _named(QPushButton(self.tr("Replace")), "replaceOne")
        self.replace_all_button = _named(QPushButton(self.tr("Replace all")), "replaceAll")
        for button in (self.replace_button, self.replace_all_button):
            button.setAutoDefault(False)
        for field in (self.find_field, self.replace_field):
            field.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 16))

        # Two rows under the text, each field taking what its row has left: the bar never
        # asks the editor for more width than the editor has, so the preview keeps its own.
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setHorizontalSpacing(4)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.find_field, 0, 0)
        find_tools = QHBoxLayout()
        find_tools.setSpacing(2)
        for widget in (self.match_case, self.whole_words, self.previous_button, self.next_button):
            find_tools.addWidget(widget)
        find_tools.addWidget(self.status)
        layout.addLayout(find_tools, 0, 1)
        layout.addWidget(self.close_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        self._replace_row = QWidget()
        replace_row = QHBoxLayout(self._replace_row)
        replace_row.setContentsMargins(0, 0, 0, 0)
        replace_row.setSpacing(4)
        replace_row.addWidget(self.replace_field, 1)
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        layout.addWidget(self._replace_row, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        # Tab goes from Find straight to Replace with, then to the buttons.
        QWidget.setTabOrder(self.find_field, self.replace_field)
        QWidget.setTabOrder(self.replace_field, self.replace_button)
        QWidget.setTabOrder(self.replace_button, self.replace_all_button)
        QWidget.setTabOrder(self.replace_all_button, self.match_case)

        self.find_field.textChanged.connect(self._search_as_typed)
        self.match_case.toggled.connect(self._search_as_typed)
        self.whole_words.toggled.connect(self._search_as_typed)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        editor.document().contentsChange.connect(self._text_changed)
        editor.installEventFilter(self)  # Escape in the text closes the bar too
        self.hide()

    # ---- opening and closing -------------------------------------------------------------
    def open_find(self) -> None:
        """Show the bar for finding, seeded with the editor's selection."""
        self._open(replace=False)

    def open_replace(self) -> None:
        """Show the bar with the replace row too."""
        self._open(replace=True)

    def close_bar(self) -> None:
        """Hide the bar and hand the keyboard back to the text."""
        self._recount.stop()
        self.hide()
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, *, replace: bool) -> None:
        selection = self._editor.textCursor()
        selected = selection.selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self._replace_row.setVisible(replace)
        self.show()
        target = (
            self.replace_field
            if replace and self.find_field.text() and selected
            else self.find_field
        )
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()
        self._update_status()

    # ---- searching -----------------------------------------------------------------------
    def find_next(self) -> bool:
        """Select the next match after the selection, wrapping past the end."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the match before the selection, wrapping past the start."""
        return self._find(backward=True)

    def _pattern(self) -> QRegularExpression | None:
        text = self.find_field.text()
        if not text:
            return None
        return search_pattern(
            text,
            match_case=self.match_case.isChecked(),
            whole_words=self.whole_words.isChecked(),
        )

    def _flags(self, *, backward: bool = False) -> QTextDocument.FindFlag:
        """Find flags to go with the pattern.

        `QTextDocument.find` sets or clears the pattern's case option from these flags, so
        the case choice must be passed here too.
        """
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        return flags

    def _find(self, *, backward: bool, start: QTextCursor | None = None) -> bool:
        pattern = self._pattern()
        if pattern is None:
            self._update_status()
            return False
        document = self._editor.document()
        flags = self._flags(backward=backward)
        found = document.find(pattern, start or self._editor.textCursor(), flags)
        if found.isNull():  # wrap around
            edge = QTextCursor(document)
            if backward:
                edge.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(pattern, edge, flags)
        if not found.isNull():
            self._editor.setTextCursor(found)
            self._editor.ensureCursorVisible()
        self._update_status()
        return not found.isNull()

    def _search_as_typed(self, *_args: object) -> None:
        """Search from where the current selection starts, so a match grows as one types."""
        self._starts = None
        if not self.find_field.text():
            self._update_status()
            return
        here = QTextCursor(self._editor.document())
        here.setPosition(self._editor.textCursor().selectionStart())
        self._find(backward=False, start=here)

    # ---- replacing -----------------------------------------------------------------------
    def replace_current(self) -> None:
        """Replace the selected match (if the selection is one), then go to the next."""
        pattern = self._pattern()
        if pattern is None:
            return
        cursor = self._editor.textCursor()
        if cursor.hasSelection() and self._is_match(cursor, pattern):
            cursor.insertText(self.replace_field.text())
            self._editor.setTextCursor(cursor)
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        pattern = self._pattern()
        if pattern is None:
            return 0
        document = self._editor.document()
        replacement = self.replace_field.text()
        edit = QTextCursor(document)
        count = 0
        edit.beginEditBlock()
        flags = self._flags()
        found = document.find(pattern, 0, flags)
        while not found.isNull():
            edit.setPosition(found.selectionStart())
            edit.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(replacement)
            count += 1
            found = document.find(pattern, edit.position(), flags)
        edit.endEditBlock()
        self._recount.stop()
        self._starts = None
        if count:
            self._editor.setTextCursor(edit)
            self.status.setText(self.tr("{count} replaced").format(count=self._number(count)))
        else:
            self.status.setText(self.tr("No matches"))
        return count

    def _is_match(self, cursor: QTextCursor, pattern: QRegularExpression) -> bool:
        """Whether the selection is exactly one match, judged in its context (whole words)."""
        at = QTextCursor(self._editor.document())
        at.setPosition(cursor.selectionStart())
        found = self._editor.document().find(pattern, at, self._flags())
        return (
            not found.isNull()
            and found.selectionStart() == cursor.selectionStart()
            and found.selectionEnd() == cursor.selectionEnd()
        )

    # ---- the "3 of 12" label -------------------------------------------------------------
    def _text_changed(self, _position: int, removed: int, added: int) -> None:
        if not (removed or added):
            return
        self._starts = None
        if self.isVisible():
            self._recount.start()

    def _count(self, pattern: QRegularExpression) -> tuple[list[int], list[int]]:
        """Every match's start and end, from the raw text so positions are the document's."""
        if self._starts is None:
            starts: list[int] = []
            ends: list[int] = []
            matches = pattern.globalMatch(self._editor.document().toRawText())
            while matches.hasNext():
                match = matches.next()
                starts.append(match.capturedStart())
                ends.append(match.capturedEnd())
            self._starts, self._ends = starts, ends
        return self._starts, self._ends

    def retranslate_ui(self) -> None:
        if self.isVisible():
            self._update_status()

    def _update_status(self) -> None:
        pattern = self._pattern()
        if pattern is None:
            self.status.clear()
            return
        starts, ends = self._count(pattern)
        total = len(starts)
        if not total:
            self.status.setText(self.tr("No matches"))
            return
        cursor = self._editor.textCursor()
        index = bisect_left(starts, cursor.selectionStart())
        current = (
            index < total
            and starts[index] == cursor.selectionStart()
            and ends[index] == cursor.selectionEnd()
        )
        if current:
            self.status.setText(
                self.tr("{current} of {total}").format(
                    current=self._number(index + 1), total=self._number(total)
                )
            )
        elif total == 1:
            self.status.setText(self.tr("1 match"))
        else:
            self.status.setText(self.tr("{total} matches").format(total=self._number(total)))

    def _number(self, value: int) -> str:
        """Digits in the bar's locale (Persian digits for a Persian interface)."""
        return self.locale().toString(value)

    # ---- keys ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self._editor:
                if key == Qt.Key.Key_Escape and self.isVisible():
                    self.close_bar()
                    return True
                return False
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.replace_field:
                    self.replace_current()
                elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_icons()

    # ---- building ------------------------------------------------------------------------
    def _toggle(self, name: str, icon: str, text: str) -> QToolButton:
        """A compact on/off option (its words in the tooltip and for screen readers)."""
        button = _named(QToolButton(), name)
        button.setCheckable(True)
        button.setProperty("iconName", icon)
        button.setIcon(self._icon(icon))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        return button

    def _tool_button(self, name: str, icon: str, tip: str) -> QToolButton:
        button = _named(QToolButton(), name)
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setProperty("iconName", icon)
        button.setIcon(self._icon(icon))
        return button

    def _icon(self, name: str) -> QIcon:
        return qta.icon(
            name,
            color=self.palette().color(QPalette.ColorRole.ButtonText),
            color_disabled=self.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText
            ),
        )

    def _refresh_icons(self) -> None:
        if not hasattr(self, "whole_words"):  # a palette change while still building
            return
        buttons = (self.previous_button, self.next_button, self.close_button)
        for button in (*buttons, self.match_case, self.whole_words):
            button.setIcon(self._icon(str(button.property("iconName"))))


__all__ = ["FindBar", "search_pattern"]
