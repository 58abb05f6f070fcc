# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'site_export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SiteExportDialog(object):
    def setupUi(self, siteExportDialog):
        if not siteExportDialog.objectName():
            siteExportDialog.setObjectName(u"siteExportDialog")
        self.layout = QVBoxLayout(siteExportDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.siteFolderLabel = QLabel(siteExportDialog)
        self.siteFolderLabel.setObjectName(u"siteFolderLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteFolderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.siteFolder = QLineEdit(siteExportDialog)
        self.siteFolder.setObjectName(u"siteFolder")

        self.folderRow.addWidget(self.siteFolder)

        self.browseSiteFolder = QPushButton(siteExportDialog)
        self.browseSiteFolder.setObjectName(u"browseSiteFolder")

        self.folderRow.addWidget(self.browseSiteFolder)

        self.folderRow.setStretch(0, 1)

        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.siteTitleLabel = QLabel(siteExportDialog)
        self.siteTitleLabel.setObjectName(u"siteTitleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siteTitleLabel)

        self.siteTitle = QLineEdit(siteExportDialog)
        self.siteTitle.setObjectName(u"siteTitle")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siteTitle)

        self.siteBaseUrlLabel = QLabel(siteExportDialog)
        self.siteBaseUrlLabel.setObjectName(u"siteBaseUrlLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.siteBaseUrlLabel)

        self.siteBaseUrl = QLineEdit(siteExportDialog)
        self.siteBaseUrl.setObjectName(u"siteBaseUrl")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.siteBaseUrl)

        self.siteCommentUrlLabel = QLabel(siteExportDialog)
        self.siteCommentUrlLabel.setObjectName(u"siteCommentUrlLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.siteCommentUrlLabel)

        self.siteCommentUrl = QLineEdit(siteExportDialog)
        self.siteCommentUrl.setObjectName(u"siteCommentUrl")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.siteCommentUrl)

        self.siteFull = QCheckBox(siteExportDialog)
        self.siteFull.setObjectName(u"siteFull")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.siteFull)


        self.layout.addLayout(self.form)

        self.siteExportError = QLabel(siteExportDialog)
        self.siteExportError.setObjectName(u"siteExportError")
        self.siteExportError.setVisible(False)
        self.siteExportError.setStyleSheet(u"color: palette(bright-text); background: #b3261e; padding: 4px")
        self.siteExportError.setWordWrap(True)

        self.layout.addWidget(self.siteExportError)

        self.buttons = QDialogButtonBox(siteExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.siteFolderLabel.setBuddy(self.siteFolder)
        self.siteTitleLabel.setBuddy(self.siteTitle)
        self.siteBaseUrlLabel.setBuddy(self.siteBaseUrl)
        self.siteCommentUrlLabel.setBuddy(self.siteCommentUrl)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(siteExportDialog)
    # setupUi

    def retranslateUi(self, siteExportDialog):
        siteExportDialog.setWindowTitle(QCoreApplication.translate("SiteExportDialog", u"Export static site", None))
        self.siteFolderLabel.setText(QCoreApplication.translate("SiteExportDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.siteFolder.setAccessibleName(QCoreApplication.translate("SiteExportDialog", u"Folder to write the site into", None))
#endif // QT_CONFIG(accessibility)
        self.siteFolder.setPlaceholderText(QCoreApplication.translate("SiteExportDialog", u"Choose a folder\u2026", None))
        self.browseSiteFolder.setText(QCoreApplication.translate("SiteExportDialog", u"&Browse\u2026", None))
        self.siteTitleLabel.setText(QCoreApplication.translate("SiteExportDialog", u"Site &name:", None))
#if QT_CONFIG(accessibility)
        self.siteTitle.setAccessibleName(QCoreApplication.translate("SiteExportDialog", u"Site name", None))
#endif // QT_CONFIG(accessibility)
        self.siteBaseUrlLabel.setText(QCoreApplication.translate("SiteExportDialog", u"Se&rved from:", None))
#if QT_CONFIG(accessibility)
        self.siteBaseUrl.setAccessibleName(QCoreApplication.translate("SiteExportDialog", u"Address the site is served from", None))
#endif // QT_CONFIG(accessibility)
        self.siteCommentUrlLabel.setText(QCoreApplication.translate("SiteExportDialog", u"Co&mments post to:", None))
#if QT_CONFIG(accessibility)
        self.siteCommentUrl.setAccessibleName(QCoreApplication.translate("SiteExportDialog", u"Address the comment form posts to", None))
#endif // QT_CONFIG(accessibility)
        self.siteCommentUrl.setPlaceholderText(QCoreApplication.translate("SiteExportDialog", u"https://example.org/comments (optional)", None))
        self.siteFull.setText(QCoreApplication.translate("SiteExportDialog", u"Rewrite every file, changed or not", None))
    # retranslateUi

