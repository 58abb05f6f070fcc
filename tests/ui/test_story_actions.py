"""Actions act on the story the user sees: the list highlights the story that opens (or
nothing), and trash, restore and undo say which story they acted on, by headline."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import SEED_SLUG, article_of, listed_headlines, open_story

from newsdesk.ui.main_window import MainWindow


def highlighted_ids(window: MainWindow) -> list[int]:
    panel = window.article_list
    rows = sorted({index.row() for index in panel.view.selectionModel().selectedRows()})
    return [i for i in (panel.model.id_at(row) for row in rows) if i is not None]


def new_story(qtbot: QtBot, window: MainWindow, headline: str) -> int:
    before = window.editing.article.id if window.editing.article else None
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    qtbot.waitUntil(
        lambda: window.editing.article is not None and window.editing.article.id != before,
        timeout=5000,
    )
    qtbot.waitUntil(lambda: window.editor_panel.headline.hasFocus(), timeout=5000)
    qtbot.keyClicks(window.editor_panel.headline, headline)
    qtbot.waitUntil(lambda: headline in listed_headlines(window), timeout=5000)
    return article_of(window).id


def trashed(window: MainWindow, article_id: int) -> bool:
    return window.newsroom.articles.get(article_id).trashed_at is not None


def test_ctrl_n_then_ctrl_1_ctrl_delete_trashes_the_new_story(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    seed_id = article_of(window).id
    fresh_id = new_story(qtbot, window, "Fresh story")
    qtbot.waitUntil(lambda: highlighted_ids(window) == [fresh_id], timeout=5000)

    qtbot.keySequence(window, "Ctrl+1")
    qtbot.waitUntil(lambda: window.article_list.view.hasFocus())
    qtbot.keySequence(window.article_list.view, "Ctrl+Delete")
    qtbot.waitUntil(lambda: trashed(window, fresh_id), timeout=5000)
    assert not trashed(window, seed_id)
    qtbot.waitUntil(
        lambda: "Moved “Fresh story” to the trash." in window.status.currentMessage(),
        timeout=5000,
    )
    assert window.status.undo_button.isVisible()

    window.status.undo_button.click()
    qtbot.waitUntil(lambda: not trashed(window, fresh_id), timeout=5000)
    qtbot.waitUntil(lambda: "Restored “Fresh story”." in window.status.currentMessage())
    assert not window.status.undo_button.isVisible()


def test_ctrl_z_in_the_list_undoes_the_move_to_the_trash(qtbot: QtBot, window: MainWindow) -> None:
    fresh_id = new_story(qtbot, window, "Short-lived")
    window.article_list.focus_list()
    qtbot.waitUntil(lambda: window.article_list.view.hasFocus())
    qtbot.keySequence(window.article_list.view, "Ctrl+Delete")
    qtbot.waitUntil(lambda: trashed(window, fresh_id), timeout=5000)
    qtbot.waitUntil(lambda: window.trash_actions.can_undo, timeout=5000)
    qtbot.keySequence(window.article_list.view, QKeySequence.StandardKey.Undo)
    qtbot.waitUntil(lambda: not trashed(window, fresh_id), timeout=5000)
    assert not window.trash_actions.can_undo


def test_duplicate_highlights_and_acts_on_the_copy(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    seed_id = article_of(window).id
    qtbot.keySequence(window, "Ctrl+Shift+D")
    qtbot.waitUntil(
        lambda: window.editing.article is not None and window.editing.article.id != seed_id,
        timeout=5000,
    )
    copy_id = article_of(window).id
    assert article_of(window).headline.endswith("(copy)")
    seed_headline = window.newsroom.articles.get(seed_id).headline
    assert f"Duplicated “{seed_headline}”" in window.status.currentMessage()
    qtbot.waitUntil(lambda: highlighted_ids(window) == [copy_id], timeout=5000)
    window.actions_.trash.trigger()
    qtbot.waitUntil(lambda: trashed(window, copy_id), timeout=5000)
    assert not trashed(window, seed_id)


def test_a_new_story_the_list_does_not_show_leaves_nothing_else_highlighted(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    seed_id = article_of(window).id
    panel = window.article_list
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("published"))
    qtbot.waitUntil(lambda: highlighted_ids(window) in ([], [seed_id]), timeout=5000)
    qtbot.keySequence(window, QKeySequence.StandardKey.New)  # a draft: not listed here
    qtbot.waitUntil(
        lambda: window.editing.article is not None and window.editing.article.id != seed_id,
        timeout=5000,
    )
    fresh_id = article_of(window).id
    qtbot.waitUntil(lambda: not window.saves.busy and not window.queries.busy, timeout=5000)
    assert highlighted_ids(window) == []
    window.actions_.trash.trigger()
    qtbot.waitUntil(lambda: trashed(window, fresh_id), timeout=5000)
    assert not trashed(window, seed_id)


def test_restore_outside_the_trash_view_says_where_trashed_stories_are(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    qtbot.keySequence(window, "Ctrl+Shift+R")
    assert "Trash view" in window.status.currentMessage()
    assert not trashed(window, article_of(window).id)


def test_the_list_follows_the_story_opened_elsewhere(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    other = next(i for i in window.article_list.model.ids() if i != article_of(window).id)
    window.editing.open(other)
    qtbot.waitUntil(lambda: highlighted_ids(window) == [other], timeout=5000)
    window.actions_.close_article.trigger()
    qtbot.waitUntil(lambda: window.editing.article is None, timeout=5000)
    assert highlighted_ids(window) == []
    window.actions_.trash.trigger()
    assert "Select a story" in window.status.currentMessage()
