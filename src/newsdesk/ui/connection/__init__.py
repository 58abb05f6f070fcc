"""Connecting to a newsroom from the main window: File ▸ Connect to newsroom…, and the
newsroom's name in the title and status bars.

Switching newsroom opens the new one in the dialog (off the GUI thread), then asks for it
(`Workbench.switch_requested`): the app puts a fresh main window on it in place of this one.
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
    from newsdesk.ui.workbench import Workbench


def window_connection(workbench: Workbench) -> NewsroomConnection | None:
    """The newsroom the window works in, with the name the user gave it if any."""
    try:
        connection = parse_connection_url(workbench.newsroom.database.url).connection
    except InvalidConnection:
        return None  # an in-memory database: nothing to return to
    return RecentConnections(workbench.settings).find(connection) or connection


def shown_name(connection: NewsroomConnection) -> str:
    """The newsroom's name as the window shows it, "This computer" in the interface's language."""
    if connection.name or not connection.is_local:
        return connection.display_name
    here = QCoreApplication.translate("Connection", "This computer")
    return f"{here}: {connection.file_path.name}" if connection.path else here


class NewsroomName(QObject):
    """Names the window's newsroom in the title and status bars (again after a change of
    the interface language)."""

    def __init__(self, workbench: Workbench, connection: NewsroomConnection) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self._connection = connection
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = shown_name(self._connection)
        self._workbench.newsroom_name = name
        self._workbench.status.show_newsroom(name, self._connection.location)


def install(workbench: Workbench) -> None:
    """Name the newsroom in the title and status bars, remember it, add the action."""
    connection = window_connection(workbench)
    if connection is not None:
        RecentConnections(workbench.settings).remember(connection)
        NewsroomName(workbench, connection)

    action = workbench.actions.connect_newsroom
    menu = workbench.menus.file
    first = menu.actions()[0]
    menu.insertAction(first, action)
    menu.insertSeparator(first)
    action.triggered.connect(lambda: open_connection_dialog(workbench, connection))


def open_connection_dialog(
    workbench: Workbench, current: NewsroomConnection | None = None
) -> ConnectionDialog:
    dialog = ConnectionDialog(
        workbench.settings, PasswordStore(), current=current, parent=workbench.host
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _switch(workbench, dialog))
    dialog.open()
    return dialog


def _switch(workbench: Workbench, dialog: ConnectionDialog) -> None:
    newsroom = dialog.newsroom
    if newsroom is not None:
        dialog.newsroom = None
        workbench.switch_requested.emit(newsroom)
