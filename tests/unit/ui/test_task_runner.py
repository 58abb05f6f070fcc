"""The worker that keeps queries and saves off the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from newsdesk.domain.errors import Superseded
from newsdesk.ui.tasks import TaskRunner


def test_results_come_back_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner("test")
    results: list[tuple[int, bool]] = []
    gui = threading.get_ident()

    def work(n: int) -> int:
        assert threading.get_ident() != gui
        time.sleep(0.01)
        return n

    for n in range(5):
        runner.submit(
            work, n, on_done=lambda value: results.append((value, threading.get_ident() == gui))
        )
    qtbot.waitUntil(lambda: len(results) == 5)
    assert results == [(n, True) for n in range(5)]
    runner.shutdown()


def test_latest_key_drops_superseded_answers(qtbot: QtBot) -> None:
    runner = TaskRunner("test")
    delivered: list[str] = []
    for text in ("p", "po", "pom"):
        runner.submit(lambda t=text: t, on_done=delivered.append, latest="filter")
    qtbot.waitUntil(lambda: not runner.busy)
    assert delivered == ["pom"]
    runner.shutdown()


def test_errors_reach_the_handler_or_the_failed_signal(qtbot: QtBot) -> None:
    runner = TaskRunner("test")
    caught: list[BaseException] = []

    def boom() -> None:
        raise ValueError("disk full")

    runner.submit(boom, on_error=caught.append)
    qtbot.waitUntil(lambda: len(caught) == 1)
    with qtbot.waitSignal(runner.failed) as signal:
        runner.submit(boom)
    assert signal.args == ["disk full"]
    runner.shutdown()


def test_a_replaced_call_waiting_its_turn_never_runs(qtbot: QtBot) -> None:
    runner = TaskRunner("test")
    release = threading.Event()
    ran: list[str] = []
    delivered: list[str] = []

    def listing(text: str) -> str:
        ran.append(text)
        return text

    runner.submit(release.wait)  # holds the worker while the filter calls queue up
    for text in ("c", "co", "cou"):
        runner.submit(listing, text, on_done=delivered.append, latest="f")
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert ran == ["cou"]
    assert delivered == ["cou"]
    runner.shutdown()


def test_a_cancellable_call_learns_it_was_replaced_and_its_answer_is_dropped(
    qtbot: QtBot,
) -> None:
    runner = TaskRunner("test")
    started = threading.Event()
    replaced: list[bool] = []
    delivered: list[str] = []

    def listing(words: str, cancelled: Callable[[], bool]) -> str:
        started.set()
        deadline = time.monotonic() + 5
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.001)
        replaced.append(cancelled())
        if cancelled():
            raise Superseded
        return words

    runner.submit(listing, "c", on_done=delivered.append, latest="f", cancellable=True)
    assert started.wait(5)
    runner.submit(lambda: "co", on_done=delivered.append, latest="f")
    qtbot.waitUntil(lambda: not runner.busy)
    assert replaced == [True]
    assert delivered == ["co"]
    runner.shutdown()


def test_shutting_down_stops_a_cancellable_call_instead_of_waiting_for_it(
    qtbot: QtBot,
) -> None:
    runner = TaskRunner("test")
    started = threading.Event()
    stopped: list[bool] = []

    def listing(cancelled: Callable[[], bool]) -> str:
        started.set()
        deadline = time.monotonic() + 30
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.001)
        stopped.append(cancelled())
        raise Superseded

    runner.submit(listing, latest="f", cancellable=True)
    assert started.wait(5)
    runner.shutdown()  # returns once the listing has given up
    assert stopped == [True]
