"""Text kept on this computer while the newsroom was out of reach, saved once it is back:
at start (after a crash or a quit while offline) and when saving works again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from newsdesk.domain.changes import Changes
from newsdesk.services.edit_journal import Recovery

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow


class JournalReplay(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.last: Recovery | None = None
        """What the last replay did (tests read it)."""
        window.editing.autosave.reconnected.connect(self.replay)

    def replay(self) -> None:
        newsroom = self._window.newsroom
        self._window.saves.submit(
            self._window.journal.replay,
            newsroom.articles,
            newsroom.conflicts,
            on_done=self._replayed,
            on_error=lambda error: None,  # still out of reach: the journal stays for later
        )

    def _replayed(self, recovery: Recovery) -> None:
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
