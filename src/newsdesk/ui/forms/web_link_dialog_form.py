# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'web_link_dialog.ui'
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

class Ui_WebLinkDialog(object):
    def setupUi(self, webLinkDialog):
        if not webLinkDialog.objectName():
            webLinkDialog.setObjectName(u"webLinkDialog")
        webLinkDialog.resize(460, 0)
        self.layout = QVBoxLayout(webLinkDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.linkUrlLabel = QLabel(webLinkDialog)
        self.linkUrlLabel.setObjectName(u"linkUrlLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.linkUrlLabel)

        self.linkUrl = QLineEdit(webLinkDialog)
        self.linkUrl.setObjectName(u"linkUrl")
        self.linkUrl.setPlaceholderText(u"https://")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.linkUrl)

        self.linkTitleLabel = QLabel(webLinkDialog)
        self.linkTitleLabel.setObjectName(u"linkTitleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.linkTitleLabel)

        self.linkTitle = QLineEdit(webLinkDialog)
        self.linkTitle.setObjectName(u"linkTitle")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.linkTitle)

        self.linkSummaryLabel = QLabel(webLinkDialog)
        self.linkSummaryLabel.setObjectName(u"linkSummaryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.linkSummaryLabel)

        self.linkSummary = QPlainTextEdit(webLinkDialog)
        self.linkSummary.setObjectName(u"linkSummary")
        self.linkSummary.setMinimumSize(QSize(0, 80))
        self.linkSummary.setMaximumSize(QSize(16777215, 80))
        self.linkSummary.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.linkSummary)


        self.layout.addLayout(self.form)

        self.linkError = QLabel(webLinkDialog)
        self.linkError.setObjectName(u"linkError")
        self.linkError.setVisible(False)
        self.linkError.setWordWrap(True)

        self.layout.addWidget(self.linkError)

        self.buttons = QDialogButtonBox(webLinkDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.linkUrlLabel.setBuddy(self.linkUrl)
        self.linkTitleLabel.setBuddy(self.linkTitle)
        self.linkSummaryLabel.setBuddy(self.linkSummary)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(webLinkDialog)
    # setupUi

    def retranslateUi(self, webLinkDialog):
        webLinkDialog.setWindowTitle(QCoreApplication.translate("WebLinkDialog", u"Link a web page", None))
        self.linkUrlLabel.setText(QCoreApplication.translate("WebLinkDialog", u"&Address:", None))
        self.linkTitleLabel.setText(QCoreApplication.translate("WebLinkDialog", u"&Title:", None))
        self.linkSummaryLabel.setText(QCoreApplication.translate("WebLinkDialog", u"&Summary:", None))
    # retranslateUi

