"""The Markdown text of a story: a plain-text editor tuned for long newsroom copy.

A `QPlainTextEdit` rather than a `QTextEdit`: it lays out only the paragraphs on screen,
so a megabyte of copy opens and types as quickly as a short brief. Every signal here is
O(1) per keystroke; nothing reads the whole text unless a caller asks for `markdown()`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from newsdesk.domain.limits import BODY
from newsdesk.ui.clipboard_picture import ENCODED_PICTURE_TYPES, pasted_picture
from newsdesk.ui.editor.highlighter import MarkdownHighlighter

# Languages written right to left, by their primary BCP 47 subtag …
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi"}
)
# … and scripts that are right to left whatever the language (`az-Arab`, `pa-Arab`).
RTL_SCRIPTS = frozenset({"adlm", "arab", "hebr", "nkoo", "rohg", "syrc", "thaa"})

TAB_WIDTH = 4

_LineChange = Callable[[QTextCursor], None]


def is_rtl_language(bcp47: str) -> bool:
    """Whether a story in this language reads from the right."""
    subtags = [part for part in re.split(r"[-_]", bcp47.strip().lower()) if part]
    if not subtags:
        return False
    return subtags[0] in RTL_LANGUAGES or any(part in RTL_SCRIPTS for part in subtags[1:])


class MarkdownEditor(QPlainTextEdit):
    """Edits a story's Markdown body with syntax colouring and per-paragraph direction."""

    text_edited = Signal()
    """The user changed the text (typing, paste, undo); `set_markdown` does not count."""

    paste_refused = Signal(str)
    """A paste was too large to take; the message says why (the text is unchanged)."""

    image_pasted = Signal(object)
    """A picture (no text) was pasted or dropped: whoever keeps pictures adds it and
    writes its reference at the cursor (the text is unchanged here)."""

    cursor_line_changed = Signal(int)
    """The 0-based line (block number) holding the cursor, when it changes."""

    top_line_changed = Signal(int)
    """The 0-based line at the top of the view, when the user scrolls to another one.

    Only the user's own scrolling (wheel, scroll bar) counts: the view also scrolls to
    follow the cursor while typing, and a preview that followed that would jump about
    under the reader; cursor moves have `cursor_line_changed`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._cursor_line = 0
        self._top_line = 0
        self._language = ""
        self._marks: dict[str, list[QTextEdit.ExtraSelection]] = {}

        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(False)
        self.setPlaceholderText(self.tr("Write the story here, in Markdown."))
        self._apply_font()
        self._apply_text_option()
        self.document().setDocumentMargin(10)
        self._highlighter = MarkdownHighlighter(self.document(), self.palette())

        self.document().contentsChange.connect(self._contents_changed)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self.verticalScrollBar().actionTriggered.connect(self._user_scrolled)

    # ---- public API ----------------------------------------------------------------------
    @property
    def highlighter(self) -> MarkdownHighlighter:
        return self._highlighter

    def set_markdown(self, text: str) -> None:
        """Load a story's text: no `text_edited`, and undo cannot step back past it."""
        self._loading = True
        if self._marks:
            self._marks.clear()
            self.setExtraSelections([])
        try:
            with self._highlighter.loading():
                self.setPlainText(text)
        finally:
            self._loading = False
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        self._top_line = self.top_line()

    def markdown(self) -> str:
        """The text as Markdown, non-breaking spaces kept (`toPlainText` would drop them)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of a 0-based line and bring it to the middle."""
        document = self.document()
        block = document.findBlockByNumber(max(0, min(line, document.blockCount() - 1)))
        self.setTextCursor(QTextCursor(block))
        self.centerCursor()

    def select_range(self, start: int, end: int) -> None:
        """Select characters `start`..`end` of the document and bring them into view."""
        size = max(0, self.document().characterCount() - 1)
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(start, size)))
        cursor.setPosition(max(0, min(end, size)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def set_marks(self, layer: str, marks: list[QTextEdit.ExtraSelection]) -> None:
        """Show `marks` (misspellings, annotated passages…) in place of the layer's old ones.

        Each layer belongs to one feature; the marks are cursors, so they follow edits.
        """
        if marks:
            self._marks[layer] = marks
        elif self._marks.pop(layer, None) is None:
            return
        self.setExtraSelections([mark for group in self._marks.values() for mark in group])

    def marks(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        return list(self._marks.get(layer, ()))

    def set_language(self, bcp47: str) -> None:
        """Follow the story's language: right to left for Persian, Arabic, Hebrew, Urdu…

        Each paragraph still takes its direction from its own text, so an English quote in
        a Persian story reads left to right; the language sets the editor's own side (the
        scroll bar on the left, mirrored menus) and its locale, for input methods.
        """
        self._language = bcp47.strip()
        rtl = is_rtl_language(self._language)
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        if self._language:
            self.setLocale(QLocale(self._language))
        else:
            self.unsetLocale()
        self._apply_text_option()

    def language(self) -> str:
        return self._language

    def current_line(self) -> int:
        return self._cursor_line

    def top_line(self) -> int:
        """The 0-based line now at the top of the view."""
        return self.firstVisibleBlock().blockNumber()

    def visible_lines(self) -> tuple[int, int]:
        """The first and last 0-based lines now (even partly) in view."""
        first = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(first).translated(self.contentOffset()).top()
        bottom = self.viewport().height()
        block, last = first, first.blockNumber()
        while block.isValid() and top <= bottom:
            last = block.blockNumber()
            top += self.blockBoundingRect(block).height()
            block = block.next()
        return max(first.blockNumber(), 0), max(last, 0)

    # ---- set-up --------------------------------------------------------------------------
    def _apply_font(self) -> None:
        """A proportional font a size up from the interface.

        Stories are prose, often in Persian or Arabic: monospaced fonts rarely carry those
        scripts (Qt would fall back glyph by glyph) and make running text tiring to read;
        code spans still get a fixed font from the highlighter.
        """
        font = QFont(self.font())
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(max(font.pointSizeF() + 1.0, 11.0))
        self.setFont(font)
        self._update_tab_stops()

    def _update_tab_stops(self) -> None:
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * TAB_WIDTH)

    def _apply_text_option(self) -> None:
        """Each paragraph takes its direction from its own text; alignment follows the story.

        `QPlainTextEdit` lays every paragraph out with the document's one default
        `QTextOption` and ignores per-paragraph formats, so alignment cannot follow each
        paragraph without justifying every wrapped line (which reads badly in a plain-text
        editor). A Persian or Arabic story is aligned right, any other left; the letters of
        every paragraph are still ordered by their own script.
        """
        document = self.document()
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        right = is_rtl_language(self._language)
        option.setAlignment(
            (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )
        document.setDefaultTextOption(option)

    # ---- events --------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return self._holds_picture(source) or super().canInsertFromMimeData(source)

    @staticmethod
    def _holds_picture(source: QMimeData) -> bool:
        return source.hasImage() or any(source.hasFormat(t) for t in ENCODED_PICTURE_TYPES)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Refuse a paste (or a drop) that would make the story longer than a story may be
        (`domain.limits`): no save could store it. Counting is O(1): the document knows
        its length. A picture without text is handed on (`image_pasted`)."""
        if self._holds_picture(source) and not source.hasText():
            picture = pasted_picture(source)  # its bytes when it has them: decoded on a worker
            if picture is not None:
                self.image_pasted.emit(picture)
            return
        if source.hasText():
            cursor = self.textCursor()
            length = self.document().characterCount() - 1
            selected = cursor.selectionEnd() - cursor.selectionStart()
            pasted = len(source.text())
            if not BODY.fits_after(length, selected, pasted):
                self.paste_refused.emit(
                    self.tr(
                        "Not pasted: the story would be %1 characters long, more than a "
                        "story may hold (%2)."
                    )
                    .replace("%1", f"{length - selected + pasted:,}")
                    .replace("%2", f"{BODY.most:,}")
                )
                return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        plain = modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if (
            key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and plain & Qt.KeyboardModifier.ControlModifier
        ):
            # Tab indents here, so Ctrl+Tab (Ctrl+Shift+Tab) leaves the text. A text edit
            # refuses to hand the focus on: ask as the plain widget it also is.
            forward = key == Qt.Key.Key_Tab and not plain & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return
        if key == Qt.Key.Key_Tab and plain == Qt.KeyboardModifier.NoModifier:
            self._indent()
            return
        if key == Qt.Key.Key_Backtab:
            self._outdent()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            modifiers & Qt.KeyboardModifier.ShiftModifier
        ):
            # Shift+Enter would insert a line separator inside the paragraph; a new line
            # keeps one Markdown line per block, so line numbers stay true.
            event = QKeyEvent(
                event.type(),
                key,
                modifiers & ~Qt.KeyboardModifier.ShiftModifier,
                event.text(),
                event.isAutoRepeat(),
                event.count(),
            )
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._highlighter.set_palette(self.palette())
        elif kind == QEvent.Type.FontChange:
            self._update_tab_stops()

    # ---- editing helpers -----------------------------------------------------------------
    def _indent(self) -> None:
        """Tab inserts spaces to the next stop, or indents every selected line."""
        cursor = self.textCursor()
        if not self._spans_lines(cursor):
            column = cursor.positionInBlock() - (cursor.position() - cursor.selectionStart())
            cursor.insertText(" " * (TAB_WIDTH - column % TAB_WIDTH))
            self.setTextCursor(cursor)
            return
        self._each_selected_line(cursor, lambda line: line.insertText(" " * TAB_WIDTH))

    def _outdent(self) -> None:
        """Shift+Tab removes up to one indent from the start of each selected line."""

        def remove(line: QTextCursor) -> None:
            text = line.block().text()
            width = len(text[:TAB_WIDTH]) - len(text[:TAB_WIDTH].lstrip(" "))
            if text.startswith("\t"):
                width = 1
            if width:
                line.movePosition(
                    QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, width
                )
                line.removeSelectedText()

        self._each_selected_line(self.textCursor(), remove)

    @staticmethod
    def _spans_lines(cursor: QTextCursor) -> bool:
        if not cursor.hasSelection():
            return False
        document = cursor.document()
        return (
            document.findBlock(cursor.selectionStart()).blockNumber()
            != document.findBlock(cursor.selectionEnd()).blockNumber()
        )

    def _each_selected_line(self, cursor: QTextCursor, change: _LineChange) -> None:
        """Apply `change` at the start of each line the selection touches, as one undo step."""
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if cursor.hasSelection() and last != first and cursor.selectionEnd() == last.position():
            last = last.previous()  # a selection ending at a line's start leaves that line be
        edit = QTextCursor(document)
        edit.beginEditBlock()
        block = first
        while block.isValid():
            edit.setPosition(block.position())
            change(edit)
            if block == last:
                break
            block = block.next()
        edit.endEditBlock()

    # ---- signals -------------------------------------------------------------------------
    def _contents_changed(self, _position: int, removed: int, added: int) -> None:
        if not self._loading and (removed or added):
            self.text_edited.emit()

    def _cursor_moved(self) -> None:
        line = self.textCursor().blockNumber()
        if line != self._cursor_line:
            self._cursor_line = line
            self.cursor_line_changed.emit(line)

    def _user_scrolled(self, _action: int) -> None:
        # The scroll bar reports the action before it moves: look once it has.
        QTimer.singleShot(0, self, self._report_top_line)

    def _report_top_line(self) -> None:
        line = self.top_line()
        if line != self._top_line:
            self._top_line = line
            self.top_line_changed.emit(line)


__all__ = ["RTL_LANGUAGES", "MarkdownEditor", "is_rtl_language"]
