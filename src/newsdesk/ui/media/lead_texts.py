"""Story ▸ Lead picture's caption and credit…: the open story's own texts for its lead
picture (empty: the picture's own, shown greyed in each field). The library's texts of
the picture stay as they are; the preview and the exported page use the story's."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.media import LeadTexts, LeadUse
from newsdesk.services.media.library import MediaService

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


class LeadTextsDialog(QDialog):
    """The story's caption, credit and alt text for its lead picture."""

    def __init__(self, use: LeadUse, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lead picture's texts for this story"))
        picture, own = use.picture, use.own
        name = QLabel(
            self.tr("%1 (%2 × %3 pixels)")
            .replace("%1", picture.filename)
            .replace("%2", str(picture.width))
            .replace("%3", str(picture.height))
        )
        name.setObjectName("leadPictureName")
        hint = QLabel(
            self.tr("These texts are this story's only. Leave one empty to use the picture's own.")
        )
        hint.setWordWrap(True)
        self.caption = QPlainTextEdit(own.caption)
        self.caption.setObjectName("leadCaption")
        self.caption.setPlaceholderText(picture.text.caption)
        self.caption.setTabChangesFocus(True)
        self.credit = QLineEdit(own.credit)
        self.credit.setObjectName("leadCredit")
        self.credit.setPlaceholderText(picture.text.credit)
        self.alt = QPlainTextEdit(own.alt)
        self.alt.setObjectName("leadAlt")
        self.alt.setPlaceholderText(picture.text.alt)
        self.alt.setTabChangesFocus(True)
        for box in (self.caption, self.alt):
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        form.addRow(self.tr("&Caption:"), self.caption)
        form.addRow(self.tr("C&redit:"), self.credit)
        form.addRow(self.tr("&Alt text:"), self.alt)
        self.error = QLabel()
        self.error.setObjectName("leadTextsError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (name, hint):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def texts(self) -> LeadTexts:
        """As typed (cleaned and limited by the service when saved)."""
        return LeadTexts(
            caption=self.caption.toPlainText(),
            credit=self.credit.text(),
            alt=self.alt.toPlainText(),
        )


class LeadTextsEditor(QObject):
    """The menu action and its round trip: read the lead on a worker, edit, save on one."""

    saved = Signal(int)
    """The story whose lead texts were saved (tests wait on it)."""

    def __init__(
        self, workbench: Workbench, media: MediaService, lead_changed: Callable[[int], None]
    ) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self._media = media
        self._lead_changed = lead_changed
        self.action = QAction(self.tr("&Lead picture's caption and credit…"), workbench.host)
        self.action.setObjectName("leadTextsAction")
        self.action.setEnabled(False)
        self.action.triggered.connect(self.edit)
        workbench.menus.story.addSeparator()
        workbench.menus.story.addAction(self.action)
        workbench.story.article_opened.connect(
            lambda article: self.action.setEnabled(article is not None)
        )

    def edit(self) -> None:
        article = self._workbench.story.article
        if article is None:
            return
        self._workbench.tasks.queries.submit(
            self._media.lead_use,
            article.id,
            on_done=lambda use: self._open(article.id, use),
            on_error=self._failed,
        )

    def _open(self, article_id: int, use: LeadUse | None) -> None:
        current = self._workbench.story.article
        if current is None or current.id != article_id:
            return
        if use is None:
            QMessageBox.information(
                self._workbench.host,
                self.tr("No lead picture"),
                self.tr(
                    "This story has no lead picture yet: choose one in the Media panel "
                    "and make it the story's lead picture."
                ),
            )
            return
        dialog = LeadTextsDialog(use, self._workbench.host)
        dialog.setObjectName("leadTextsDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(article_id, dialog.texts()))
        dialog.open()

    def _save(self, article_id: int, texts: LeadTexts) -> None:
        self._workbench.tasks.saves.submit(
            partial(
                self._media.set_lead_texts,
                article_id,
                caption=texts.caption,
                credit=texts.credit,
                alt=texts.alt,
            ),
            on_done=lambda _lead: self._saved(article_id),
            on_error=self._failed,
        )

    def _saved(self, article_id: int) -> None:
        self._lead_changed(article_id)
        self.saved.emit(article_id)

    def _failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, NewsdeskError) else type(error).__name__
        self._workbench.status.showMessage(
            self.tr("The lead picture's texts were not saved: %1").replace("%1", message), 10000
        )
