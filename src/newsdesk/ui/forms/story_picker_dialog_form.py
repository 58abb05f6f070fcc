# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'story_picker_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_StoryPickerDialog(object):
    def setupUi(self, storyPicker):
        if not storyPicker.objectName():
            storyPicker.setObjectName(u"storyPicker")
        storyPicker.resize(520, 420)
        self.layout = QVBoxLayout(storyPicker)
        self.layout.setObjectName(u"layout")
        self.storySearch = QLineEdit(storyPicker)
        self.storySearch.setObjectName(u"storySearch")

        self.layout.addWidget(self.storySearch)

        self.storyResults = QListWidget(storyPicker)
        self.storyResults.setObjectName(u"storyResults")

        self.layout.addWidget(self.storyResults)

        self.buttons = QDialogButtonBox(storyPicker)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(storyPicker)
    # setupUi

    def retranslateUi(self, storyPicker):
        storyPicker.setWindowTitle(QCoreApplication.translate("StoryPickerDialog", u"Link a story", None))
#if QT_CONFIG(accessibility)
        self.storySearch.setAccessibleName(QCoreApplication.translate("StoryPickerDialog", u"Search stories to link", None))
#endif // QT_CONFIG(accessibility)
        self.storySearch.setPlaceholderText(QCoreApplication.translate("StoryPickerDialog", u"Words from the headline or text\u2026", None))
#if QT_CONFIG(accessibility)
        self.storyResults.setAccessibleName(QCoreApplication.translate("StoryPickerDialog", u"Matching stories", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

