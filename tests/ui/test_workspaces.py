"""A calm window: workspaces for writing, copy-editing and moderating, a focus mode, and
defaults that are readable at 1280×720."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import (
    SEED_SLUG,
    child_of,
    evaluate,
    feature,
    moderation_of,
    open_story,
    preview_text,
    wait_for_preview_text,
    wait_for_script,
)

from newsdesk.services.article_views import SavedView
from newsdesk.ui.articles.badges import DETAIL_ROLE
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.panels.comments.queue_model import AUTHOR, EXCERPT, SCORE, STORY, WEBSITE
from newsdesk.ui.preferences.apply import apply_preferences
from newsdesk.ui.preferences.settings import Preferences
from newsdesk.ui.workspaces.controller import Workspace, Workspaces

MIN_EDITOR_CHARACTERS = 60
MIN_PREVIEW_WIDTH = 420


def workspaces(window: MainWindow) -> Workspaces:
    return feature(window, Workspaces)


def action(window: MainWindow, name: str) -> QAction:
    return child_of(window, QAction, name)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def shown_docks(window: MainWindow) -> set[str]:
    return {
        dock.objectName()
        for dock in window.findChildren(QDockWidget)
        if dock.isVisible() and not dock.visibleRegion().isEmpty()
    }


def narrow_fields(root: QWidget) -> list[str]:
    """Text fields on show that are narrower than what they hold needs."""
    narrow = []
    for field in root.findChildren(QLineEdit):
        if not field.isVisible() or isinstance(field.parentWidget(), QComboBox):
            continue
        needed = field.fontMetrics().horizontalAdvance(field.text()) + 12
        wanted = min(needed, field.sizeHint().width())
        if field.width() < wanted:
            name = field.objectName() or field.accessibleName()
            narrow.append(f"{name}: {field.width()} < {wanted}")
    return narrow


def clipped_choice(combo: QComboBox) -> str | None:
    """The combo box's shown choice when its field is narrower than the text."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    return combo.currentText() if field.width() < needed else None


def test_the_workspaces_have_their_actions_keys_and_one_is_checked(window: MainWindow) -> None:
    names = {
        Workspace.WRITE: "workspaceWrite",
        Workspace.COPY_DESK: "workspaceCopyDesk",
        Workspace.MODERATION: "workspaceModeration",
        Workspace.WIRES: "workspaceWires",
        Workspace.BUDGET: "workspaceBudget",
    }
    for workspace, name in names.items():
        switch = action(window, name)
        assert switch.isCheckable()
        assert switch.shortcut().toString().startswith("Ctrl+Alt+")
        assert switch.isChecked() == (workspace is Workspace.WRITE)
    assert action(window, "focusMode").shortcut().toString() == "F11"


def test_write_is_calm_copy_desk_shows_the_queue_and_its_panels(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    assert shown_docks(window) == set()
    assert window.editor_panel.details.isVisible()

    action(window, "workspaceCopyDesk").trigger()
    settle()
    assert workspaces(window).current is Workspace.COPY_DESK
    assert window.article_list.saved_views.saved_view() is SavedView.COPY_QUEUE
    assert {"checksPanel", "notesPanel", "historyPanel"} & shown_docks(window)
    assert not window.editor_panel.details.isVisible()  # folded under its summary
    assert "MOSCOW" in window.editor_panel.details_summary.text()

    action(window, "workspaceWrite").trigger()
    settle()
    assert shown_docks(window) == set()
    assert window.article_list.saved_views.saved_view() is None


def test_each_workspace_remembers_its_own_layout(qtbot: QtBot, window: MainWindow) -> None:
    window.sections_dock.show()
    settle()
    assert "sectionsPanel" in shown_docks(window)
    action(window, "workspaceCopyDesk").trigger()
    settle()
    assert "sectionsPanel" not in shown_docks(window)
    action(window, "workspaceWrite").trigger()
    settle()
    assert "sectionsPanel" in shown_docks(window)


def test_the_layout_of_each_workspace_outlives_the_window(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str
) -> None:
    first = open_window(demo_url)
    first.related_dock.show()
    action(first, "workspaceCopyDesk").trigger()
    settle()
    first.close()
    again = open_window(demo_url)
    settle()
    assert workspaces(again).current is Workspace.COPY_DESK
    action(again, "workspaceWrite").trigger()
    settle()
    assert "relatedLinksPanel" in shown_docks(again)


def test_the_moderation_workspace_is_the_moderation_view(qtbot: QtBot, window: MainWindow) -> None:
    action(window, "workspaceModeration").trigger()
    settle()
    switch = moderation_of(window)
    assert switch.toggle.isChecked() and switch.view.isVisible()
    assert not window.article_list.isVisible()
    assert shown_docks(window) == set()
    switch.toggle.setChecked(False)  # Ctrl+Shift+M back to the stories
    settle()
    assert workspaces(window).current is Workspace.WRITE
    assert window.article_list.isVisible()


def test_focus_mode_shows_the_editor_and_preview_alone_until_escape(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    window.sections_dock.show()
    focus = action(window, "focusMode")
    focus.trigger()
    settle()
    assert window.editor_panel.isVisible() and window.preview.isVisible()
    assert not window.article_list.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert shown_docks(window) == set()
    qtbot.keyClick(window.editor_panel.editor, Qt.Key.Key_Escape)
    settle()
    assert not focus.isChecked()
    assert window.article_list.isVisible() and window.menuBar().isVisible()
    assert "sectionsPanel" in shown_docks(window)


def test_a_resized_window_deals_the_widths_again_until_a_divider_is_moved(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1600, 900)
    settle()
    qtbot.waitUntil(lambda: window.preview.width() >= MIN_PREVIEW_WIDTH)
    window.resize(1100, 700)
    settle()
    editor = window.editor_panel.editor
    qtbot.waitUntil(
        lambda: (
            editor.viewport().width() / editor.fontMetrics().averageCharWidth()
            >= MIN_EDITOR_CHARACTERS
        )
    )
    assert window.preview.width() >= MIN_PREVIEW_WIDTH
    # A divider put somewhere by hand stays where it was put.
    window.splitter.setSizes([400, 300, 300])
    chosen = window.splitter.sizes()
    window.resize(1200, 700)
    settle()
    qtbot.wait(50)
    assert window.splitter.sizes()[0] == chosen[0]


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
@pytest.mark.parametrize("workspace", [Workspace.WRITE, Workspace.COPY_DESK])
def test_at_1280_by_720_the_text_and_the_preview_keep_their_room(
    qtbot: QtBot,
    open_window: Callable[[str], MainWindow],
    demo_url: str,
    workspace: Workspace,
    size: tuple[int, int],
) -> None:
    window = open_window(demo_url)
    window.resize(*size)
    open_story(qtbot, window, SEED_SLUG)
    workspaces(window).switch(workspace)
    settle()
    window.resize(*size)  # again, once the workspace's panels have their places
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=5000)
    settle()
    editor = window.editor_panel.editor
    characters = editor.viewport().width() / editor.fontMetrics().averageCharWidth()
    assert characters >= MIN_EDITOR_CHARACTERS, f"{characters:.0f} characters a line"
    assert window.preview.width() >= MIN_PREVIEW_WIDTH
    assert narrow_fields(window.editor_panel) == []
    window.editor_panel.find_bar.open_replace()
    settle()
    assert window.preview.width() >= MIN_PREVIEW_WIDTH  # the find bar takes none of it


@pytest.mark.parametrize("language", ["en", "fr", "fa"])
def test_at_1280_by_720_the_list_order_shows_its_choice_whole(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str, language: str
) -> None:
    window = open_window(demo_url)
    window.resize(1280, 720)
    workspaces(window).switch(Workspace.WRITE)
    try:
        apply_preferences(window.workbench, Preferences(ui_language=language))
        window.resize(1280, 720)
        qtbot.wait(100)
        settle()
        order = window.article_list.sort_order
        for index in range(order.count()):
            order.setCurrentIndex(index)
            settle()
            assert clipped_choice(order) is None
        assert clipped_choice(window.article_list.saved_views) is None  # all stories
    finally:
        apply_preferences(window.workbench, Preferences())


def test_at_1280_by_720_the_comment_is_the_widest_column(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str
) -> None:
    window = open_window(demo_url)
    window.resize(1280, 720)
    workspaces(window).switch(Workspace.MODERATION)
    window.resize(1280, 720)
    queue = moderation_of(window).view.queue
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0, timeout=5000)
    settle()
    view = queue.view
    widths = {
        column: view.columnWidth(column)
        for column in (AUTHOR, STORY, EXCERPT, SCORE)
        if not view.isColumnHidden(column)
    }
    assert max(widths, key=lambda column: widths[column]) == EXCERPT
    assert view.isColumnHidden(WEBSITE)  # no demo commenter gave a website


def test_the_list_shows_two_line_rows_and_orders_by_the_sort_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.article_list
    model = panel.model
    qtbot.waitUntil(lambda: model.data(model.index(0, 0), DETAIL_ROLE) is not None)
    _section, status, _byline, when = model.data(model.index(0, 0), DETAIL_ROLE)
    assert status[0] and when[0]
    height = panel.view.rowHeight(0)
    assert height >= 2 * panel.view.fontMetrics().height()
    assert all(panel.view.isColumnHidden(column) for column in range(1, model.columnCount()))
    panel.sort_order.setCurrentIndex(panel.sort_order.findText("By headline"))
    qtbot.waitUntil(lambda: panel.query.sort.value == "headline", timeout=3000)
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) not in (None, "…"), timeout=5000)
    first, second = model.data(model.index(0, 0)), model.data(model.index(1, 0))
    qtbot.waitUntil(lambda: model.data(model.index(1, 0)) not in (None, "…"), timeout=5000)
    second = model.data(model.index(1, 0))
    assert first.lower() <= second.lower()


def test_the_preview_shows_the_discussion_like_the_page_with_the_form_greyed(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    story = window.newsroom.articles.find(SEED_SLUG)
    approved = window.newsroom.comments.approved_for_article(story.id)
    assert approved, "the demo's seed story has approved comments"
    first_words = " ".join(approved[0].body.split()[:4])
    wait_for_preview_text(qtbot, window, first_words, "#comments")
    assert evaluate(qtbot, window, "!!document.querySelector('#respond.preview-only')")
    assert (
        evaluate(
            qtbot, window, "getComputedStyle(document.querySelector('#respond')).pointerEvents"
        )
        == "none"
    )
    assert (
        evaluate(
            qtbot,
            window,
            "getComputedStyle(document.getElementById('article-headline')).overflowWrap",
        )
        == "normal"
    )

    form = action(window, "previewReplyForm")
    assert form.isChecked()
    form.trigger()  # the toggle hides the form, the comments stay
    wait_for_script(qtbot, window, "!document.getElementById('respond')")
    assert first_words in preview_text(qtbot, window, "#comments")
    form.trigger()
    wait_for_script(qtbot, window, "!!document.getElementById('respond')")


def test_the_wires_workspace_is_the_wires_view_and_its_key_changes_workspace(
    qtbot: QtBot, window: MainWindow
) -> None:
    from newsdesk.ui.wires import Wires

    wires = window.workbench.features.get(Wires)
    workspaces(window).switch(Workspace.WIRES)
    assert window.pages.current is wires.view and wires.toggle.isChecked()
    workspaces(window).switch(Workspace.MODERATION)
    assert window.pages.current is moderation_of(window).view and not wires.toggle.isChecked()
    wires.toggle.trigger()  # Ctrl+Shift+W
    assert workspaces(window).current is Workspace.WIRES
    assert window.pages.current is wires.view
    assert not moderation_of(window).toggle.isChecked()
    wires.toggle.trigger()
    assert workspaces(window).current is Workspace.WRITE and window.pages.current is None
