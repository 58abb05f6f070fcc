"""“Switch user…” on a local database: one person can try each role of the desk.

The switch runs on the save worker, after the pending autosave, so the last edits are
saved as the person who typed them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QWidget

from newsdesk.domain.entities import User
from newsdesk.domain.enums import Role
from newsdesk.ui import icons as qta
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.user_picker_dialog_form import Ui_UserPickerDialog
from newsdesk.ui.vocabulary import role_name

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

USER_ROLE = Qt.ItemDataRole.UserRole + 1


def describe_roles(user: User) -> str:
    if Role.ADMIN in user.roles:
        return role_name(Role.ADMIN)  # an administrator may do everything
    names = [role_name(role) for role in Role if role in user.roles]
    return ", ".join(names) or QCoreApplication.translate("UserSwitcher", "no role")


class UserPickerDialog(FormWidget, QDialog):
    def __init__(self, users: list[User], current: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_UserPickerDialog())
        self.users = self.ui.userList
        self._people = users
        for user in users:
            item = QListWidgetItem()
            item.setData(USER_ROLE, user)
            self.users.addItem(item)
            if user.id == current.id:
                self.users.setCurrentItem(item)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.users.itemDoubleClicked.connect(lambda _item: self.accept())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The roles are words too."""
        for row, user in enumerate(self._people):
            self.users.item(row).setText(f"{user.display_name} — {describe_roles(user)}")

    def chosen(self) -> User | None:
        item = self.users.currentItem()
        return item.data(USER_ROLE) if item is not None else None

    def choose(self, display_name: str) -> None:
        for row in range(self.users.count()):
            item = self.users.item(row)
            if item.data(USER_ROLE).display_name == display_name:
                self.users.setCurrentItem(item)
                return
        raise LookupError(display_name)


class UserSwitcher(QObject):
    user_changed = Signal(object)
    """The User now acting (every copy-desk view re-evaluates)."""

    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self.action = QAction(
            qta.icon("mdi6.account-switch-outline"), self.tr("S&witch user…"), workbench
        )
        self.action.setObjectName("switchUserAction")
        self.action.setStatusTip(self.tr("Work as another member of the desk"))
        local = workbench.newsroom.database.is_sqlite
        self.action.setEnabled(local)
        if not local:
            self.action.setToolTip(self.tr("A shared database signs you in; no switching"))
        self.action.triggered.connect(self.open_dialog)
        self.label = QLabel()
        self.label.setObjectName("currentUser")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.label.setToolTip(self.tr("Who you are working as"))
        workbench.status.insertPermanentWidget(0, self.label)
        self._show(workbench.newsroom.user)

    def open_dialog(self) -> None:
        users = self._workbench.newsroom.users

        def load() -> list[User]:
            users.ensure_demo_users()
            return users.everyone()

        self._workbench.tasks.queries.submit(load, on_done=self._pick)

    def _pick(self, users: list[User]) -> None:
        dialog = UserPickerDialog(users, self._workbench.newsroom.user, self._workbench.host)
        dialog.accepted.connect(lambda: self._chosen(dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _chosen(self, user: User | None) -> None:
        if user is not None and user.id != self._workbench.newsroom.user.id:
            self.switch_to(user)

    def switch_to(self, user: User) -> None:
        workbench = self._workbench
        workbench.story.autosave.flush()
        workbench.tasks.saves.submit(
            workbench.newsroom.identity.switch, user, on_done=lambda _: self._switched()
        )

    def _switched(self) -> None:
        user = self._workbench.newsroom.user
        self._show(user)
        self._workbench.update_title()
        self._workbench.status.showMessage(
            self.tr("You are now working as %1.").replace("%1", user.display_name), 6000
        )
        self.user_changed.emit(user)

    def _show(self, user: User) -> None:
        self.label.setText(
            self.tr("%1 (%2)").replace("%1", user.display_name).replace("%2", describe_roles(user))
        )

    def retranslate_ui(self) -> None:
        """The interface language changed: the roles are words too."""
        self._show(self._workbench.newsroom.user)
