# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_writing_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_WritingPage(object):
    def setupUi(self, writingPage):
        if not writingPage.objectName():
            writingPage.setObjectName(u"writingPage")
        self.layout = QVBoxLayout(writingPage)
        self.layout.setObjectName(u"layout")
        self.spellingForm = QFormLayout()
        self.spellingForm.setObjectName(u"spellingForm")
        self.spellingLanguageLabel = QLabel(writingPage)
        self.spellingLanguageLabel.setObjectName(u"spellingLanguageLabel")

        self.spellingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.spellingLanguageLabel)

        self.spellingLanguage = QComboBox(writingPage)
        self.spellingLanguage.addItem("")
        self.spellingLanguage.setObjectName(u"spellingLanguage")

        self.spellingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.spellingLanguage)


        self.layout.addLayout(self.spellingForm)

        self.wordListGroup = QGroupBox(writingPage)
        self.wordListGroup.setObjectName(u"wordListGroup")
        self.wordListLayout = QVBoxLayout(self.wordListGroup)
        self.wordListLayout.setObjectName(u"wordListLayout")
        self.wordListNote = QLabel(self.wordListGroup)
        self.wordListNote.setObjectName(u"wordListNote")
        self.wordListNote.setWordWrap(True)
        self.wordListNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.wordListLayout.addWidget(self.wordListNote)

        self.wordList = QListWidget(self.wordListGroup)
        self.wordList.setObjectName(u"wordList")
        self.wordList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.wordList.setSortingEnabled(True)

        self.wordListLayout.addWidget(self.wordList)

        self.addingRow = QHBoxLayout()
        self.addingRow.setObjectName(u"addingRow")
        self.newWord = QLineEdit(self.wordListGroup)
        self.newWord.setObjectName(u"newWord")

        self.addingRow.addWidget(self.newWord)

        self.addWord = QPushButton(self.wordListGroup)
        self.addWord.setObjectName(u"addWord")

        self.addingRow.addWidget(self.addWord)

        self.removeWord = QPushButton(self.wordListGroup)
        self.removeWord.setObjectName(u"removeWord")

        self.addingRow.addWidget(self.removeWord)

        self.addingRow.setStretch(0, 1)

        self.wordListLayout.addLayout(self.addingRow)

        self.wordListLayout.setStretch(1, 1)

        self.layout.addWidget(self.wordListGroup)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.spellingLanguageLabel.setBuddy(self.spellingLanguage)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(writingPage)
    # setupUi

    def retranslateUi(self, writingPage):
        self.spellingLanguageLabel.setText(QCoreApplication.translate("WritingPage", u"Check &spelling in:", None))
        self.spellingLanguage.setItemText(0, QCoreApplication.translate("WritingPage", u"Each story's own language", None))

        self.wordListGroup.setTitle(QCoreApplication.translate("WritingPage", u"Newsroom word list (accepted in every story)", None))
#if QT_CONFIG(accessibility)
        self.wordList.setAccessibleName(QCoreApplication.translate("WritingPage", u"Newsroom word list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newWord.setAccessibleName(QCoreApplication.translate("WritingPage", u"New word for the word list", None))
#endif // QT_CONFIG(accessibility)
        self.newWord.setPlaceholderText(QCoreApplication.translate("WritingPage", u"A word the spell check should accept", None))
        self.addWord.setText(QCoreApplication.translate("WritingPage", u"A&dd", None))
        self.removeWord.setText(QCoreApplication.translate("WritingPage", u"&Remove", None))
        pass
    # retranslateUi

