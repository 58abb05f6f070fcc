# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_picker_dialog.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_UserPickerDialog(object):
    def setupUi(self, switchUserDialog):
        if not switchUserDialog.objectName():
            switchUserDialog.setObjectName(u"switchUserDialog")
        switchUserDialog.resize(380, 320)
        self.layout = QVBoxLayout(switchUserDialog)
        self.layout.setObjectName(u"layout")
        self.switchUserNote = QLabel(switchUserDialog)
        self.switchUserNote.setObjectName(u"switchUserNote")
        self.switchUserNote.setWordWrap(True)

        self.layout.addWidget(self.switchUserNote)

        self.userList = QListWidget(switchUserDialog)
        self.userList.setObjectName(u"userList")

        self.layout.addWidget(self.userList)

        self.buttons = QDialogButtonBox(switchUserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(switchUserDialog)
    # setupUi

    def retranslateUi(self, switchUserDialog):
        switchUserDialog.setWindowTitle(QCoreApplication.translate("UserPickerDialog", u"Switch user", None))
        self.switchUserNote.setText(QCoreApplication.translate("UserPickerDialog", u"Work as another member of the desk on this local database (a shared database signs you in instead).", None))
#if QT_CONFIG(accessibility)
        self.userList.setAccessibleName(QCoreApplication.translate("UserPickerDialog", u"People", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

