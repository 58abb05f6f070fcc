"""Editing a picture's texts: caption, alt text, credit, creator, copyright, usage terms
and keywords (the form is ui/picture_texts_dialog.ui)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QWidget

from newsdesk.domain.media import Picture, PictureText
from newsdesk.ui.forms.picture_texts_dialog_form import Ui_PictureTextsDialog


class PictureTextsDialog(QDialog):
    def __init__(self, picture: Picture, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PictureTextsDialog()
        self.ui.setupUi(self)
        self._picture = picture
        text = picture.text
        self.ui.pictureName.setText(
            self.tr("%1 (%2 × %3 pixels)")
            .replace("%1", picture.filename)
            .replace("%2", str(picture.width))
            .replace("%3", str(picture.height))
        )
        self.ui.caption.setPlainText(text.caption)
        self.ui.alt.setPlainText(text.alt)
        self.ui.credit.setText(text.credit)
        self.ui.creator.setText(text.creator)
        self.ui.copyright.setText(text.copyright)
        self.ui.usageTerms.setText(text.usage_terms)
        self.ui.keywords.setText(", ".join(text.keywords))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def texts(self) -> PictureText:
        """The texts as edited (cleaned and limited by the service when saved)."""
        keywords = tuple(k.strip() for k in self.ui.keywords.text().split(",") if k.strip())
        return replace(
            self._picture.text,
            caption=self.ui.caption.toPlainText(),
            alt=self.ui.alt.toPlainText(),
            credit=self.ui.credit.text(),
            creator=self.ui.creator.text(),
            copyright=self.ui.copyright.text(),
            usage_terms=self.ui.usageTerms.text(),
            keywords=keywords,
        )

    def show_error(self, message: str) -> None:
        self.ui.textsError.setText(message)
        self.ui.textsError.setVisible(True)
