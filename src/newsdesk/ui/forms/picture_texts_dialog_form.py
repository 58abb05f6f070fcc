# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'picture_texts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PictureTextsDialog(object):
    def setupUi(self, pictureTextsDialog):
        if not pictureTextsDialog.objectName():
            pictureTextsDialog.setObjectName(u"pictureTextsDialog")
        pictureTextsDialog.resize(520, 0)
        self.layout = QVBoxLayout(pictureTextsDialog)
        self.layout.setObjectName(u"layout")
        self.pictureName = QLabel(pictureTextsDialog)
        self.pictureName.setObjectName(u"pictureName")
        self.pictureName.setWordWrap(True)

        self.layout.addWidget(self.pictureName)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.captionLabel = QLabel(pictureTextsDialog)
        self.captionLabel.setObjectName(u"captionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.captionLabel)

        self.caption = QPlainTextEdit(pictureTextsDialog)
        self.caption.setObjectName(u"caption")
        self.caption.setMaximumSize(QSize(16777215, 70))
        self.caption.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caption)

        self.altLabel = QLabel(pictureTextsDialog)
        self.altLabel.setObjectName(u"altLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.altLabel)

        self.alt = QPlainTextEdit(pictureTextsDialog)
        self.alt.setObjectName(u"alt")
        self.alt.setMaximumSize(QSize(16777215, 70))
        self.alt.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.alt)

        self.creditLabel = QLabel(pictureTextsDialog)
        self.creditLabel.setObjectName(u"creditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.creditLabel)

        self.credit = QLineEdit(pictureTextsDialog)
        self.credit.setObjectName(u"credit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.credit)

        self.creatorLabel = QLabel(pictureTextsDialog)
        self.creatorLabel.setObjectName(u"creatorLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.creatorLabel)

        self.creator = QLineEdit(pictureTextsDialog)
        self.creator.setObjectName(u"creator")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.creator)

        self.copyrightLabel = QLabel(pictureTextsDialog)
        self.copyrightLabel.setObjectName(u"copyrightLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.copyrightLabel)

        self.copyright = QLineEdit(pictureTextsDialog)
        self.copyright.setObjectName(u"copyright")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.copyright)

        self.usageTermsLabel = QLabel(pictureTextsDialog)
        self.usageTermsLabel.setObjectName(u"usageTermsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.usageTermsLabel)

        self.usageTerms = QLineEdit(pictureTextsDialog)
        self.usageTerms.setObjectName(u"usageTerms")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.usageTerms)

        self.keywordsLabel = QLabel(pictureTextsDialog)
        self.keywordsLabel.setObjectName(u"keywordsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.keywordsLabel)

        self.keywords = QLineEdit(pictureTextsDialog)
        self.keywords.setObjectName(u"keywords")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.keywords)


        self.layout.addLayout(self.form)

        self.textsError = QLabel(pictureTextsDialog)
        self.textsError.setObjectName(u"textsError")
        self.textsError.setVisible(False)
        self.textsError.setWordWrap(True)

        self.layout.addWidget(self.textsError)

        self.buttons = QDialogButtonBox(pictureTextsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.captionLabel.setBuddy(self.caption)
        self.altLabel.setBuddy(self.alt)
        self.creditLabel.setBuddy(self.credit)
        self.creatorLabel.setBuddy(self.creator)
        self.copyrightLabel.setBuddy(self.copyright)
        self.usageTermsLabel.setBuddy(self.usageTerms)
        self.keywordsLabel.setBuddy(self.keywords)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(pictureTextsDialog)
    # setupUi

    def retranslateUi(self, pictureTextsDialog):
        pictureTextsDialog.setWindowTitle(QCoreApplication.translate("PictureTextsDialog", u"Picture texts", None))
        self.captionLabel.setText(QCoreApplication.translate("PictureTextsDialog", u"Ca&ption:", None))
        self.altLabel.setText(QCoreApplication.translate("PictureTextsDialog", u"&Alt text:", None))
        self.creditLabel.setText(QCoreApplication.translate("PictureTextsDialog", u"C&redit:", None))
        self.creatorLabel.setText(QCoreApplication.translate("PictureTextsDialog", u"Cr&eator:", None))
        self.copyrightLabel.setText(QCoreApplication.translate("PictureTextsDialog", u"Cop&yright:", None))
        self.usageTermsLabel.setText(QCoreApplication.translate("PictureTextsDialog", u"&Usage terms:", None))
        self.keywordsLabel.setText(QCoreApplication.translate("PictureTextsDialog", u"&Keywords:", None))
        self.keywords.setPlaceholderText(QCoreApplication.translate("PictureTextsDialog", u"comma-separated", None))
    # retranslateUi

