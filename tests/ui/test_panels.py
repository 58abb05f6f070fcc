"""The docks: sections tree, Check Also picker, comment queue toggle."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import (
    SEED_SLUG,
    article_of,
    listed_headlines,
    open_story,
    wait_for_preview_text,
)

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import RelatedLink
from newsdesk.domain.enums import CommentStatus
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.panels.comments.queue_model import SCORE
from newsdesk.ui.panels.related_links.dialogs import StoryPickerDialog
from newsdesk.ui.panels.related_links.panel import LINK_ID_ROLE, RelatedLinksPanel


def child_names(item: QTreeWidgetItem) -> list[str]:
    """The names of a section's subsections, as the tree shows them."""
    children = (item.child(index) for index in range(item.childCount()))
    return [child.text(0) for child in children if child is not None]


def tree_names(window: MainWindow) -> list[str]:
    return [item.text(0) for item in window.sections_panel.tree._all_items()]


def test_sections_tree_shows_home_sections_and_counts(qtbot: QtBot, window: MainWindow) -> None:
    tree = window.sections_panel.tree
    qtbot.waitUntil(lambda: tree.home.childCount() > 0, timeout=5000)
    assert tree.home.text(0) == "Home"
    assert int(tree.home.text(1)) == window.newsroom.articles.count()
    top = child_names(tree.home)
    assert top[:3] == ["World", "Politics", "Sport"]
    assert "Middle East" in tree_names(window)


def test_create_and_rename_a_section_from_the_panel(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = window.sections_panel.tree
    qtbot.waitUntil(lambda: tree.home.childCount() > 0, timeout=5000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Science", True))
    window.sections_panel.new_action.trigger()
    qtbot.waitUntil(lambda: "Science" in tree_names(window), timeout=5000)
    science = window.newsroom.sections.find("science")
    tree.select_section(science.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Science & Health", True))
    window.sections_panel.rename_action.trigger()
    qtbot.waitUntil(lambda: "Science & Health" in tree_names(window), timeout=5000)
    # the editor's section picker follows
    qtbot.waitUntil(lambda: window.editor_panel.section.findData(science.id) >= 0, timeout=5000)


def test_deleting_a_section_with_stories_says_so_before_asking(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = window.sections_panel.tree
    qtbot.waitUntil(lambda: tree.home.childCount() > 0, timeout=5000)
    world = window.newsroom.sections.find("world")
    tree.select_section(world.id)
    warnings: list[str] = []
    questions: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    window.sections_panel.delete_action.trigger()
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=5000)
    assert warnings[0].startswith("“World” still holds 1 story")
    assert "move them to another section first" in warnings[0]
    assert questions == []  # nothing was asked that could not be done
    assert "World" in tree_names(window)


def test_deleting_an_empty_section_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = window.sections_panel.tree
    empty = window.newsroom.sections.create("Science")
    window.sections_panel.refresh()
    qtbot.waitUntil(lambda: "Science" in tree_names(window), timeout=5000)
    tree.select_section(empty.id)
    questions: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.sections_panel.delete_action.trigger()
    qtbot.waitUntil(lambda: "Science" not in tree_names(window), timeout=5000)
    assert questions == ["Delete the section “Science”? Its subsections move up a level."]


def test_dragging_a_section_moves_it(qtbot: QtBot, window: MainWindow) -> None:
    tree = window.sections_panel.tree
    qtbot.waitUntil(lambda: tree.home.childCount() > 0, timeout=5000)
    opinion = window.newsroom.sections.find("opinion")
    tree.move_requested.emit(opinion.id, None, 0)  # what a drop onto the top of Home reports
    qtbot.waitUntil(lambda: child_names(tree.home)[0] == "Opinion", timeout=5000)
    assert window.newsroom.sections.tree()[0].name == "Opinion"


def test_check_also_picker_links_a_story_found_by_search(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    chosen: list[str] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StoryPickerDialog)
        qtbot.keyClicks(dialog.search, "half marathon")
        qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)
        chosen.append(dialog.results.item(0).text())
        dialog.accept()

    QTimer.singleShot(300, pick)
    window.related_panel.add_story_action.trigger()
    assert chosen and "Half Marathon" in chosen[0]
    qtbot.waitUntil(lambda: window.related_panel.list.count() == 2, timeout=5000)
    wait_for_preview_text(qtbot, window, "Half Marathon", "#check-also")


def test_comment_queue_can_show_only_the_open_story(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.comments_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    everywhere = panel.model.rowCount()
    open_story(qtbot, window, SEED_SLUG)
    panel.only_current.setChecked(True)
    seed_id = article_of(window).id
    expected = len(
        [
            c
            for c in window.newsroom.comments.list_comments()
            if c.article_id == seed_id and c.status is CommentStatus.PENDING
        ]
    )
    qtbot.waitUntil(lambda: panel.model.rowCount() == expected, timeout=5000)
    assert expected < everywhere
    panel.view.selectRow(0)
    panel.spam_action.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == expected - 1, timeout=5000)
    assert "pending" in panel.count_label.text() or "clear" in panel.count_label.text()


def test_sorting_by_headline_from_the_header(qtbot: QtBot, window: MainWindow) -> None:
    window.article_list.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def sorted_by_headline() -> None:
        headlines = [h.lower() for h in listed_headlines(window)]
        assert "…" not in headlines
        assert headlines == sorted(headlines)

    qtbot.waitUntil(sorted_by_headline, timeout=5000)
    window.article_list.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: (
            [h.lower() for h in listed_headlines(window)]
            == sorted((h.lower() for h in listed_headlines(window)), reverse=True)
        ),
        timeout=5000,
    )


def three_links_with_the_first_current(
    qtbot: QtBot, window: MainWindow
) -> tuple[RelatedLinksPanel, int, RelatedLink]:
    """The seed story open with three Check Also links, the panel shown (the Write
    workspace starts with it closed: opened as View ▸ Related links does) and its first
    link current; returns the panel, the story and that link."""
    open_story(qtbot, window, SEED_SLUG)
    story = article_of(window).id
    links = window.newsroom.related_links
    for number in (2, 3):
        links.add_url(story, f"https://example.org/{number}", f"Page {number}")
    if not window.related_dock.isVisible():
        window.related_dock.toggleViewAction().trigger()
    panel = window.related_panel
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=5000)
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    return panel, story, links.for_article(story)[0]


def test_alt_down_moves_a_check_also_link_and_keeps_it_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel, story, moving = three_links_with_the_first_current(qtbot, window)
    links = window.newsroom.related_links

    def saved_at(place: int) -> Callable[[], bool]:
        return lambda: links.for_article(story)[place].id == moving.id

    for place, key in ((1, Qt.Key.Key_Down), (2, Qt.Key.Key_Down), (1, Qt.Key.Key_Up)):
        qtbot.keyClick(panel.list, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(saved_at(place), timeout=5000)
        qtbot.waitUntil(lambda: not window.saves.busy, timeout=5000)  # the list read again
        assert panel.list.currentRow() == place
        assert panel.list.currentItem().data(LINK_ID_ROLE) == moving.id
    assert [panel.list.item(row).data(LINK_ID_ROLE) for row in range(3)] == [
        link.id for link in links.for_article(story)
    ]


def test_two_quick_moves_of_a_check_also_link_end_where_the_second_put_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Two presses in a row: every list the panel shows after them has the link where the
    second put it (a read that started before the second move is not shown)."""
    panel, story, moving = three_links_with_the_first_current(qtbot, window)
    links = window.newsroom.related_links
    seen: list[int] = []
    panel.links_loaded.connect(lambda _links: seen.append(panel.list.currentRow()))
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: links.for_article(story)[2].id == moving.id, timeout=5000)
    qtbot.waitUntil(lambda: not window.saves.busy, timeout=5000)
    assert seen and set(seen) == {2}  # every list shown had the link at the bottom
    assert panel.list.currentItem().data(LINK_ID_ROLE) == moving.id


def test_links_read_for_a_story_no_longer_open_are_not_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    story = article_of(window).id
    window.newsroom.related_links.add_url(story, "https://example.org/2", "Page 2")
    panel = window.related_panel
    panel.refresh()  # reading the seed story's links on the worker…
    panel.set_article(None)  # …when its window turns to no story at all
    qtbot.waitUntil(lambda: not window.saves.busy, timeout=5000)
    QApplication.processEvents()
    assert panel.list.count() == 0
    assert panel.empty.text() == "No story open."


def test_the_comment_under_the_cursor_stays_current_when_the_queue_is_read_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.comments_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 2, timeout=5000)
    last = panel.model.rowCount() - 1
    panel.view.go_to_row(last)
    chosen = panel.current_row()
    assert chosen is not None
    with qtbot.waitSignal(panel.model.modelReset, timeout=5000):
        open_story(qtbot, window, SEED_SLUG)  # opening a story reads the queue again
        window.workbench.apply_changes(Changes(comments=True))
    qtbot.waitUntil(lambda: panel.current_row() is not None, timeout=5000)
    current = panel.current_row()
    assert current is not None and current.id == chosen.id
    assert panel.selected_ids() == [chosen.id]
    assert panel.view.currentIndex().row() == panel.model.row_of(chosen.id)


def test_the_score_column_fits_any_score_without_measuring_the_rows(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.comments_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    score = panel.model.index(0, SCORE).data()
    width = panel.view.columnWidth(SCORE)
    assert panel.view.fontMetrics().horizontalAdvance(score) < width
    assert panel.view.fontMetrics().horizontalAdvance("0.99") < width
