"""Autosave: a story saves itself a second after typing pauses, and at least once a
second while typing goes on; the crash journal keeps the text on this computer at least
once a second whatever the database does, so a crash loses at most the last second.

Two schedules, independent of each other:

- The *journal* (`EditJournal`, on its own worker thread) gets the text every
  `JOURNAL_INTERVAL_MS` while it changes. A save that waits for a busy database, or
  retries after a network cut, never holds it up.
- *Saves* run in order on the save worker, one at a time: while one is on its way,
  newer typing waits for it and goes in the next. A save the database could not take
  (busy, out of reach) is tried again with backoff, with the newest text; typing never
  postpones that retry. Each save is based on the version the previous one produced,
  tracked on that worker, so a burst never conflicts with itself; a retry after a lost
  reply carries the same operation id, so the database recognises its own write.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.domain.errors import NewsdeskError, VersionConflict
from newsdesk.services.articles import ArticleService
from newsdesk.services.database_errors import is_connection_lost, is_database_busy
from newsdesk.services.edit_journal import EditJournal
from newsdesk.ui.tasks import TaskRunner

AUTOSAVE_DELAY_MS = 1000
JOURNAL_INTERVAL_MS = 500
"""How often, at most, typed text goes to the crash journal while it changes."""
RETRY_DELAYS_MS = (1000, 2000, 4000, 8000, 15000)
"""How long to wait before trying a save again while the newsroom is out of reach."""
BUSY_RETRY_DELAYS_MS = (250, 500, 1000, 2000)
"""…and while another program holds the database's write lock (each try already waited
for the lock for the database's busy timeout)."""


class SaveState(StrEnum):
    SAVED = "saved"
    UNSAVED = "unsaved"
    SAVING = "saving"
    CONFLICT = "conflict"
    FAILED = "failed"
    RECONNECTING = "reconnecting"
    """The newsroom is out of reach: the text is kept on this computer meanwhile."""
    BUSY = "busy"
    """Another program is writing to the database: the text is kept meanwhile."""


@dataclass
class _Tracked:
    """The story being saved; `version`, `base` and `operation` are only touched on the
    save worker."""

    article_id: int
    version: int
    base: ArticleEdit
    """The text the database holds at `version`, as far as this window knows: what a
    three-way merge starts from when a save meets someone else's newer version."""
    stopped: bool = False
    operation: str = field(default_factory=lambda: str(uuid.uuid4()))
    """The id of the next save; kept while a save's outcome is unknown (a reply lost
    with the connection), so its retry is recognised as the same write."""


@dataclass(frozen=True, slots=True)
class _Snapshot:
    edit: ArticleEdit
    sequence: int
    """How many edits the text includes (see EditJournal)."""


class AutosaveController(QObject):
    state_changed = Signal(object, str)
    """(SaveState, message for the status bar)."""

    saved = Signal(object)
    """The Article as the database now holds it."""

    reconnected = Signal()
    """A save went through after the newsroom had been out of reach."""

    stranded = Signal()
    """A story's last save (the editor had moved to another) could not reach the
    database: its text waits in the journal for the next replay."""

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
        journal_writes: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._articles = articles
        self._journal = journal
        self._journal_writes = journal_writes or saves
        self._saves = saves
        self._snapshot = snapshot
        self._tracked: _Tracked | None = None
        self._dirty = False
        self._sequence = 0
        """Edits so far, in every story: a snapshot's number says what it includes."""
        self._journalled = 0
        self._in_flight = 0
        self._again = False
        """Typing went on while a save was on its way: save again when it is back."""
        self._retries = 0
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._try_again)
        self._idle = QTimer(self, singleShot=True, interval=delay_ms)
        self._idle.timeout.connect(self.save_now)
        self._longest_wait = QTimer(self, singleShot=True, interval=delay_ms)
        self._longest_wait.timeout.connect(self.save_now)
        self._journal_due = QTimer(self, singleShot=True, interval=JOURNAL_INTERVAL_MS)
        self._journal_due.timeout.connect(self._write_journal)

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
        if self._journal_due.isActive():
            self._journal_due.stop()
            self._write_journal()
        self.flush()
        self._retry.stop()
        self._retries = 0
        self._tracked = (
            _Tracked(article.id, article.version, ArticleEdit.of(article)) if article else None
        )
        if self._journal is not None:
            self._journal.follow(article.id if article else None)
        self._dirty = False
        self._again = False
        self._journalled = self._sequence
        if article is not None:
            self.state_changed.emit(SaveState.SAVED, self.tr("Saved"))

    def mark_dirty(self) -> None:
        if self._tracked is None:
            return
        self._sequence += 1
        if self._journal is not None and not self._journal_due.isActive():
            self._journal_due.start()
        if self._tracked.stopped:
            return  # a conflict: the journal keeps the text until it is resolved
        if not self._dirty:
            self._dirty = True
            if not self._retries:  # while retrying, the bar keeps saying why
                self.state_changed.emit(SaveState.UNSAVED, self.tr("Unsaved changes"))
        if not self._longest_wait.isActive() and not self._retry.isActive():
            self._longest_wait.start()
        self._idle.start()

    def _take_snapshot(self) -> _Snapshot:
        return _Snapshot(self._snapshot(), self._sequence)

    # ---- the journal ---------------------------------------------------------------------
    def _write_journal(self) -> None:
        tracked = self._tracked
        if self._journal is None or tracked is None or self._journalled == self._sequence:
            return
        snapshot = self._take_snapshot()
        self._journalled = snapshot.sequence
        self._journal_writes.submit(
            self._journal.write,
            tracked.article_id,
            tracked.version,
            tracked.base,
            snapshot.edit,
            snapshot.sequence,
            on_error=self._journal_failed,
        )

    def _journal_failed(self, error: BaseException) -> None:
        self._journalled = 0  # try again at the next edit
        self.state_changed.emit(
            SaveState.FAILED, self.tr("Could not keep your text on this computer: %s") % error
        )

    def rescue(self) -> str | None:
        """Something went wrong: write the unsaved text to the journal at once, on this
        thread, then ask for a normal save. Returns the story's headline if there was
        unsaved text."""
        tracked = self._tracked
        if tracked is None or not self._dirty:
            return None
        snapshot = self._take_snapshot()
        if self._journal is not None:
            self._journal.write(
                tracked.article_id, tracked.version, tracked.base, snapshot.edit, snapshot.sequence
            )
        self.save_now(reason="kept after an error")
        return snapshot.edit.headline or self.tr("Untitled story")

    # ---- saving --------------------------------------------------------------------------
    def _try_again(self) -> None:
        if self._dirty:
            self.save_now()

    def finish(self) -> None:
        """The window closes: the journal gets the newest text, then the last save goes."""
        if self._journal_due.isActive():
            self._journal_due.stop()
            self._write_journal()
        self.flush()

    def flush(self) -> None:
        """Save now if anything is unsaved (switching story, closing the window), even
        behind a save still on its way."""
        if self._dirty:
            self._submit_save("autosave")

    def save_now(self, reason: str = "autosave") -> None:
        self._idle.stop()
        self._longest_wait.stop()
        tracked = self._tracked
        if tracked is None or tracked.stopped or not self._dirty:
            return
        if self._in_flight:
            self._again = True  # goes in the next save, as soon as this one is back
            return
        self._submit_save(reason)

    def _submit_save(self, reason: str) -> None:
        self._idle.stop()
        self._longest_wait.stop()
        self._retry.stop()
        tracked = self._tracked
        if tracked is None or tracked.stopped:
            return
        snapshot = self._take_snapshot()
        self._dirty = False
        self._again = False
        self._in_flight += 1
        if not self._retries:
            self.state_changed.emit(SaveState.SAVING, self.tr("Saving…"))
        self._saves.submit(
            self._save_on_worker,
            tracked,
            snapshot,
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

    def _save_on_worker(self, tracked: _Tracked, snapshot: _Snapshot, reason: str) -> Article:
        if tracked.stopped:
            raise _Skipped
        try:
            article = self._articles.save(
                tracked.article_id,
                snapshot.edit,
                tracked.version,
                reason,
                operation_id=tracked.operation,
            )
        except Exception as error:
            if is_database_busy(error):
                raise _Busy(str(error)) from error
            if is_connection_lost(error):
                raise _OutOfReach(str(error)) from error
            raise
        tracked.version, tracked.base = article.version, snapshot.edit
        tracked.operation = str(uuid.uuid4())
        if self._journal is not None:
            self._journal.settle(
                tracked.article_id, snapshot.sequence, article.version, snapshot.edit
            )
        return article

    def _save_finished(self, article: Article) -> None:
        self._in_flight -= 1
        if self._retries:
            self._retries = 0
            self.reconnected.emit()
        self.saved.emit(article)
        if article.id != self.article_id:
            return
        if self._dirty and self._again and self._in_flight == 0:
            self._submit_save("autosave")
        elif self._in_flight == 0 and not self._dirty:
            when = time.strftime("%H:%M:%S")
            self.state_changed.emit(SaveState.SAVED, self.tr("Saved at %s") % when)

    def _save_failed(self, tracked: _Tracked, error: BaseException) -> None:
        self._in_flight -= 1
        if isinstance(error, _Skipped):
            return
        if tracked is not self._tracked:
            # The last save of a story the editor has left: its text is in the journal,
            # whose replay saves it or keeps it in the story's history.
            if isinstance(error, _Busy | _OutOfReach | VersionConflict):
                self.stranded.emit()
            else:
                message = str(error) if isinstance(error, NewsdeskError) else repr(error)
                self.state_changed.emit(SaveState.FAILED, self.tr("Not saved: %s") % message)
            return
        if isinstance(error, _Busy | _OutOfReach):
            self._dirty = True
            self._again = False
            delays = BUSY_RETRY_DELAYS_MS if isinstance(error, _Busy) else RETRY_DELAYS_MS
            self._retry.start(delays[min(self._retries, len(delays) - 1)])
            self._retries += 1
            if isinstance(error, _Busy):
                message = self.tr(
                    "Database busy (another program is writing to it): your text is kept "
                    "on this computer and saved as soon as it is free"
                )
                self.state_changed.emit(SaveState.BUSY, message)
            else:
                message = self.tr(
                    "Reconnecting… your text is kept on this computer until it is saved"
                )
                self.state_changed.emit(SaveState.RECONNECTING, message)
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
    """The newsroom could not be reached (the reply may be lost: the retry says so)."""


class _Busy(Exception):
    """Another program held the database's write lock for longer than it waits."""


class _Skipped(Exception):
    """The story stopped saving (a conflict) before this queued save ran."""
