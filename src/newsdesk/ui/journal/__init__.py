"""Text kept on this computer while the newsroom was out of reach, saved once it is back:
at start (after a crash or a quit while offline) and when saving works again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from newsdesk.domain.changes import Changes
from newsdesk.services.database_errors import is_transient
from newsdesk.services.edit_journal import Recovery

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

RETRY_DELAYS_MS = (2000, 5000, 15000, 30000)
"""When a replay could not reach the database: try again after these."""


class JournalReplay(QObject):
    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self.last: Recovery | None = None
        """What the last replay did (tests read it)."""
        self._failures = 0
        self._later = QTimer(self, singleShot=True)
        self._later.timeout.connect(self.replay)
        workbench.story.autosave.reconnected.connect(self.replay)
        workbench.story.autosave.stranded.connect(self._replay_later)

    def replay(self) -> None:
        newsroom = self._workbench.newsroom
        self._workbench.tasks.saves.submit(
            self._workbench.journal.replay,
            newsroom.articles,
            newsroom.conflicts,
            on_done=self._replayed,
            on_error=self._failed,  # still out of reach: the journal stays for later
        )

    def _replay_later(self) -> None:
        if not self._later.isActive():
            self._later.start(RETRY_DELAYS_MS[min(self._failures, len(RETRY_DELAYS_MS) - 1)])

    def _failed(self, error: BaseException) -> None:
        if is_transient(error):
            self._failures += 1
            self._replay_later()

    def _replayed(self, recovery: Recovery) -> None:
        self._failures = 0
        self.last = recovery
        touched = frozenset(recovery.saved + recovery.kept_as_revisions)
        if not touched:
            return
        self._workbench.apply_changes(Changes(articles=touched, article_list=True))
        message = self.tr(
            "Saved text kept on this computer for %n story(ies).", "", len(recovery.saved)
        )
        if recovery.kept_as_revisions:
            message += " " + self.tr(
                "%n of them had changed meanwhile: your text is in their history.",
                "",
                len(recovery.kept_as_revisions),
            )
        self._workbench.status.showMessage(message, 20000)


def install(workbench: Workbench) -> None:
    replay = workbench.features.add(JournalReplay(workbench))
    if workbench.journal.entries():
        replay.replay()
