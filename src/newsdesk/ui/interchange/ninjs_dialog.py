""" "Export IPTC ninjs…": a folder, the ninjs version, and every story or the open one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.publishing.ninjs import VERSIONS
from newsdesk.ui.naming import named

SETTINGS_PREFIX = "ninjsExport/"


class NinjsExportDialog(QDialog):
    def __init__(
        self, settings: QSettings, open_story: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ninjsExportDialog")
        self.setWindowTitle(self.tr("Export IPTC ninjs"))
        self._settings = settings
        self.folder = named(
            QLineEdit(str(settings.value(SETTINGS_PREFIX + "folder", "") or "")), "ninjsFolder"
        )
        self.folder.setAccessibleName(self.tr("Folder to write the ninjs documents into"))
        self.folder.setPlaceholderText(self.tr("Choose a folder…"))
        browse = named(QPushButton(self.tr("&Browse…")), "browseNinjsFolder")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.version = named(QComboBox(), "ninjsVersion")
        self.version.setAccessibleName(self.tr("ninjs version"))
        for version in sorted(VERSIONS, reverse=True):
            self.version.addItem(f"ninjs {version}", version)
        remembered = settings.value(SETTINGS_PREFIX + "version", "3.0")
        self.version.setCurrentIndex(max(0, self.version.findData(remembered)))
        self.only_open = named(QCheckBox(), "ninjsOnlyOpenStory")
        if open_story:
            self.only_open.setText(self.tr("Only the open story, “%1”").replace("%1", open_story))
        else:
            self.only_open.setText(self.tr("Only the open story (none is open)"))
            self.only_open.setEnabled(False)
        self.error = named(QLabel(), "ninjsExportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 4px")
        self.error.hide()

        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)  # a row holding a layout gets no buddy of its own
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow("", self.only_open)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

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
