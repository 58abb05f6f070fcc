# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_copy_desk_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CopyDeskPage(object):
    def setupUi(self, copyDeskPage):
        if not copyDeskPage.objectName():
            copyDeskPage.setObjectName(u"copyDeskPage")
        self.layout = QVBoxLayout(copyDeskPage)
        self.layout.setObjectName(u"layout")
        self.copyDeskNote = QLabel(copyDeskPage)
        self.copyDeskNote.setObjectName(u"copyDeskNote")
        self.copyDeskNote.setWordWrap(True)
        self.copyDeskNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.copyDeskNote)

        self.limitsGroup = QGroupBox(copyDeskPage)
        self.limitsGroup.setObjectName(u"limitsGroup")
        self.limitsForm = QFormLayout(self.limitsGroup)
        self.limitsForm.setObjectName(u"limitsForm")
        self.sentenceWordsLabel = QLabel(self.limitsGroup)
        self.sentenceWordsLabel.setObjectName(u"sentenceWordsLabel")

        self.limitsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sentenceWordsLabel)

        self.sentenceWords = QSpinBox(self.limitsGroup)
        self.sentenceWords.setObjectName(u"sentenceWords")
        self.sentenceWords.setMinimum(5)
        self.sentenceWords.setMaximum(500)

        self.limitsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sentenceWords)

        self.headlineCharactersLabel = QLabel(self.limitsGroup)
        self.headlineCharactersLabel.setObjectName(u"headlineCharactersLabel")

        self.limitsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headlineCharactersLabel)

        self.headlineCharacters = QSpinBox(self.limitsGroup)
        self.headlineCharacters.setObjectName(u"headlineCharacters")
        self.headlineCharacters.setMinimum(10)
        self.headlineCharacters.setMaximum(500)

        self.limitsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.headlineCharacters)

        self.standfirstCharactersLabel = QLabel(self.limitsGroup)
        self.standfirstCharactersLabel.setObjectName(u"standfirstCharactersLabel")

        self.limitsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.standfirstCharactersLabel)

        self.standfirstCharacters = QSpinBox(self.limitsGroup)
        self.standfirstCharacters.setObjectName(u"standfirstCharacters")
        self.standfirstCharacters.setMinimum(20)
        self.standfirstCharacters.setMaximum(5000)

        self.limitsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.standfirstCharacters)


        self.layout.addWidget(self.limitsGroup)

        self.styleGroup = QGroupBox(copyDeskPage)
        self.styleGroup.setObjectName(u"styleGroup")
        self.styleLayout = QVBoxLayout(self.styleGroup)
        self.styleLayout.setObjectName(u"styleLayout")
        self.styleRules = QTableWidget(self.styleGroup)
        if (self.styleRules.columnCount() < 2):
            self.styleRules.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.styleRules.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.styleRules.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.styleRules.setObjectName(u"styleRules")
        self.styleRules.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.styleRules.verticalHeader().setVisible(False)

        self.styleLayout.addWidget(self.styleRules)

        self.styleButtons = QHBoxLayout()
        self.styleButtons.setObjectName(u"styleButtons")
        self.styleButtonsSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.styleButtons.addItem(self.styleButtonsSpace)

        self.addRule = QPushButton(self.styleGroup)
        self.addRule.setObjectName(u"addRule")

        self.styleButtons.addWidget(self.addRule)

        self.removeRule = QPushButton(self.styleGroup)
        self.removeRule.setObjectName(u"removeRule")

        self.styleButtons.addWidget(self.removeRule)


        self.styleLayout.addLayout(self.styleButtons)

        self.styleLayout.setStretch(0, 1)

        self.layout.addWidget(self.styleGroup)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.sentenceWordsLabel.setBuddy(self.sentenceWords)
        self.headlineCharactersLabel.setBuddy(self.headlineCharacters)
        self.standfirstCharactersLabel.setBuddy(self.standfirstCharacters)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(copyDeskPage)
    # setupUi

    def retranslateUi(self, copyDeskPage):
        self.limitsGroup.setTitle(QCoreApplication.translate("CopyDeskPage", u"Flag", None))
        self.sentenceWordsLabel.setText(QCoreApplication.translate("CopyDeskPage", u"Sentences longer than:", None))
        self.sentenceWords.setSuffix(QCoreApplication.translate("CopyDeskPage", u" words", None))
        self.headlineCharactersLabel.setText(QCoreApplication.translate("CopyDeskPage", u"Headlines longer than:", None))
        self.headlineCharacters.setSuffix(QCoreApplication.translate("CopyDeskPage", u" characters", None))
        self.standfirstCharactersLabel.setText(QCoreApplication.translate("CopyDeskPage", u"Standfirsts longer than:", None))
        self.standfirstCharacters.setSuffix(QCoreApplication.translate("CopyDeskPage", u" characters", None))
        self.styleGroup.setTitle(QCoreApplication.translate("CopyDeskPage", u"Style list (banned or style-guide words)", None))
        ___qtablewidgetitem = self.styleRules.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CopyDeskPage", u"Avoid", None))
        ___qtablewidgetitem1 = self.styleRules.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CopyDeskPage", u"Use instead", None))
#if QT_CONFIG(accessibility)
        self.styleRules.setAccessibleName(QCoreApplication.translate("CopyDeskPage", u"Style list", None))
#endif // QT_CONFIG(accessibility)
        self.addRule.setText(QCoreApplication.translate("CopyDeskPage", u"Add &rule", None))
        self.removeRule.setText(QCoreApplication.translate("CopyDeskPage", u"Remo&ve rule", None))
        pass
    # retranslateUi

