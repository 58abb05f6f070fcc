"""Help ▸ About Newsdesk: version, database (never a password), server, Qt and Python."""

from __future__ import annotations

import platform
import re
import sqlite3
from collections.abc import Iterator

import PySide6
import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from newsdesk import __version__
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.storage.database import Database
from newsdesk.ui.about import AboutDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.tasks import TaskRunner

pytestmark = pytest.mark.ui


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner("about-test")
    yield tasks
    tasks.shutdown()


def about_from_help_menu(window: MainWindow) -> AboutDialog:
    [action] = [a for a in window.help_menu.actions() if a.text() == "&About Newsdesk"]
    action.trigger()
    dialog = window.findChild(QDialog, "aboutDialog")
    assert isinstance(dialog, AboutDialog)
    return dialog


def test_help_menu_shows_versions_and_the_sqlite_file(qtbot: QtBot, window: MainWindow) -> None:
    dialog = about_from_help_menu(window)
    qtbot.waitExposed(dialog)

    shown = {key: label.text() for key, label in dialog.values.items()}
    assert shown["version"] == __version__
    title = dialog.findChild(QLabel, "aboutTitle")
    assert title is not None and f"Newsdesk {__version__}" in title.text()
    assert shown["database"] == f"SQLite {window.newsroom.database.url.database}"
    assert shown["qt"] == qVersion()
    assert shown["pyside"] == PySide6.__version__
    assert shown["python"] == platform.python_version()
    qtbot.waitUntil(lambda: dialog.values["server"].text() == f"SQLite {sqlite3.sqlite_version}")

    # Asking again brings the same dialog back, not a second one.
    assert about_from_help_menu(window) is dialog
    assert len(window.findChildren(AboutDialog)) == 1


def test_copy_details_puts_every_line_on_the_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    dialog = about_from_help_menu(window)
    qtbot.waitUntil(lambda: dialog.values["server"].text() != "…")
    dialog.copy_button.click()

    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied == [
        f"Version: {__version__}",
        f"Database: SQLite {window.newsroom.database.url.database}",
        f"Database server: SQLite {sqlite3.sqlite_version}",
        f"Qt: {qVersion()}",
        f"PySide6: {PySide6.__version__}",
        f"Python: {platform.python_version()}",
    ]


def test_server_version_is_the_servers_own(newsroom: Newsroom) -> None:
    version = newsroom.database.server_version()
    if newsroom.database.is_sqlite:
        assert version == f"SQLite {sqlite3.sqlite_version}"
    else:
        with newsroom.database.engine.connect() as connection:
            number = int(connection.scalar(text("SHOW server_version_num")))
        assert version == f"PostgreSQL {number // 10000}.{number % 10000}"


@pytest.mark.postgres
def test_postgres_newsroom_is_named_without_its_password(
    qtbot: QtBot, postgres_url: str, runner: TaskRunner
) -> None:
    # The test server trusts local connections, so a password in the URL is accepted.
    url = make_url(postgres_url).set(password="s3cret-pass")
    newsroom = open_newsroom(url.render_as_string(hide_password=False))
    try:
        dialog = AboutDialog(
            newsroom.database.description, newsroom.database.server_version, runner
        )
        qtbot.addWidget(dialog)
        dialog.refresh_server()
        dialog.show()
        qtbot.waitUntil(lambda: dialog.values["server"].text().startswith("PostgreSQL "))

        port = f":{url.port}" if url.port else ""
        assert dialog.values["database"].text() == f"PostgreSQL {url.database} on {url.host}{port}"
        assert re.fullmatch(r"PostgreSQL \d+\.\d+", dialog.values["server"].text())
        assert "s3cret" not in dialog.details()
    finally:
        newsroom.close()


def test_unreachable_server_is_said_in_plain_words(qtbot: QtBot, runner: TaskRunner) -> None:
    # Port 1 on this machine refuses connections at once.
    url = make_url("postgresql+psycopg://newsdesk:hunter2@127.0.0.1:1/newsroom")
    engine = create_engine(url, connect_args={"connect_timeout": 2})
    database = Database(url=url, engine=engine, sessions=sessionmaker(engine))
    dialog = AboutDialog(database.description, database.server_version, runner)
    qtbot.addWidget(dialog)
    dialog.refresh_server()

    qtbot.waitUntil(lambda: dialog.values["server"].text().startswith("unavailable: "))
    assert dialog.values["database"].text() == "PostgreSQL newsroom on 127.0.0.1:1"
    assert dialog.values["version"].text() == __version__
    assert "hunter2" not in dialog.details()
    engine.dispose()
