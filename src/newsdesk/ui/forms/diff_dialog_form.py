# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diff_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from newsdesk.ui.copydesk.diff_view import DiffView

class Ui_DiffDialog(object):
    def setupUi(self, diffDialog):
        if not diffDialog.objectName():
            diffDialog.setObjectName(u"diffDialog")
        diffDialog.resize(980, 680)
        self.layout = QVBoxLayout(diffDialog)
        self.layout.setObjectName(u"layout")
        self.revisionDiff = DiffView(diffDialog)
        self.revisionDiff.setObjectName(u"revisionDiff")

        self.layout.addWidget(self.revisionDiff)

        self.buttons = QDialogButtonBox(diffDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(0, 1)

        self.retranslateUi(diffDialog)
    # setupUi

    def retranslateUi(self, diffDialog):
        diffDialog.setWindowTitle(QCoreApplication.translate("DiffDialog", u"Compare revisions", None))
    # retranslateUi

