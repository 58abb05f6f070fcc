"""Autosave: a story saves itself a second after typing pauses, and at least once a
second while typing goes on, so a crash loses at most the last second.

Saves run in order on the save worker; each save is based on the version the previous
one produced, tracked on that worker, so a burst never conflicts with itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.domain.errors import NewsdeskError, VersionConflict
from newsdesk.services.articles import ArticleService
from newsdesk.services.edit_journal import EditJournal
from newsdesk.storage.database import is_connection_lost
from newsdesk.ui.tasks import TaskRunner

AUTOSAVE_DELAY_MS = 1000
RETRY_DELAYS_MS = (1000, 2000, 4000, 8000, 15000)
"""How long to wait before trying a save again while the newsroom is out of reach."""


class SaveState(StrEnum):
    SAVED = "saved"
    UNSAVED = "unsaved"
    SAVING = "saving"
    CONFLICT = "conflict"
    FAILED = "failed"
    RECONNECTING = "reconnecting"
    """The newsroom is out of reach: the text is kept on this computer meanwhile."""


@dataclass
class _Tracked:
    """The story being saved; `version` is only touched on the save worker."""

    article_id: int
    version: int
    base: ArticleEdit
    """The text the database holds at `version`, as far as this window knows: what a
    three-way merge starts from when a save meets someone else's newer version."""
    stopped: bool = False


class AutosaveController(QObject):
    state_changed = Signal(object, str)
    """(SaveState, message for the status bar)."""

    saved = Signal(object)
    """The Article as the database now holds it."""

    reconnected = Signal()
    """A save went through after the newsroom had been out of reach."""

    conflicted = Signal(int, object, int)
    """(article id, base ArticleEdit, base version): a save met a newer version; saving
    stops until the conflict is resolved."""

    def __init__(
        self,
        articles: ArticleService,
        saves: TaskRunner,
        snapshot: Callable[[], ArticleEdit],
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
        journal: EditJournal | None = None,
    ) -> None:
        super().__init__(parent)
        self._articles = articles
        self._journal = journal
        self._retries = 0
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._try_again)
        self._saves = saves
        self._snapshot = snapshot
        self._tracked: _Tracked | None = None
        self._dirty = False
        self._in_flight = 0
        self._idle = QTimer(self, singleShot=True, interval=delay_ms)
        self._idle.timeout.connect(self.save_now)
        self._longest_wait = QTimer(self, singleShot=True, interval=delay_ms)
        self._longest_wait.timeout.connect(self.save_now)

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def delay_ms(self) -> int:
        return self._idle.interval()

    def set_delay(self, delay_ms: int) -> None:
        """Save this long after typing pauses, and at least this often while it goes on."""
        self._idle.setInterval(delay_ms)
        self._longest_wait.setInterval(delay_ms)

    @property
    def article_id(self) -> int | None:
        return self._tracked.article_id if self._tracked else None

    def track(self, article: Article | None) -> None:
        """Follow `article` from now on (after flushing whatever the last one had)."""
        self.flush()
        self._tracked = (
            _Tracked(article.id, article.version, ArticleEdit.of(article)) if article else None
        )
        self._dirty = False
        if article is not None:
            self.state_changed.emit(SaveState.SAVED, self.tr("Saved"))

    def mark_dirty(self) -> None:
        if self._tracked is None or self._tracked.stopped:
            return
        if not self._dirty:
            self._dirty = True
            self._longest_wait.start()
            self.state_changed.emit(SaveState.UNSAVED, self.tr("Unsaved changes"))
        self._idle.start()

    def rescue(self) -> str | None:
        """Something went wrong: write the unsaved text to the journal at once, on this
        thread, then ask for a normal save. Returns the story's headline if there was
        unsaved text."""
        tracked = self._tracked
        if tracked is None or not self._dirty:
            return None
        edit = self._snapshot()
        if self._journal is not None:
            self._journal.write(tracked.article_id, tracked.version, tracked.base, edit)
        self.save_now(reason="kept after an error")
        return edit.headline or self.tr("Untitled story")

    def _try_again(self) -> None:
        if self._dirty and self._in_flight == 0:
            self.save_now()

    def _journal_on_worker(self, tracked: _Tracked, edit: ArticleEdit) -> None:
        assert self._journal is not None
        self._journal.write(tracked.article_id, tracked.version, tracked.base, edit)

    def flush(self) -> None:
        """Save now if anything is unsaved (switching story, closing the window)."""
        if self._dirty:
            self.save_now()

    def save_now(self, reason: str = "autosave") -> None:
        self._idle.stop()
        self._longest_wait.stop()
        tracked = self._tracked
        if tracked is None or tracked.stopped or not self._dirty:
            return
        edit = self._snapshot()
        if self._retry.isActive() and self._journal is not None:
            # Out of reach: keep the newest text locally; the retry will save it.
            self._saves.submit(self._journal_on_worker, tracked, edit)
            return
        self._dirty = False
        self._in_flight += 1
        self.state_changed.emit(SaveState.SAVING, self.tr("Saving…"))
        self._saves.submit(
            self._save_on_worker,
            tracked,
            edit,
            reason,
            on_done=self._save_finished,
            on_error=lambda error: self._save_failed(tracked, error),
        )

    def submit_change(
        self,
        change: Callable[[], Article],
        on_done: Callable[[Article], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run `change` (a transition, a restore) after the pending saves, on their worker.

        The story's version goes up; the saves queued after it are based on the new one,
        so they never conflict with the change the user just made.
        """
        self.flush()
        tracked = self._tracked
        self._saves.submit(
            self._change_on_worker, tracked, change, on_done=on_done, on_error=on_error
        )

    @staticmethod
    def _change_on_worker(tracked: _Tracked | None, change: Callable[[], Article]) -> Article:
        article = change()
        if tracked is not None and tracked.article_id == article.id and not tracked.stopped:
            tracked.version, tracked.base = article.version, ArticleEdit.of(article)
        return article

    def _save_on_worker(self, tracked: _Tracked, edit: ArticleEdit, reason: str) -> Article:
        if tracked.stopped:
            raise _Skipped
        try:
            article = self._articles.save(tracked.article_id, edit, tracked.version, reason)
        except Exception as error:
            if self._journal is None or not is_connection_lost(error):
                raise
            self._journal.write(tracked.article_id, tracked.version, tracked.base, edit)
            raise _OutOfReach(str(error)) from error
        tracked.version, tracked.base = article.version, edit
        if self._journal is not None and self._journal.has(tracked.article_id):
            self._journal.remove(tracked.article_id)
        return article

    def _save_finished(self, article: Article) -> None:
        self._in_flight -= 1
        if self._retries:
            self._retries = 0
            self.reconnected.emit()
        self.saved.emit(article)
        if self._in_flight == 0 and not self._dirty and article.id == self.article_id:
            when = time.strftime("%H:%M:%S")
            self.state_changed.emit(SaveState.SAVED, self.tr("Saved at %s") % when)

    def _save_failed(self, tracked: _Tracked, error: BaseException) -> None:
        self._in_flight -= 1
        if isinstance(error, _Skipped):
            return
        if isinstance(error, _OutOfReach):
            self._dirty = True
            delay = RETRY_DELAYS_MS[min(self._retries, len(RETRY_DELAYS_MS) - 1)]
            self._retries += 1
            self._retry.start(delay)
            self.state_changed.emit(
                SaveState.RECONNECTING,
                self.tr("Reconnecting… your text is kept on this computer until it is saved"),
            )
            return
        if isinstance(error, VersionConflict):
            if tracked.stopped:
                return  # a second queued save met the same conflict
            tracked.stopped = True
            self._dirty = True
            self.state_changed.emit(
                SaveState.CONFLICT,
                self.tr("Not saved: %s. Your text stays in the editor.") % error,
            )
            self.conflicted.emit(tracked.article_id, tracked.base, tracked.version)
            return
        self._dirty = True  # keep the text marked unsaved; the next edit retries
        message = str(error) if isinstance(error, NewsdeskError) else repr(error)
        self.state_changed.emit(SaveState.FAILED, self.tr("Not saved: %s") % message)


class _OutOfReach(Exception):
    """The newsroom could not be reached; the edit is in the journal."""


class _Skipped(Exception):
    """The story stopped saving (a conflict) before this queued save ran."""
