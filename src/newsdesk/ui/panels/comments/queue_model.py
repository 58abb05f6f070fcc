"""Pending comments as a table: author, story, time, excerpt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from newsdesk.domain.entities import Comment

ModelIndex = QModelIndex | QPersistentModelIndex
HEADERS = ("Author", "Story", "Received", "Comment")
EXCERPT_LENGTH = 90


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


class CommentQueueModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._comments: list[Comment] = []

    def set_comments(self, comments: list[Comment]) -> None:
        self.beginResetModel()
        self._comments = list(comments)
        self.endResetModel()

    def comment_at(self, row: int) -> Comment | None:
        return self._comments[row] if 0 <= row < len(self._comments) else None

    def row_of(self, comment_id: int) -> int | None:
        for row, comment in enumerate(self._comments):
            if comment.id == comment_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._comments)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return self.tr(HEADERS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        comment = self.comment_at(index.row()) if index.isValid() else None
        if comment is None:
            return None
        column = index.column()
        if role == self.ID_ROLE:
            return comment.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return comment.author_name
            if column == 1:
                return comment.article_headline
            if column == 2:
                return comment.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M")
            return excerpt(comment.body)
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = "; ".join(comment.reasons) or self.tr("no reason recorded")
            held = self.tr("Held because")
            return f"{comment.author_name} <{comment.author_email}>\n{held}: {reasons}"
        return None
