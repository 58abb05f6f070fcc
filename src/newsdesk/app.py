"""Starting the desktop app: the QApplication, the newsroom, the main window."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from newsdesk import __version__

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow
    from newsdesk.ui.workbench import Workbench

APP_NAME = "Newsdesk"
ORGANIZATION = "Newsdesk"
DESKTOP_FILE = "io.newsdesk.Newsdesk"  # packaging/linux/io.newsdesk.Newsdesk.desktop


def _prepare_environment() -> None:
    # QtWebEngine cannot use its sandbox as root (containers, CI); say so before Qt starts.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-sandbox".strip()


def _application():  # type: ignore[no-untyped-def]
    _prepare_environment()
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from newsdesk.resources_path import resource_path
    from newsdesk.ui.preview.media_scheme import register_media_scheme

    register_media_scheme()  # before the QApplication, or QtWebEngine refuses it
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)  # type: ignore[attr-defined]
    app.setDesktopFileName(DESKTOP_FILE)  # type: ignore[attr-defined]
    icon = QIcon(str(resource_path("icons", "newsdesk.svg")))
    app.setWindowIcon(icon)  # type: ignore[attr-defined]
    return app


def build_main_window(database_url: str, settings=None):  # type: ignore[no-untyped-def]
    """The ready main window on `database_url`, without entering the event loop.

    A QApplication must exist (tests get one from pytest-qt). Raises DatabaseError when
    the database cannot be opened.
    """
    from PySide6.QtCore import QSettings

    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.ui.main_window import MainWindow

    newsroom = open_newsroom(database_url)
    return MainWindow(newsroom, settings if settings is not None else QSettings())


def _main_windows() -> list[MainWindow]:
    from newsdesk.ui.main_window import MainWindow
    from newsdesk.ui.open_windows import open_windows

    return [window for window in open_windows() if isinstance(window, MainWindow)]


def _workbenches() -> list[Workbench]:
    return [window.workbench for window in _main_windows()]


def run_app(database_url: str | None) -> int:
    """The desktop app on `database_url`, or on the most recent newsroom when None."""
    app = _application()
    from newsdesk.logs import configure_logging
    from newsdesk.ui.crash import CrashHandler, announce_last_crash

    configure_logging()
    CrashHandler(_workbenches).install()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.services.secrets import PasswordStore
    from newsdesk.storage.database import DatabaseError
    from newsdesk.ui import icons, smoke
    from newsdesk.ui.collector import freeze_after_start_up
    from newsdesk.ui.connection.startup import open_startup_newsroom
    from newsdesk.ui.main_window import MainWindow
    from newsdesk.ui.open_windows import keep
    from newsdesk.ui.preferences.appearance import apply_language
    from newsdesk.ui.preferences.settings import load_preferences

    settings = QSettings()
    apply_language(app, load_preferences(settings).ui_language)  # before any window
    if database_url is None:
        newsroom = open_startup_newsroom(settings, PasswordStore())
        if newsroom is None:
            return 0
    else:
        try:
            # A newsroom named on the command line must exist: a mistyped path is refused,
            # not made into a new, empty newsroom (the connection dialog makes new ones).
            newsroom = open_newsroom(database_url, create=False)
        except DatabaseError as error:
            print(f"newsdesk: {error}", file=sys.stderr)
            QMessageBox.critical(None, APP_NAME, str(error))
            return 2
    icons.hold()  # QtAwesome loads after the window's first frame (ui/icons.py)
    window = MainWindow(newsroom, settings)
    keep(window)
    window.show()
    icons.release_after_first_paint(window)
    freeze_after_start_up(window)
    announce_last_crash(window.workbench)
    if smoke.requested():
        smoke.quit_after_first_preview(window.workbench)
    del window
    code = app.exec()
    for current in _main_windows():
        current.newsroom.close()
    return int(code)
