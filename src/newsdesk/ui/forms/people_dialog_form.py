# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PeopleDialog(object):
    def setupUi(self, peopleDialog):
        if not peopleDialog.objectName():
            peopleDialog.setObjectName(u"peopleDialog")
        peopleDialog.resize(620, 480)
        self.layout = QVBoxLayout(peopleDialog)
        self.layout.setObjectName(u"layout")
        self.peopleTable = QTableWidget(peopleDialog)
        if (self.peopleTable.columnCount() < 3):
            self.peopleTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.peopleTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.peopleTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.peopleTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleTable.horizontalHeader().setStretchLastSection(True)

        self.layout.addWidget(self.peopleTable)

        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.personLoginLabel = QLabel(peopleDialog)
        self.personLoginLabel.setObjectName(u"personLoginLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLoginLabel)

        self.personLogin = QLineEdit(peopleDialog)
        self.personLogin.setObjectName(u"personLogin")
        self.personLogin.setPlaceholderText(u"dana.desk")

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personLogin)

        self.personNameLabel = QLabel(peopleDialog)
        self.personNameLabel.setObjectName(u"personNameLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personNameLabel)

        self.personName = QLineEdit(peopleDialog)
        self.personName.setObjectName(u"personName")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personName)

        self.personPasswordLabel = QLabel(peopleDialog)
        self.personPasswordLabel.setObjectName(u"personPasswordLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personPasswordLabel)

        self.personPassword = QLineEdit(peopleDialog)
        self.personPassword.setObjectName(u"personPassword")
        self.personPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personPassword)

        self.personRolesLabel = QLabel(peopleDialog)
        self.personRolesLabel.setObjectName(u"personRolesLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.personRolesLabel)

        self.personRoles = QHBoxLayout()
        self.personRoles.setObjectName(u"personRoles")

        self.personForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.personRoles)


        self.layout.addLayout(self.personForm)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.addPerson = QPushButton(peopleDialog)
        self.addPerson.setObjectName(u"addPerson")

        self.actions.addWidget(self.addPerson)

        self.savePersonRoles = QPushButton(peopleDialog)
        self.savePersonRoles.setObjectName(u"savePersonRoles")

        self.actions.addWidget(self.savePersonRoles)

        self.actionsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsEnd)

        self.actions.setStretch(2, 1)

        self.layout.addLayout(self.actions)

        self.peopleMessage = QLabel(peopleDialog)
        self.peopleMessage.setObjectName(u"peopleMessage")
        self.peopleMessage.setWordWrap(True)

        self.layout.addWidget(self.peopleMessage)

        self.buttons = QDialogButtonBox(peopleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.personLoginLabel.setBuddy(self.personLogin)
        self.personNameLabel.setBuddy(self.personName)
        self.personPasswordLabel.setBuddy(self.personPassword)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(peopleDialog)
    # setupUi

    def retranslateUi(self, peopleDialog):
        peopleDialog.setWindowTitle(QCoreApplication.translate("PeopleDialog", u"People", None))
        ___qtablewidgetitem = self.peopleTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PeopleDialog", u"Login", None))
        ___qtablewidgetitem1 = self.peopleTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PeopleDialog", u"Name", None))
        ___qtablewidgetitem2 = self.peopleTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PeopleDialog", u"Roles", None))
#if QT_CONFIG(accessibility)
        self.peopleTable.setAccessibleName(QCoreApplication.translate("PeopleDialog", u"People and their roles", None))
#endif // QT_CONFIG(accessibility)
        self.personLoginLabel.setText(QCoreApplication.translate("PeopleDialog", u"Login", None))
        self.personNameLabel.setText(QCoreApplication.translate("PeopleDialog", u"Name", None))
        self.personPasswordLabel.setText(QCoreApplication.translate("PeopleDialog", u"Password", None))
        self.personRolesLabel.setText(QCoreApplication.translate("PeopleDialog", u"Roles", None))
        self.addPerson.setText(QCoreApplication.translate("PeopleDialog", u"Add person", None))
        self.savePersonRoles.setText(QCoreApplication.translate("PeopleDialog", u"Save roles", None))
    # retranslateUi

