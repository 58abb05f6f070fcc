"""Two people, two main windows, one newsroom: Dana edits a story, Chris sees who has it
and takes it over; Dana's window is told at once and her last text is in the history.

Runs on SQLite (two windows on a laptop's own newsroom) and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMessageBox, QPushButton, QTreeWidget
from pytestqt.qtbot import QtBot
from tests.ui.test_copydesk import (
    dock_widget,
    shown_dialog,
    tree_rows,
    visible_dialog,
    wait_until_saved,
)
from tests.ui.window_helpers import SEED_SLUG, child_of, close_window, open_story, wait_for_rows

from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.storage.database import open_database
from newsdesk.ui.articles.badges import BADGE_ROLE
from newsdesk.ui.locks.controller import EditLocks, LockState
from newsdesk.ui.main_window import MainWindow

QUICK_TICK_MS = 150
"""Heartbeats as often as this in the test, so it does not wait five seconds."""


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_url(request: pytest.FixtureRequest) -> str:
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url = str(request.getfixturevalue(fixture))
    newsroom = open_newsroom(url)
    load_demo(newsroom)
    newsroom.users.ensure_demo_users()
    newsroom.close()
    return url


@pytest.fixture
def open_as(qtbot: QtBot, shared_url: str, tmp_path: Path) -> Iterator[Callable[[str], MainWindow]]:
    opened: list[MainWindow] = []

    def open_(name: str) -> MainWindow:
        database = open_database(shared_url)
        newsroom = Newsroom.for_database(database)
        person = next(u for u in newsroom.users.everyone() if u.display_name == name)
        newsroom.identity.switch(person)
        settings = QSettings(str(tmp_path / f"{len(opened)}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(newsroom, settings)
        opened.append(window)
        window.show()
        qtbot.waitExposed(window)
        wait_for_rows(qtbot, window)
        locks(window).heartbeat.setInterval(QUICK_TICK_MS)
        return window

    yield open_
    for window in opened:
        if shiboken6.isValid(window):
            close_window(window)
    QApplication.processEvents()


def locks(window: MainWindow) -> EditLocks:
    found = window.findChild(EditLocks, "editLocks")
    assert isinstance(found, EditLocks)
    return found


def lock_bar(window: MainWindow) -> tuple[QFrame, str]:
    bar = window.findChild(QFrame, "editLockBar")
    message = window.findChild(QLabel, "editLockMessage")
    assert isinstance(bar, QFrame) and isinstance(message, QLabel)
    return bar, message.text()


def badges(window: MainWindow, article_id: int) -> tuple[list[str], str]:
    """The pills and the tooltip of the story's row in the window's list."""
    model = window.article_list.model
    row = model.row_of(article_id)
    assert row is not None
    index = model.index(row, 0)
    model.data(index)  # a row not fetched yet is asked for
    pills = [pill[0] for pill in (model.data(index, BADGE_ROLE) or ())]
    return pills, model.data(index, Qt.ItemDataRole.ToolTipRole) or ""


def type_at_end(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.editor_panel.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, text)


def test_the_second_window_reads_then_takes_over_and_the_first_is_told(
    qtbot: QtBot,
    open_as: Callable[[str], MainWindow],
) -> None:
    dana, chris = open_as("Dana Desk"), open_as("Chris Copy")
    story = dana.newsroom.articles.find(SEED_SLUG).id

    open_story(qtbot, dana, SEED_SLUG)
    qtbot.waitUntil(lambda: locks(dana).state is LockState.HELD, timeout=5000)
    assert not lock_bar(dana)[0].isVisible()
    type_at_end(qtbot, dana, " Dana's last words.")
    wait_until_saved(qtbot, dana)

    # Chris opens the story Dana is editing: he reads it, he cannot type in it.
    open_story(qtbot, chris, SEED_SLUG)
    qtbot.waitUntil(lambda: locks(chris).state is LockState.WATCHING, timeout=5000)
    bar, message = lock_bar(chris)
    assert bar.isVisible()
    assert message.startswith("Being edited by Dana Desk since ")
    take_over = child_of(chris, QPushButton, "takeOverButton")
    assert take_over.isVisible() and take_over.isEnabled()
    editor = chris.editor_panel.editor
    assert editor.isReadOnly() and chris.editor_panel.headline.isReadOnly()
    before = editor.toPlainText()
    type_at_end(qtbot, chris, "typed by Chris")
    assert editor.toPlainText() == before
    qtbot.waitUntil(lambda: "✎ Dana Desk" in badges(chris, story)[0], timeout=5000)
    assert "Being edited by Dana Desk" in badges(chris, story)[1]
    assert not any(pill.startswith("✎") for pill in badges(dana, story)[0])
    chris.grab().save("/tmp/locks-watching.png")

    # Cancel changes nothing; "Take over" after confirming does.
    take_over.click()
    qtbot.waitUntil(lambda: visible_dialog(chris, QMessageBox) is not None, timeout=5000)
    box = shown_dialog(chris, QMessageBox)
    assert "Dana Desk is editing this story" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(3 * QUICK_TICK_MS)
    assert locks(chris).state is LockState.WATCHING and editor.isReadOnly()

    take_over.click()
    qtbot.waitUntil(lambda: visible_dialog(chris, QMessageBox) is not None, timeout=5000)
    shown_dialog(chris, QMessageBox).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: locks(chris).state is LockState.HELD, timeout=8000)
    assert not editor.isReadOnly()
    assert not lock_bar(chris)[0].isVisible()
    assert "Dana's last words." in editor.toPlainText()
    assert "took over the story from Dana Desk" in chris.status.currentMessage()

    # Dana's window learns it at its next heartbeat and turns read-only.
    qtbot.waitUntil(lambda: locks(dana).state is LockState.LOST, timeout=5000)
    bar, message = lock_bar(dana)
    assert bar.isVisible()
    assert message == "Chris Copy took over this story; your last text was saved as a revision."
    assert dana.editor_panel.editor.isReadOnly()
    qtbot.waitUntil(lambda: "✎ Chris Copy" in badges(dana, story)[0], timeout=5000)

    # Her last text is in the history, under the takeover.
    history = dana.newsroom.revisions.history(story)
    assert history[0].reason == "taken over from Dana Desk"
    assert "Dana's last words." in dana.newsroom.revisions.get(history[0].id).body
    revisions = child_of(dock_widget(chris, "historyPanel"), QTreeWidget, "revisionList")
    qtbot.waitUntil(
        lambda: any("taken over from Dana Desk" in row for row in tree_rows(revisions)),
        timeout=5000,
    )

    # Chris edits and saves over the new version without a conflict.
    type_at_end(qtbot, chris, " Chris adds a line.")
    wait_until_saved(qtbot, chris)
    assert "Chris adds a line." in chris.newsroom.articles.get(story).body
    chris.grab().save("/tmp/locks.png")
    dana.grab().save("/tmp/locks-dana.png")


def test_closing_the_holders_window_frees_the_story_for_the_watcher(
    qtbot: QtBot,
    open_as: Callable[[str], MainWindow],
) -> None:
    dana, chris = open_as("Dana Desk"), open_as("Chris Copy")
    open_story(qtbot, dana, SEED_SLUG)
    qtbot.waitUntil(lambda: locks(dana).state is LockState.HELD, timeout=5000)
    open_story(qtbot, chris, SEED_SLUG)
    qtbot.waitUntil(lambda: locks(chris).state is LockState.WATCHING, timeout=5000)
    type_at_end(qtbot, dana, " Written before closing.")
    wait_until_saved(qtbot, dana)

    close_window(dana)
    qtbot.waitUntil(lambda: locks(chris).state is LockState.HELD, timeout=5000)
    editor = chris.editor_panel.editor
    assert not editor.isReadOnly()
    assert not lock_bar(chris)[0].isVisible()
    qtbot.waitUntil(lambda: "Written before closing." in editor.toPlainText(), timeout=5000)
    type_at_end(qtbot, chris, " Chris goes on.")
    wait_until_saved(qtbot, chris)


def _left_lock(window: MainWindow, article_id: int, *, host: str, alive: bool) -> None:
    """A lock of the window's own person from another session (crashed, or elsewhere)."""
    from newsdesk.services.locks import LockService

    other = LockService(
        window.newsroom.database,
        window.newsroom.identity,
        host=host,
        pid=999_999,
        process_alive=lambda _pid: alive,
    )
    assert other.acquire(article_id).held


def test_my_own_lock_left_by_a_crash_on_this_computer_is_mine_again(
    qtbot: QtBot, open_as: Callable[[str], MainWindow]
) -> None:
    window = open_as("Dana Desk")
    seed = window.newsroom.articles.find(SEED_SLUG)
    _left_lock(window, seed.id, host=locks(window)._locks.host, alive=False)
    open_story(qtbot, window, SEED_SLUG)
    qtbot.waitUntil(lambda: locks(window).state is LockState.HELD, timeout=5000)
    assert not lock_bar(window)[0].isVisible()
    assert not window.editor_panel.editor.isReadOnly()


def test_my_own_lock_on_another_computer_asks_before_taking_it(
    qtbot: QtBot, open_as: Callable[[str], MainWindow]
) -> None:
    window = open_as("Dana Desk")
    seed = window.newsroom.articles.find(SEED_SLUG)
    _left_lock(window, seed.id, host="the-office-desktop", alive=True)
    open_story(qtbot, window, SEED_SLUG)
    qtbot.waitUntil(lambda: locks(window).state is LockState.WATCHING, timeout=5000)
    bar, text = lock_bar(window)
    assert bar.isVisible()
    assert "You are editing this story on another computer" in text
    assert child_of(window, QPushButton, "takeOverButton").isVisible()
    assert window.editor_panel.editor.isReadOnly()
