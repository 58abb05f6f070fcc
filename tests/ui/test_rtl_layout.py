"""A right-to-left interface mirrors the whole window: the panes, and the panels too.

Positions are compared on screen (mapToGlobal): what is left of something in English is
right of it in Persian, and back again when English returns. The layout a Persian
session saves is the left-to-right one, so English opens it unmirrored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import close_window

from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.preferences.language import apply_language
from newsdesk.ui.preferences.settings import Preferences, save_preferences


def x_of(widget: QWidget) -> int:
    """The horizontal middle of `widget` on screen."""
    return widget.mapToGlobal(QPoint(widget.width() // 2, 0)).x()


def left_to_right(window: MainWindow) -> list[str]:
    """The window's parts from left to right on screen."""
    parts = {
        "sections": window.sections_dock,
        "list": window.article_list,
        "editor": window.editor_panel,
        "preview": window.preview,
        "checks": window.findChild(QWidget, "checksPanel"),
    }
    shown = {name: widget for name, widget in parts.items() if widget is not None}
    return sorted(shown, key=lambda name: x_of(shown[name]))


def bottom_left_to_right(window: MainWindow) -> list[str]:
    bottom = {"comments": window.comments_dock, "related": window.related_dock}
    return sorted(bottom, key=lambda name: x_of(bottom[name]))


def show_panels(window: MainWindow) -> None:
    """The Write workspace starts with its panels closed; open the side and bottom ones
    whose places mirror (Sections on the left, Checks on the right, two at the bottom)."""
    checks = window.findChild(QDockWidget, "checksPanel")
    for dock in (window.sections_dock, checks, window.comments_dock, window.related_dock):
        if dock is not None:
            dock.show()
    QApplication.processEvents()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    QApplication.processEvents()
    qtbot.wait(100)


def test_persian_mirrors_the_window_and_english_restores_it(
    qtbot: QtBot, qapp: QApplication, open_window: Callable[[str], MainWindow], demo_url: str
) -> None:
    window = open_window(demo_url)
    show_panels(window)
    settle(qtbot, window)
    english = left_to_right(window)
    assert english == ["sections", "list", "editor", "preview", "checks"]
    assert bottom_left_to_right(window) == ["comments", "related"]

    apply_language(qapp, "fa")
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: left_to_right(window) == english[::-1], timeout=5000)
    assert bottom_left_to_right(window) == ["related", "comments"]
    # Persian on screen.
    assert window.sections_dock.windowTitle() == "بخش\u200cها"
    assert window.sections_panel.new_action.text() == "بخش تازه…"
    # The checks, notes and history tabs stay together, the checks still in front.
    checks = window.findChild(QWidget, "checksPanel")
    assert checks is not None and not checks.visibleRegion().isEmpty()

    apply_language(qapp, "en")
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: left_to_right(window) == english, timeout=5000)
    assert bottom_left_to_right(window) == ["comments", "related"]
    # The texts follow their own LanguageChange, which may come after the mirroring.
    qtbot.waitUntil(lambda: window.sections_dock.windowTitle() == "Sections", timeout=5000)


def test_a_window_opened_in_persian_is_mirrored_and_saves_the_english_layout(
    qtbot: QtBot,
    qapp: QApplication,
    open_window: Callable[[str], MainWindow],
    demo_url: str,
    settings_file: Path,
) -> None:
    save_preferences(
        QSettings(str(settings_file), QSettings.Format.IniFormat), Preferences(ui_language="fa")
    )
    apply_language(qapp, "fa")
    window = open_window(demo_url)
    show_panels(window)
    qtbot.waitUntil(
        lambda: left_to_right(window) == ["checks", "preview", "editor", "list", "sections"],
        timeout=5000,
    )
    close_window(window)  # saves the layout

    save_preferences(
        QSettings(str(settings_file), QSettings.Format.IniFormat), Preferences(ui_language="en")
    )
    apply_language(qapp, "en")
    again = open_window(demo_url)
    settle(qtbot, again)
    assert left_to_right(again) == ["sections", "list", "editor", "preview", "checks"]
    assert bottom_left_to_right(again) == ["comments", "related"]
