"""Which newsroom `newsdesk` opens when no --database was given: the most recent one.

When that fails (a password that is not in the keyring, a server out of reach), the
connection dialog says why and lets the user fix it or choose another newsroom.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from newsdesk.services.connections import NewsroomConnection, explain_failure
from newsdesk.services.database_errors import DatabaseError
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.secrets import PasswordStore
from newsdesk.ui.connection.dialog import ConnectionDialog, Opener
from newsdesk.ui.connection.recent import RecentConnections


def open_startup_newsroom(
    settings: QSettings,
    passwords: PasswordStore,
    *,
    opener: Opener = open_newsroom,
    parent: QWidget | None = None,
) -> Newsroom | None:
    """The most recent newsroom opened (asking only when needed); None if the user gave up."""
    latest = RecentConnections(settings).latest() or NewsroomConnection.local()
    password = None
    if not latest.is_local:
        password = passwords.get(latest.host, latest.port, latest.user)
    try:
        return opener(latest.url_with_password(password))
    except DatabaseError as error:
        check = explain_failure(latest, str(error))
    dialog = ConnectionDialog(
        settings, passwords, opener=opener, current=latest, message=check.message, parent=parent
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    newsroom = dialog.newsroom if accepted else None
    dialog.deleteLater()
    return newsroom
