"""The services' fixed connection messages, marked for translation.

`newsdesk.services.connections` explains a failed connection in plain English (and the
password store says when there is no keyring); the connection dialog shows those words
through ``self.tr(check.message)``. Listing them here lets `pyside6-lupdate` collect them
in the dialog's context, so they show translated. A unit test keeps this list equal to
the services' own. Messages built around a name or a path stay in English.
"""

from __future__ import annotations

from newsdesk.ui.translatable import QT_TRANSLATE_NOOP

SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "ConnectionDialog", "The server asks for a password: enter it and try again."
    ),
    QT_TRANSLATE_NOOP("ConnectionDialog", "Wrong password (or user name) for the newsroom server."),
    QT_TRANSLATE_NOOP("ConnectionDialog", "The server has no user of that name."),
    QT_TRANSLATE_NOOP(
        "ConnectionDialog",
        "The server has no database of that name: check the name, or ask an "
        "administrator to create it.",
    ),
    QT_TRANSLATE_NOOP(
        "ConnectionDialog",
        "The server does not let this computer in as that user (pg_hba.conf): ask an "
        "administrator.",
    ),
    QT_TRANSLATE_NOOP(
        "ConnectionDialog",
        "The secure (TLS) connection failed: the server may not offer TLS, or its "
        "certificate was not trusted. Check the TLS mode.",
    ),
    QT_TRANSLATE_NOOP("ConnectionDialog", "No server of that name was found: check the host name."),
    QT_TRANSLATE_NOOP(
        "ConnectionDialog",
        "The server did not answer in time: check the host and port, and the network.",
    ),
    QT_TRANSLATE_NOOP(
        "ConnectionDialog",
        "The server is not reachable: nothing answers at that host and port. Check "
        "them, and that the server is running.",
    ),
    QT_TRANSLATE_NOOP(
        "ConnectionDialog",
        "No system keyring is available; the password will be asked each time.",
    ),
)
