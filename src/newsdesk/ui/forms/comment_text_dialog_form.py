# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'comment_text_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CommentTextDialog(object):
    def setupUi(self, commentTextDialog):
        if not commentTextDialog.objectName():
            commentTextDialog.setObjectName(u"commentTextDialog")
        commentTextDialog.resize(560, 440)
        self.layout = QVBoxLayout(commentTextDialog)
        self.layout.setObjectName(u"layout")
        self.commentContext = QFormLayout()
        self.commentContext.setObjectName(u"commentContext")
        self.commentContext.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.commentStoryCaption = QLabel(commentTextDialog)
        self.commentStoryCaption.setObjectName(u"commentStoryCaption")

        self.commentContext.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commentStoryCaption)

        self.commentStory = QLabel(commentTextDialog)
        self.commentStory.setObjectName(u"commentStory")
        self.commentStory.setWordWrap(True)
        self.commentStory.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.commentContext.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commentStory)

        self.commentAuthorCaption = QLabel(commentTextDialog)
        self.commentAuthorCaption.setObjectName(u"commentAuthorCaption")

        self.commentContext.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commentAuthorCaption)

        self.commentAuthor = QLabel(commentTextDialog)
        self.commentAuthor.setObjectName(u"commentAuthor")
        self.commentAuthor.setWordWrap(True)
        self.commentAuthor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.commentContext.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commentAuthor)

        self.commentAnsweredCaption = QLabel(commentTextDialog)
        self.commentAnsweredCaption.setObjectName(u"commentAnsweredCaption")
        self.commentAnsweredCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.commentContext.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commentAnsweredCaption)

        self.commentAnswered = QPlainTextEdit(commentTextDialog)
        self.commentAnswered.setObjectName(u"commentAnswered")
        self.commentAnswered.setTabChangesFocus(True)
        self.commentAnswered.setReadOnly(True)

        self.commentContext.setWidget(2, QFormLayout.ItemRole.FieldRole, self.commentAnswered)


        self.layout.addLayout(self.commentContext)

        self.commentTextPrompt = QLabel(commentTextDialog)
        self.commentTextPrompt.setObjectName(u"commentTextPrompt")

        self.layout.addWidget(self.commentTextPrompt)

        self.commentText = QPlainTextEdit(commentTextDialog)
        self.commentText.setObjectName(u"commentText")
        self.commentText.setTabChangesFocus(True)

        self.layout.addWidget(self.commentText)

        self.buttons = QDialogButtonBox(commentTextDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.commentTextPrompt.setBuddy(self.commentText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.commentText, self.commentAnswered)

        self.retranslateUi(commentTextDialog)
    # setupUi

    def retranslateUi(self, commentTextDialog):
        self.commentStoryCaption.setText(QCoreApplication.translate("CommentTextDialog", u"Story:", None))
        self.commentAuthorCaption.setText(QCoreApplication.translate("CommentTextDialog", u"By:", None))
#if QT_CONFIG(accessibility)
        self.commentAnswered.setAccessibleName(QCoreApplication.translate("CommentTextDialog", u"The comment answered", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

