# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schedule_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ScheduleDialog(object):
    def setupUi(self, scheduleDialog):
        if not scheduleDialog.objectName():
            scheduleDialog.setObjectName(u"scheduleDialog")
        self.layout = QVBoxLayout(scheduleDialog)
        self.layout.setObjectName(u"layout")
        self.publicationTimeLabel = QLabel(scheduleDialog)
        self.publicationTimeLabel.setObjectName(u"publicationTimeLabel")

        self.layout.addWidget(self.publicationTimeLabel)

        self.publicationTime = QDateTimeEdit(scheduleDialog)
        self.publicationTime.setObjectName(u"publicationTime")
        self.publicationTime.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.publicationTime.setCalendarPopup(True)

        self.layout.addWidget(self.publicationTime)

        self.buttons = QDialogButtonBox(scheduleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.publicationTimeLabel.setBuddy(self.publicationTime)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(scheduleDialog)
    # setupUi

    def retranslateUi(self, scheduleDialog):
        scheduleDialog.setWindowTitle(QCoreApplication.translate("ScheduleDialog", u"Schedule publication", None))
        self.publicationTimeLabel.setText(QCoreApplication.translate("ScheduleDialog", u"Publish the story at:", None))
    # retranslateUi

