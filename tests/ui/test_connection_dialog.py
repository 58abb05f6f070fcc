"""Connecting to a newsroom: the dialog, switching the window, start-up, the keyring."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
import shiboken6
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from tests.ui.window_helpers import child_of, close_window

from newsdesk.services.connections import NewsroomConnection, parse_connection_url
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.secrets import NO_KEYRING, PasswordStore, account
from newsdesk.ui.connection.dialog import ConnectionDialog
from newsdesk.ui.connection.recent import RecentConnections
from newsdesk.ui.connection.startup import open_startup_newsroom
from newsdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.ui

PASSWORD = "correct-horse-battery"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def settings(settings_file: Path) -> QSettings:
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def make_dialog(qtbot: QtBot, settings: QSettings) -> Callable[..., ConnectionDialog]:
    def make(**options: object) -> ConnectionDialog:
        dialog = ConnectionDialog(settings, PasswordStore(), **options)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def database_name(url: str) -> str:
    return make_url(url).database or ""


def choose(qtbot: QtBot, radio: QRadioButton) -> None:
    """Click the option's circle (a click past its text misses, as it would for a user)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def fill_server(
    qtbot: QtBot,
    dialog: ConnectionDialog,
    database: str,
    port: int = 5432,
    password: str = PASSWORD,
) -> None:
    choose(qtbot, dialog.server_radio)
    for edit, text in (
        (dialog.host, "127.0.0.1"),
        (dialog.database, database),
        (dialog.user, "postgres"),
        (dialog.password, password),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.port.setValue(port)


def outcome_of(qtbot: QtBot, dialog: ConnectionDialog) -> str:
    qtbot.waitUntil(lambda: dialog.outcome.text()[:1] in ("✔", "✖"), timeout=15000)
    return dialog.outcome.text()


def shown_main_windows(but: MainWindow | None = None) -> list[MainWindow]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, MainWindow)
        and widget is not but
        and shiboken6.isValid(widget)
        and widget.isVisible()
    ]


# ---- the dialog --------------------------------------------------------------------------------
@pytest.mark.postgres
def test_test_connection_reports_success(
    qtbot: QtBot,
    make_dialog: Callable[..., ConnectionDialog],
    postgres_url: str,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = make_dialog()
    fill_server(qtbot, dialog, database_name(postgres_url))
    assert dialog.server_box.isEnabled()
    assert not dialog.local_box.isEnabled()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    text = outcome_of(qtbot, dialog)
    assert text.startswith("✔ Connected to PostgreSQL")
    assert "a Newsdesk newsroom, up to date" in text
    dialog.grab().save("/tmp/connection.png")


@pytest.mark.postgres
def test_a_wrong_port_fails_clearly(
    qtbot: QtBot,
    make_dialog: Callable[..., ConnectionDialog],
    postgres_url: str,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = make_dialog()
    fill_server(qtbot, dialog, database_name(postgres_url), port=free_port())
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    text = outcome_of(qtbot, dialog)
    assert text.startswith("✖ The server is not reachable")
    assert "Connection refused" in dialog.outcome.toolTip()
    # Editing the form clears the stale answer.
    qtbot.keyClicks(dialog.host, "1")
    assert dialog.outcome.text() == ""


def test_an_incomplete_form_says_what_is_missing(
    qtbot: QtBot, make_dialog: Callable[..., ConnectionDialog], memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog()
    choose(qtbot, dialog.server_radio)
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == "✖ Enter the newsroom database's name"
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.outcome.text() == "✖ Enter the newsroom database's name"


def test_the_local_file_can_be_tested(
    qtbot: QtBot,
    make_dialog: Callable[..., ConnectionDialog],
    sqlite_url: str,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = make_dialog()
    assert dialog.local_radio.isChecked()
    assert dialog.local_path.placeholderText()
    dialog.local_path.setText(make_url(sqlite_url).database or "")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "a Newsdesk newsroom, up to date" in outcome_of(qtbot, dialog)


def test_picking_a_recent_newsroom_fills_the_form(
    qtbot: QtBot,
    make_dialog: Callable[..., ConnectionDialog],
    settings: QSettings,
    memory_keyring: MemoryKeyring,
) -> None:
    recent = RecentConnections(settings)
    city = NewsroomConnection.server(
        "db.example.org", "city", "ann", port=6543, sslmode="verify-full", name="City desk"
    )
    recent.remember(city)
    recent.remember(NewsroomConnection.local())
    PasswordStore().set("db.example.org", 6543, "ann", PASSWORD)

    dialog = make_dialog()
    rows = [dialog.recent_list.item(row).text() for row in range(dialog.recent_list.count())]
    assert rows == ["This computer", "City desk"]
    assert dialog.local_radio.isChecked()  # the most recent is shown first

    second = dialog.recent_list.visualItemRect(dialog.recent_list.item(1)).center()
    qtbot.mouseClick(dialog.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert dialog.server_radio.isChecked()
    assert (dialog.name.text(), dialog.host.text(), dialog.port.value()) == (
        "City desk",
        "db.example.org",
        6543,
    )
    assert (dialog.database.text(), dialog.user.text()) == ("city", "ann")
    assert dialog.tls_mode.currentData() == "verify-full"
    assert dialog.password.text() == ""  # never shown, only used
    assert dialog.password.placeholderText() == "saved in the system keyring"
    assert dialog.remember_password.isChecked()

    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert dialog.recent_list.count() == 1
    assert recent.load() == [NewsroomConnection.local()]
    assert PasswordStore().get("db.example.org", 6543, "ann") is None


def test_without_a_keyring_the_dialog_says_so(
    qtbot: QtBot, make_dialog: Callable[..., ConnectionDialog], no_keyring: None
) -> None:
    dialog = make_dialog()
    choose(qtbot, dialog.server_radio)
    assert dialog.keyring_note.isVisible()
    assert dialog.keyring_note.text() == NO_KEYRING
    assert not dialog.remember_password.isEnabled()
    assert not dialog.remember_password.isChecked()


# ---- switching the window's newsroom ---------------------------------------------------------
@pytest.mark.postgres
def test_connecting_switches_the_window_and_keeps_the_password_out_of_the_settings(
    qtbot: QtBot,
    window: MainWindow,
    postgres_url: str,
    settings_file: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    status = child_of(window, QLabel, "databaseInUse")
    assert status.text() == "This computer: newsroom.sqlite"
    assert "This computer: newsroom.sqlite" in window.windowTitle()
    assert window.windowTitle().endswith("— Newsdesk")
    assert window.actions_.connect_newsroom.shortcut().toString() == "Ctrl+Shift+O"
    assert window.actions_.connect_newsroom in window.file_menu.actions()

    window.actions_.connect_newsroom.trigger()
    dialog = child_of(window, ConnectionDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    name = database_name(postgres_url)
    fill_server(qtbot, dialog, name)
    assert dialog.remember_password.isChecked()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(shown_main_windows(but=window)) == 1, timeout=20000)
    switched = shown_main_windows(but=window)[0]
    try:
        address = f"postgres@127.0.0.1/{name}"
        assert switched.newsroom.database.dialect == "postgresql"
        assert (
            switched.windowTitle()
            == f"{address} · {switched.newsroom.user.display_name} — Newsdesk"
        )
        assert child_of(switched, QLabel, "databaseInUse").text() == address
        assert not shiboken6.isValid(window) or not window.isVisible()

        assert memory_keyring.passwords == {
            (PasswordStore().service, account("127.0.0.1", 5432, "postgres")): PASSWORD
        }
        switched.settings.sync()
        saved = settings_file.read_text(encoding="utf-8")
        assert name in saved  # remembered as recent…
        assert PASSWORD not in saved  # …without the password
        for label in switched.findChildren(QLabel):
            assert PASSWORD not in label.text()
            assert PASSWORD not in label.toolTip()
        assert PASSWORD not in switched.windowTitle()
        recent = RecentConnections(switched.settings).load()
        assert [c.display_name for c in recent[:2]] == [address, "This computer: newsroom.sqlite"]
    finally:
        close_window(switched)


def test_a_failed_connection_keeps_the_window_as_it_was(
    qtbot: QtBot, window: MainWindow, memory_keyring: MemoryKeyring
) -> None:
    window.actions_.connect_newsroom.trigger()
    dialog = child_of(window, ConnectionDialog)
    fill_server(qtbot, dialog, "newsroom", port=free_port())
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert outcome_of(qtbot, dialog).startswith("✖ The server is not reachable")
    assert dialog.isVisible()
    assert dialog.connect_button.isEnabled()
    assert shown_main_windows(but=window) == []
    assert window.newsroom.database.dialect == "sqlite"
    assert memory_keyring.passwords == {}  # a password that did not work is not kept
    dialog.reject()


# ---- start-up ----------------------------------------------------------------------------------
@pytest.mark.postgres
def test_start_up_opens_the_most_recent_newsroom_with_the_kept_password(
    qtbot: QtBot, settings: QSettings, postgres_url: str, memory_keyring: MemoryKeyring
) -> None:
    connection = parse_connection_url(postgres_url).connection
    RecentConnections(settings).remember(connection)
    PasswordStore().set(connection.host, connection.port, connection.user, PASSWORD)
    seen: list[str] = []

    def opener(url: str) -> Newsroom:
        seen.append(make_url(url).password or "")
        from newsdesk.services.newsroom import open_newsroom

        return open_newsroom(url)

    newsroom = open_startup_newsroom(settings, PasswordStore(), opener=opener)
    assert newsroom is not None
    try:
        assert newsroom.database.url.database == database_name(postgres_url)
        assert seen == [PASSWORD]
    finally:
        newsroom.close()


def test_start_up_asks_when_the_recent_newsroom_cannot_be_opened(
    qtbot: QtBot, settings: QSettings, memory_keyring: MemoryKeyring
) -> None:
    RecentConnections(settings).remember(
        NewsroomConnection.server("127.0.0.1", "newsroom", "postgres", port=free_port())
    )
    shown: list[tuple[str, str, bool]] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectionDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not visible:
            QTimer.singleShot(50, answer)
            return
        dialog = visible[0]
        shown.append((dialog.outcome.text(), dialog.host.text(), dialog.server_radio.isChecked()))
        dialog.reject()

    QTimer.singleShot(50, answer)
    assert open_startup_newsroom(settings, PasswordStore()) is None
    assert len(shown) == 1
    text, host, server_chosen = shown[0]
    assert text.startswith("✖ The server is not reachable")
    assert (host, server_chosen) == ("127.0.0.1", True)
