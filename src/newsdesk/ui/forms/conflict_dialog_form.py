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
    QFormLayout, QFrame, QGroupBox, QLabel,
    QScrollArea, QSizePolicy, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget)

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

        self.conflictSplitter = QSplitter(conflictDialog)
        self.conflictSplitter.setObjectName(u"conflictSplitter")
        self.conflictSplitter.setOrientation(Qt.Orientation.Vertical)
        self.conflictSplitter.setChildrenCollapsible(False)
        self.conflictChanges = QTextBrowser(self.conflictSplitter)
        self.conflictChanges.setObjectName(u"conflictChanges")
        self.conflictChanges.setOpenLinks(False)
        self.conflictSplitter.addWidget(self.conflictChanges)
        self.conflictMerge = QGroupBox(self.conflictSplitter)
        self.conflictMerge.setObjectName(u"conflictMerge")
        self.mergeLayout = QVBoxLayout(self.conflictMerge)
        self.mergeLayout.setObjectName(u"mergeLayout")
        self.conflictMergeSummary = QLabel(self.conflictMerge)
        self.conflictMergeSummary.setObjectName(u"conflictMergeSummary")
        self.conflictMergeSummary.setWordWrap(True)

        self.mergeLayout.addWidget(self.conflictMergeSummary)

        self.conflictPlacesScroll = QScrollArea(self.conflictMerge)
        self.conflictPlacesScroll.setObjectName(u"conflictPlacesScroll")
        self.conflictPlacesScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.conflictPlacesScroll.setWidgetResizable(True)
        self.conflictPlaces = QWidget()
        self.conflictPlaces.setObjectName(u"conflictPlaces")
        self.conflictChoices = QFormLayout(self.conflictPlaces)
        self.conflictChoices.setObjectName(u"conflictChoices")
        self.conflictChoices.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.conflictChoices.setContentsMargins(0, 0, 0, 0)
        self.conflictPlacesScroll.setWidget(self.conflictPlaces)

        self.mergeLayout.addWidget(self.conflictPlacesScroll)

        self.conflictSplitter.addWidget(self.conflictMerge)

        self.layout.addWidget(self.conflictSplitter)

        self.buttons = QDialogButtonBox(conflictDialog)
        self.buttons.setObjectName(u"buttons")

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(conflictDialog)
    # setupUi

    def retranslateUi(self, conflictDialog):
        conflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"The story changed while you were editing", None))
#if QT_CONFIG(accessibility)
        self.conflictChanges.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"What each side changed, and the merge", None))
#endif // QT_CONFIG(accessibility)
        self.conflictMerge.setTitle(QCoreApplication.translate("ConflictDialog", u"Merge", None))
    # retranslateUi

