"""The main window as a user meets it: list, editor, preview, panels, layout."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QDockWidget,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
)
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import (
    SEED_SLUG,
    article_of,
    close_window,
    comment_at,
    evaluate,
    listed_headlines,
    open_story,
    preview_text,
    wait_for_preview,
    wait_for_preview_text,
    wait_for_script,
)

from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.rendering import split_blocks, uses_reference_definitions
from newsdesk.services.articles import ArticleQuery
from newsdesk.ui.articles import list_panel
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.panels.related_links.dialogs import WebLinkDialog


def test_seam_object_names(window: MainWindow) -> None:
    assert isinstance(window.findChild(QTableView, "articleList"), QTableView)
    assert isinstance(window.findChild(QLineEdit, "articleFilter"), QLineEdit)
    assert isinstance(window.findChild(QLineEdit, "headlineEdit"), QLineEdit)
    assert isinstance(window.findChild(QPlainTextEdit, "editor"), QPlainTextEdit)
    assert isinstance(window.findChild(QWebEngineView, "preview"), QWebEngineView)
    for name in ("sectionsPanel", "relatedLinksPanel", "commentQueuePanel"):
        assert isinstance(window.findChild(QDockWidget, name), QDockWidget)


def test_window_lists_the_demo_and_shows_the_database(window: MainWindow) -> None:
    headlines = listed_headlines(window)
    assert "US And Russian Authorities Show Desire to Improve Relations" in headlines
    assert window.status.database.text() == "This computer: newsroom.sqlite"
    assert "newsroom.sqlite" in window.status.database.toolTip()
    assert "Newsdesk" in window.windowTitle()


def test_selecting_a_row_opens_the_story_and_its_page(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    assert window.editor_panel.headline.text().startswith("US And Russian Authorities")
    assert window.editor_panel.editor.markdown().startswith("US Secretary of State")
    assert "Home" in preview_text(qtbot, window, "nav")
    assert "World" in preview_text(qtbot, window, "nav")
    page = preview_text(qtbot, window)
    assert "MOSCOW" in page
    assert "Sahar News Monitoring Desk" in page
    assert "Russia, China Offer to Help Venezuela" in preview_text(qtbot, window, "#check-also")
    qtbot.waitUntil(lambda: "words" in window.status.counts.text())


def test_typing_shows_in_the_preview_with_typographic_quotes(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, 'The minister said "no comment" and left.')
    wait_for_preview_text(qtbot, window, "\u201cno comment\u201d", "#article-body")


def test_a_single_keystroke_shows_in_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    """The last letter typed reaches the preview, not just the one before it."""
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Zebra")
    wait_for_preview_text(qtbot, window, "Zebra", "#article-body")
    qtbot.keyClick(editor, Qt.Key.Key_S)
    wait_for_preview_text(qtbot, window, "Zebras", "#article-body")


def test_preview_keeps_its_scroll_place_while_typing(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1400, 700)
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)  # the preview follows the cursor once…
    qtbot.wait(300)
    evaluate(qtbot, window, "window.scrollTo(0, 600)")  # …then the reader scrolls elsewhere
    before = evaluate(qtbot, window, "window.scrollY")
    assert before == 600
    qtbot.keyClicks(editor, " Added at the end.")
    wait_for_preview_text(qtbot, window, "Added at the end.", "#article-body")
    assert evaluate(qtbot, window, "window.scrollY") == before


def test_moving_the_cursor_scrolls_the_preview_to_that_block(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1400, 600)
    open_story(qtbot, window, SEED_SLUG)
    assert evaluate(qtbot, window, "window.scrollY") == 0
    editor = window.editor_panel.editor
    last_line = editor.document().blockCount() - 1
    editor.go_to_line(last_line)
    wait_for_script(qtbot, window, "window.scrollY > 200")


def test_a_re_rendered_block_keeps_its_line_for_scrolling(qtbot: QtBot, window: MainWindow) -> None:
    """Typing within a line re-renders one block: it still says where it starts.

    The preview finds the block to scroll to by each block's data-start; a block
    without one counted as line 0 and sent the preview to the wrong place.
    """
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    editor.go_to_line(2)
    qtbot.keyClicks(editor, "Zebra ")
    wait_for_preview_text(qtbot, window, "Zebra", "#article-body")
    body = editor.markdown()
    assert not uses_reference_definitions(body)
    starts = evaluate(
        qtbot,
        window,
        "Array.from(document.querySelectorAll('#article-body > .nd-block'))"
        ".map(function (b) { return b.getAttribute('data-start'); }).join(' ')",
    )
    assert starts.split(" ") == [str(block.start_line) for block in split_blocks(body)]


def test_filter_box_searches_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.article_list.filter, "Pompeo Sochi")
    qtbot.waitUntil(lambda: window.article_list.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            listed_headlines(window)
            == ["US And Russian Authorities Show Desire to Improve Relations"]
        )
    )
    window.article_list.filter.clear()
    total = window.newsroom.articles.count()
    qtbot.waitUntil(lambda: window.article_list.model.rowCount() == total, timeout=5000)


def test_status_filter_and_section_panel_filter(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.article_list
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("killed"))
    killed = window.newsroom.articles.count(ArticleQuery(status=ArticleStatus.KILLED))
    qtbot.waitUntil(lambda: panel.model.rowCount() == killed, timeout=5000)
    panel.status_filter.setCurrentIndex(0)
    sport = window.newsroom.sections.find("sport")
    qtbot.waitUntil(lambda: window.sections_panel.tree.home.childCount() > 0)
    window.sections_panel.tree.select_section(sport.id)
    expected = window.newsroom.articles.count(ArticleQuery(section_id=sport.id))
    qtbot.waitUntil(lambda: panel.model.rowCount() == expected, timeout=5000)
    qtbot.waitUntil(lambda: all(h != "…" for h in listed_headlines(window)))
    ids = panel.model.ids()
    rows = window.newsroom.articles.rows(ids)
    assert {rows[i].section_name for i in ids} <= {"Sport", "Football"}


def test_autosave_writes_to_the_database(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    article_id = article_of(window).id
    editor = window.editor_panel.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Breaking: ")
    qtbot.waitUntil(lambda: window.status.save_state.text().startswith("Saved at"), timeout=5000)
    assert window.newsroom.articles.get(article_id).body.startswith("Breaking: ")
    window.editor_panel.headline.setFocus()
    qtbot.keyClick(window.editor_panel.headline, Qt.Key.Key_End)
    qtbot.keyClicks(window.editor_panel.headline, "!")
    qtbot.waitUntil(
        lambda: window.newsroom.articles.get(article_id).headline.endswith("!"), timeout=5000
    )


def test_pasting_more_than_a_story_may_hold_says_so_in_the_status_bar(
    qtbot: QtBot, window: MainWindow
) -> None:
    from newsdesk.domain.limits import BODY

    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    before = editor.markdown()
    editor.setFocus()
    QApplication.clipboard().setText("x" * (BODY.most - len(before) + 2))
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.status.currentMessage().startswith("Not pasted: the story would be ")
    assert "more than a story may hold (5,000,000)" in window.status.currentMessage()
    assert editor.markdown() == before
    QApplication.clipboard().clear()


def test_closing_comments_shows_in_the_preview_and_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    article_id = article_of(window).id
    box = window.editor_panel.comments_open
    assert box.isChecked() and box.isEnabled()
    assert box.text() == "Comments open" and box.accessibleName() == "Comments open"
    assert "Comments are closed." not in preview_text(qtbot, window)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked()
    wait_for_preview_text(qtbot, window, "Comments are closed.")
    qtbot.waitUntil(
        lambda: window.newsroom.articles.get(article_id).comments_open is False, timeout=5000
    )
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # back on, from the keyboard
    qtbot.waitUntil(lambda: "Comments are closed." not in preview_text(qtbot, window))
    qtbot.waitUntil(lambda: window.newsroom.articles.get(article_id).comments_open, timeout=5000)


def test_new_story_duplicate_and_trash_restore(qtbot: QtBot, window: MainWindow) -> None:
    before = window.newsroom.articles.count()
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    qtbot.waitUntil(lambda: window.newsroom.articles.count() == before + 1, timeout=5000)
    qtbot.waitUntil(lambda: window.editor_panel.headline.hasFocus(), timeout=5000)
    qtbot.keyClicks(window.editor_panel.headline, "Fresh story")
    qtbot.waitUntil(lambda: "Fresh story" in listed_headlines(window), timeout=5000)
    fresh_id = article_of(window).id
    window.actions_.trash.trigger()
    qtbot.waitUntil(
        lambda: window.newsroom.articles.get(fresh_id).trashed_at is not None, timeout=5000
    )
    qtbot.waitUntil(lambda: "Fresh story" not in listed_headlines(window), timeout=5000)
    panel = window.article_list
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("trash"))
    qtbot.waitUntil(lambda: listed_headlines(window) == ["Fresh story"], timeout=5000)
    panel.select_row(0)
    window.actions_.restore.trigger()
    qtbot.waitUntil(lambda: window.newsroom.articles.get(fresh_id).trashed_at is None, timeout=5000)


def test_related_link_shows_in_the_preview_at_once(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)

    def fill_in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WebLinkDialog)
        dialog.url.setText("https://example.org/g20")
        dialog.title.setText("G-20 leaders meet in Osaka")
        dialog.summary.setPlainText("Summit preview")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(300, fill_in_the_dialog)
    window.related_panel.add_url_action.trigger()
    wait_for_preview_text(qtbot, window, "G-20 leaders meet in Osaka", "#check-also")
    qtbot.waitUntil(lambda: window.related_panel.list.count() == 2, timeout=5000)


def test_a_bad_web_address_is_explained_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    seen: list[str] = []

    def try_a_bad_address() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WebLinkDialog)
        dialog.url.setText("javascript:alert(1)")
        dialog.title.setText("Trap")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        QTimer.singleShot(100, lambda: read_and_cancel(dialog))

    def read_and_cancel(dialog: WebLinkDialog) -> None:
        seen.append(dialog.error.text())
        dialog.reject()

    QTimer.singleShot(300, try_a_bad_address)
    window.related_panel.add_url_action.trigger()
    assert seen and "web address" in seen[0]
    assert window.related_panel.list.count() == 1


def test_approving_a_comment_removes_it_from_the_queue(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.comments_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    first = comment_at(panel, 0)
    panel.view.selectRow(0)
    panel.approve_action.trigger()
    qtbot.waitUntil(lambda: panel.model.row_of(first.id) is None, timeout=5000)
    assert window.newsroom.comments.get(first.id).status is CommentStatus.APPROVED


def test_layout_is_restored_on_the_next_start(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str
) -> None:
    first = open_window(demo_url)
    first.resize(760, 560)
    first.comments_dock.hide()
    first.splitter.setSizes([300, 500, 400])
    sizes = first.splitter.sizes()
    close_window(first)
    second = open_window(demo_url)
    assert not second.comments_dock.isVisible()
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes() == sizes


def test_focus_shortcuts_jump_between_list_editor_and_preview(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    window.actions_.focus_editor.trigger()
    qtbot.waitUntil(lambda: window.editor_panel.editor.hasFocus())
    window.actions_.focus_list.trigger()
    qtbot.waitUntil(lambda: window.article_list.view.hasFocus())
    assert window.actions_.focus_list.shortcut().toString() == "Ctrl+1"
    assert window.actions_.focus_preview.shortcut().toString() == "Ctrl+3"
    assert (
        window.actions_.new_article.shortcut().matches(QKeySequence.fromString("Ctrl+N"))
        == QKeySequence.SequenceMatch.ExactMatch
    )


def test_hostile_script_never_runs_in_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText(
        "\n\n<script>document.title='pwned'</script>\n\n"
        "<img src=x onerror=\"document.title='pwned'\">\n\n[click](javascript:alert(1))\n"
    )
    window._body_edited()
    wait_for_preview(qtbot, window)
    qtbot.wait(300)
    assert evaluate(qtbot, window, "document.title") != "pwned"
    assert evaluate(qtbot, window, "document.querySelectorAll('#article-body script').length") == 0
    assert evaluate(qtbot, window, "document.querySelectorAll('[onerror]').length") == 0
    assert evaluate(qtbot, window, "document.querySelectorAll('a[href^=javascript]').length") == 0


def test_a_filter_matching_more_than_a_page_lists_every_match(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_panel, "FIRST_PAGE", 2)  # the demo's stories are few
    everything = set(window.newsroom.articles.list_ids())
    matching = window.newsroom.articles.list_ids(ArticleQuery(search="the"))
    assert len(matching) > 2 and set(matching) < everything
    window.article_list.filter.setText("the")
    qtbot.waitUntil(lambda: window.article_list.model.ids() == matching, timeout=5000)
    qtbot.waitUntil(
        lambda: window.article_list.count_label.text().startswith(str(len(matching))),
        timeout=5000,
    )


def test_a_story_picked_on_the_first_page_stays_picked_when_the_rest_arrives(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_panel, "FIRST_PAGE", 2)  # the demo's stories are few
    articles = window.newsroom.articles
    matching = articles.list_ids(ArticleQuery(search="the"))
    assert len(matching) > 2
    open_story(qtbot, window, SEED_SLUG)  # highlighted before typing
    before = article_of(window).id
    rest_may_come = threading.Event()
    list_ids = articles.list_ids

    def slow_rest(query: ArticleQuery, limit: int | None = None, **options: Any) -> list[int]:
        if limit is None and query.search == "the":
            rest_may_come.wait(10)  # the full listing is slow
        return list_ids(query, limit, **options)

    monkeypatch.setattr(articles, "list_ids", slow_rest)
    panel = window.article_list
    panel.filter.setText("the")
    qtbot.waitUntil(lambda: panel.model.ids() == matching[:2], timeout=5000)
    assert panel.count_label.text() == "2+ stories"  # not the count of the query before
    picked = next(i for i in matching[:2] if i != before)
    row = panel.model.row_of(picked)
    assert row is not None
    qtbot.mouseClick(
        panel.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.view.visualRect(panel.model.index(row, 0)).center(),
    )
    qtbot.waitUntil(lambda: window.editing.article is not None and article_of(window).id == picked)
    rest_may_come.set()
    qtbot.waitUntil(lambda: panel.model.ids() == matching, timeout=5000)
    qtbot.wait(50)  # whatever the rest's arrival sets off
    assert panel.current_id() == picked
    assert panel.selected_ids() == [picked]
    assert article_of(window).id == picked
    assert panel.count_label.text() == f"{len(matching)} stories"
