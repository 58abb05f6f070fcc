"""Starting the desktop app: the QApplication, the newsroom, the main window."""

from __future__ import annotations

import os
import sys

from newsdesk import __version__

APP_NAME = "Newsdesk"
ORGANIZATION = "Newsdesk"


def _prepare_environment() -> None:
    # QtWebEngine cannot use its sandbox as root (containers, CI); say so before Qt starts.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-sandbox".strip()


def _application():  # type: ignore[no-untyped-def]
    _prepare_environment()
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)  # type: ignore[attr-defined]
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


def run_app(database_url: str) -> int:
    app = _application()
    from PySide6.QtWidgets import QMessageBox

    from newsdesk.storage.database import DatabaseError

    try:
        window = build_main_window(database_url)
    except DatabaseError as error:
        print(f"newsdesk: {error}", file=sys.stderr)
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    window.show()
    code = app.exec()
    window.newsroom.close()
    return int(code)
