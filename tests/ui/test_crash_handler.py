"""An error in a slot: the text is kept first, the person is told, the next start says so."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from tests.ui.window_helpers import SEED_SLUG, open_story

from newsdesk.logs import configure_logging, log_file, redact
from newsdesk.ui.crash import CrashHandler, announce_last_crash


def test_redact_masks_passwords_and_email_addresses() -> None:
    line = (
        "connect postgresql://ana:s3cret@db.example:5432/news failed; password=hunter2; "
        "comment by jo.smith+news@example.co.uk"
    )
    masked = redact(line)
    assert "s3cret" not in masked and "hunter2" not in masked
    assert "jo.smith" not in masked and "example.co.uk" not in masked
    assert "postgresql://ana:***@db.example:5432/news" in masked


def test_redact_masks_ip_addresses_but_not_times_or_casts() -> None:
    line = (
        "2026-12-07 15:07:05,123 ERROR (psycopg.errors.X) parameters: 203.0.113.7, "
        "2001:db8::1, 2001:0db8:85a3:0000:0000:8a2e:0370:7334, fe80::a:b; SELECT x::text"
    )
    masked = redact(line)
    assert "203.0.113.7" not in masked and "2001:db8" not in masked and "fe80" not in masked
    assert masked.startswith("2026-12-07 15:07:05,123 ERROR")
    assert "x::text" in masked
    assert masked.count("<ip>") == 4


def test_the_log_file_never_holds_an_email_address() -> None:
    path = configure_logging()
    logging.getLogger("newsdesk.test").warning("comment from reader@example.org held")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "comment from <e-mail> held" in text
    assert "reader@example.org" not in text
    assert path == log_file()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_keeps_the_text_and_says_where_the_log_is(
    qtbot, open_window, demo_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
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
    text = handler.dialog.text()
    assert "RuntimeError: the wire service sent nonsense" in text
    assert str(log_file()) in text
    assert "Your text was kept first" in text and window.editing.article.headline in text
    assert note.exists()
    article_id = window.editing.article.id
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
    assert window.editing.article.headline in message
    assert announce_last_crash(again.workbench, note) is None
