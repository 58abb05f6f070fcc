"""Service calls off the GUI thread, with their results delivered back on it.

A `TaskRunner` owns one worker thread, so the calls it runs keep their order (a save is
never overtaken by the next save). Results come back through a queued signal; a
`latest` key drops the answers of calls that a newer call with the same key replaced,
which is what filter-as-you-type needs: such a call still waiting its turn is not run at
all, and one that takes `cancelled` (`cancellable=True`) can stop part-way (a query
interrupted by the next keystroke).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot

from newsdesk.domain.errors import Superseded

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
Cancelled = Callable[[], bool]
"""True once a newer call with the same `latest` key replaced the one asking."""
ErrorCallback = Callable[[BaseException], None]


class Stoppable(Protocol):
    def shutdown(self) -> None:
        """Stop work (waiting for what must finish) and deliver nothing more."""


class TaskRunner(QObject):
    failed = Signal(str)
    """A task without its own error handler failed; the message is for the status bar."""

    _delivered = Signal(object, object, object, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"newsdesk-{name}")
        self._latest: dict[str, int] = {}
        self._generation = 0
        self._pending = 0
        self._closed = False
        # Always queued: a task finished before submit() returned still reports later.
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        function: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        latest: str | None = None,
        cancellable: bool = False,
    ) -> Future[Any] | None:
        """Run `function(*args)` on the worker; with `cancellable` (and a `latest` key) it
        is also handed `cancelled=`, which it may poll to give up once replaced."""
        if self._closed:
            return None
        self._generation += 1
        generation = self._generation
        token = (latest, generation)
        if latest is not None:
            self._latest[latest] = generation
        self._pending += 1
        replaced = self._replacement_check(latest, generation)
        hand_over = cancellable and latest is not None
        future = self._executor.submit(
            self._run,
            function,
            args,
            self._cancel_check(replaced) if hand_over else replaced,
            hand_over,
        )
        future.add_done_callback(lambda done: self._delivered.emit(done, token, on_done, on_error))
        return future

    def _cancel_check(self, replaced: Cancelled) -> Cancelled:
        """What a cancellable call polls: replaced, or the runner shut down (closing the
        window does not wait for a long listing nobody will see)."""
        return lambda: self._closed or replaced()

    def _replacement_check(self, key: str | None, generation: int) -> Cancelled:
        if key is None:
            return lambda: False
        # A dict read is atomic: the worker may ask while the GUI thread submits.
        return lambda: self._latest.get(key) != generation

    @staticmethod
    def _run(
        function: Callable[..., Any],
        args: tuple[Any, ...],
        cancelled: Cancelled,
        hand_over: bool,
    ) -> Any:
        if cancelled():
            return None  # replaced while it waited: its answer would be dropped anyway
        if hand_over:
            return function(*args, cancelled=cancelled)
        return function(*args)

    @Slot(object, object, object, object)
    def _deliver(
        self,
        future: Future[Any],
        token: tuple[str | None, int],
        on_done: Callback | None,
        on_error: ErrorCallback | None,
    ) -> None:
        self._pending -= 1
        if self._closed:
            return
        key, generation = token
        if key is not None and self._latest.get(key) != generation:
            return  # a newer call with the same key has replaced this one
        error = future.exception()
        if isinstance(error, Superseded):
            return
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background task failed", exc_info=error)
                self.failed.emit(str(error))
            return
        if on_done is not None:
            on_done(future.result())

    def shutdown(self) -> None:
        """Finish what was submitted (cancellable calls are told to stop: see
        `_cancel_check`), deliver nothing more."""
        self._closed = True
        self._executor.shutdown(wait=True)
