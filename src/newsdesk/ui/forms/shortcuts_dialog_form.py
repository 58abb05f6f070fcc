# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shortcuts_dialog.ui'
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
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ShortcutsDialog(object):
    def setupUi(self, shortcutsDialog):
        if not shortcutsDialog.objectName():
            shortcutsDialog.setObjectName(u"shortcutsDialog")
        shortcutsDialog.resize(560, 640)
        self.layout = QVBoxLayout(shortcutsDialog)
        self.layout.setObjectName(u"layout")
        self.shortcutsFilter = QLineEdit(shortcutsDialog)
        self.shortcutsFilter.setObjectName(u"shortcutsFilter")
        self.shortcutsFilter.setClearButtonEnabled(True)

        self.layout.addWidget(self.shortcutsFilter)

        self.shortcutsList = QTreeWidget(shortcutsDialog)
        self.shortcutsList.setObjectName(u"shortcutsList")
        self.shortcutsList.setAlternatingRowColors(True)
        self.shortcutsList.setRootIsDecorated(False)
        self.shortcutsList.setUniformRowHeights(True)
        self.shortcutsList.header().setStretchLastSection(False)

        self.layout.addWidget(self.shortcutsList)

        self.shortcutsEmpty = QLabel(shortcutsDialog)
        self.shortcutsEmpty.setObjectName(u"shortcutsEmpty")
        self.shortcutsEmpty.setVisible(False)

        self.layout.addWidget(self.shortcutsEmpty)

        self.shortcutsNote = QLabel(shortcutsDialog)
        self.shortcutsNote.setObjectName(u"shortcutsNote")
        self.shortcutsNote.setWordWrap(True)

        self.layout.addWidget(self.shortcutsNote)

        self.buttons = QDialogButtonBox(shortcutsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(shortcutsDialog)
    # setupUi

    def retranslateUi(self, shortcutsDialog):
        shortcutsDialog.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", u"Keyboard shortcuts", None))
#if QT_CONFIG(accessibility)
        self.shortcutsFilter.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", u"Filter the shortcuts", None))
#endif // QT_CONFIG(accessibility)
        self.shortcutsFilter.setPlaceholderText(QCoreApplication.translate("ShortcutsDialog", u"Type to filter: a command or a key\u2026", None))
        ___qtreewidgetitem = self.shortcutsList.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ShortcutsDialog", u"Keys", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ShortcutsDialog", u"Command", None))
#if QT_CONFIG(accessibility)
        self.shortcutsList.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", u"Keyboard shortcuts", None))
#endif // QT_CONFIG(accessibility)
        self.shortcutsEmpty.setText(QCoreApplication.translate("ShortcutsDialog", u"No shortcut matches.", None))
        self.shortcutsNote.setText(QCoreApplication.translate("ShortcutsDialog", u"Tab moves within an area, F6 and Shift+F6 go to the next or previous area. The comment queue's letters act only while its list has the focus.", None))
    # retranslateUi

