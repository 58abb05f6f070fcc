"""The full-size Moderation view: the queue with every column, and the whole comment
with its commenter's history and the actions on that commenter."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import CommentRow, CommentThread
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.moderation import ModerationEvent, ModerationResult
from newsdesk.domain.trust import CommenterRuleKind
from newsdesk.services.commenters import CommenterHistory
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.moderation.commenter_actions import CommenterActions
from newsdesk.ui.moderation.detail import WEIGHED_LINK, CommentDetail
from newsdesk.ui.naming import named
from newsdesk.ui.panels.comments.panel import CommentQueuePanel
from newsdesk.ui.tasks import TaskRunner

Detail = tuple[CommentThread, list[ModerationEvent], CommenterHistory | None]


def load_detail(newsroom: Newsroom, comment_id: int) -> Detail:
    """The comment, its thread and log, and its commenter's history when this login may
    read commenters' addresses (moderators)."""
    thread = newsroom.comments.thread(comment_id)
    email = thread.comment.author_email
    commenter = None
    if email and not thread.comment.newsroom_reply:
        try:
            commenter = newsroom.commenters.history(email)
        except NewsdeskError:  # not a moderator: the comment without its commenter
            commenter = None
    return thread, newsroom.moderation.history(comment_id), commenter


class ModerationView(QWidget):
    announced = Signal(str, object)
    """A message for the status bar and what undoes the action it reports (or None)."""

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
        self.commenter = CommenterActions()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(2)
        side_layout.addWidget(self.commenter)
        side_layout.addWidget(self.detail, 1)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "moderationSplitter")
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([880, 460])
        side.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)
        self.queue.current_changed.connect(self._show)
        self.detail.anchorClicked.connect(self._link)
        self.commenter.only_wanted.connect(self.queue.filters.set_commenter)
        self.queue.filters.commenter_changed.connect(self.commenter.show_filter)
        self.commenter.approve_pending_wanted.connect(self._approve_pending)
        self.commenter.rule_wanted.connect(self._set_rule)

    def _show(self, row: CommentRow | None) -> None:
        if row is None:
            self.detail.show_nothing()
            self.commenter.show_commenter(None)
            return
        self._queries.submit(
            load_detail,
            self._newsroom,
            row.id,
            on_done=self._detail_loaded,
            on_error=lambda _error: self.detail.show_nothing(),
            latest="comment-detail",
        )

    def _detail_loaded(self, found: Detail) -> None:
        self.detail.show_thread(*found)
        self.commenter.show_commenter(found[2])

    def _reload_detail(self) -> None:
        self._show(self.queue.current_row())

    # ---- on demand: what weighed most ----------------------------------------------------
    def _link(self, url: QUrl) -> None:
        comment = self.detail.shown_comment()
        if url.toString() != WEIGHED_LINK or comment is None:
            return
        self.show_weighed(comment.id)

    def show_weighed(self, comment_id: int) -> None:
        self._queries.submit(
            self._newsroom.learned_filter.explain,
            comment_id,
            on_done=lambda found: self.detail.show_weighed(comment_id, found),
            latest="comment-weighed",
        )

    # ---- the commenter -------------------------------------------------------------------
    def _approve_pending(self, email: str) -> None:
        if email:
            self._queries.submit(
                self._newsroom.commenters.approve_pending, email, on_done=self._approved
            )

    def _approved(self, result: ModerationResult) -> None:
        message = self.tr("%n comment(s) from this commenter approved", "", result.count)
        self.announced.emit(message, self.queue.undo if result.count else None)
        self.queue.refresh()
        self.queue.changed.emit(Changes(comments=True))

    def _set_rule(self, email: str, rule: CommenterRuleKind | None) -> None:
        if email:
            self._queries.submit(
                self._newsroom.commenters.set_rule, email, rule, on_done=self._rule_set
            )

    def _rule_set(self, history: CommenterHistory) -> None:
        self.commenter.show_commenter(history)
        self._reload_detail()
