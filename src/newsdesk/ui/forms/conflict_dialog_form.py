# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
    QFormLayout, QGroupBox, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from newsdesk.ui.copydesk.diff_view import DiffView

class Ui_ConflictDialog(object):
    def setupUi(self, conflictDialog):
        if not conflictDialog.objectName():
            conflictDialog.setObjectName(u"conflictDialog")
        conflictDialog.resize(980, 680)
        self.layout = QVBoxLayout(conflictDialog)
        self.layout.setObjectName(u"layout")
        self.conflictExplanation = QLabel(conflictDialog)
        self.conflictExplanation.setObjectName(u"conflictExplanation")
        self.conflictExplanation.setWordWrap(True)

        self.layout.addWidget(self.conflictExplanation)

        self.conflictDiff = DiffView(conflictDialog)
        self.conflictDiff.setObjectName(u"conflictDiff")

        self.layout.addWidget(self.conflictDiff)

        self.conflictMerge = QGroupBox(conflictDialog)
        self.conflictMerge.setObjectName(u"conflictMerge")
        self.mergeLayout = QVBoxLayout(self.conflictMerge)
        self.mergeLayout.setObjectName(u"mergeLayout")
        self.conflictMergeSummary = QLabel(self.conflictMerge)
        self.conflictMergeSummary.setObjectName(u"conflictMergeSummary")
        self.conflictMergeSummary.setWordWrap(True)

        self.mergeLayout.addWidget(self.conflictMergeSummary)

        self.conflictChoices = QFormLayout()
        self.conflictChoices.setObjectName(u"conflictChoices")

        self.mergeLayout.addLayout(self.conflictChoices)


        self.layout.addWidget(self.conflictMerge)

        self.buttons = QDialogButtonBox(conflictDialog)
        self.buttons.setObjectName(u"buttons")

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(conflictDialog)
    # setupUi

    def retranslateUi(self, conflictDialog):
        conflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"The story changed while you were editing", None))
        self.conflictMerge.setTitle(QCoreApplication.translate("ConflictDialog", u"Merge", None))
    # retranslateUi

