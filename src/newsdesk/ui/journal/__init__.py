"""Text kept on this computer while the newsroom was out of reach, saved once it is back:
at start (after a crash or a quit while offline) and when saving works again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from newsdesk.domain.changes import Changes
from newsdesk.services.edit_journal import Recovery
from newsdesk.storage.database import is_connection_lost, is_database_busy

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow

RETRY_DELAYS_MS = (2000, 5000, 15000, 30000)
"""When a replay could not reach the database: try again after these."""


class JournalReplay(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.last: Recovery | None = None
        """What the last replay did (tests read it)."""
        self._failures = 0
        self._later = QTimer(self, singleShot=True)
        self._later.timeout.connect(self.replay)
        window.editing.autosave.reconnected.connect(self.replay)
        window.editing.autosave.stranded.connect(self._replay_later)

    def replay(self) -> None:
        newsroom = self._window.newsroom
        self._window.saves.submit(
            self._window.journal.replay,
            newsroom.articles,
            newsroom.conflicts,
            on_done=self._replayed,
            on_error=self._failed,  # still out of reach: the journal stays for later
        )

    def _replay_later(self) -> None:
        if not self._later.isActive():
            self._later.start(RETRY_DELAYS_MS[min(self._failures, len(RETRY_DELAYS_MS) - 1)])

    def _failed(self, error: BaseException) -> None:
        if is_connection_lost(error) or is_database_busy(error):
            self._failures += 1
            self._replay_later()

    def _replayed(self, recovery: Recovery) -> None:
        self._failures = 0
        self.last = recovery
        touched = frozenset(recovery.saved + recovery.kept_as_revisions)
        if not touched:
            return
        self._window.apply_changes(Changes(articles=touched, article_list=True))
        message = self.tr(
            "Saved text kept on this computer for %n story(ies).", "", len(recovery.saved)
        )
        if recovery.kept_as_revisions:
            message += " " + self.tr(
                "%n of them had changed meanwhile: your text is in their history.",
                "",
                len(recovery.kept_as_revisions),
            )
        self._window.status.showMessage(message, 20000)


def install(window: MainWindow) -> None:
    replay = JournalReplay(window)
    window.journal_replay = replay  # type: ignore[attr-defined]
    if window.journal.entries():
        replay.replay()
