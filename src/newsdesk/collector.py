"""Python's cycle collector kept off the hot paths of a long-running process.

A full (generation 2) collection walks every object the collector tracks. Once a process
has started (the window shown, the comment receiver about to listen), most of them
(modules, classes, a model's arrays and their wrappers) live as long as the process, yet
each full collection walked them all again: 100–120 ms of GIL held while typing in a
large story, and a comment receiver answering some posts hundreds of milliseconds late.
Those objects are frozen out of the collector (`gc.freeze`), so a full collection walks
only what was made since. Frozen objects are still freed by reference counting; only
cycles among them are never collected, and start-up leaves few of those.

The young generation's threshold is raised so that the short-lived objects of a render,
a query or a request die before a collection promotes them (fewer of them reach
generation 2, so full collections come less often); a collection of a few thousand
young objects stays well under a millisecond.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000
"""Allocations (net of frees) between collections of the youngest generation."""


def tune_thresholds() -> None:
    """Collect the youngest generation less often; the older two as Python does."""
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def freeze_long_lived() -> int:
    """Move every object tracked now out of the collector's sight; how many were moved."""
    gc.freeze()
    return gc.get_freeze_count()
