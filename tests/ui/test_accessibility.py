"""Every control has a name a screen reader can say, and the keyboard reaches everything.

A control is named by its accessible name, its own text (a button), the label bound to it
(QLabel.setBuddy, as forms do), or, for the typing part of a combo or spin box or a view's
focus proxy, by the control it belongs to. The checks walk the real main window (every
panel raised in turn, a story open, the find bar out, the moderation view) and the main
dialogs.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.test_conflict_view import colleague_saves, type_at_end, wait_for_dialog
from tests.ui.window_helpers import SEED_SLUG, evaluate, moderation_of, open_story

from newsdesk.services.admin import AdminService
from newsdesk.services.comments import CommentQuery
from newsdesk.ui.about import show_about
from newsdesk.ui.admin.people_dialog import PeopleDialog
from newsdesk.ui.connection import open_connection_dialog
from newsdesk.ui.copydesk.dialogs import NoteDialog, ScheduleDialog
from newsdesk.ui.copydesk.user_switcher import UserPickerDialog
from newsdesk.ui.interchange.ninjs_dialog import NinjsExportDialog
from newsdesk.ui.interchange.site_dialog import SiteExportDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.panels.comments.text_dialog import CommentTextDialog, Purpose
from newsdesk.ui.panels.related_links.dialogs import StoryPickerDialog, WebLinkDialog
from newsdesk.ui.preferences import open_preferences
from newsdesk.ui.preferences.apply import apply_preferences
from newsdesk.ui.preferences.settings import Preferences, Theme
from newsdesk.ui.shortcuts import show_shortcuts
from newsdesk.ui.shortcuts.areas import area_of, areas


def name_of(widget: QWidget, root: QWidget) -> str:
    """What a screen reader calls `widget` ("" when nothing names it)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton | QLabel) and widget.text().replace("&", "").strip():
        return widget.text()
    if isinstance(widget, QTabBar) and widget.count():
        return widget.tabText(widget.currentIndex())  # a tab list says its current tab
    for label in root.findChildren(QLabel):
        if label.buddy() is widget and label.isVisible() and label.text().strip():
            return label.text()
    parent = widget.parentWidget()
    if parent is not None and (
        parent.focusProxy() is widget
        or (isinstance(parent, QComboBox | QAbstractSpinBox) and widget.objectName() != "")
        or (isinstance(parent, QComboBox) and parent.lineEdit() is widget)
    ):
        return name_of(parent, root)
    return ""


def unnamed(root: QWidget) -> list[str]:
    """The focusable controls on show under `root` that nothing names."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            continue
        if widget.visibleRegion().isEmpty():
            continue  # nothing of it on screen (Qt parks a closed panel group's tabs away)
        if isinstance(widget, QLabel) and not widget.text().strip():
            continue  # an empty message line: nothing to say, nothing to do
        if not name_of(widget, root).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {_where(widget)}")
    return missing


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _where(widget: QWidget) -> str:
    parent = widget.parentWidget()
    names = []
    while parent is not None:
        names.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return "/".join(reversed(names))


def each_panel_raised(window: MainWindow) -> Iterator[QDockWidget | None]:
    yield None
    for dock in window.findChildren(QDockWidget):
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        yield dock


# ---- names --------------------------------------------------------------------------------
def test_every_control_of_the_window_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    window.editor_panel.find_bar.open_replace()
    missing: set[str] = set()
    for _dock in each_panel_raised(window):
        missing.update(unnamed(window))
    moderation_of(window).toggle.setChecked(True)
    qtbot.waitUntil(lambda: moderation_of(window).view.isVisible())
    missing.update(unnamed(window))
    moderation_of(window).toggle.setChecked(False)
    assert sorted(missing) == []


def each_page(dialog: QDialog) -> Iterator[int]:
    tabs = dialog.findChild(QTabWidget)
    if tabs is None:
        yield 0
        return
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield index


def dialogs(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    yield "Preferences", open_preferences(window.workbench)
    yield "Connection", open_connection_dialog(window.workbench)
    yield "Keyboard shortcuts", show_shortcuts(window)
    yield "About", show_about(window.workbench)
    yield "Link a web page", WebLinkDialog(window)
    yield "Link a story", StoryPickerDialog(window.newsroom.articles, window.queries, None, window)
    yield "Export static site", SiteExportDialog(window.settings, window)
    yield "Export ninjs", NinjsExportDialog(window.settings, "A story", window)
    yield "Note", NoteDialog("Send back", "Why?", window)
    yield "Schedule", ScheduleDialog(window)
    yield "Switch user", UserPickerDialog([window.newsroom.user], window.newsroom.user, window)
    admin = AdminService(window.newsroom.database, window.newsroom.identity)
    yield "People", PeopleDialog(admin, window.queries, window)
    every = window.newsroom.comments.list_comments(CommentQuery(status=None))
    replies = [comment for comment in every if comment.parent_id]
    thread = window.newsroom.comments.thread(replies[0].id)  # a reply: it answers a comment
    yield "Reply to a comment", CommentTextDialog(Purpose.REPLY, thread, window)
    yield "Edit a comment", CommentTextDialog(Purpose.EDIT, thread, window)


def test_every_control_of_the_main_dialogs_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    missing = []
    for title, dialog in dialogs(window):
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        for page in each_page(dialog):
            missing += [f"{title} (page {page}): {m}" for m in unnamed(dialog)]
        dialog.close()
    assert missing == []


def test_the_conflict_view_names_its_choices(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    first = window.editor_panel.editor.markdown().split("\n\n")[0]
    colleague_saves(window, lambda body: body.replace(first, first + " (theirs)", 1))
    type_at_end(qtbot, window, "Ours.")
    dialog = wait_for_dialog(qtbot, window)
    assert unnamed(dialog) == []
    dialog.reject()


# ---- the keyboard ------------------------------------------------------------------------
def tab_through(qtbot: QtBot, window: MainWindow, presses: int = 120) -> list[QWidget]:
    """Press Tab (Ctrl+Tab in the story text, where Tab indents) and note each stop."""
    stops: list[QWidget] = []
    for _ in range(presses):
        here = QApplication.focusWidget()
        assert here is not None
        stops.append(here)
        in_text = here is window.editor_panel.editor
        modifier = Qt.KeyboardModifier.ControlModifier if in_text else Qt.KeyboardModifier(0)
        QTest.keyClick(here, Qt.Key.Key_Tab, modifier)
        QApplication.processEvents()
    return stops


def reachable(window: MainWindow) -> list[QWidget]:
    """The controls Tab should reach: focusable by Tab, on show, enabled, on screen."""
    found = []
    for widget in window.findChildren(QWidget):
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isEnabled():
            continue
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        if widget.focusProxy() is not None or window.preview.isAncestorOf(widget):
            continue  # the preview's page takes the keyboard its own way
        found.append(widget)
    return found


def test_tab_goes_round_every_area_and_reaches_every_control(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    window.activateWindow()
    window.article_list.saved_views.setFocus(Qt.FocusReason.TabFocusReason)
    stops = tab_through(qtbot, window)
    visited = {area_of(window, stop) for stop in stops}
    assert set(range(len(areas(window)))) <= visited  # the list, the story, the preview, panels
    assert stops.count(window.article_list.saved_views) >= 2  # and round again
    missed = [
        f"{type(w).__name__} {w.objectName()!r} in {_where(w)}"
        for w in reachable(window)
        if w not in stops
    ]
    assert missed == []


def test_focus_starts_in_the_story_list(qtbot: QtBot, window: MainWindow) -> None:
    """Where a user starts: picking a story, not in the Sections tree. The list taking the
    focus opens no story (that would lock it); Down opens the first."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.article_list.view
    assert window.editing.article is None
    QTest.keyClick(window.article_list.view, Qt.Key.Key_Down)
    first = window.article_list.model.id_at(0)
    qtbot.waitUntil(lambda: window.editing.article is not None, timeout=5000)
    assert window.editing.article is not None and window.editing.article.id == first


def test_f6_steps_through_the_areas_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    # The Write workspace starts calm; the panels a user opens are areas too.
    for dock in (window.sections_dock, window.comments_dock, window.related_dock):
        dock.show()
    QApplication.processEvents()
    window.activateWindow()
    window.article_list.focus_list()
    shown = areas(window)
    assert len(shown) >= 6  # the panels, the list, the story, the preview
    assert shown.index(window.sections_panel) < shown.index(window.article_list)
    assert shown.index(window.article_list) < shown.index(window.editor_panel)
    assert shown.index(window.editor_panel) < shown.index(window.preview)
    start = area_of(window, QApplication.focusWidget())
    assert shown[start] is window.article_list
    seen = []
    for _ in range(len(shown) + 1):
        seen.append(area_of(window, QApplication.focusWidget()))
        QTest.keyClick(focused(), Qt.Key.Key_F6)
        QApplication.processEvents()
    assert seen == [(start + step) % len(shown) for step in range(len(shown) + 1)]
    here = area_of(window, QApplication.focusWidget())
    QTest.keyClick(focused(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert area_of(window, QApplication.focusWidget()) == (here - 1) % len(shown)


# ---- contrast ------------------------------------------------------------------------------
def test_high_contrast_turns_the_window_and_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    try:
        apply_preferences(window.workbench, Preferences(theme=Theme.HIGH_CONTRAST))
        palette = QApplication.palette()
        assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
        assert palette.color(QPalette.ColorRole.WindowText) == QColor("#ffffff")
        assert window.preview.look.theme == "high-contrast"
        qtbot.waitUntil(
            lambda: (
                evaluate(qtbot, window, "getComputedStyle(document.body).backgroundColor")
                == "rgb(0, 0, 0)"
            ),
            timeout=5000,
        )
        assert evaluate(qtbot, window, "getComputedStyle(document.body).color") == (
            "rgb(255, 255, 255)"
        )
    finally:
        apply_preferences(window.workbench, Preferences())
    assert QApplication.palette().color(QPalette.ColorRole.Window) != QColor("#000000")
