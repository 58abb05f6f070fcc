"""Finding a note's passage again in the editor, after the text around it has changed."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from newsdesk.domain.copydesk import NoteAnchor

NOTE_MARK_COLOUR = "#fef3c7"


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def locate(text: str, anchor: NoteAnchor) -> tuple[int, int] | None:
    """Document positions (UTF-16) of the passage nearest to where it was, or None."""
    wanted = anchor.text.replace("\u2029", "\n")
    if not wanted:
        return None
    best: int | None = None
    found = text.find(wanted)
    while found >= 0:
        if best is None or abs(found - anchor.start) < abs(best - anchor.start):
            best = found
        if found > anchor.start:
            break  # later ones are only further away
        found = text.find(wanted, found + 1)
    if best is None:
        return None
    start = utf16_length(text[:best])
    return start, start + utf16_length(wanted)


def note_marks(
    document: QTextDocument, text: str, anchors: list[NoteAnchor]
) -> list[QTextEdit.ExtraSelection]:
    """A soft background under each passage that an open note is about."""
    marks: list[QTextEdit.ExtraSelection] = []
    style = QTextCharFormat()
    style.setBackground(QColor(NOTE_MARK_COLOUR))
    for anchor in anchors:
        place = locate(text, anchor)
        if place is None:
            continue
        cursor = QTextCursor(document)
        cursor.setPosition(place[0])
        cursor.setPosition(place[1], QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor  # type: ignore[misc]
        mark.format = style  # type: ignore[misc]
        marks.append(mark)
    return marks
