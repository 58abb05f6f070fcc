# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, aboutDialog):
        if not aboutDialog.objectName():
            aboutDialog.setObjectName(u"aboutDialog")
        aboutDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(aboutDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QHBoxLayout()
        self.heading.setObjectName(u"heading")
        self.aboutIcon = QLabel(aboutDialog)
        self.aboutIcon.setObjectName(u"aboutIcon")

        self.heading.addWidget(self.aboutIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.aboutTitle = QLabel(aboutDialog)
        self.aboutTitle.setObjectName(u"aboutTitle")

        self.heading.addWidget(self.aboutTitle)

        self.heading.setStretch(1, 1)

        self.layout.addLayout(self.heading)

        self.details = QFormLayout()
        self.details.setObjectName(u"details")
        self.aboutVersionLabel = QLabel(aboutDialog)
        self.aboutVersionLabel.setObjectName(u"aboutVersionLabel")

        self.details.setWidget(0, QFormLayout.ItemRole.LabelRole, self.aboutVersionLabel)

        self.about_version = QLabel(aboutDialog)
        self.about_version.setObjectName(u"about_version")
        self.about_version.setTextFormat(Qt.TextFormat.PlainText)
        self.about_version.setWordWrap(True)
        self.about_version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details.setWidget(0, QFormLayout.ItemRole.FieldRole, self.about_version)

        self.aboutDatabaseLabel = QLabel(aboutDialog)
        self.aboutDatabaseLabel.setObjectName(u"aboutDatabaseLabel")

        self.details.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aboutDatabaseLabel)

        self.about_database = QLabel(aboutDialog)
        self.about_database.setObjectName(u"about_database")
        self.about_database.setTextFormat(Qt.TextFormat.PlainText)
        self.about_database.setWordWrap(True)
        self.about_database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details.setWidget(1, QFormLayout.ItemRole.FieldRole, self.about_database)

        self.aboutServerLabel = QLabel(aboutDialog)
        self.aboutServerLabel.setObjectName(u"aboutServerLabel")

        self.details.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aboutServerLabel)

        self.about_server = QLabel(aboutDialog)
        self.about_server.setObjectName(u"about_server")
        self.about_server.setTextFormat(Qt.TextFormat.PlainText)
        self.about_server.setWordWrap(True)
        self.about_server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details.setWidget(2, QFormLayout.ItemRole.FieldRole, self.about_server)

        self.aboutQtLabel = QLabel(aboutDialog)
        self.aboutQtLabel.setObjectName(u"aboutQtLabel")

        self.details.setWidget(3, QFormLayout.ItemRole.LabelRole, self.aboutQtLabel)

        self.about_qt = QLabel(aboutDialog)
        self.about_qt.setObjectName(u"about_qt")
        self.about_qt.setTextFormat(Qt.TextFormat.PlainText)
        self.about_qt.setWordWrap(True)
        self.about_qt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details.setWidget(3, QFormLayout.ItemRole.FieldRole, self.about_qt)

        self.aboutPySideLabel = QLabel(aboutDialog)
        self.aboutPySideLabel.setObjectName(u"aboutPySideLabel")

        self.details.setWidget(4, QFormLayout.ItemRole.LabelRole, self.aboutPySideLabel)

        self.about_pyside = QLabel(aboutDialog)
        self.about_pyside.setObjectName(u"about_pyside")
        self.about_pyside.setTextFormat(Qt.TextFormat.PlainText)
        self.about_pyside.setWordWrap(True)
        self.about_pyside.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details.setWidget(4, QFormLayout.ItemRole.FieldRole, self.about_pyside)

        self.aboutPythonLabel = QLabel(aboutDialog)
        self.aboutPythonLabel.setObjectName(u"aboutPythonLabel")

        self.details.setWidget(5, QFormLayout.ItemRole.LabelRole, self.aboutPythonLabel)

        self.about_python = QLabel(aboutDialog)
        self.about_python.setObjectName(u"about_python")
        self.about_python.setTextFormat(Qt.TextFormat.PlainText)
        self.about_python.setWordWrap(True)
        self.about_python.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details.setWidget(5, QFormLayout.ItemRole.FieldRole, self.about_python)


        self.layout.addLayout(self.details)

        self.buttons = QDialogButtonBox(aboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(aboutDialog)
    # setupUi

    def retranslateUi(self, aboutDialog):
        aboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Newsdesk", None))
        self.aboutVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"Version", None))
        self.aboutDatabaseLabel.setText(QCoreApplication.translate("AboutDialog", u"Database", None))
        self.aboutServerLabel.setText(QCoreApplication.translate("AboutDialog", u"Database server", None))
        self.aboutQtLabel.setText(QCoreApplication.translate("AboutDialog", u"Qt", None))
        self.aboutPySideLabel.setText(QCoreApplication.translate("AboutDialog", u"PySide6", None))
        self.aboutPythonLabel.setText(QCoreApplication.translate("AboutDialog", u"Python", None))
    # retranslateUi

