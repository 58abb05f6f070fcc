"""People: who has a login to this newsroom server, with which roles; add one, change roles.

Every call runs on the dialog's TaskRunner; the server enforces who may do what, and its
refusals are shown in the dialog as they come.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QTableWidgetItem, QWidget

from newsdesk.domain.enums import Role
from newsdesk.services.admin import AdminService, Person
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.people_dialog_form import Ui_PeopleDialog
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.vocabulary import role_name


class PeopleDialog(FormWidget, QDialog):
    def __init__(
        self, service: AdminService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_PeopleDialog())
        self._service = service
        self._tasks = tasks
        self._people: list[Person] = []
        self.table = self.ui.peopleTable
        self.login = self.ui.personLogin
        self.display_name = self.ui.personName
        self.password = self.ui.personPassword
        self.add_button = self.ui.addPerson
        self.save_roles_button = self.ui.savePersonRoles
        self.message = self.ui.peopleMessage
        self.roles: dict[Role, QCheckBox] = {}
        for role in Role:  # one box a role, as the domain lists them
            box = QCheckBox(role_name(role))
            box.setObjectName(f"role_{role.value}")
            self.ui.personRoles.addWidget(box)
            self.roles[role] = box
        self.ui.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selected)
        self.add_button.clicked.connect(self._add)
        self.save_roles_button.clicked.connect(self._save_roles)
        self.refresh()

    def retranslate_ui(self) -> None:
        for role, box in self.roles.items():
            box.setText(role_name(role))

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
