"""Choosing the newsroom: this computer's file or a newsroom server, tested before use.

Testing and connecting run on the dialog's own worker thread, so a slow or unreachable
server never freezes the window; the outcome shows inline under the form. The dialog
closes only once the newsroom is open (`newsroom`, `connection`), so a failure keeps the
form as it was for another try.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

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
from newsdesk.ui import icons as qta
from newsdesk.ui.connection.recent import RecentConnections
from newsdesk.ui.contrast import tint
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.connection_dialog_form import Ui_ConnectionDialog
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


class ConnectionDialog(FormWidget, QDialog):
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
        self.ui = self.set_up_form(Ui_ConnectionDialog())
        self.newsroom: Newsroom | None = None
        self.connection: NewsroomConnection | None = None
        self._passwords = passwords
        self._opener = opener
        self._recent_store = RecentConnections(settings)
        self._recent: list[NewsroomConnection] = []
        self._runner = TaskRunner("connection", self)
        self._connecting = False
        self._cancelled = False
        self._password_saved = False
        self._keyring_problem = passwords.problem()

        ui = self.ui
        self.recent_list = ui.recentConnections
        self.forget_button = ui.forgetConnection
        self.local_radio = ui.localNewsroom
        self.server_radio = ui.serverNewsroom
        self.local_box = ui.localBox
        self.local_path = ui.localPath
        self.browse_button = ui.chooseLocalFile
        self.server_box = ui.serverBox
        self.name = ui.connectionName
        self.host = ui.serverHost
        self.port = ui.serverPort
        self.database = ui.serverDatabase
        self.user = ui.serverUser
        self.tls_mode = ui.tlsMode
        self.password = ui.serverPassword
        self.remember_password = ui.rememberPassword
        self.keyring_note = ui.keyringNote
        self.test_button = ui.testConnection
        self.outcome = ui.connectionResult
        self.buttons = ui.buttons
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setObjectName("connectButton")

        self.local_path.setPlaceholderText(str(default_database_path()))
        self.port.setValue(DEFAULT_PORT)
        for mode in SslMode:
            self.tls_mode.addItem(mode.value, mode.value)  # the hints: retranslate_ui
        self.tls_mode.setCurrentIndex(self.tls_mode.findData(SslMode.PREFER.value))
        self.test_button.setIcon(qta.icon("mdi6.lan-check"))
        self.outcome.setMinimumHeight(self.fontMetrics().height() * 3)
        self.retranslate_ui()

        self._wire()
        self._show_keyring_state()
        self._load_recent()
        self.fill(current or (self._recent[0] if self._recent else NewsroomConnection.local()))
        if message:
            self._show_result(False, message)
            if self.server_radio.isChecked():
                self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        self.connect_button.setText(self.tr("C&onnect"))
        for index, mode in enumerate(SslMode):
            self.tls_mode.setItemText(index, f"{mode.value} — {self.tr(SSL_MODE_HINTS[mode])}")
        problem = self._keyring_problem
        self.keyring_note.setText(self.tr(problem) if problem else "")
        self._show_password_hint()

    # ---- building ------------------------------------------------------------------------
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
        problem = self._keyring_problem
        self.remember_password.setEnabled(problem is None)
        if problem is not None:
            self.remember_password.setChecked(False)
        self.keyring_note.setVisible(problem is not None)  # its text: retranslate_ui

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
        self._password_saved = self._saved_password(connection) is not None
        self._show_password_hint()
        if self._password_saved and self.remember_password.isEnabled():
            self.remember_password.setChecked(True)

    def _show_password_hint(self) -> None:
        hint = self.tr("saved in the system keyring") if self._password_saved else ""
        self.password.setPlaceholderText(hint)

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
                self._password_saved = False
                self._show_password_hint()

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
        tint(self.outcome, colour or None)
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
