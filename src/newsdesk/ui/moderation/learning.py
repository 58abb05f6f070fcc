"""The spam filter learns in the background: within a minute of a moderation decision
(here or in another window on the same newsroom), on a worker thread of its own, never
on the GUI thread. A check that nothing changed costs one small query."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.domain.enums import Role
from newsdesk.services.learned_filter import LearnedFilterService, LearnReport
from newsdesk.services.users import Identity
from newsdesk.ui.tasks import TaskRunner

CHECK_EVERY_MS = 30_000
"""How often the filter checks for decisions made elsewhere."""
AFTER_DECISION_MS = 5_000
"""How long after a decision here it learns (a burst of decisions is learned once)."""


class FilterLearner(QObject):
    learned = Signal(str)
    """What the filter learned from, for the status bar, after it learned."""

    def __init__(
        self,
        learned_filter: LearnedFilterService,
        identity: Identity,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._filter = learned_filter
        self._identity = identity
        self.tasks = TaskRunner("learning", self)
        self._running = False
        self._again = False
        self.every = QTimer(self, interval=CHECK_EVERY_MS)
        self.every.timeout.connect(self.learn_soon)
        self.soon = QTimer(self, singleShot=True, interval=AFTER_DECISION_MS)
        self.soon.timeout.connect(self._learn)
        self.every.start()

    def decided(self) -> None:
        """A moderator decided something: learn shortly."""
        self.soon.start()

    def learn_soon(self) -> None:
        if not self.soon.isActive():
            self._learn()

    def _learn(self) -> None:
        if not self._identity.user.has(Role.MODERATOR):
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self.tasks.submit(self._filter.learn_if_behind, on_done=self._done, on_error=self._failed)

    def _done(self, report: LearnReport | None) -> None:
        self._finished()
        if report is not None:
            decisions = report.wanted + report.unwanted
            self.learned.emit(self.tr("The spam filter learned from %n decision(s)", "", decisions))

    def _failed(self, _error: BaseException) -> None:
        self._finished()  # a lost connection: the next check tries again

    def _finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.soon.start()

    def shutdown(self) -> None:
        self.every.stop()
        self.soon.stop()
        self.tasks.shutdown()
