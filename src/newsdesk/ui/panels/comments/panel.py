"""The Comment queue dock: pending comments, for every story or the open one."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Comment
from newsdesk.domain.enums import CommentStatus
from newsdesk.services.comments import CommentQuery, CommentService
from newsdesk.ui.naming import named
from newsdesk.ui.panels.comments.queue_model import CommentQueueModel
from newsdesk.ui.tasks import TaskRunner

QUEUE_LIMIT = 500


def _load_queue(comments: CommentService, article_id: int | None) -> tuple[list[Comment], int]:
    query = CommentQuery(status=CommentStatus.PENDING, article_id=article_id, limit=QUEUE_LIMIT)
    shown = comments.list_comments(query)
    total = comments.counts(article_id)[CommentStatus.PENDING]
    return shown, total


class CommentQueuePanel(QWidget):
    changed = Signal(object)
    """A Changes value after a moderation decision."""

    def __init__(
        self, comments: CommentService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._comments = comments
        self._tasks = tasks
        self._article_id: int | None = None
        self.model = CommentQueueModel(self)
        self.view = named(QTableView(), "commentQueue")
        self.view.setAccessibleName(self.tr("Pending comments"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 200), (2, 120)):
            self.view.setColumnWidth(column, width)
        self.only_current = named(QCheckBox(self.tr("Only the open story")), "onlyCurrentStory")
        self.count_label = named(QLabel(), "commentCount")
        self.approve_action = self._action("mdi6.check-circle-outline", self.tr("Approve"), "A")
        self.spam_action = self._action("mdi6.alert-octagon-outline", self.tr("Spam"), "S")
        self.trash_action = self._action("mdi6.trash-can-outline", self.tr("Trash"), "T")
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.approve_action, self.spam_action, self.trash_action):
            toolbar.addAction(action)
        top = QHBoxLayout()
        top.setContentsMargins(6, 0, 6, 0)
        top.addWidget(toolbar)
        top.addStretch(1)
        top.addWidget(self.only_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.approve_action.triggered.connect(lambda: self._moderate(CommentStatus.APPROVED))
        self.spam_action.triggered.connect(lambda: self._moderate(CommentStatus.SPAM))
        self.trash_action.triggered.connect(lambda: self._moderate(CommentStatus.TRASH))
        self.only_current.toggled.connect(lambda _on: self.refresh())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self._update_actions()

    def _action(self, icon: str, text: str, key: str) -> QAction:
        action = QAction(qta.icon(icon), text, self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({key})")
        self.addAction(action)
        return action

    def set_current_article(self, article_id: int | None) -> None:
        self._article_id = article_id
        if self.only_current.isChecked():
            self.refresh()

    def refresh(self) -> None:
        article_id = self._article_id if self.only_current.isChecked() else None
        if self.only_current.isChecked() and article_id is None:
            self._loaded(([], 0))
            return
        self._tasks.submit(
            _load_queue, self._comments, article_id, on_done=self._loaded, latest="queue"
        )

    def _loaded(self, result: tuple[list[Comment], int]) -> None:
        comments, total = result
        selected = self.selected_ids()
        self.model.set_comments(comments)
        if total == 0:
            self.count_label.setText(self.tr("No comments waiting. All clear."))
        elif total > len(comments):
            self.count_label.setText(
                self.tr("Showing the newest %1 of %2 pending")
                .replace("%1", f"{len(comments):,}")
                .replace("%2", f"{total:,}")
            )
        else:
            self.count_label.setText(self.tr("%n pending", "", total))
        for comment_id in selected:
            row = self.model.row_of(comment_id)
            if row is not None:
                self.view.selectRow(row)
        self._update_actions()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        found = [self.model.comment_at(row) for row in rows]
        return [comment.id for comment in found if comment is not None]

    def _update_actions(self) -> None:
        has_selection = bool(self.view.selectionModel().selectedRows())
        for action in (self.approve_action, self.spam_action, self.trash_action):
            action.setEnabled(has_selection)

    def _moderate(self, status: CommentStatus) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        next_row = rows[0]
        self._tasks.submit(
            self._comments.set_status,
            ids,
            status,
            on_done=lambda changes: self._moderated(changes, next_row),
        )

    def _moderated(self, changes: Changes, next_row: int) -> None:
        self.changed.emit(changes)
        self._tasks.submit(
            _load_queue,
            self._comments,
            self._article_id if self.only_current.isChecked() else None,
            on_done=lambda result: self._select_after(result, next_row),
            latest="queue",
        )

    def _select_after(self, result: tuple[list[Comment], int], next_row: int) -> None:
        self.view.clearSelection()
        self._loaded(result)
        if self.model.rowCount():
            self.view.selectRow(min(next_row, self.model.rowCount() - 1))
