"""Long imports and exports off the GUI thread, behind a progress dialog with Cancel.

The work is a plain function taking a `Progress`; a timer reads the progress on the GUI
thread a few times a second. Cancel sets the progress's flag, and the work stops at its
next step (an import rolls back its transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from newsdesk.services.publishing.progress import Cancelled, Progress
from newsdesk.ui.tasks import TaskRunner

POLL_MS = 100
SHOW_AFTER_MS = 300
"""Quick jobs finish before their dialog would flash up."""


class ProgressJob(QObject):
    """One long job at a time: `start()` it, then hear `finished`, `failed` or `cancelled`."""

    finished = Signal(object)
    """The work's result."""
    failed = Signal(str)
    """What went wrong, in words for the user."""
    cancelled = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self._progress: Progress | None = None
        self.dialog: QProgressDialog | None = None
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._show_progress)

    @property
    def running(self) -> bool:
        return self._progress is not None

    def start(self, title: str, work: Callable[[Progress], Any]) -> bool:
        """Run `work(progress)` on the worker; False when another job is still running."""
        if self.running:
            return False
        progress = self._progress = Progress()
        dialog = self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setObjectName("jobProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self._poll.start()
        self._runner.submit(work, progress, on_done=self._done, on_error=self._error)
        return True

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Stopping…"))

    def _show_progress(self) -> None:
        if self._progress is None or self.dialog is None:
            return
        state = self._progress.state()
        if state.total:
            self.dialog.setMaximum(state.total)
            self.dialog.setValue(min(state.done, state.total))
        if state.message and not self._progress.cancelled:
            self.dialog.setLabelText(state.message)

    def _end(self) -> None:
        self._poll.stop()
        self._progress = None
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    def _error(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(str(error) or type(error).__name__)
