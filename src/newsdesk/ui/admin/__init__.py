"""Administration windows: the people of a newsroom server and their roles.

File ▸ People and roles… opens them for an admin of a newsroom server; elsewhere the
action stays in the menu, disabled, with a tooltip saying why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from newsdesk.domain.enums import Role

if TYPE_CHECKING:
    from newsdesk.ui.admin.people_dialog import PeopleDialog
    from newsdesk.ui.workbench import Workbench


def install(workbench: Workbench) -> None:
    translate = QCoreApplication.translate
    action = QAction(translate("Administration", "&People and roles…"), workbench.host)
    action.setObjectName("openPeople")
    newsroom = workbench.newsroom
    on_server = not newsroom.database.is_sqlite
    is_admin = Role.ADMIN in newsroom.user.roles
    action.setEnabled(on_server and is_admin)
    if not on_server:
        why = translate("Administration", "People and roles need a newsroom server (PostgreSQL)")
    elif not is_admin:
        why = translate("Administration", "Only an admin manages people and roles")
    else:
        why = translate("Administration", "Add people's logins and choose their roles")
    action.setStatusTip(why)
    action.setToolTip(why)
    action.triggered.connect(lambda: open_people(workbench))
    workbench.menus.add_before_quit(action)


def open_people(workbench: Workbench) -> PeopleDialog:
    from newsdesk.services.admin import AdminService
    from newsdesk.ui.admin.people_dialog import PeopleDialog

    newsroom = workbench.newsroom
    dialog = PeopleDialog(
        AdminService(newsroom.database, newsroom.identity), workbench.tasks.queries, workbench.host
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
