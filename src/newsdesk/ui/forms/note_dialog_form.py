# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NoteDialog(object):
    def setupUi(self, workflowNoteDialog):
        if not workflowNoteDialog.objectName():
            workflowNoteDialog.setObjectName(u"workflowNoteDialog")
        workflowNoteDialog.resize(440, 240)
        self.layout = QVBoxLayout(workflowNoteDialog)
        self.layout.setObjectName(u"layout")
        self.workflowNotePrompt = QLabel(workflowNoteDialog)
        self.workflowNotePrompt.setObjectName(u"workflowNotePrompt")
        self.workflowNotePrompt.setWordWrap(True)

        self.layout.addWidget(self.workflowNotePrompt)

        self.workflowNote = QPlainTextEdit(workflowNoteDialog)
        self.workflowNote.setObjectName(u"workflowNote")
        self.workflowNote.setTabChangesFocus(True)

        self.layout.addWidget(self.workflowNote)

        self.buttons = QDialogButtonBox(workflowNoteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.workflowNotePrompt.setBuddy(self.workflowNote)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(workflowNoteDialog)
    # setupUi

    def retranslateUi(self, workflowNoteDialog):
#if QT_CONFIG(accessibility)
        self.workflowNote.setAccessibleName(QCoreApplication.translate("NoteDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

