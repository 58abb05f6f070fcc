# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
    QLabel, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

from newsdesk.ui.preferences.pages import (CopyDeskPage, GeneralPage, ModerationPage, WritingPage)

class Ui_PreferencesDialog(object):
    def setupUi(self, preferencesDialog):
        if not preferencesDialog.objectName():
            preferencesDialog.setObjectName(u"preferencesDialog")
        preferencesDialog.resize(620, 560)
        self.layout = QVBoxLayout(preferencesDialog)
        self.layout.setObjectName(u"layout")
        self.preferencesTabs = QTabWidget(preferencesDialog)
        self.preferencesTabs.setObjectName(u"preferencesTabs")
        self.generalPage = GeneralPage()
        self.generalPage.setObjectName(u"generalPage")
        self.preferencesTabs.addTab(self.generalPage, "")
        self.writingPage = WritingPage()
        self.writingPage.setObjectName(u"writingPage")
        self.preferencesTabs.addTab(self.writingPage, "")
        self.copyDeskPage = CopyDeskPage()
        self.copyDeskPage.setObjectName(u"copyDeskPage")
        self.preferencesTabs.addTab(self.copyDeskPage, "")
        self.moderationPage = ModerationPage()
        self.moderationPage.setObjectName(u"moderationPage")
        self.preferencesTabs.addTab(self.moderationPage, "")

        self.layout.addWidget(self.preferencesTabs)

        self.preferencesMessage = QLabel(preferencesDialog)
        self.preferencesMessage.setObjectName(u"preferencesMessage")
        self.preferencesMessage.setWordWrap(True)
        self.preferencesMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.preferencesMessage)

        self.buttons = QDialogButtonBox(preferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Apply|QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(0, 1)

        self.retranslateUi(preferencesDialog)

        self.preferencesTabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, preferencesDialog):
        preferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
#if QT_CONFIG(accessibility)
        self.preferencesTabs.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Preferences pages", None))
#endif // QT_CONFIG(accessibility)
        self.preferencesTabs.setTabText(self.preferencesTabs.indexOf(self.generalPage), QCoreApplication.translate("PreferencesDialog", u"&General", None))
        self.preferencesTabs.setTabText(self.preferencesTabs.indexOf(self.writingPage), QCoreApplication.translate("PreferencesDialog", u"&Writing", None))
        self.preferencesTabs.setTabText(self.preferencesTabs.indexOf(self.copyDeskPage), QCoreApplication.translate("PreferencesDialog", u"Co&py desk", None))
        self.preferencesTabs.setTabText(self.preferencesTabs.indexOf(self.moderationPage), QCoreApplication.translate("PreferencesDialog", u"&Moderation", None))
    # retranslateUi

