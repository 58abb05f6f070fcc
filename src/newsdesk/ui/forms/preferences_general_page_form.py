# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_general_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDoubleSpinBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_GeneralPage(object):
    def setupUi(self, generalPage):
        if not generalPage.objectName():
            generalPage.setObjectName(u"generalPage")
        self.form = QFormLayout(generalPage)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.uiLanguageLabel = QLabel(generalPage)
        self.uiLanguageLabel.setObjectName(u"uiLanguageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.uiLanguageLabel)

        self.uiLanguageBox = QWidget(generalPage)
        self.uiLanguageBox.setObjectName(u"uiLanguageBox")
        self.uiLanguageRow = QVBoxLayout(self.uiLanguageBox)
        self.uiLanguageRow.setSpacing(2)
        self.uiLanguageRow.setObjectName(u"uiLanguageRow")
        self.uiLanguageRow.setContentsMargins(0, 0, 0, 0)
        self.uiLanguage = QComboBox(self.uiLanguageBox)
        self.uiLanguage.setObjectName(u"uiLanguage")

        self.uiLanguageRow.addWidget(self.uiLanguage)

        self.uiLanguageNote = QLabel(self.uiLanguageBox)
        self.uiLanguageNote.setObjectName(u"uiLanguageNote")
        self.uiLanguageNote.setWordWrap(True)
        self.uiLanguageNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.uiLanguageRow.addWidget(self.uiLanguageNote)


        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.uiLanguageBox)

        self.themeLabel = QLabel(generalPage)
        self.themeLabel.setObjectName(u"themeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.theme = QComboBox(generalPage)
        self.theme.addItem("")
        self.theme.addItem("")
        self.theme.addItem("")
        self.theme.addItem("")
        self.theme.setObjectName(u"theme")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.theme)

        self.previewFontSizeLabel = QLabel(generalPage)
        self.previewFontSizeLabel.setObjectName(u"previewFontSizeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.previewFontSizeLabel)

        self.previewFontSize = QComboBox(generalPage)
        self.previewFontSize.setObjectName(u"previewFontSize")
        self.previewFontSize.setEditable(True)
        self.previewFontSize.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.previewFontSize)

        self.autosaveLabel = QLabel(generalPage)
        self.autosaveLabel.setObjectName(u"autosaveLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.autosaveLabel)

        self.autosaveBox = QWidget(generalPage)
        self.autosaveBox.setObjectName(u"autosaveBox")
        self.autosaveRow = QVBoxLayout(self.autosaveBox)
        self.autosaveRow.setSpacing(2)
        self.autosaveRow.setObjectName(u"autosaveRow")
        self.autosaveRow.setContentsMargins(0, 0, 0, 0)
        self.autosaveDelay = QDoubleSpinBox(self.autosaveBox)
        self.autosaveDelay.setObjectName(u"autosaveDelay")
        self.autosaveDelay.setDecimals(1)
        self.autosaveDelay.setSingleStep(0.500000000000000)

        self.autosaveRow.addWidget(self.autosaveDelay)

        self.autosaveNote = QLabel(self.autosaveBox)
        self.autosaveNote.setObjectName(u"autosaveNote")
        self.autosaveNote.setWordWrap(True)
        self.autosaveNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.autosaveRow.addWidget(self.autosaveNote)


        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.autosaveBox)

        self.wireFoldersLabel = QLabel(generalPage)
        self.wireFoldersLabel.setObjectName(u"wireFoldersLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.wireFoldersLabel)

        self.wireFoldersBox = QWidget(generalPage)
        self.wireFoldersBox.setObjectName(u"wireFoldersBox")
        self.wireFoldersRow = QVBoxLayout(self.wireFoldersBox)
        self.wireFoldersRow.setSpacing(2)
        self.wireFoldersRow.setObjectName(u"wireFoldersRow")
        self.wireFoldersRow.setContentsMargins(0, 0, 0, 0)
        self.wireFolders = QPlainTextEdit(self.wireFoldersBox)
        self.wireFolders.setObjectName(u"wireFolders")
        self.wireFolders.setTabChangesFocus(True)
        self.wireFolders.setMaximumSize(QSize(16777215, 90))

        self.wireFoldersRow.addWidget(self.wireFolders)

        self.wireFoldersNote = QLabel(self.wireFoldersBox)
        self.wireFoldersNote.setObjectName(u"wireFoldersNote")
        self.wireFoldersNote.setWordWrap(True)
        self.wireFoldersNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.wireFoldersRow.addWidget(self.wireFoldersNote)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.wireFoldersBox)

#if QT_CONFIG(shortcut)
        self.uiLanguageLabel.setBuddy(self.uiLanguage)
        self.themeLabel.setBuddy(self.theme)
        self.previewFontSizeLabel.setBuddy(self.previewFontSize)
        self.autosaveLabel.setBuddy(self.autosaveDelay)
        self.wireFoldersLabel.setBuddy(self.wireFolders)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(generalPage)
    # setupUi

    def retranslateUi(self, generalPage):
        self.uiLanguageLabel.setText(QCoreApplication.translate("GeneralPage", u"&Interface language:", None))
        self.uiLanguageNote.setText(QCoreApplication.translate("GeneralPage", u"The interface changes language as soon as you press OK or Apply.", None))
        self.themeLabel.setText(QCoreApplication.translate("GeneralPage", u"&Theme:", None))
        self.theme.setItemText(0, QCoreApplication.translate("GeneralPage", u"Same as the system", None))
        self.theme.setItemText(1, QCoreApplication.translate("GeneralPage", u"Light", None))
        self.theme.setItemText(2, QCoreApplication.translate("GeneralPage", u"Dark", None))
        self.theme.setItemText(3, QCoreApplication.translate("GeneralPage", u"High contrast", None))

        self.previewFontSizeLabel.setText(QCoreApplication.translate("GeneralPage", u"Preview &font size (px):", None))
        self.autosaveLabel.setText(QCoreApplication.translate("GeneralPage", u"A&utosave after:", None))
        self.autosaveDelay.setSuffix(QCoreApplication.translate("GeneralPage", u" s", None))
        self.autosaveNote.setText(QCoreApplication.translate("GeneralPage", u"A story saves itself this long after typing pauses, and at least this often while typing goes on: a crash loses at most this much typing.", None))
        self.wireFoldersLabel.setText(QCoreApplication.translate("GeneralPage", u"Agency fol&ders:", None))
        self.wireFoldersNote.setText(QCoreApplication.translate("GeneralPage", u"One folder per line, where an agency drops its ninjs (.json) or NewsML-G2 (.xml) items, and after \u201c = \u201d the agency to credit when an item names none (/srv/wires/afp = AFP): the window takes new files in by itself every half minute.", None))
        pass
    # retranslateUi

