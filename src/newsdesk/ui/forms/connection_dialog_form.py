# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connection_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QButtonGroup, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ConnectionDialog(object):
    def setupUi(self, connectionDialog):
        if not connectionDialog.objectName():
            connectionDialog.setObjectName(u"connectionDialog")
        connectionDialog.resize(820, 460)
        self.grid = QGridLayout(connectionDialog)
        self.grid.setObjectName(u"grid")
        self.recentBox = QVBoxLayout()
        self.recentBox.setObjectName(u"recentBox")
        self.recentLabel = QLabel(connectionDialog)
        self.recentLabel.setObjectName(u"recentLabel")

        self.recentBox.addWidget(self.recentLabel)

        self.recentConnections = QListWidget(connectionDialog)
        self.recentConnections.setObjectName(u"recentConnections")
        self.recentConnections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recentConnections.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.recentBox.addWidget(self.recentConnections)

        self.forgetConnection = QPushButton(connectionDialog)
        self.forgetConnection.setObjectName(u"forgetConnection")

        self.recentBox.addWidget(self.forgetConnection, 0, Qt.AlignmentFlag.AlignLeft)

        self.recentBox.setStretch(1, 1)

        self.grid.addLayout(self.recentBox, 0, 0, 1, 1)

        self.choice = QVBoxLayout()
        self.choice.setObjectName(u"choice")
        self.localNewsroom = QRadioButton(connectionDialog)
        self.kindGroup = QButtonGroup(connectionDialog)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindGroup.addButton(self.localNewsroom)
        self.localNewsroom.setObjectName(u"localNewsroom")

        self.choice.addWidget(self.localNewsroom)

        self.localBox = QWidget(connectionDialog)
        self.localBox.setObjectName(u"localBox")
        self.localRow = QHBoxLayout(self.localBox)
        self.localRow.setObjectName(u"localRow")
        self.localRow.setContentsMargins(24, 0, 0, 0)
        self.localPathLabel = QLabel(self.localBox)
        self.localPathLabel.setObjectName(u"localPathLabel")

        self.localRow.addWidget(self.localPathLabel)

        self.localPath = QLineEdit(self.localBox)
        self.localPath.setObjectName(u"localPath")

        self.localRow.addWidget(self.localPath)

        self.chooseLocalFile = QPushButton(self.localBox)
        self.chooseLocalFile.setObjectName(u"chooseLocalFile")

        self.localRow.addWidget(self.chooseLocalFile)

        self.localRow.setStretch(1, 1)

        self.choice.addWidget(self.localBox)

        self.kindsApart = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.choice.addItem(self.kindsApart)

        self.serverNewsroom = QRadioButton(connectionDialog)
        self.kindGroup.addButton(self.serverNewsroom)
        self.serverNewsroom.setObjectName(u"serverNewsroom")

        self.choice.addWidget(self.serverNewsroom)

        self.serverBox = QWidget(connectionDialog)
        self.serverBox.setObjectName(u"serverBox")
        self.serverForm = QFormLayout(self.serverBox)
        self.serverForm.setObjectName(u"serverForm")
        self.serverForm.setContentsMargins(24, 0, 0, 0)
        self.connectionNameLabel = QLabel(self.serverBox)
        self.connectionNameLabel.setObjectName(u"connectionNameLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.connectionNameLabel)

        self.connectionName = QLineEdit(self.serverBox)
        self.connectionName.setObjectName(u"connectionName")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.connectionName)

        self.serverHostLabel = QLabel(self.serverBox)
        self.serverHostLabel.setObjectName(u"serverHostLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serverHostLabel)

        self.hostRow = QHBoxLayout()
        self.hostRow.setObjectName(u"hostRow")
        self.serverHost = QLineEdit(self.serverBox)
        self.serverHost.setObjectName(u"serverHost")
        self.serverHost.setPlaceholderText(u"newsroom.example.org")

        self.hostRow.addWidget(self.serverHost)

        self.serverPortLabel = QLabel(self.serverBox)
        self.serverPortLabel.setObjectName(u"serverPortLabel")

        self.hostRow.addWidget(self.serverPortLabel)

        self.serverPort = QSpinBox(self.serverBox)
        self.serverPort.setObjectName(u"serverPort")
        self.serverPort.setMinimum(1)
        self.serverPort.setMaximum(65535)

        self.hostRow.addWidget(self.serverPort)

        self.hostRow.setStretch(0, 1)

        self.serverForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.hostRow)

        self.serverDatabaseLabel = QLabel(self.serverBox)
        self.serverDatabaseLabel.setObjectName(u"serverDatabaseLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serverDatabaseLabel)

        self.serverDatabase = QLineEdit(self.serverBox)
        self.serverDatabase.setObjectName(u"serverDatabase")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serverDatabase)

        self.serverUserLabel = QLabel(self.serverBox)
        self.serverUserLabel.setObjectName(u"serverUserLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serverUserLabel)

        self.serverUser = QLineEdit(self.serverBox)
        self.serverUser.setObjectName(u"serverUser")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serverUser)

        self.tlsModeLabel = QLabel(self.serverBox)
        self.tlsModeLabel.setObjectName(u"tlsModeLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tlsModeLabel)

        self.tlsMode = QComboBox(self.serverBox)
        self.tlsMode.setObjectName(u"tlsMode")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tlsMode)

        self.serverPasswordLabel = QLabel(self.serverBox)
        self.serverPasswordLabel.setObjectName(u"serverPasswordLabel")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.serverPasswordLabel)

        self.serverPassword = QLineEdit(self.serverBox)
        self.serverPassword.setObjectName(u"serverPassword")
        self.serverPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.serverPassword)

        self.rememberPassword = QCheckBox(self.serverBox)
        self.rememberPassword.setObjectName(u"rememberPassword")
        self.rememberPassword.setChecked(True)

        self.serverForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rememberPassword)

        self.keyringNote = QLabel(self.serverBox)
        self.keyringNote.setObjectName(u"keyringNote")
        self.keyringNote.setWordWrap(True)

        self.serverForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.keyringNote)


        self.choice.addWidget(self.serverBox)

        self.choiceEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choice.addItem(self.choiceEnd)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testConnection = QPushButton(connectionDialog)
        self.testConnection.setObjectName(u"testConnection")

        self.testRow.addWidget(self.testConnection, 0, Qt.AlignmentFlag.AlignTop)

        self.connectionResult = QLabel(connectionDialog)
        self.connectionResult.setObjectName(u"connectionResult")
        self.connectionResult.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.connectionResult.setWordWrap(True)
        self.connectionResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.testRow.addWidget(self.connectionResult)

        self.testRow.setStretch(1, 1)

        self.choice.addLayout(self.testRow)

        self.choice.setStretch(5, 1)

        self.grid.addLayout(self.choice, 0, 1, 1, 1)

        self.buttons = QDialogButtonBox(connectionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.grid.addWidget(self.buttons, 1, 0, 1, 2)

        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 5)
#if QT_CONFIG(shortcut)
        self.recentLabel.setBuddy(self.recentConnections)
        self.localPathLabel.setBuddy(self.localPath)
        self.connectionNameLabel.setBuddy(self.connectionName)
        self.serverHostLabel.setBuddy(self.serverHost)
        self.serverPortLabel.setBuddy(self.serverPort)
        self.serverDatabaseLabel.setBuddy(self.serverDatabase)
        self.serverUserLabel.setBuddy(self.serverUser)
        self.tlsModeLabel.setBuddy(self.tlsMode)
        self.serverPasswordLabel.setBuddy(self.serverPassword)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(connectionDialog)
    # setupUi

    def retranslateUi(self, connectionDialog):
        connectionDialog.setWindowTitle(QCoreApplication.translate("ConnectionDialog", u"Connect to newsroom", None))
        self.recentLabel.setText(QCoreApplication.translate("ConnectionDialog", u"R&ecent", None))
#if QT_CONFIG(accessibility)
        self.recentConnections.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Recent newsrooms", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.forgetConnection.setToolTip(QCoreApplication.translate("ConnectionDialog", u"Remove the newsroom from this list", None))
#endif // QT_CONFIG(tooltip)
        self.forgetConnection.setText(QCoreApplication.translate("ConnectionDialog", u"&Forget", None))
        self.localNewsroom.setText(QCoreApplication.translate("ConnectionDialog", u"This co&mputer", None))
        self.localPathLabel.setText(QCoreApplication.translate("ConnectionDialog", u"File:", None))
#if QT_CONFIG(accessibility)
        self.localPath.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Newsroom file", None))
#endif // QT_CONFIG(accessibility)
        self.chooseLocalFile.setText(QCoreApplication.translate("ConnectionDialog", u"C&hoose\u2026", None))
        self.serverNewsroom.setText(QCoreApplication.translate("ConnectionDialog", u"Ne&wsroom server", None))
        self.connectionNameLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&Name:", None))
        self.connectionName.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"optional, e.g. City desk", None))
        self.serverHostLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Ho&st:", None))
        self.serverPortLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Port:", None))
        self.serverDatabaseLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&Database:", None))
        self.serverUserLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&User:", None))
        self.tlsModeLabel.setText(QCoreApplication.translate("ConnectionDialog", u"T&LS mode:", None))
        self.serverPasswordLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&Password:", None))
        self.rememberPassword.setText(QCoreApplication.translate("ConnectionDialog", u"&Remember password in the system keyring", None))
        self.testConnection.setText(QCoreApplication.translate("ConnectionDialog", u"&Test connection", None))
    # retranslateUi

