"""The full-size Moderation view: the queue with every column, and the whole comment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from newsdesk.domain.entities import CommentRow, CommentThread
from newsdesk.domain.moderation import ModerationEvent
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.moderation.detail import CommentDetail
from newsdesk.ui.naming import named
from newsdesk.ui.panels.comments.panel import CommentQueuePanel
from newsdesk.ui.tasks import TaskRunner


def load_detail(newsroom: Newsroom, comment_id: int) -> tuple[CommentThread, list[ModerationEvent]]:
    return newsroom.comments.thread(comment_id), newsroom.moderation.history(comment_id)


class ModerationView(QWidget):
    def __init__(
        self, newsroom: Newsroom, queries: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moderationView")
        self._newsroom = newsroom
        self._queries = queries
        self.queue = CommentQueuePanel(
            newsroom.comments, queries, moderation=newsroom.moderation, compact=False
        )
        self.queue.view.setObjectName("moderationQueue")
        self.detail = CommentDetail()
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "moderationSplitter")
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([880, 460])
        self.detail.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)
        self.queue.current_changed.connect(self._show)

    def _show(self, row: CommentRow | None) -> None:
        if row is None:
            self.detail.show_nothing()
            return
        self._queries.submit(
            load_detail,
            self._newsroom,
            row.id,
            on_done=lambda found: self.detail.show_thread(*found),
            on_error=lambda _error: self.detail.show_nothing(),
            latest="comment-detail",
        )
