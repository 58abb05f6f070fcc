"""What others do in the newsroom shows up in this window without a refresh.

A watcher from `newsdesk.services.live` (notifications on PostgreSQL, polling on
SQLite) runs on a thread of its own; its batches come here through a queued signal and
go to `Workbench.apply_changes`. The open story gets more care: it is read again on the
save worker (after any pending autosave) and, when someone else saved a newer version,

- with no unsaved edits here, the editor takes the new text (keeping the cursor and the
  scroll place as far as they still fit);
- with unsaved edits, the text stays as typed and the status bar says "Changed by
  someone else": the next save meets the version check, and the conflict view follows.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.services.live import LiveWatcher, own_backend_pids, watcher_for
from newsdesk.ui.naming import named

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

log = logging.getLogger(__name__)

NOTE_MS = 15_000


class LiveUpdates(QObject):
    connection_changed = Signal(bool)
    open_story_followed = Signal(object)
    """The open story as someone else saved it, now in the editor."""

    _arrived = Signal(object)
    _status = Signal(bool, str)

    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self.setObjectName("liveUpdates")
        self._workbench = workbench
        self._open_id: int | None = None
        self._closed = False
        self.connected: bool | None = None
        """None until the first connection attempt (and always None on SQLite)."""
        self.label = named(QLabel(), "liveState")
        self.label.hide()
        workbench.status.addPermanentWidget(self.label)

        self._arrived.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        self._status.connect(self._show_status, Qt.ConnectionType.QueuedConnection)
        workbench.story.article_opened.connect(self._article_opened)

        database = workbench.newsroom.database
        own_pids: set[int] = set()
        self._stop_following_pids: Callable[[], None] = lambda: None
        if not database.is_sqlite:
            # This window's own saves come back as notifications too; it has applied them.
            own_pids, self._stop_following_pids = own_backend_pids(database)
        self.watcher: LiveWatcher | None = watcher_for(
            database,
            self._arrived.emit,
            self._status.emit,
            open_article=lambda: self._open_id,
            ignore_pids=own_pids,
        )
        if self.watcher is not None:
            self.watcher.start()

    def shutdown(self) -> None:
        """Stop watching; whatever still arrives is dropped."""
        self._closed = True
        self._stop_following_pids()
        if self.watcher is not None:
            self.watcher.shutdown()

    # ---- arriving ------------------------------------------------------------------------
    def _article_opened(self, article: Article | None) -> None:
        self._open_id = article.id if article is not None else None

    @Slot(object)
    def _apply(self, changes: Changes) -> None:
        if self._closed:
            return
        workbench = self._workbench
        current = workbench.story.article
        follow = current is not None and current.id in changes.articles
        if changes.article_list:
            # Rows on show may be stale (a renamed section, many stories at once).
            workbench.stories.model.invalidate_cached()
        # The open story is followed below, from one fresh read.
        workbench.apply_changes(dataclasses.replace(changes, related_links=False))
        if follow and current is not None:
            self._read_open_story(current.id)
        workbench.changed_elsewhere.emit(changes)

    @Slot(bool, str)
    def _show_status(self, connected: bool, problem: str) -> None:
        if self._closed:
            return
        self.connected = connected
        if connected:
            self.label.hide()
            self.label.clear()
        else:
            self.label.setText(self.tr("Live updates paused: reconnecting…"))
            self.label.setToolTip(
                self.tr("Changes by others show again once the newsroom is back. %1").replace(
                    "%1", problem
                )
            )
            self.label.show()
        self.connection_changed.emit(connected)

    # ---- the open story ------------------------------------------------------------------
    def _read_open_story(self, article_id: int) -> None:
        """On the save worker, so it reads what the pending autosaves wrote."""
        workbench = self._workbench
        workbench.tasks.saves.submit(
            workbench.newsroom.articles.get,
            article_id,
            on_done=self._open_story_read,
            on_error=lambda error: log.info("open story not read again: %s", error),
            latest="live-open-story",
        )

    def _open_story_read(self, fresh: Article) -> None:
        workbench = self._workbench
        editing = workbench.story
        shown = editing.article
        if self._closed or shown is None or shown.id != fresh.id:
            return
        if fresh.version <= shown.version:
            if fresh.related_links != shown.related_links:
                editing.reload()  # links changed, the text did not
            return
        if editing.autosave.dirty:
            workbench.status.showMessage(self.tr("Changed by someone else"), NOTE_MS)
            return
        if workbench.tasks.saves.busy:
            # A save or a change is still queued: look again after it.
            self._read_open_story(fresh.id)
            return
        if ArticleEdit.of(fresh) == workbench.editor.current_edit():
            # Same text, newer version (a workflow step): follow it, keep the editor as is.
            editing.autosave.track(fresh)
            editing.reload()
            return
        self._show_text(fresh)
        workbench.status.showMessage(self.tr("Updated with someone else's saved text"), NOTE_MS)
        self.open_story_followed.emit(fresh)

    def _show_text(self, article: Article) -> None:
        editor = self._workbench.editor.editor
        position = editor.textCursor().position()
        scroll = editor.verticalScrollBar().value()
        self._workbench.story.show_article(article)
        cursor = editor.textCursor()
        cursor.setPosition(min(position, max(0, editor.document().characterCount() - 1)))
        editor.setTextCursor(cursor)
        editor.verticalScrollBar().setValue(scroll)
