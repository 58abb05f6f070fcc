""" "Export IPTC ninjs…": a folder, the ninjs version, and every story or the open one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from newsdesk.services.publishing.ninjs import VERSIONS
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.ninjs_export_dialog_form import Ui_NinjsExportDialog

SETTINGS_PREFIX = "ninjsExport/"


class NinjsExportDialog(FormWidget, QDialog):
    def __init__(
        self, settings: QSettings, open_story: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_NinjsExportDialog())
        self._settings = settings
        self._open_story = open_story
        self.folder = self.ui.ninjsFolder
        self.version = self.ui.ninjsVersion
        self.only_open = self.ui.ninjsOnlyOpenStory
        self.error = self.ui.ninjsExportError
        self.buttons = self.ui.buttons

        self.folder.setText(str(settings.value(SETTINGS_PREFIX + "folder", "") or ""))
        for version in sorted(VERSIONS, reverse=True):
            self.version.addItem(f"ninjs {version}", version)
        remembered = settings.value(SETTINGS_PREFIX + "version", "3.0")
        self.version.setCurrentIndex(max(0, self.version.findData(remembered)))
        self.only_open.setEnabled(bool(open_story))
        self.ui.browseNinjsFolder.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self.resize(480, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        if self._open_story:
            only = self.tr("Only the open story, “%1”").replace("%1", self._open_story)
        else:
            only = self.tr("Only the open story (none is open)")
        self.only_open.setText(only)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the ninjs documents"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _accept(self) -> None:
        if not self.folder.text().strip():
            self.error.setText(self.tr("Choose the folder to write the documents into."))
            self.error.show()
            return
        self._settings.setValue(SETTINGS_PREFIX + "folder", self.folder.text().strip())
        self._settings.setValue(SETTINGS_PREFIX + "version", self.chosen_version())
        self.accept()

    def target(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def chosen_version(self) -> str:
        return str(self.version.currentData())
