# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diff_view.ui'
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
from PySide6.QtWidgets import (QApplication, QButtonGroup, QHBoxLayout, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_DiffView(object):
    def setupUi(self, diffView):
        if not diffView.objectName():
            diffView.setObjectName(u"diffView")
        self.layout = QVBoxLayout(diffView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.diffInline = QRadioButton(diffView)
        self.modes = QButtonGroup(diffView)
        self.modes.setObjectName(u"modes")
        self.modes.addButton(self.diffInline)
        self.diffInline.setObjectName(u"diffInline")
        self.diffInline.setChecked(True)

        self.bar.addWidget(self.diffInline)

        self.diffSideBySide = QRadioButton(diffView)
        self.modes.addButton(self.diffSideBySide)
        self.diffSideBySide.setObjectName(u"diffSideBySide")

        self.bar.addWidget(self.diffSideBySide)

        self.barMiddle = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.barMiddle)

        self.diffSummary = QLabel(diffView)
        self.diffSummary.setObjectName(u"diffSummary")

        self.bar.addWidget(self.diffSummary)

        self.bar.setStretch(2, 1)

        self.layout.addLayout(self.bar)

        self.diffBrowser = QTextBrowser(diffView)
        self.diffBrowser.setObjectName(u"diffBrowser")
        self.diffBrowser.setOpenLinks(False)

        self.layout.addWidget(self.diffBrowser)

        self.layout.setStretch(1, 1)

        self.retranslateUi(diffView)
    # setupUi

    def retranslateUi(self, diffView):
        self.diffInline.setText(QCoreApplication.translate("DiffView", u"&Inline", None))
        self.diffSideBySide.setText(QCoreApplication.translate("DiffView", u"&Side by side", None))
#if QT_CONFIG(accessibility)
        self.diffBrowser.setAccessibleName(QCoreApplication.translate("DiffView", u"Differences", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

