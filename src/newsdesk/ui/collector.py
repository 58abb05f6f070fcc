"""The window's side of `newsdesk.collector`: its start-up objects frozen out of the
cycle collector once the window has been shown and the event loop has run a while."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from newsdesk.collector import freeze_long_lived, tune_thresholds

SETTLE_MS = 2_000
"""How long after the window is shown start-up is taken to be over."""


def freeze_after_start_up(parent: QObject, delay_ms: int = SETTLE_MS) -> QTimer:
    """Freeze the objects of start-up once the loop has run `delay_ms` (the timer)."""
    tune_thresholds()
    timer = QTimer(parent, singleShot=True, interval=delay_ms)
    timer.timeout.connect(freeze_long_lived)
    timer.start()
    return timer
