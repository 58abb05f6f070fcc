"""Choosing the newsroom: this computer's file or a newsroom server, tested before use.

Testing and connecting run on the dialog's own worker thread, so a slow or unreachable
server never freezes the window; the outcome shows inline under the form. The dialog
closes only once the newsroom is open (`newsroom`, `connection`), so a failure keeps the
form as it was for another try.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import qtawesome as qta
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.connections import (
    DEFAULT_PORT,
    ConnectionCheck,
    InvalidConnection,
    NewsroomConnection,
    SslMode,
    classify_failure,
    default_database_path,
    explain_failure,
    test_connection,
)
from newsdesk.services.database_errors import DatabaseError
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.secrets import PasswordStore, PasswordStoreError
from newsdesk.ui.connection.recent import RecentConnections
from newsdesk.ui.naming import named
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Opener = Callable[[str], Newsroom]

OK_COLOUR = "#15803d"
FAIL_COLOUR = "#b91c1c"
SSL_MODE_HINTS = {
    SslMode.DISABLE: QT_TRANSLATE_NOOP("ConnectionDialog", "never encrypt"),
    SslMode.ALLOW: QT_TRANSLATE_NOOP("ConnectionDialog", "encrypt only if the server insists"),
    SslMode.PREFER: QT_TRANSLATE_NOOP("ConnectionDialog", "encrypt when the server can"),
    SslMode.REQUIRE: QT_TRANSLATE_NOOP("ConnectionDialog", "always encrypt, any certificate"),
    SslMode.VERIFY_CA: QT_TRANSLATE_NOOP(
        "ConnectionDialog", "encrypt, check the certificate's authority"
    ),
    SslMode.VERIFY_FULL: QT_TRANSLATE_NOOP(
        "ConnectionDialog", "encrypt, check the authority and host name"
    ),
}


class ConnectionDialog(QDialog):
    def __init__(
        self,
        settings: QSettings,
        passwords: PasswordStore,
        *,
        opener: Opener = open_newsroom,
        current: NewsroomConnection | None = None,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Connect to newsroom"))
        self.newsroom: Newsroom | None = None
        self.connection: NewsroomConnection | None = None
        self._passwords = passwords
        self._opener = opener
        self._recent_store = RecentConnections(settings)
        self._recent: list[NewsroomConnection] = []
        self._runner = TaskRunner("connection", self)
        self._connecting = False
        self._cancelled = False

        self.recent_list = named(QListWidget(), "recentConnections")
        self.recent_list.setAccessibleName(self.tr("Recent newsrooms"))
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.forget_button = named(QPushButton(self.tr("&Forget")), "forgetConnection")
        self.forget_button.setToolTip(self.tr("Remove the newsroom from this list"))

        self.local_radio = named(QRadioButton(self.tr("This &computer")), "localNewsroom")
        self.server_radio = named(QRadioButton(self.tr("Newsroom &server")), "serverNewsroom")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.local_radio)
        self.kind_group.addButton(self.server_radio)
        self.local_path = named(QLineEdit(), "localPath")
        self.local_path.setPlaceholderText(str(default_database_path()))
        self.local_path.setAccessibleName(self.tr("Newsroom file"))
        self.browse_button = named(QPushButton(self.tr("C&hoose…")), "chooseLocalFile")

        self.name = named(QLineEdit(), "connectionName")
        self.name.setPlaceholderText(self.tr("optional, e.g. City desk"))
        self.host = named(QLineEdit(), "serverHost")
        self.host.setPlaceholderText("newsroom.example.org")
        self.port = named(QSpinBox(), "serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = named(QLineEdit(), "serverDatabase")
        self.user = named(QLineEdit(), "serverUser")
        self.tls_mode = named(QComboBox(), "tlsMode")
        for mode in SslMode:
            self.tls_mode.addItem(f"{mode.value} — {self.tr(SSL_MODE_HINTS[mode])}", mode.value)
        self.tls_mode.setCurrentIndex(self.tls_mode.findData(SslMode.PREFER.value))
        self.password = named(QLineEdit(), "serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_password = named(
            QCheckBox(self.tr("&Remember password in the system keyring")), "rememberPassword"
        )
        self.remember_password.setChecked(True)
        self.keyring_note = named(QLabel(), "keyringNote")
        self.keyring_note.setWordWrap(True)

        self.test_button = named(QPushButton(self.tr("&Test connection")), "testConnection")
        self.test_button.setIcon(qta.icon("mdi6.lan-check"))
        self.outcome = named(QLabel(), "connectionResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setMinimumHeight(self.fontMetrics().height() * 3)
        self.outcome.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("C&onnect"))
        self.connect_button.setObjectName("connectButton")

        self._lay_out()
        self._wire()
        self._show_keyring_state()
        self._load_recent()
        self.fill(current or (self._recent[0] if self._recent else NewsroomConnection.local()))
        if message:
            self._show_result(False, message)
            if self.server_radio.isChecked():
                self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- building ------------------------------------------------------------------------
    def _lay_out(self) -> None:
        recent_box = QVBoxLayout()
        recent_label = QLabel(self.tr("R&ecent"))
        recent_label.setBuddy(self.recent_list)
        recent_box.addWidget(recent_label)
        recent_box.addWidget(self.recent_list, 1)
        recent_box.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.local_box = QWidget()
        local_row = QHBoxLayout(self.local_box)
        local_row.setContentsMargins(24, 0, 0, 0)
        local_row.addWidget(QLabel(self.tr("File:")))
        local_row.addWidget(self.local_path, 1)
        local_row.addWidget(self.browse_button)

        self.server_box = QWidget()
        form = QFormLayout(self.server_box)
        form.setContentsMargins(24, 0, 0, 0)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        port_label = QLabel(self.tr("Port:"))
        port_label.setBuddy(self.port)
        host_row.addWidget(port_label)
        host_row.addWidget(self.port)
        form.addRow(self.tr("&Name:"), self.name)
        host_label = QLabel(self.tr("H&ost:"))
        host_label.setBuddy(self.host)
        form.addRow(host_label, host_row)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("T&LS mode:"), self.tls_mode)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember_password)
        form.addRow("", self.keyring_note)

        choice = QVBoxLayout()
        choice.addWidget(self.local_radio)
        choice.addWidget(self.local_box)
        choice.addSpacing(6)
        choice.addWidget(self.server_radio)
        choice.addWidget(self.server_box)
        choice.addStretch(1)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.outcome, 1)
        choice.addLayout(test_row)

        grid = QGridLayout(self)
        grid.addLayout(recent_box, 0, 0)
        grid.addLayout(choice, 0, 1)
        grid.addWidget(self.buttons, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 5)
        self.resize(820, 460)

    def _wire(self) -> None:
        self.local_radio.toggled.connect(self._kind_changed)
        self.browse_button.clicked.connect(self._choose_file)
        self.recent_list.currentRowChanged.connect(self._recent_picked)
        self.recent_list.itemActivated.connect(lambda _item: self.accept())
        self.forget_button.clicked.connect(self._forget_selected)
        self.test_button.clicked.connect(self.check_connection)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.host, self.database, self.user, self.password, self.local_path):
            edit.textEdited.connect(self._form_edited)
        self.port.valueChanged.connect(self._form_edited)
        self.tls_mode.currentIndexChanged.connect(self._form_edited)
        test_shortcut = QShortcut(QKeySequence("Ctrl+T"), self)
        test_shortcut.activated.connect(self.check_connection)

    def _show_keyring_state(self) -> None:
        problem = self._passwords.problem()
        self.remember_password.setEnabled(problem is None)
        if problem is not None:
            self.remember_password.setChecked(False)
        self.keyring_note.setText(self.tr(problem) if problem else "")
        self.keyring_note.setVisible(problem is not None)

    def _load_recent(self) -> None:
        self._recent = self._recent_store.load()
        self.recent_list.blockSignals(True)
        self.recent_list.clear()
        for connection in self._recent:
            icon = "mdi6.laptop" if connection.is_local else "mdi6.server-network"
            item = QListWidgetItem(qta.icon(icon), connection.display_name)
            item.setToolTip(connection.location)
            self.recent_list.addItem(item)
        self.recent_list.blockSignals(False)
        self.forget_button.setEnabled(bool(self._recent))

    # ---- the form ------------------------------------------------------------------------
    def fill(self, connection: NewsroomConnection) -> None:
        """Show `connection` in the form (the password only as "saved", never in clear)."""
        self.local_radio.setChecked(connection.is_local)
        self.server_radio.setChecked(not connection.is_local)
        self.local_path.setText(connection.path)
        self.name.setText(connection.name if not connection.is_local else "")
        if not connection.is_local:
            self.host.setText(connection.host)
            self.port.setValue(connection.port)
            self.database.setText(connection.database)
            self.user.setText(connection.user)
            self.tls_mode.setCurrentIndex(self.tls_mode.findData(connection.sslmode.value))
        self.password.clear()
        self._show_saved_password(connection)
        self._kind_changed()
        self._clear_result()
        row = next(
            (i for i, other in enumerate(self._recent) if other.identity == connection.identity),
            -1,
        )
        self.recent_list.blockSignals(True)
        self.recent_list.setCurrentRow(row)
        self.recent_list.blockSignals(False)

    def _show_saved_password(self, connection: NewsroomConnection) -> None:
        saved = self._saved_password(connection) is not None
        self.password.setPlaceholderText(self.tr("saved in the system keyring") if saved else "")
        if saved and self.remember_password.isEnabled():
            self.remember_password.setChecked(True)

    def _saved_password(self, connection: NewsroomConnection) -> str | None:
        if connection.is_local:
            return None
        return self._passwords.get(connection.host, connection.port, connection.user)

    def form_connection(self) -> NewsroomConnection:
        """The connection the form describes; raises InvalidConnection with what is wrong."""
        if self.local_radio.isChecked():
            return NewsroomConnection.local(self.local_path.text().strip() or None)
        return NewsroomConnection.server(
            host=self.host.text(),
            port=self.port.value(),
            database=self.database.text(),
            user=self.user.text(),
            sslmode=str(self.tls_mode.currentData()),
            name=self.name.text(),
        )

    def _password_for(self, connection: NewsroomConnection) -> str | None:
        if connection.is_local:
            return None
        return self.password.text() or self._saved_password(connection)

    def _kind_changed(self) -> None:
        local = self.local_radio.isChecked()
        self.local_box.setEnabled(local)
        self.server_box.setEnabled(not local)
        self._clear_result()

    def _form_edited(self) -> None:
        self._clear_result()
        if self.sender() in (self.host, self.port, self.user):
            try:
                self._show_saved_password(self.form_connection())
            except InvalidConnection:
                self.password.setPlaceholderText("")

    def _choose_file(self) -> None:
        start = self.local_path.text() or str(default_database_path())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Newsroom file"),
            start,
            self.tr("Newsroom files (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.local_path.setText(path)
            self._clear_result()

    def _recent_picked(self, row: int) -> None:
        if 0 <= row < len(self._recent):
            self.fill(self._recent[row])

    def _forget_selected(self) -> None:
        row = self.recent_list.currentRow()
        if not 0 <= row < len(self._recent):
            return
        connection = self._recent[row]
        self._recent_store.forget(connection)
        if not connection.is_local:
            try:
                self._passwords.delete(connection.host, connection.port, connection.user)
            except PasswordStoreError as error:
                self._show_result(False, str(error))
        self._load_recent()

    # ---- outcome -------------------------------------------------------------------------
    def _clear_result(self) -> None:
        if not self._connecting:
            self.outcome.clear()
            self.outcome.setToolTip("")

    def _show_result(self, ok: bool | None, message: str, detail: str = "") -> None:
        mark = "" if ok is None else ("✔ " if ok else "✖ ")
        self.outcome.setText(mark + message)
        colour = "" if ok is None else (OK_COLOUR if ok else FAIL_COLOUR)
        self.outcome.setStyleSheet(f"color: {colour};" if colour else "")
        self.outcome.setToolTip(detail)

    def _show_check(self, check: ConnectionCheck) -> None:
        self._show_result(check.ok, self.tr(check.message), check.detail)
        if check.needs_password and self.server_radio.isChecked():
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def check_connection(self) -> None:
        """Test connection: runs off the GUI thread, the answer shows under the form."""
        if self._connecting:
            return
        try:
            connection = self.form_connection()
        except InvalidConnection as error:
            self._show_result(False, str(error))
            return
        self._show_result(None, self.tr("Testing the connection…"))
        self._runner.submit(
            test_connection,
            connection,
            self._password_for(connection),
            on_done=self._tested,
            on_error=lambda error: self._tested(classify_failure(str(error))),
            latest="test",
        )

    def _tested(self, check: ConnectionCheck) -> None:
        if self.isVisible():
            self._show_check(check)
        self._finish_if_closed()

    # ---- connecting ----------------------------------------------------------------------
    def accept(self) -> None:
        """Connect: open the newsroom off the GUI thread; close only once it is open."""
        if self._connecting:
            return
        try:
            connection = self.form_connection()
        except InvalidConnection as error:
            self._show_result(False, str(error))
            return
        password = self._password_for(connection)
        self._set_connecting(True)
        self._show_result(None, self.tr("Connecting to %1…").replace("%1", connection.display_name))
        url = connection.url_with_password(password)
        self._runner.submit(
            self._open,
            url,
            on_done=lambda newsroom: self._opened(newsroom, connection, password),
            on_error=lambda error: self._open_failed(connection, error),
        )

    def _open(self, url: str) -> Newsroom | None:
        newsroom = self._opener(url)
        if self._cancelled:  # the user gave up while it was opening
            newsroom.close()
            return None
        return newsroom

    def _opened(
        self, newsroom: Newsroom | None, connection: NewsroomConnection, password: str | None
    ) -> None:
        self._set_connecting(False)
        if newsroom is None or self._cancelled:
            if newsroom is not None:
                newsroom.close()
            self._finish_if_closed()
            return
        self._keep_password(connection, password)
        self._recent_store.remember(connection)
        self.newsroom = newsroom
        self.connection = connection
        super().accept()

    def _keep_password(self, connection: NewsroomConnection, password: str | None) -> None:
        if connection.is_local:
            return
        key = (connection.host, connection.port, connection.user)
        try:
            if self.remember_password.isChecked() and password:
                self._passwords.set(*key, password)
            elif not self.remember_password.isChecked():
                self._passwords.delete(*key)
        except PasswordStoreError as error:
            log.warning("%s", error)

    def _open_failed(self, connection: NewsroomConnection, error: BaseException) -> None:
        self._set_connecting(False)
        if self._cancelled:
            self._finish_if_closed()
            return
        if isinstance(error, DatabaseError):
            self._show_check(explain_failure(connection, str(error)))
        else:
            log.error("opening the newsroom failed", exc_info=error)
            self._show_result(False, str(error))

    def _set_connecting(self, connecting: bool) -> None:
        self._connecting = connecting
        for widget in (self.connect_button, self.test_button, self.recent_list):
            widget.setEnabled(not connecting)

    def reject(self) -> None:
        self._cancelled = True
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        self._finish_if_closed()

    def _finish_if_closed(self) -> None:
        """Stop the worker once the dialog is gone and nothing is under way."""
        if not self.isVisible() and not self._runner.busy:
            self._runner.shutdown()
