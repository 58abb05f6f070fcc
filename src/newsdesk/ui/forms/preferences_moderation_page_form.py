# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_moderation_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDoubleSpinBox,
    QFormLayout, QGroupBox, QLabel, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ModerationPage(object):
    def setupUi(self, moderationPage):
        if not moderationPage.objectName():
            moderationPage.setObjectName(u"moderationPage")
        self.layout = QVBoxLayout(moderationPage)
        self.layout.setObjectName(u"layout")
        self.moderationNote = QLabel(moderationPage)
        self.moderationNote.setObjectName(u"moderationNote")
        self.moderationNote.setWordWrap(True)
        self.moderationNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.moderationNote)

        self.intakeForm = QFormLayout()
        self.intakeForm.setObjectName(u"intakeForm")
        self.holdLinksLabel = QLabel(moderationPage)
        self.holdLinksLabel.setObjectName(u"holdLinksLabel")

        self.intakeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.holdLinksLabel)

        self.holdLinks = QSpinBox(moderationPage)
        self.holdLinks.setObjectName(u"holdLinks")
        self.holdLinks.setMinimum(1)
        self.holdLinks.setMaximum(100)

        self.intakeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.holdLinks)

        self.moderationWordsLabel = QLabel(moderationPage)
        self.moderationWordsLabel.setObjectName(u"moderationWordsLabel")

        self.intakeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.moderationWordsLabel)

        self.moderationWords = QPlainTextEdit(moderationPage)
        self.moderationWords.setObjectName(u"moderationWords")
        self.moderationWords.setTabChangesFocus(True)

        self.intakeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.moderationWords)

        self.blockedWordsLabel = QLabel(moderationPage)
        self.blockedWordsLabel.setObjectName(u"blockedWordsLabel")

        self.intakeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.blockedWordsLabel)

        self.blockedWords = QPlainTextEdit(moderationPage)
        self.blockedWords.setObjectName(u"blockedWords")
        self.blockedWords.setTabChangesFocus(True)

        self.intakeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.blockedWords)

        self.blockedActionLabel = QLabel(moderationPage)
        self.blockedActionLabel.setObjectName(u"blockedActionLabel")

        self.intakeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.blockedActionLabel)

        self.blockedAction = QComboBox(moderationPage)
        self.blockedAction.addItem("")
        self.blockedAction.addItem("")
        self.blockedAction.setObjectName(u"blockedAction")

        self.intakeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.blockedAction)

        self.autoApproveKnown = QCheckBox(moderationPage)
        self.autoApproveKnown.setObjectName(u"autoApproveKnown")

        self.intakeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.autoApproveKnown)


        self.layout.addLayout(self.intakeForm)

        self.learnedGroup = QGroupBox(moderationPage)
        self.learnedGroup.setObjectName(u"learnedGroup")
        self.learnedForm = QFormLayout(self.learnedGroup)
        self.learnedForm.setObjectName(u"learnedForm")
        self.learnedFilterNote = QLabel(self.learnedGroup)
        self.learnedFilterNote.setObjectName(u"learnedFilterNote")
        self.learnedFilterNote.setWordWrap(True)

        self.learnedForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.learnedFilterNote)

        self.learnedSpamAtLabel = QLabel(self.learnedGroup)
        self.learnedSpamAtLabel.setObjectName(u"learnedSpamAtLabel")

        self.learnedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.learnedSpamAtLabel)

        self.learnedSpamAt = QDoubleSpinBox(self.learnedGroup)
        self.learnedSpamAt.setObjectName(u"learnedSpamAt")
        self.learnedSpamAt.setDecimals(2)
        self.learnedSpamAt.setMinimum(0.010000000000000)
        self.learnedSpamAt.setMaximum(1.000000000000000)
        self.learnedSpamAt.setSingleStep(0.050000000000000)

        self.learnedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.learnedSpamAt)

        self.learnedHoldAtLabel = QLabel(self.learnedGroup)
        self.learnedHoldAtLabel.setObjectName(u"learnedHoldAtLabel")

        self.learnedForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.learnedHoldAtLabel)

        self.learnedHoldAt = QDoubleSpinBox(self.learnedGroup)
        self.learnedHoldAt.setObjectName(u"learnedHoldAt")
        self.learnedHoldAt.setDecimals(2)
        self.learnedHoldAt.setMinimum(0.010000000000000)
        self.learnedHoldAt.setMaximum(1.000000000000000)
        self.learnedHoldAt.setSingleStep(0.050000000000000)

        self.learnedForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.learnedHoldAt)

        self.trustedAfterLabel = QLabel(self.learnedGroup)
        self.trustedAfterLabel.setObjectName(u"trustedAfterLabel")

        self.learnedForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.trustedAfterLabel)

        self.trustedAfter = QSpinBox(self.learnedGroup)
        self.trustedAfter.setObjectName(u"trustedAfter")
        self.trustedAfter.setMaximum(10000)

        self.learnedForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.trustedAfter)

        self.trustNote = QLabel(self.learnedGroup)
        self.trustNote.setObjectName(u"trustNote")
        self.trustNote.setWordWrap(True)

        self.learnedForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.trustNote)


        self.layout.addWidget(self.learnedGroup)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.holdLinksLabel.setBuddy(self.holdLinks)
        self.moderationWordsLabel.setBuddy(self.moderationWords)
        self.blockedWordsLabel.setBuddy(self.blockedWords)
        self.blockedActionLabel.setBuddy(self.blockedAction)
        self.learnedSpamAtLabel.setBuddy(self.learnedSpamAt)
        self.learnedHoldAtLabel.setBuddy(self.learnedHoldAt)
        self.trustedAfterLabel.setBuddy(self.trustedAfter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(moderationPage)
    # setupUi

    def retranslateUi(self, moderationPage):
        self.holdLinksLabel.setText(QCoreApplication.translate("ModerationPage", u"Hold comments with:", None))
        self.holdLinks.setSuffix(QCoreApplication.translate("ModerationPage", u" links or more", None))
        self.moderationWordsLabel.setText(QCoreApplication.translate("ModerationPage", u"Hold comments containing:", None))
        self.moderationWords.setPlaceholderText(QCoreApplication.translate("ModerationPage", u"One word or phrase a line", None))
        self.blockedWordsLabel.setText(QCoreApplication.translate("ModerationPage", u"Block comments containing:", None))
        self.blockedWords.setPlaceholderText(QCoreApplication.translate("ModerationPage", u"One word or phrase a line", None))
        self.blockedActionLabel.setText(QCoreApplication.translate("ModerationPage", u"Blocked comments go to:", None))
        self.blockedAction.setItemText(0, QCoreApplication.translate("ModerationPage", u"Spam", None))
        self.blockedAction.setItemText(1, QCoreApplication.translate("ModerationPage", u"Trash", None))

        self.autoApproveKnown.setText(QCoreApplication.translate("ModerationPage", u"Approve comments from authors with an approved comment", None))
        self.learnedGroup.setTitle(QCoreApplication.translate("ModerationPage", u"Learned filter and trust", None))
        self.learnedFilterNote.setText(QCoreApplication.translate("ModerationPage", u"A filter that learns from the moderators' decisions (approved, spam) scores every comment from 0 to 1. Below the hold score the rules above decide.", None))
        self.learnedSpamAtLabel.setText(QCoreApplication.translate("ModerationPage", u"Spam from score:", None))
        self.learnedHoldAtLabel.setText(QCoreApplication.translate("ModerationPage", u"Hold from score:", None))
        self.trustedAfterLabel.setText(QCoreApplication.translate("ModerationPage", u"Trust commenters after:", None))
        self.trustedAfter.setSpecialValueText(QCoreApplication.translate("ModerationPage", u"Never", None))
        self.trustedAfter.setSuffix(QCoreApplication.translate("ModerationPage", u" approved comments", None))
        self.trustNote.setText(QCoreApplication.translate("ModerationPage", u"Commenters with this many approved comments and none in spam are approved without holding.", None))
        pass
    # retranslateUi

