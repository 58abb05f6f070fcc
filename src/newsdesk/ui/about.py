"""Help ▸ About Newsdesk: which Newsdesk, on which database, with which Qt and Python.

The details are what a bug report needs, so the dialog can copy them as plain text. The
database is named by its display form (a file path, or PostgreSQL database, host and
port), never with a password; the server's version is asked on a worker thread.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from newsdesk import __version__
from newsdesk.ui.naming import named
from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

ICON_SIZE = 64
MINIMUM_WIDTH = 460  # a database path on one line, mostly


class AboutDialog(QDialog):
    def __init__(
        self,
        database: str,
        server_version: Callable[[], str],
        queries: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        """`database` names the newsroom's database (never with a password);
        `server_version` asks its server for its version (on a worker)."""
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Newsdesk"))
        self._server_version = server_version
        self._queries = queries

        icon = named(QLabel(), "aboutIcon")
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            icon.setPixmap(application.windowIcon().pixmap(ICON_SIZE, ICON_SIZE))
        title = self.title = named(QLabel(), "aboutTitle")
        self._show_title()
        heading = QHBoxLayout()
        heading.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(title, 1)

        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = (
            ("version", __version__),
            ("database", database),
            ("server", "…"),
            ("qt", qVersion()),
            ("pyside", PySide6.__version__),
            ("python", platform.python_version()),
        )
        self._labels = self._row_labels()
        for key, value in rows:
            shown = named(QLabel(value), f"about_{key}")
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(self._labels[key], shown)
            self.values[key] = shown

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = named(
            buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole),
            "aboutCopy",
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        self.setMinimumWidth(MINIMUM_WIDTH)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _row_labels(self) -> dict[str, str]:
        return {
            "version": self.tr("Version"),
            "database": self.tr("Database"),
            "server": self.tr("Database server"),
            "qt": self.tr("Qt"),
            "pyside": self.tr("PySide6"),
            "python": self.tr("Python"),
        }

    def _show_title(self) -> None:
        tagline = self.tr("The desktop newsroom editor.")
        self.title.setText(f"<h2 style='margin:0'>Newsdesk {__version__}</h2><p>{tagline}</p>")

    def retranslate_ui(self) -> None:
        """The interface language changed (the rows' labels change with it by themselves)."""
        self._show_title()
        self._labels = self._row_labels()

    def refresh_server(self) -> None:
        self.values["server"].setText("…")
        self._queries.submit(
            self._server_version,
            on_done=self.values["server"].setText,
            on_error=lambda error: self.values["server"].setText(
                self.tr("unavailable: %1").replace("%1", str(error).splitlines()[0])
            ),
        )

    def details(self) -> str:
        """Every line of the dialog as plain text, for a bug report."""
        return "\n".join(
            f"{self._labels[key]}: {value.text()}" for key, value in self.values.items()
        )

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details())


def show_about(workbench: Workbench) -> AboutDialog:
    """Show the window's About dialog (made on first use), with a fresh server version."""
    dialog = workbench.host.findChild(AboutDialog)
    if dialog is None:
        database = workbench.newsroom.database
        dialog = AboutDialog(
            database.description, database.server_version, workbench.tasks.queries, workbench.host
        )
    dialog.refresh_server()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def install(workbench: Workbench) -> None:
    """Help ▸ About Newsdesk opens the About dialog."""
    workbench.actions.about.triggered.connect(lambda: show_about(workbench))
