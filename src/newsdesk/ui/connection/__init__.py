"""Connecting to a newsroom from the main window: File ▸ Connect to newsroom…, and the
newsroom's name in the title and status bars.

Switching newsroom opens the new one in the dialog (off the GUI thread), then the app
puts a fresh main window on it in place of this one (`newsdesk.app.replace_main_window`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from newsdesk.services.connections import (
    InvalidConnection,
    NewsroomConnection,
    parse_connection_url,
)
from newsdesk.services.secrets import PasswordStore
from newsdesk.ui.connection.dialog import ConnectionDialog
from newsdesk.ui.connection.recent import RecentConnections

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow


def window_connection(window: MainWindow) -> NewsroomConnection | None:
    """The newsroom `window` works in, with the name the user gave it if any."""
    try:
        connection = parse_connection_url(window.newsroom.database.url).connection
    except InvalidConnection:
        return None  # an in-memory database: nothing to return to
    return RecentConnections(window.settings).find(connection) or connection


def shown_name(connection: NewsroomConnection) -> str:
    """The newsroom's name as the window shows it, "This computer" in the interface's language."""
    if connection.name or not connection.is_local:
        return connection.display_name
    here = QCoreApplication.translate("Connection", "This computer")
    return f"{here}: {connection.file_path.name}" if connection.path else here


class NewsroomName(QObject):
    """Names the window's newsroom in the title and status bars (again after a change of
    the interface language)."""

    def __init__(self, window: MainWindow, connection: NewsroomConnection) -> None:
        super().__init__(window)
        self._window = window
        self._connection = connection
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = shown_name(self._connection)
        self._window.newsroom_name = name
        self._window.status.show_newsroom(name, self._connection.location)


def install(window: MainWindow) -> None:
    """Name the newsroom in the title and status bars, remember it, add the action."""
    connection = window_connection(window)
    if connection is not None:
        RecentConnections(window.settings).remember(connection)
        NewsroomName(window, connection)

    action = window.actions_.connect_newsroom
    menu = window.file_menu
    first = menu.actions()[0]
    menu.insertAction(first, action)
    menu.insertSeparator(first)
    action.triggered.connect(lambda: open_connection_dialog(window, connection))


def open_connection_dialog(
    window: MainWindow, current: NewsroomConnection | None = None
) -> ConnectionDialog:
    dialog = ConnectionDialog(window.settings, PasswordStore(), current=current, parent=window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _switch(window, dialog))
    dialog.open()
    return dialog


def _switch(window: MainWindow, dialog: ConnectionDialog) -> None:
    from newsdesk.app import replace_main_window

    newsroom = dialog.newsroom
    if newsroom is not None:
        dialog.newsroom = None
        replace_main_window(window, newsroom)
