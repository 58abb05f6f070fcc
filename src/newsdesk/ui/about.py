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
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from newsdesk import __version__
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.about_dialog_form import Ui_AboutDialog
from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

ICON_SIZE = 64


class AboutDialog(FormWidget, QDialog):
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
        self.ui = self.set_up_form(Ui_AboutDialog())
        self._server_version = server_version
        self._queries = queries
        ui = self.ui

        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            ui.aboutIcon.setPixmap(application.windowIcon().pixmap(ICON_SIZE, ICON_SIZE))
        self.title = ui.aboutTitle
        # Each line of the details: its label (the form's) and its value.
        self._rows: dict[str, tuple[QLabel, QLabel]] = {
            "version": (ui.aboutVersionLabel, ui.about_version),
            "database": (ui.aboutDatabaseLabel, ui.about_database),
            "server": (ui.aboutServerLabel, ui.about_server),
            "qt": (ui.aboutQtLabel, ui.about_qt),
            "pyside": (ui.aboutPySideLabel, ui.about_pyside),
            "python": (ui.aboutPythonLabel, ui.about_python),
        }
        self.values = {key: value for key, (_label, value) in self._rows.items()}
        shown = {
            "version": __version__,
            "database": database,
            "server": "…",
            "qt": qVersion(),
            "pyside": PySide6.__version__,
            "python": platform.python_version(),
        }
        for key, text in shown.items():
            self.values[key].setText(text)

        self.copy_button = ui.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("aboutCopy")
        self.copy_button.clicked.connect(self.copy_details)
        ui.buttons.rejected.connect(self.reject)
        # Close has the focus and Enter, as ever (Copy comes first on screen and in the
        # tab order, so it would take both).
        close = ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        tagline = self.tr("The desktop newsroom editor.")
        self.title.setText(f"<h2 style='margin:0'>Newsdesk {__version__}</h2><p>{tagline}</p>")
        self.copy_button.setText(self.tr("Copy &details"))

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
        return "\n".join(f"{label.text()}: {value.text()}" for label, value in self._rows.values())

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
