"""An error in a slot: the text is kept first, the person is told, the next start says so."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import SEED_SLUG, article_of, open_story

from newsdesk.logs import log_file
from newsdesk.ui.crash import CrashHandler, announce_last_crash
from newsdesk.ui.main_window import MainWindow


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_keeps_the_text_and_says_where_the_log_is(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str, tmp_path: Path
) -> None:
    window = open_window(demo_url)
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Typed just before the error.")
    assert window.editing.autosave.dirty

    note = tmp_path / "last-crash.json"
    handler = CrashHandler(lambda: [window.workbench], note=note)
    handler.install()
    try:

        def broken_slot() -> None:
            raise RuntimeError("the wire service sent nonsense")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    finally:
        handler.uninstall()
    assert handler.dialog is not None
    text = handler.dialog.text()
    assert "RuntimeError: the wire service sent nonsense" in text
    assert str(log_file()) in text
    assert "Your text was kept first" in text and article_of(window).headline in text
    assert note.exists()
    article_id = article_of(window).id
    qtbot.waitUntil(
        lambda: window.newsroom.articles.get(article_id).body.endswith(
            "Typed just before the error."
        ),
        timeout=10000,
    )
    assert sys.excepthook is not handler

    # The next start tells what happened and what was kept.
    again = open_window(demo_url)
    shown = announce_last_crash(again.workbench, note)
    assert shown is not None and not note.exists()
    message = again.status.currentMessage()
    assert "the wire service sent nonsense" in message
    assert article_of(window).headline in message
    assert announce_last_crash(again.workbench, note) is None
