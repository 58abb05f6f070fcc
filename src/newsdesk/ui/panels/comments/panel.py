"""The Comment queue: comments by state with counts, filters, and moderation from the
keyboard or the toolbar, one comment or many. The dock and the full Moderation view are
two of these; the view adds the whole comment beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import CommentRow, CommentThread
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.moderation import ModerationAction, ModerationResult, target_state
from newsdesk.services.comments import CommentQuery, CommentService
from newsdesk.services.moderation import ModerationService
from newsdesk.ui import icons as qta
from newsdesk.ui.locale_format import decimal, number
from newsdesk.ui.naming import named
from newsdesk.ui.panels.comments.filters import FilterRow, StateTabs
from newsdesk.ui.panels.comments.keys import (
    MARK,
    NEXT,
    PREVIOUS,
    QUEUE_KEYS,
    UNDO,
    QueueKey,
    key_hint,
)
from newsdesk.ui.panels.comments.queue_model import (
    AUTHOR,
    EMAIL,
    EXCERPT,
    RECEIVED,
    SCORE,
    STORY,
    WEBSITE,
    CommentQueueModel,
)
from newsdesk.ui.panels.comments.queue_view import CommentQueueView
from newsdesk.ui.panels.comments.text_dialog import CommentTextDialog, Purpose
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP
from newsdesk.ui.vocabulary import label

PAGE = 200
MA = ModerationAction

STATE_WORDS = {
    CommentStatus.PENDING: QT_TRANSLATE_NOOP("CommentQueuePanel", "pending"),
    CommentStatus.APPROVED: QT_TRANSLATE_NOOP("CommentQueuePanel", "approved"),
    CommentStatus.SPAM: QT_TRANSLATE_NOOP("CommentQueuePanel", "spam"),
    CommentStatus.TRASH: QT_TRANSLATE_NOOP("CommentQueuePanel", "in the trash"),
}
"""How the count under the queue names the comments of each state ("12 pending")."""

AskText = Callable[[Purpose, CommentThread], str | None]
"""The text of a reply to, or an edit of, the thread's comment (None: cancelled)."""
Confirm = Callable[[str], bool]


def load_queue(
    comments: CommentService, query: CommentQuery
) -> tuple[list[CommentRow], dict[CommentStatus, int], tuple[int, bool]]:
    """The first page, the counts per state and how many match: what the queue shows."""
    rows = comments.page(query, limit=PAGE)
    counts = comments.counts(query.article_id)
    matching = comments.count_matching(query)
    return rows, counts, matching


class CommentQueuePanel(QWidget):
    changed = Signal(object)
    """A Changes value after a moderation decision."""

    current_changed = Signal(object)
    """The CommentRow under the cursor (None when there is none)."""

    def __init__(
        self,
        comments: CommentService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        moderation: ModerationService | None = None,
        *,
        compact: bool = True,
    ) -> None:
        super().__init__(parent)
        self._comments = comments
        self._moderation = moderation
        self._tasks = tasks
        self._article_id: int | None = None
        self._query = CommentQuery()
        self._select_after_load: int | None = None
        self._own_change = False
        # The dock's queue and the Moderation view's share one worker: their "latest
        # answer wins" keys must not replace each other's answers.
        self._latest_queue = f"queue-{id(self):x}"
        self._latest_counts = f"queue-counts-{id(self):x}"
        self.ask_text: AskText = self._ask_text
        self.confirm: Confirm = self._confirm

        self.states = StateTabs()
        self.filters = FilterRow()
        self.only_current = self.filters.only_current
        self.model = CommentQueueModel(self)
        self.view = named(CommentQueueView(), "commentQueue")
        self.view.setAccessibleName(self.tr("Comments"))
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        # The comment is what a moderator reads: the widest column, second after the
        # author. The e-mail address is in the author's tooltip and the detail pane; the
        # website column shows only when some comment listed has one.
        header.moveSection(header.visualIndex(EXCERPT), header.visualIndex(AUTHOR) + 1)
        header.setSectionResizeMode(EXCERPT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((AUTHOR, 140), (STORY, 170), (RECEIVED, 118), (WEBSITE, 140)):
            self.view.setColumnWidth(column, width)
        # Sized from the widest score's text, not the rows: a column fitted to its
        # contents is measured over every loaded row each time the current row moves.
        header.setSectionResizeMode(SCORE, QHeaderView.ResizeMode.Fixed)
        self._fit_score_column()
        self.view.setColumnHidden(EMAIL, True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._fit_columns)
        self._fit_columns()
        self.count_label = named(QLabel(), "commentCount")

        self.approve_action = self._action(MA.APPROVE, "mdi6.check-circle-outline")
        self.unapprove_action = self._action(MA.UNAPPROVE, "mdi6.undo-variant")
        self.spam_action = self._action(MA.SPAM, "mdi6.alert-octagon-outline")
        self.not_spam_action = self._action(MA.NOT_SPAM, "mdi6.shield-check-outline")
        self.trash_action = self._action(MA.TRASH, "mdi6.trash-can-outline")
        self.restore_action = self._action(MA.RESTORE, "mdi6.restore")
        self.delete_action = self._action(MA.DELETE, "mdi6.delete-forever-outline")
        self.reply_action = self._action(MA.REPLY, "mdi6.reply-outline")
        self.edit_action = self._action(MA.EDIT, "mdi6.pencil-outline")
        self.undo_action = self._plain_action(self.tr("Undo"), "mdi6.undo", key_hint(UNDO))
        self.state_actions = (
            self.approve_action,
            self.unapprove_action,
            self.spam_action,
            self.not_spam_action,
            self.trash_action,
            self.restore_action,
            self.delete_action,
        )
        toolbar = QToolBar(self)
        toolbar.setIconSize(toolbar.iconSize() * 0.8)
        toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if compact
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        toolbar.addActions(list(self.state_actions))
        toolbar.addSeparator()
        toolbar.addActions([self.reply_action, self.edit_action, self.undo_action])
        top = QHBoxLayout()
        top.setContentsMargins(6, 0, 6, 0)
        top.addWidget(self.states)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        if compact:
            top.addWidget(toolbar)
        else:
            layout.addWidget(toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._connect()
        self._update_actions()

    # ---- building ------------------------------------------------------------------------
    def _fit_columns(self, *_args: object) -> None:
        """No room for a column nobody filled in (the website)."""
        self.view.setColumnHidden(WEBSITE, not self.model.has_websites())

    def _fit_score_column(self) -> None:
        """Room for any score ("0.99" in the interface's digits) and for the column's
        title, whatever the rows hold."""
        header = self.view.horizontalHeader()
        widest = self.view.fontMetrics().horizontalAdvance(decimal(0.99))
        self.view.setColumnWidth(SCORE, max(header.sectionSizeHint(SCORE), widest + 16))

    def _action(self, action: ModerationAction, icon: str) -> QAction:
        qaction = self._plain_action(label(action), icon, key_hint(action))
        qaction.triggered.connect(lambda: self.act(action))
        return qaction

    def _plain_action(self, text: str, icon: str, key: str) -> QAction:
        action = QAction(qta.icon(icon), text, self)
        action.setToolTip(f"{text} ({key})" if key else text)
        return action

    def _connect(self) -> None:
        self.undo_action.triggered.connect(self.undo)
        self.states.currentChanged.connect(lambda _i: self.refresh())
        self.filters.changed.connect(self.refresh)
        self.model.more_wanted.connect(self._load_more)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.view.selectionModel().currentRowChanged.connect(self._current_moved)
        self.view.keys.update({(key.key, key.shift): self._command(key) for key in QUEUE_KEYS})

    def _command(self, key: QueueKey) -> Callable[[], None]:
        """What one of the queue's keys does (the table calls it)."""
        if key.command == NEXT:
            return lambda: self.view.go_to_row(self.view.current_row() + 1)
        if key.command == PREVIOUS:
            return lambda: self.view.go_to_row(self.view.current_row() - 1)
        if key.command == UNDO:
            return self.undo
        if key.command == MARK:
            return self.toggle_mark
        action = ModerationAction(key.command)
        return lambda: self.act(action, marked=key.marked)

    def retranslate_ui(self) -> None:
        """The interface language changed: the counts are read and worded again."""
        self._fit_score_column()
        self.refresh()

    def set_moderation(self, moderation: ModerationService) -> None:
        self._moderation = moderation

    # ---- loading -------------------------------------------------------------------------
    def set_current_article(self, article_id: int | None) -> None:
        self._article_id = article_id
        if self.only_current.isChecked():
            self.refresh()

    def query(self) -> CommentQuery:
        article_id = self._article_id if self.only_current.isChecked() else None
        return self.filters.query(self.states.state(), article_id)

    def refresh(self, select_id: int | None = None) -> None:
        if self._own_change:  # our own action: rows and counts are already being updated
            return
        current = self.current_row()
        self._select_after_load = select_id or (current.id if current else None)
        self._query = self.query()
        if self.only_current.isChecked() and self._article_id is None:
            self._loaded(([], {}, (0, True)))
            return
        self._tasks.submit(
            load_queue, self._comments, self._query, on_done=self._loaded, latest=self._latest_queue
        )

    def _loaded(
        self, result: tuple[list[CommentRow], dict[CommentStatus, int], tuple[int, bool]]
    ) -> None:
        rows, counts, matching = result
        self.model.set_comments(rows, exhausted=len(rows) < PAGE)
        self._show_counts(counts, matching)
        wanted = self._select_after_load
        self._select_after_load = None
        row = self.model.row_of(wanted) if wanted is not None else None
        if self.model.rowCount():
            self.view.go_to_row(row if row is not None else 0)
        else:
            self.current_changed.emit(None)
        self._update_actions()

    def _load_more(self) -> None:
        last = self.model.last()
        if last is None:
            self.model.append([], exhausted=True)
            return
        query = self._query
        self._tasks.submit(
            self._comments.page,
            query,
            (last.submitted_at, last.id),
            PAGE,
            on_done=lambda rows: self._more_arrived(query, rows),
        )

    def _more_arrived(self, query: CommentQuery, rows: list[CommentRow]) -> None:
        if query == self._query:
            self.model.append(rows, exhausted=len(rows) < PAGE)

    def _refresh_counts(self) -> None:
        query = self._query
        self._tasks.submit(
            lambda: (self._comments.counts(query.article_id), self._comments.count_matching(query)),
            on_done=lambda found: self._show_counts(*found),
            latest=self._latest_counts,
        )

    def _show_counts(self, counts: dict[CommentStatus, int], matching: tuple[int, bool]) -> None:
        self.states.show_counts(counts)
        total, exact = matching
        state = self._query.status
        name = self.tr(STATE_WORDS[state]) if state else self.tr("comments")
        if total == 0 and state is CommentStatus.PENDING and self._query.is_plain:
            self.count_label.setText(self.tr("No comments waiting. All clear."))
        elif not exact:
            self.count_label.setText(self.tr("More than %1 match").replace("%1", number(total)))
        else:
            self.count_label.setText(f"{number(total)} {name}")

    # ---- selection -----------------------------------------------------------------------
    def current_row(self) -> CommentRow | None:
        return self.model.comment_at(self.view.current_row())

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        found = [self.model.comment_at(row) for row in rows]
        return [comment.id for comment in found if comment is not None]

    def toggle_mark(self) -> None:
        row = self.view.current_row()
        if row >= 0:
            self.model.toggle_mark(row)
            self.view.go_to_row(row + 1)
            self._update_actions()

    def _current_moved(self, *_args: Any) -> None:
        self.current_changed.emit(self.current_row())
        self._update_actions()

    def _update_actions(self) -> None:
        rows = [self.model.comment_at(i.row()) for i in self.view.selectionModel().selectedRows()]
        states = {row.status for row in rows if row is not None}
        for qaction, action in (
            (self.approve_action, MA.APPROVE),
            (self.unapprove_action, MA.UNAPPROVE),
            (self.spam_action, MA.SPAM),
            (self.not_spam_action, MA.NOT_SPAM),
            (self.trash_action, MA.TRASH),
            (self.restore_action, MA.RESTORE),
            (self.delete_action, MA.DELETE),
        ):
            qaction.setEnabled(any(target_state(action, s) is not None for s in states))
        single = len(rows) == 1
        self.reply_action.setEnabled(
            single and bool(states & {CommentStatus.PENDING, CommentStatus.APPROVED})
        )
        self.edit_action.setEnabled(single)

    # ---- acting --------------------------------------------------------------------------
    def act(self, action: ModerationAction, *, marked: bool = False) -> None:
        """Moderate the selected comments (the ticked ones with `marked`), then move on."""
        ids = (self.model.marked_ids() or self.selected_ids()) if marked else self.selected_ids()
        if not ids or self._moderation is None:
            return
        if action is MA.REPLY:
            self._reply(ids[0])
            return
        if action is MA.EDIT:
            self._edit(ids[0])
            return
        if action is MA.DELETE and not self.confirm(
            self.tr("Delete %n comment(s) for good? This cannot be undone.", "", len(ids))
        ):
            return
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        anchor = (min(rows), max(rows)) if rows else (0, 0)
        self._tasks.submit(
            self._moderation.moderate,
            ids,
            action,
            on_done=lambda result: self._acted(result, anchor),
        )

    def _acted(self, result: ModerationResult, anchor: tuple[int, int]) -> None:
        """Rows that left this state go; the comment after the acted ones is selected."""
        state = self._query.status
        first, last = anchor
        if result.action is MA.DELETE:
            leaving = list(result.comment_ids)
        elif state is None:
            leaving = []
        else:
            leaving = [
                i for i in result.comment_ids if self._state_after(i, result.action) is not state
            ]
        staying = [i for i in result.comment_ids if i not in set(leaving)]
        self.model.remove_ids(leaving)
        if leaving:
            self.view.go_to_row(first if not staying else last + 1)
        else:
            self.view.go_to_row(last + 1)
        if staying:
            self._tasks.submit(self._comments.rows, staying, on_done=self._rows_changed)
        if self.model.rowCount() < PAGE // 2 and self.model.canFetchMore():
            self.model.fetchMore()
        self._announce(result)
        self._refresh_counts()
        self._own_change = True
        self.changed.emit(Changes(comments=True))
        self._own_change = False

    def _state_after(self, comment_id: int, action: ModerationAction) -> CommentStatus | None:
        row = self.model.row_of(comment_id)
        comment = self.model.comment_at(row) if row is not None else None
        return target_state(action, comment.status) if comment else None

    def _rows_changed(self, rows: dict[int, CommentRow]) -> None:
        self.model.update_rows(rows)
        self._update_actions()
        self.current_changed.emit(self.current_row())

    def _announce(self, result: ModerationResult) -> None:
        if result.count == 0:
            self.count_label.setText(
                self.tr("%1 does not apply to the selected comments").replace(
                    "%1", label(result.action)
                )
            )

    def undo(self) -> None:
        if self._moderation is None:
            return
        self._tasks.submit(self._moderation.undo, on_done=self._undone)

    def _undone(self, result: ModerationResult | None) -> None:
        if result is None:
            self.count_label.setText(self.tr("Nothing to undo"))
            return
        self.refresh(select_id=result.comment_ids[0] if result.comment_ids else None)
        self.changed.emit(Changes(comments=True))

    def _reply(self, comment_id: int) -> None:
        self._tasks.submit(self._comments.thread, comment_id, on_done=self._reply_loaded)

    def _reply_loaded(self, thread: CommentThread) -> None:
        text = self.ask_text(Purpose.REPLY, thread)
        if text and text.strip() and self._moderation is not None:
            self._tasks.submit(
                self._moderation.reply, thread.comment.id, text, on_done=self._after_text_action
            )

    def _edit(self, comment_id: int) -> None:
        self._tasks.submit(self._comments.thread, comment_id, on_done=self._edit_loaded)

    def _edit_loaded(self, thread: CommentThread) -> None:
        comment = thread.comment
        text = self.ask_text(Purpose.EDIT, thread)
        if text is not None and text != comment.body and self._moderation is not None:
            self._tasks.submit(
                self._moderation.edit, comment.id, text, on_done=self._after_text_action
            )

    def _after_text_action(self, result: ModerationResult) -> None:
        current = self.current_row()
        self.refresh(select_id=current.id if current else None)
        self.changed.emit(Changes(comments=True))

    # ---- dialogs (tests replace these) ---------------------------------------------------
    def _ask_text(self, purpose: Purpose, thread: CommentThread) -> str | None:
        dialog = CommentTextDialog(purpose, thread, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.text() if accepted else None

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete permanently"), question)
        return answer == QMessageBox.StandardButton.Yes

    def focus_queue(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
