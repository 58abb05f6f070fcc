"""People: who has a login to this newsroom server, with which roles; add one, change roles.

Every call runs on the dialog's TaskRunner; the server enforces who may do what, and its
refusals are shown in the dialog as they come.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.enums import Role
from newsdesk.services.admin import AdminService, Person
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP
from newsdesk.ui.vocabulary import role_name

COLUMNS = (
    QT_TRANSLATE_NOOP("PeopleDialog", "Login"),
    QT_TRANSLATE_NOOP("PeopleDialog", "Name"),
    QT_TRANSLATE_NOOP("PeopleDialog", "Roles"),
)


class PeopleDialog(QDialog):
    def __init__(
        self, service: AdminService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self.setWindowTitle(self.tr("People"))
        self._service = service
        self._tasks = tasks
        self._people: list[Person] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People and their roles"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.login = QLineEdit()
        self.login.setObjectName("personLogin")
        self.login.setPlaceholderText("dana.desk")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("personName")
        self.password = QLineEdit()
        self.password.setObjectName("personPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = {role: QCheckBox(role_name(role)) for role in Role}
        role_row = QHBoxLayout()
        for role, box in self.roles.items():
            box.setObjectName(f"role_{role.value}")
            role_row.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Roles"), role_row)
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.setObjectName("addPerson")
        self.save_roles_button = QPushButton(self.tr("Save roles"))
        self.save_roles_button.setObjectName("savePersonRoles")
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.save_roles_button)
        actions.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("peopleMessage")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(620, 480)
        self.table.itemSelectionChanged.connect(self._selected)
        self.add_button.clicked.connect(self._add)
        self.save_roles_button.clicked.connect(self._save_roles)
        self.refresh()

    # ---- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._tasks.submit(self._service.people, on_done=self._show, on_error=self._refused)

    def _show(self, people: list[Person]) -> None:
        self._people = people
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            values = (person.login, person.display_name, ", ".join(person.role_names))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if not people:
            self.message.setText(
                self.tr("Nobody has a login of their own here yet: add the first person below.")
            )

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        person = self._people[rows[0].row()]
        self.login.setText(person.login)
        self.display_name.setText(person.display_name)
        for role, box in self.roles.items():
            box.setChecked(role in person.roles)

    def _checked(self) -> list[Role]:
        return [role for role, box in self.roles.items() if box.isChecked()]

    # ---- changing ------------------------------------------------------------------------
    def _add(self) -> None:
        password = self.password.text()
        self.password.clear()
        self._busy(self.tr("Adding…"))
        self._tasks.submit(
            self._service.add_person,
            self.login.text(),
            self._checked(),
            password,
            self.display_name.text(),
            on_done=self._changed,
            on_error=self._refused,
        )

    def _save_roles(self) -> None:
        self._busy(self.tr("Saving roles…"))
        self._tasks.submit(
            self._service.set_roles,
            self.login.text(),
            self._checked(),
            on_done=self._changed,
            on_error=self._refused,
        )

    def _busy(self, text: str) -> None:
        self.message.setText(text)
        self.add_button.setEnabled(False)
        self.save_roles_button.setEnabled(False)

    def _idle(self) -> None:
        self.add_button.setEnabled(True)
        self.save_roles_button.setEnabled(True)

    def _changed(self, person: Person) -> None:
        self._idle()
        roles = ", ".join(person.role_names) or self.tr("no role")
        self.message.setText(self.tr("{0}: {1}").format(person.login, roles))
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        self._idle()
        self.message.setText(str(error))
