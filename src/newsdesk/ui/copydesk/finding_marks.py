"""Where a finding sits in the editor's document, and the marks and fixes made there."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from newsdesk.domain.checks import CheckKind, Finding
from newsdesk.ui.copydesk.anchors import utf16_length

SPELLING_COLOUR = "#dc2626"


def finding_cursor(document: QTextDocument, finding: Finding) -> QTextCursor | None:
    """A cursor over the finding's passage in the body, if the text there is still the same.

    Findings come back from a worker; the text may have moved on meanwhile.
    """
    if finding.field != "body" or finding.line < 1 or finding.end <= finding.start:
        return None
    block = document.findBlockByNumber(finding.line - 1)
    if not block.isValid():
        return None
    text = block.text()
    if finding.word and text[finding.start : finding.end] != finding.word:
        return None
    start = block.position() + utf16_length(text[: finding.start])
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(
        start + utf16_length(text[finding.start : finding.end]), QTextCursor.MoveMode.KeepAnchor
    )
    return cursor


def spelling_marks(
    document: QTextDocument, findings: list[Finding]
) -> list[QTextEdit.ExtraSelection]:
    """A red wavy underline under each misspelt word of the body."""
    style = QTextCharFormat()
    style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    style.setUnderlineColor(QColor(SPELLING_COLOUR))
    marks: list[QTextEdit.ExtraSelection] = []
    for finding in findings:
        if finding.kind is not CheckKind.SPELLING:
            continue
        cursor = finding_cursor(document, finding)
        if cursor is None:
            continue
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor  # type: ignore[misc]
        mark.format = style  # type: ignore[misc]
        marks.append(mark)
    return marks


def apply_replacement(document: QTextDocument, finding: Finding) -> bool:
    """Put the finding's suggested replacement in the body, as one undo step."""
    if finding.replacement is None:
        return False
    cursor = finding_cursor(document, finding)
    if cursor is None:
        return False
    cursor.beginEditBlock()
    cursor.insertText(finding.replacement)
    cursor.endEditBlock()
    return True
