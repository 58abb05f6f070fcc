"""Help ▸ Keyboard shortcuts: generated from the window's actions and the lists' key tables,
so it lists every shortcut there is, and follows a change at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.panels.comments.keys import QUEUE_KEYS
from newsdesk.ui.shortcuts import show_shortcuts
from newsdesk.ui.shortcuts.catalogue import keys_of, plain
from newsdesk.ui.shortcuts.dialog import ShortcutsDialog

NATIVE = QKeySequence.SequenceFormat.NativeText


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += menu_actions(submenu)
        elif not action.isSeparator() and action.isVisible():
            found.append(action)
    return found


def every_menu_action(window: MainWindow) -> list[QAction]:
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            found += menu_actions(menu)
    return found


def open_sheet(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    sheet = show_shortcuts(window)
    qtbot.waitUntil(sheet.isVisible)
    return sheet


def test_the_sheet_lists_every_shortcut_of_the_menus(qtbot: QtBot, window: MainWindow) -> None:
    sheet = open_sheet(qtbot, window)
    listed = {(what, keys) for _group, what, keys in sheet.visible_rows()}
    with_keys = [a for a in every_menu_action(window) if not a.shortcut().isEmpty()]
    assert len(with_keys) > 20
    missing = [
        (plain(a.text()), keys_of(a))
        for a in with_keys
        if (plain(a.text()), keys_of(a)) not in listed
    ]
    assert missing == []
    groups = {group for group, _what, _keys in sheet.visible_rows()}
    assert {"File", "Edit", "View", "Help", "Sections", "Related links"} <= groups
    # The queue's one-key commands and the find bar's keys come from their own tables.
    queue = [(what, keys) for group, what, keys in sheet.visible_rows() if "queue" in group]
    assert queue == [(key.what(), key.keys()) for key in QUEUE_KEYS]
    assert ("Keyboard shortcuts", "?") in listed
    assert ("Next area", "F6") in listed
    assert ("Rename", "F2") in listed  # a panel's own action, in no menu


def test_the_sheet_follows_a_changed_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    sheet = open_sheet(qtbot, window)
    assert ("Go to story list", "Ctrl+1") in [(w, k) for _g, w, k in sheet.visible_rows()]
    sheet.close()
    window.actions_.focus_list.setShortcut(QKeySequence("Ctrl+Alt+L"))
    sheet = open_sheet(qtbot, window)
    rows = [(what, keys) for _group, what, keys in sheet.visible_rows()]
    expected = QKeySequence("Ctrl+Alt+L").toString(NATIVE)
    assert ("Go to story list", expected) in rows and ("Go to story list", "Ctrl+1") not in rows


def test_the_filter_finds_commands_and_keys(qtbot: QtBot, window: MainWindow) -> None:
    sheet = open_sheet(qtbot, window)
    qtbot.keyClicks(sheet.filter, "approve")
    rows = sheet.visible_rows()
    assert rows and all("approve" in f"{g} {w} {k}".lower() for g, w, k in rows)
    sheet.filter.setText("ctrl+shift+m")
    assert {what for _g, what, _k in sheet.visible_rows()} == {"Moderation view"}
    sheet.filter.setText("no such command")
    assert sheet.visible_rows() == [] and sheet.empty.isVisible()


def test_question_mark_opens_the_sheet_but_types_in_a_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    window.article_list.filter.setFocus()
    qtbot.keyClick(window.article_list.filter, "?")
    QApplication.processEvents()
    assert window.article_list.filter.text() == "?"
    assert window.findChild(ShortcutsDialog) is None
    window.article_list.filter.clear()

    window.article_list.focus_list()
    qtbot.keyClick(window.article_list.view, "?")
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)
    sheet = window.findChild(ShortcutsDialog)
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible)
    assert sheet.focusWidget() is sheet.filter  # ready to type a filter
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible())


def test_the_queue_reads_exactly_the_keys_the_sheet_lists(window: MainWindow) -> None:
    assert set(window.comments_panel.view.keys) == {(k.key, k.shift) for k in QUEUE_KEYS}
