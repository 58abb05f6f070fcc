"""Progress and cancellation for long exports and imports, shared with a watching thread.

Plain Python (no Qt): a worker calls `step()` as it goes; the window reads `fraction`
and `message` from the GUI thread and calls `cancel()` when the user presses Cancel.
The next `step()` then raises `Cancelled`, so the work stops between two units and
whatever transaction it runs in rolls back.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from newsdesk.domain.errors import NewsdeskError


class Cancelled(NewsdeskError):
    """The user cancelled the work; nothing half-done was kept."""

    def __init__(self) -> None:
        super().__init__("Cancelled")


@dataclass(frozen=True, slots=True)
class ProgressState:
    done: int
    total: int
    message: str


class Progress:
    """A thread-safe counter with a cancel flag."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = threading.Event()
        self._done = 0
        self._total = 0
        self._message = ""

    def start(self, total: int, message: str = "") -> None:
        with self._lock:
            self._done, self._total, self._message = 0, max(0, total), message
        self.check()

    def step(self, count: int = 1, message: str | None = None) -> None:
        with self._lock:
            self._done += count
            if message is not None:
                self._message = message
        self.check()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def state(self) -> ProgressState:
        with self._lock:
            return ProgressState(self._done, self._total, self._message)
