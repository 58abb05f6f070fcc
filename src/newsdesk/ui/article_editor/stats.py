"""Live word and character counts, computed off the GUI thread after a short pause."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.domain.text_stats import LineWordCounts
from newsdesk.ui.tasks import TaskRunner

STATS_DELAY_MS = 150


class TextStatsWatcher(QObject):
    stats_changed = Signal(object)
    """TextStats of the text, or None when no story is open."""

    def __init__(
        self, lines: Callable[[], list[str]], tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._lines = lines
        self._tasks = tasks
        self._counts = LineWordCounts()  # used on the tasks' worker only
        self._delay = QTimer(self, singleShot=True, interval=STATS_DELAY_MS)
        self._delay.timeout.connect(self.count_now)

    def text_changed(self) -> None:
        self._delay.start()

    def count_now(self) -> None:
        self._delay.stop()
        self._tasks.submit(
            self._counts.stats, self._lines(), on_done=self.stats_changed.emit, latest="text-stats"
        )

    def clear(self) -> None:
        self._delay.stop()
        self.stats_changed.emit(None)
