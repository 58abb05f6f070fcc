# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_report_dialog.ui'
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
    QHeaderView, QLabel, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncReportDialog(object):
    def setupUi(self, syncReport):
        if not syncReport.objectName():
            syncReport.setObjectName(u"syncReport")
        syncReport.resize(720, 420)
        self.layout = QVBoxLayout(syncReport)
        self.layout.setObjectName(u"layout")
        self.syncSummary = QLabel(syncReport)
        self.syncSummary.setObjectName(u"syncSummary")
        self.syncSummary.setWordWrap(True)

        self.layout.addWidget(self.syncSummary)

        self.syncDetails = QTreeWidget(syncReport)
        self.syncDetails.setObjectName(u"syncDetails")

        self.layout.addWidget(self.syncDetails)

        self.buttons = QDialogButtonBox(syncReport)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(syncReport)
    # setupUi

    def retranslateUi(self, syncReport):
        syncReport.setWindowTitle(QCoreApplication.translate("SyncReportDialog", u"Sync with the newsroom", None))
        ___qtreewidgetitem = self.syncDetails.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SyncReportDialog", u"Details", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SyncReportDialog", u"What", None))
#if QT_CONFIG(accessibility)
        self.syncDetails.setAccessibleName(QCoreApplication.translate("SyncReportDialog", u"What the sync changed", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

