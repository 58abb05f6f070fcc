"""The network to the newsroom server drops while someone types: nothing is lost."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from tests.tcp_proxy import TcpProxy
from tests.ui.window_helpers import SEED_SLUG, article_of, feature, open_story

from newsdesk.services.demo import load_demo
from newsdesk.services.edit_journal import EditJournal
from newsdesk.services.newsroom import open_newsroom
from newsdesk.ui.article_editor.autosave import SaveState
from newsdesk.ui.conflict import ConflictController
from newsdesk.ui.editor.markdown_editor import MarkdownEditor
from newsdesk.ui.journal import JournalReplay
from newsdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


@pytest.fixture
def proxied(postgres_url: str) -> Iterator[tuple[str, TcpProxy]]:
    """The demo newsroom on PostgreSQL, and an address reaching it through a proxy."""
    newsroom = open_newsroom(postgres_url)
    load_demo(newsroom)
    newsroom.close()
    direct = make_url(postgres_url)
    proxy = TcpProxy(direct.host or "127.0.0.1", direct.port or 5432)
    yield direct.set(port=proxy.port).render_as_string(hide_password=False), proxy
    proxy.close()


def stored_body(postgres_url: str, slug: str) -> str:
    newsroom = open_newsroom(postgres_url)
    try:
        return newsroom.articles.find(slug).body
    finally:
        newsroom.close()


def type_at_end(qtbot: QtBot, editor: MarkdownEditor, text: str) -> None:
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, text)


def test_typing_through_a_network_cut_is_saved_when_the_server_is_back(
    qtbot: QtBot,
    open_window: Callable[[str], MainWindow],
    proxied: tuple[str, TcpProxy],
    postgres_url: str,
) -> None:
    url, proxy = proxied
    window = open_window(url)
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    states: list[SaveState] = []
    window.editing.autosave.state_changed.connect(lambda state, _message: states.append(state))

    proxy.cut()
    type_at_end(qtbot, editor, "Written on the train.")
    window.editing.autosave.save_now()
    qtbot.waitUntil(lambda: SaveState.RECONNECTING in states, timeout=20000)
    assert "Reconnecting" in window.status.save_state.text()
    journal = EditJournal.for_newsroom(window.newsroom.database.address)
    qtbot.waitUntil(lambda: journal.has(article_of(window).id), timeout=5000)
    # The editor keeps working while the server is out of reach.
    type_at_end(qtbot, editor, "And more while offline.")
    assert editor.markdown().endswith("And more while offline.")
    assert not stored_body(postgres_url, SEED_SLUG).endswith("Written on the train.")

    proxy.restore()
    qtbot.waitUntil(
        lambda: stored_body(postgres_url, SEED_SLUG).endswith("And more while offline."),
        timeout=30000,
    )
    qtbot.waitUntil(lambda: states[-1] is SaveState.SAVED, timeout=10000)
    assert not journal.has(article_of(window).id)
    assert "Written on the train." in stored_body(postgres_url, SEED_SLUG)


def test_text_journalled_before_a_quit_is_saved_at_the_next_start(
    qtbot: QtBot,
    open_window: Callable[[str], MainWindow],
    proxied: tuple[str, TcpProxy],
    postgres_url: str,
) -> None:
    url, proxy = proxied
    window = open_window(url)
    open_story(qtbot, window, SEED_SLUG)
    states: list[SaveState] = []
    window.editing.autosave.state_changed.connect(lambda state, _message: states.append(state))
    proxy.cut()
    type_at_end(qtbot, window.editor_panel.editor, "Typed before the laptop slept.")
    window.editing.autosave.save_now()
    qtbot.waitUntil(lambda: SaveState.RECONNECTING in states, timeout=20000)
    article_id = article_of(window).id
    window.close()

    proxy.restore()
    again = open_window(url)
    qtbot.waitUntil(
        lambda: stored_body(postgres_url, SEED_SLUG).endswith("Typed before the laptop slept."),
        timeout=20000,
    )
    replay = again.workbench.features.get(JournalReplay)
    qtbot.waitUntil(lambda: replay.last is not None)
    assert replay.last is not None
    assert replay.last.saved == (article_id,)
    assert "kept on this computer" in again.status.currentMessage()


def test_a_save_whose_reply_was_lost_is_not_a_conflict_with_itself(
    qtbot: QtBot,
    open_window: Callable[[str], MainWindow],
    proxied: tuple[str, TcpProxy],
    postgres_url: str,
) -> None:
    url, proxy = proxied
    window = open_window(url)
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    states: list[SaveState] = []
    window.editing.autosave.state_changed.connect(lambda state, _message: states.append(state))

    proxy.cut_after_commit(b"UPDATE articles")
    type_at_end(qtbot, editor, "Filed from the press box.")
    window.editing.autosave.save_now()
    qtbot.waitUntil(lambda: SaveState.RECONNECTING in states, timeout=20000)
    assert proxy.commits_cut == 1
    assert stored_body(postgres_url, SEED_SLUG).endswith("Filed from the press box.")
    type_at_end(qtbot, editor, "And the final score.")
    proxy.restore()
    qtbot.waitUntil(
        lambda: stored_body(postgres_url, SEED_SLUG).endswith("And the final score."),
        timeout=30000,
    )
    qtbot.waitUntil(lambda: states[-1] is SaveState.SAVED, timeout=10000)
    assert SaveState.CONFLICT not in states
    assert not feature(window, ConflictController).pending
