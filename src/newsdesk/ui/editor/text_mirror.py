"""A line-by-line copy of a QTextDocument, kept current from its change notices.

Reading a 1 MB document with `toPlainText()` costs the GUI thread 4–16 ms; following
each change costs microseconds. `snapshot()` hands out the lines cheaply, and joining
them into one string can then happen on a worker thread. Each change is also kept as a
`LineEdit` in a short log, so a reader that follows the text (the preview's renderer)
can take only what changed since it last looked (`edits_since`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from newsdesk.rendering.block_document import LineEdit

LOG_LIMIT = 512
"""Edits kept for readers that are behind; one further behind reads the whole text."""


def _block_text(document: QTextDocument, number: int) -> str:
    return document.findBlockByNumber(number).text().replace("\u2028", "\n")


class DocumentTextMirror(QObject):
    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._lines: list[str] = []
        self._log: list[LineEdit] = []
        self._log_start = 0
        """The version before the log's first edit."""
        self._version = 0
        self.reload()
        document.contentsChange.connect(self._changed)

    def reload(self) -> None:
        """Read the whole document again (after it was replaced wholesale)."""
        document = self._document
        self._lines = [_block_text(document, n) for n in range(document.blockCount())]
        self._version += 1
        self._log = []
        self._log_start = self._version

    def _changed(self, position: int, removed: int, added: int) -> None:
        document = self._document
        count = document.blockCount()
        first = document.findBlock(position).blockNumber()
        last = document.findBlock(position + added).blockNumber()
        if first < 0 or last < 0:
            self.reload()
            return
        new_span = last - first + 1
        old_span = new_span - (count - len(self._lines))
        if old_span < 0 or first + old_span > len(self._lines):
            self.reload()
            return
        lines = [_block_text(document, n) for n in range(first, last + 1)]
        self._lines[first : first + old_span] = lines
        self._log.append(LineEdit(first, old_span, tuple(lines)))
        self._version += 1
        if len(self._log) > LOG_LIMIT:
            dropped = len(self._log) - LOG_LIMIT // 2
            del self._log[:dropped]
            self._log_start += dropped

    @property
    def version(self) -> int:
        """Goes up with every change (and every reload)."""
        return self._version

    def edits_since(self, version: int) -> list[LineEdit] | None:
        """The edits that turn the lines of `version` into the current ones, in order;
        None when they are no longer known (read the `snapshot` instead)."""
        if not self._log_start <= version <= self._version:
            return None
        return self._log[version - self._log_start :]

    def snapshot(self) -> list[str]:
        """The current lines (a shallow copy: safe to hand to another thread)."""
        return list(self._lines)

    def text(self) -> str:
        return "\n".join(self._lines)


def join_lines(lines: list[str]) -> str:
    return "\n".join(lines)
