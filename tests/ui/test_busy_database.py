"""Another program holds the database's write lock while someone types: nothing typed is
lost. The crash journal keeps the text at least once a second whatever the database
does, saves wait and retry, and once the lock is gone the text is saved even though the
typing never pauses."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from tests.ui.window_helpers import SEED_SLUG, article_of, open_story

from newsdesk.services.edit_journal import EditJournal
from newsdesk.services.newsroom import open_newsroom
from newsdesk.ui.article_editor.autosave import SaveState
from newsdesk.ui.editor.markdown_editor import MarkdownEditor
from newsdesk.ui.main_window import MainWindow

TYPIST = Path(__file__).with_name("crash_typist.py")
ROOT = Path(__file__).resolve().parents[2]
LOCK_SECONDS = 10.0
SLACK = 1.25
"""The promise is "at most the last second"; a quarter second more for a busy machine."""


@contextmanager
def write_lock(url: str) -> Iterator[None]:
    """Another connection holds SQLite's write lock (as a long `comments ingest` does)."""
    holder = sqlite3.connect(str(make_url(url).database), isolation_level=None, timeout=30)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def words_in(text: str) -> list[int]:
    return [int(n) for n in re.findall(r" w(\d+)", text)]


def journalled_words(journal: EditJournal, article_id: int) -> list[int]:
    path = journal.folder / f"{article_id}.json"
    try:
        return words_in(json.loads(path.read_text(encoding="utf-8"))["edit"]["body"])
    except (OSError, ValueError):
        return []


def stored_words(url: str, article_id: int) -> list[int]:
    newsroom = open_newsroom(url)
    try:
        return words_in(newsroom.articles.get(article_id).body)
    finally:
        newsroom.close()


class Typist:
    """Types " wN" at the end of the story every 50 ms, through real key presses."""

    def __init__(self, qtbot: QtBot, editor: MarkdownEditor) -> None:
        self.typed: list[tuple[int, float]] = []
        self._qtbot, self._editor = qtbot, editor
        self._timer = QTimer(interval=50)
        self._timer.timeout.connect(self._type)

    def start(self) -> None:
        self._editor.setFocus()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _type(self) -> None:
        cursor = self._editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self._editor.setTextCursor(cursor)
        word = len(self.typed) + 1
        self._qtbot.keyClicks(self._editor, f" w{word}")
        self.typed.append((word, time.monotonic()))

    def typed_before(self, moment: float) -> int:
        return max((word for word, at in self.typed if at < moment), default=0)


def test_typing_through_a_held_write_lock_is_journalled_then_saved_without_a_pause(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str
) -> None:
    window = open_window(demo_url)
    open_story(qtbot, window, SEED_SLUG)
    article_id = article_of(window).id
    journal = EditJournal.for_newsroom(window.newsroom.database.address)
    states: list[SaveState] = []
    window.editing.autosave.state_changed.connect(lambda state, _message: states.append(state))
    typist = Typist(qtbot, window.editor_panel.editor)

    with write_lock(demo_url):
        typist.start()
        locked_until = time.monotonic() + LOCK_SECONDS
        checks = 0
        while time.monotonic() < locked_until:
            qtbot.wait(300)
            now = time.monotonic()
            due = typist.typed_before(now - SLACK)
            if due:
                checks += 1
                assert max(journalled_words(journal, article_id), default=0) >= due, (
                    f"the journal lags: w{due} was typed over {SLACK} s ago"
                )
        assert checks >= 20
        assert SaveState.BUSY in states
        assert SaveState.RECONNECTING not in states
        assert "busy" in window.status.save_state.text()
        assert stored_words(demo_url, article_id) == []  # nothing could be saved meanwhile

    # The lock is gone and the typing goes on without a pause: saves must get through.
    released = time.monotonic()
    qtbot.waitUntil(
        lambda: max(stored_words(demo_url, article_id), default=0) >= typist.typed_before(released),
        timeout=15000,
    )
    assert typist._timer.isActive()
    typist.stop()
    last = len(typist.typed)
    qtbot.waitUntil(lambda: stored_words(demo_url, article_id) == list(range(1, last + 1)))
    qtbot.waitUntil(lambda: states[-1] is SaveState.SAVED, timeout=10000)
    qtbot.waitUntil(lambda: not journal.has(article_id), timeout=5000)


def test_a_crash_while_the_database_is_locked_loses_at_most_the_last_second(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str, tmp_path: Path
) -> None:
    newsroom = open_newsroom(demo_url)
    article_id = newsroom.articles.find(SEED_SLUG).id
    newsroom.close()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src")]))
    typed: list[tuple[int, float]] = []
    with write_lock(demo_url):
        child = subprocess.Popen(
            [sys.executable, str(TYPIST), demo_url, str(tmp_path / "s.ini"), str(article_id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(typed) < 140:  # about 7 s of typing
            line = child.stdout.readline()
            if not line:
                break
            word, moment = line.split()
            typed.append((int(word), float(moment)))
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert len(typed) >= 140, "the typist never got going"
    assert stored_words(demo_url, article_id) == []  # the database was locked throughout

    # Reopened: the window replays the journal into the database.
    window = open_window(demo_url)
    must_have = max(word for word, moment in typed if moment < killed_at - SLACK)
    qtbot.waitUntil(
        lambda: max(stored_words(demo_url, article_id), default=0) >= must_have, timeout=15000
    )
    saved = stored_words(demo_url, article_id)
    assert saved == list(range(1, max(saved) + 1))
    assert window.newsroom.articles.get(article_id).body.count(" w1 ") == 1
