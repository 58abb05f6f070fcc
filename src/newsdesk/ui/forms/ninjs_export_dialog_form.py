# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ninjs_export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NinjsExportDialog(object):
    def setupUi(self, ninjsExportDialog):
        if not ninjsExportDialog.objectName():
            ninjsExportDialog.setObjectName(u"ninjsExportDialog")
        self.layout = QVBoxLayout(ninjsExportDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.ninjsFolderLabel = QLabel(ninjsExportDialog)
        self.ninjsFolderLabel.setObjectName(u"ninjsFolderLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ninjsFolderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.ninjsFolder = QLineEdit(ninjsExportDialog)
        self.ninjsFolder.setObjectName(u"ninjsFolder")

        self.folderRow.addWidget(self.ninjsFolder)

        self.browseNinjsFolder = QPushButton(ninjsExportDialog)
        self.browseNinjsFolder.setObjectName(u"browseNinjsFolder")

        self.folderRow.addWidget(self.browseNinjsFolder)

        self.folderRow.setStretch(0, 1)

        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.ninjsVersionLabel = QLabel(ninjsExportDialog)
        self.ninjsVersionLabel.setObjectName(u"ninjsVersionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ninjsVersionLabel)

        self.ninjsVersion = QComboBox(ninjsExportDialog)
        self.ninjsVersion.setObjectName(u"ninjsVersion")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ninjsVersion)

        self.ninjsOnlyOpenStory = QCheckBox(ninjsExportDialog)
        self.ninjsOnlyOpenStory.setObjectName(u"ninjsOnlyOpenStory")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ninjsOnlyOpenStory)


        self.layout.addLayout(self.form)

        self.ninjsExportError = QLabel(ninjsExportDialog)
        self.ninjsExportError.setObjectName(u"ninjsExportError")
        self.ninjsExportError.setVisible(False)
        self.ninjsExportError.setStyleSheet(u"color: palette(bright-text); background: #b3261e; padding: 4px")
        self.ninjsExportError.setWordWrap(True)

        self.layout.addWidget(self.ninjsExportError)

        self.buttons = QDialogButtonBox(ninjsExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ninjsFolderLabel.setBuddy(self.ninjsFolder)
        self.ninjsVersionLabel.setBuddy(self.ninjsVersion)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ninjsExportDialog)
    # setupUi

    def retranslateUi(self, ninjsExportDialog):
        ninjsExportDialog.setWindowTitle(QCoreApplication.translate("NinjsExportDialog", u"Export IPTC ninjs", None))
        self.ninjsFolderLabel.setText(QCoreApplication.translate("NinjsExportDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.ninjsFolder.setAccessibleName(QCoreApplication.translate("NinjsExportDialog", u"Folder to write the ninjs documents into", None))
#endif // QT_CONFIG(accessibility)
        self.ninjsFolder.setPlaceholderText(QCoreApplication.translate("NinjsExportDialog", u"Choose a folder\u2026", None))
        self.browseNinjsFolder.setText(QCoreApplication.translate("NinjsExportDialog", u"&Browse\u2026", None))
        self.ninjsVersionLabel.setText(QCoreApplication.translate("NinjsExportDialog", u"&Version:", None))
#if QT_CONFIG(accessibility)
        self.ninjsVersion.setAccessibleName(QCoreApplication.translate("NinjsExportDialog", u"ninjs version", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

