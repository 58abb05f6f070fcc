""" "Export static site…": where to write the site and how it will be served."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from newsdesk.services.publishing import SiteOptions
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.site_export_dialog_form import Ui_SiteExportDialog

SETTINGS_PREFIX = "siteExport/"


class SiteExportDialog(FormWidget, QDialog):
    """Asks for the folder and the site's options, remembering them for next time."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_SiteExportDialog())
        self._settings = settings
        self.folder = self.ui.siteFolder
        self.title = self.ui.siteTitle
        self.base_url = self.ui.siteBaseUrl
        self.comment_url = self.ui.siteCommentUrl
        self.full = self.ui.siteFull
        self.error = self.ui.siteExportError
        self.buttons = self.ui.buttons

        defaults = SiteOptions()

        def remembered(key: str, default: str) -> str:
            return str(settings.value(SETTINGS_PREFIX + key, default) or default)

        self.folder.setText(remembered("folder", ""))
        self.title.setText(remembered("title", defaults.title))
        self.base_url.setText(remembered("baseUrl", defaults.base_url))
        self.comment_url.setText(remembered("commentUrl", ""))
        self.ui.browseSiteFolder.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self.resize(520, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))

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
