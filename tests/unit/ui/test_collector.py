"""After start-up the app's objects are frozen out of the cycle collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from newsdesk.collector import YOUNG_THRESHOLD
from newsdesk.ui.collector import freeze_after_start_up


@pytest.fixture
def python_collector() -> Iterator[None]:
    """Python's own settings again afterwards, nothing left frozen."""
    thresholds = gc.get_threshold()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


@pytest.mark.usefixtures("python_collector")
def test_objects_alive_at_start_up_are_frozen_once_the_loop_has_run(qtbot: QtBot) -> None:
    parent = QObject()
    long_lived = [object() for _ in range(10)]  # noqa: F841 - kept alive across the freeze
    freeze_after_start_up(parent, delay_ms=50)
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert gc.get_freeze_count() == 0  # not while starting
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=2000)
    tracked_now = len(gc.get_objects())
    assert gc.get_freeze_count() > tracked_now  # most of what exists is frozen


@pytest.mark.usefixtures("python_collector")
def test_a_cycle_made_after_the_freeze_is_still_collected(qtbot: QtBot) -> None:
    parent = QObject()
    freeze_after_start_up(parent, delay_ms=0)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=2000)

    class Node:
        partner: object = None

    first, second = Node(), Node()
    first.partner, second.partner = second, first
    gc.collect()
    marker = id(first)
    del first, second
    assert gc.collect() >= 2
    assert all(id(obj) != marker for obj in gc.get_objects())
