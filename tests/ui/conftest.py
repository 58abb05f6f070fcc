"""The real main window on a demo newsroom, and helpers to read what a user sees."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import close_window, wait_for_rows

from newsdesk.app import build_main_window
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import open_newsroom
from newsdesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """A test that switched the interface language leaves the next one in English."""
    yield
    from newsdesk.ui.preferences.language import apply_language, current_language

    if current_language() != "en":
        apply_language(qapp, "en")


@pytest.fixture
def demo_url(sqlite_url: str) -> str:
    newsroom = open_newsroom(sqlite_url)
    load_demo(newsroom)
    newsroom.close()
    return sqlite_url


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def open_window(qtbot: QtBot, settings_file: Path) -> Iterator[Callable[[str], MainWindow]]:
    opened: list[MainWindow] = []

    def open_(url: str) -> MainWindow:
        window = build_main_window(url, QSettings(str(settings_file), QSettings.Format.IniFormat))
        opened.append(window)
        window.show()
        qtbot.waitExposed(window)
        wait_for_rows(qtbot, window)
        return window

    yield open_
    for window in opened:
        if shiboken6.isValid(window):
            close_window(window)
    QApplication.processEvents()


@pytest.fixture
def window(open_window: Callable[[str], MainWindow], demo_url: str) -> MainWindow:
    return open_window(demo_url)
