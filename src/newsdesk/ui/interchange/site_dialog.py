""" "Export static site…": where to write the site and how it will be served."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
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

from newsdesk.services.publishing import SiteOptions
from newsdesk.ui.naming import named

SETTINGS_PREFIX = "siteExport/"


class SiteExportDialog(QDialog):
    """Asks for the folder and the site's options, remembering them for next time."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteExportDialog")
        self.setWindowTitle(self.tr("Export static site"))
        self._settings = settings
        defaults = SiteOptions()

        def remembered(key: str, default: str) -> str:
            return str(settings.value(SETTINGS_PREFIX + key, default) or default)

        self.folder = named(QLineEdit(remembered("folder", "")), "siteFolder")
        self.folder.setAccessibleName(self.tr("Folder to write the site into"))
        self.folder.setPlaceholderText(self.tr("Choose a folder…"))
        browse = named(QPushButton(self.tr("&Browse…")), "browseSiteFolder")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.title = named(QLineEdit(remembered("title", defaults.title)), "siteTitle")
        self.title.setAccessibleName(self.tr("Site name"))
        self.base_url = named(QLineEdit(remembered("baseUrl", defaults.base_url)), "siteBaseUrl")
        self.base_url.setAccessibleName(self.tr("Address the site is served from"))
        self.comment_url = named(QLineEdit(remembered("commentUrl", "")), "siteCommentUrl")
        self.comment_url.setAccessibleName(self.tr("Address the comment form posts to"))
        self.comment_url.setPlaceholderText(self.tr("https://example.org/comments (optional)"))
        self.full = named(QCheckBox(self.tr("Rewrite every file, changed or not")), "siteFull")
        self.error = named(QLabel(), "siteExportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 4px")
        self.error.hide()

        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)  # a row holding a layout gets no buddy of its own
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Site &name:"), self.title)
        form.addRow(self.tr("Served &from:"), self.base_url)
        form.addRow(self.tr("&Comments post to:"), self.comment_url)
        form.addRow("", self.full)
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
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the static site"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _problem(self) -> str | None:
        if not self.folder.text().strip():
            return self.tr("Choose the folder to write the site into.")
        if not self.base_url.text().strip().startswith(("http://", "https://")):
            return self.tr("The site's address must start with http:// or https://.")
        comment = self.comment_url.text().strip()
        if comment and not comment.startswith(("http://", "https://", "/")):
            return self.tr("The comment form must post to an http(s) address or a path.")
        return None

    def _accept(self) -> None:
        problem = self._problem()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        values = {
            "folder": self.folder.text().strip(),
            "title": self.title.text().strip(),
            "baseUrl": self.base_url.text().strip(),
            "commentUrl": self.comment_url.text().strip(),
        }
        for key, value in values.items():
            self._settings.setValue(SETTINGS_PREFIX + key, value)
        self.accept()

    def target(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def options(self) -> SiteOptions:
        return SiteOptions(
            base_url=self.base_url.text().strip(),
            comment_url=self.comment_url.text().strip() or None,
            title=self.title.text().strip() or SiteOptions().title,
            full=self.full.isChecked(),
        )
