"""Python's cycle collector kept off the typing path.

A full (generation 2) collection walks every object the collector tracks. Once the
window is up, most of them (modules, classes, Qt wrappers, the features' objects) live
as long as the app, yet each full collection walked them all again: 100–120 ms of GIL
held while typing in a large story. Once the window has been shown and the event loop is
idle, those objects are frozen out of the collector (`gc.freeze`), so a full collection
walks only what was made since. Frozen objects are still freed by reference counting;
only cycles among them are never collected, and start-up leaves few of those.

The young generation's threshold is raised so that the short-lived objects of a render
or a query die before a collection promotes them (fewer of them reach generation 2, so
full collections come less often); a collection of a few thousand young objects stays
well under a millisecond.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_THRESHOLD = 10_000
"""Allocations (net of frees) between collections of the youngest generation."""
SETTLE_MS = 2_000
"""How long after the window is shown start-up is taken to be over."""


def tune_thresholds() -> None:
    """Collect the youngest generation less often; the older two as Python does."""
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def freeze_long_lived() -> int:
    """Move every object tracked now out of the collector's sight; how many were moved."""
    gc.freeze()
    return gc.get_freeze_count()


def freeze_after_start_up(parent: QObject, delay_ms: int = SETTLE_MS) -> QTimer:
    """Freeze the objects of start-up once the loop has run `delay_ms` (the timer)."""
    tune_thresholds()
    timer = QTimer(parent, singleShot=True, interval=delay_ms)
    timer.timeout.connect(freeze_long_lived)
    timer.start()
    return timer
