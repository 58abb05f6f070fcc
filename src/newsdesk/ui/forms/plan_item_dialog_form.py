# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_item_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_PlanItemDialog(object):
    def setupUi(self, planItemDialog):
        if not planItemDialog.objectName():
            planItemDialog.setObjectName(u"planItemDialog")
        planItemDialog.resize(460, 360)
        self.layout = QVBoxLayout(planItemDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.planSlugLabel = QLabel(planItemDialog)
        self.planSlugLabel.setObjectName(u"planSlugLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planSlugLabel)

        self.planSlug = QLineEdit(planItemDialog)
        self.planSlug.setObjectName(u"planSlug")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planSlug)

        self.planSectionLabel = QLabel(planItemDialog)
        self.planSectionLabel.setObjectName(u"planSectionLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.planSectionLabel)

        self.planSection = QComboBox(planItemDialog)
        self.planSection.setObjectName(u"planSection")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.planSection)

        self.planPitchLabel = QLabel(planItemDialog)
        self.planPitchLabel.setObjectName(u"planPitchLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.planPitchLabel)

        self.planPitch = QPlainTextEdit(planItemDialog)
        self.planPitch.setObjectName(u"planPitch")
        self.planPitch.setTabChangesFocus(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.planPitch)

        self.planWordsLabel = QLabel(planItemDialog)
        self.planWordsLabel.setObjectName(u"planWordsLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.planWordsLabel)

        self.planWords = QSpinBox(planItemDialog)
        self.planWords.setObjectName(u"planWords")
        self.planWords.setMaximum(100000)
        self.planWords.setSingleStep(50)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.planWords)

        self.planHasDue = QCheckBox(planItemDialog)
        self.planHasDue.setObjectName(u"planHasDue")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.planHasDue)

        self.planDue = QTimeEdit(planItemDialog)
        self.planDue.setObjectName(u"planDue")
        self.planDue.setEnabled(False)
        self.planDue.setDisplayFormat(u"HH:mm")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.planDue)

        self.planWriterLabel = QLabel(planItemDialog)
        self.planWriterLabel.setObjectName(u"planWriterLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.planWriterLabel)

        self.planWriter = QComboBox(planItemDialog)
        self.planWriter.setObjectName(u"planWriter")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.planWriter)


        self.layout.addLayout(self.fields)

        self.buttons = QDialogButtonBox(planItemDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.planSlugLabel.setBuddy(self.planSlug)
        self.planSectionLabel.setBuddy(self.planSection)
        self.planPitchLabel.setBuddy(self.planPitch)
        self.planWordsLabel.setBuddy(self.planWords)
        self.planWriterLabel.setBuddy(self.planWriter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(planItemDialog)
    # setupUi

    def retranslateUi(self, planItemDialog):
        planItemDialog.setWindowTitle(QCoreApplication.translate("PlanItemDialog", u"New plan item", None))
        self.planSlugLabel.setText(QCoreApplication.translate("PlanItemDialog", u"Slug", None))
#if QT_CONFIG(accessibility)
        self.planSlug.setAccessibleName(QCoreApplication.translate("PlanItemDialog", u"Slug or working headline", None))
#endif // QT_CONFIG(accessibility)
        self.planSlug.setPlaceholderText(QCoreApplication.translate("PlanItemDialog", u"Slug or working headline", None))
        self.planSectionLabel.setText(QCoreApplication.translate("PlanItemDialog", u"Section", None))
#if QT_CONFIG(accessibility)
        self.planSection.setAccessibleName(QCoreApplication.translate("PlanItemDialog", u"Section", None))
#endif // QT_CONFIG(accessibility)
        self.planPitchLabel.setText(QCoreApplication.translate("PlanItemDialog", u"Pitch", None))
#if QT_CONFIG(accessibility)
        self.planPitch.setAccessibleName(QCoreApplication.translate("PlanItemDialog", u"Pitch", None))
#endif // QT_CONFIG(accessibility)
        self.planWordsLabel.setText(QCoreApplication.translate("PlanItemDialog", u"Planned words", None))
#if QT_CONFIG(accessibility)
        self.planWords.setAccessibleName(QCoreApplication.translate("PlanItemDialog", u"Planned words", None))
#endif // QT_CONFIG(accessibility)
        self.planWords.setSpecialValueText(QCoreApplication.translate("PlanItemDialog", u"not set", None))
        self.planHasDue.setText(QCoreApplication.translate("PlanItemDialog", u"Due at", None))
#if QT_CONFIG(accessibility)
        self.planDue.setAccessibleName(QCoreApplication.translate("PlanItemDialog", u"Due time", None))
#endif // QT_CONFIG(accessibility)
        self.planWriterLabel.setText(QCoreApplication.translate("PlanItemDialog", u"Writer", None))
#if QT_CONFIG(accessibility)
        self.planWriter.setAccessibleName(QCoreApplication.translate("PlanItemDialog", u"Writer", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

