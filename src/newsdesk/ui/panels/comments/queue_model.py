"""The moderation queue as a table that grows a page at a time as the view scrolls.

Rows come from `CommentService.page` by key (the last row's time and id), so a queue of a
million comments costs one page to open. Ticked rows ("marked", the X key) are the
selection that Shift+A/S/T act on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from newsdesk.domain.entities import Comment, CommentRow
from newsdesk.domain.enums import CommentStatus
from newsdesk.ui.bidi import isolated
from newsdesk.ui.contrast import readable
from newsdesk.ui.locale_format import decimal, moment
from newsdesk.ui.panels.comments.reason_words import reasons_text
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP
from newsdesk.ui.vocabulary import label

ModelIndex = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("CommentQueueModel", "Author"),
    QT_TRANSLATE_NOOP("CommentQueueModel", "Story"),
    QT_TRANSLATE_NOOP("CommentQueueModel", "Received"),
    QT_TRANSLATE_NOOP("CommentQueueModel", "Comment"),
    QT_TRANSLATE_NOOP("CommentQueueModel", "E-mail"),
    QT_TRANSLATE_NOOP("CommentQueueModel", "Website"),
    QT_TRANSLATE_NOOP("CommentQueueModel", "Score"),
)
AUTHOR, STORY, RECEIVED, EXCERPT, EMAIL, WEBSITE, SCORE = range(len(HEADERS))
EXCERPT_LENGTH = 90

STATUS_COLOURS = {
    CommentStatus.PENDING: "#b45309",
    CommentStatus.APPROVED: "#15803d",
    CommentStatus.SPAM: "#b91c1c",
    CommentStatus.TRASH: "#6b7280",
}


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def as_row(comment: Comment | CommentRow) -> CommentRow:
    if isinstance(comment, CommentRow):
        return comment
    return CommentRow(
        id=comment.id,
        uuid=comment.uuid,
        article_id=comment.article_id,
        article_headline=comment.article_headline,
        parent_id=comment.parent_id,
        author_name=comment.author_name,
        author_email=comment.author_email,
        author_url=comment.author_url,
        status=comment.status,
        submitted_at=comment.submitted_at,
        ip=comment.ip,
        spam_score=comment.spam_score,
        reasons=comment.reasons,
        excerpt=comment.body[:240],
        edited=comment.original_body is not None,
        newsroom_reply=comment.newsroom_reply,
    )


class CommentQueueModel(QAbstractTableModel):
    more_wanted = Signal()
    """The view scrolled to the end of what is loaded and there is more."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CommentRow] = []
        self._row_of: dict[int, int] = {}
        self._marked: set[int] = set()
        self._exhausted = True
        self._loading = False

    # ---- contents ------------------------------------------------------------------------
    def set_comments(
        self, comments: Sequence[Comment | CommentRow], *, exhausted: bool = True
    ) -> None:
        self.beginResetModel()
        self._rows = [as_row(c) for c in comments]
        self._reindex()
        self._marked &= set(self._row_of)
        self._exhausted = exhausted
        self._loading = False
        self.endResetModel()

    def append(self, rows: Sequence[CommentRow], *, exhausted: bool) -> None:
        fresh = [row for row in rows if row.id not in self._row_of]
        self._loading = False
        self._exhausted = exhausted
        if fresh:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._rows.extend(fresh)
            self._reindex()
            self.endInsertRows()

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Drop rows (they left this view); contiguous runs go in one notification each."""
        rows = sorted((self._row_of[i] for i in set(ids) if i in self._row_of), reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._marked.discard(self._rows[row].id)
            del self._rows[row]
            self.endRemoveRows()
        if rows:
            self._reindex()

    def update_rows(self, rows: Mapping[int, CommentRow]) -> None:
        for comment_id, fresh in rows.items():
            row = self._row_of.get(comment_id)
            if row is not None:
                self._rows[row] = fresh
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def _reindex(self) -> None:
        self._row_of = {row.id: index for index, row in enumerate(self._rows)}

    def comment_at(self, row: int) -> CommentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, comment_id: int) -> int | None:
        return self._row_of.get(comment_id)

    def last(self) -> CommentRow | None:
        return self._rows[-1] if self._rows else None

    def has_websites(self) -> bool:
        """Whether any comment listed gave a website."""
        return any(row.author_url for row in self._rows)

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    # ---- marks (X) -----------------------------------------------------------------------
    def toggle_mark(self, row: int) -> None:
        comment = self.comment_at(row)
        if comment is None:
            return
        self._marked ^= {comment.id}
        self.dataChanged.emit(self.index(row, AUTHOR), self.index(row, AUTHOR))

    def marked_ids(self) -> list[int]:
        return [row.id for row in self._rows if row.id in self._marked]

    def clear_marks(self) -> None:
        if self._marked:
            self._marked.clear()
            if self._rows:
                self.dataChanged.emit(self.index(0, AUTHOR), self.index(len(self._rows) - 1, 0))

    # ---- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._loading = True
            self.more_wanted.emit()

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
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == AUTHOR:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == AUTHOR and role == Qt.ItemDataRole.CheckStateRole:
            comment = self.comment_at(index.row())
            if comment is None:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked != (comment.id in self._marked):
                self.toggle_mark(index.row())
            return True
        return False

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        comment = self.comment_at(index.row()) if index.isValid() else None
        if comment is None:
            return None
        column = index.column()
        if role == self.ID_ROLE:
            return comment.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(comment, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == AUTHOR:
            marked = comment.id in self._marked
            return Qt.CheckState.Checked if marked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = reasons_text(comment.reasons) or self.tr("no reason recorded")
            held = self.tr("Held because")
            state = label(comment.status)
            author = isolated(f"{comment.author_name} <{comment.author_email}>")
            return f"{author}\n{state}. {held}: {reasons}"
        if role == Qt.ItemDataRole.ForegroundRole and column == SCORE:
            return readable(_score_colour(comment.spam_score))
        if role == Qt.ItemDataRole.ForegroundRole and column == AUTHOR:
            return readable(STATUS_COLOURS[comment.status])
        if role == Qt.ItemDataRole.FontRole and comment.status is CommentStatus.PENDING:
            font = QFont()
            font.setBold(column == AUTHOR)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, comment: CommentRow, column: int) -> str:
        """Each cell; the commenter's own words isolated (see `bidi`)."""
        if column == AUTHOR:
            return isolated(comment.author_name)
        if column == STORY:
            return isolated(comment.article_headline)
        if column == RECEIVED:
            return moment(comment.submitted_at)
        if column == EXCERPT:
            return isolated(excerpt(comment.excerpt))
        if column == EMAIL:
            return isolated(comment.author_email)
        if column == WEBSITE:
            return isolated(comment.author_url)
        return decimal(comment.spam_score)


def _score_colour(score: float) -> str:
    if score >= 0.7:
        return "#b91c1c"
    if score >= 0.4:
        return "#b45309"
    return "#15803d"
