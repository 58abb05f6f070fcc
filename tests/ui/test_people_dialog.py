"""The People dialog: add a person's login with roles, change roles, see refusals."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import child_of

from newsdesk.domain.enums import Role
from newsdesk.services.admin import AdminService, drop_own_roles
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.admin.people_dialog import PeopleDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.tasks import TaskRunner


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner("people-test")
    yield runner
    runner.shutdown()


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _rows(dialog: PeopleDialog) -> dict[str, str]:
    table = dialog.table
    return {cell(table, r, 0): cell(table, r, 2) for r in range(table.rowCount())}


@pytest.mark.postgres
def test_an_admin_adds_a_person_and_changes_their_roles(
    qtbot: QtBot, postgres_url: str, tasks: TaskRunner
) -> None:
    newsroom: Newsroom = open_newsroom(postgres_url)
    service = AdminService(newsroom.database, newsroom.identity)
    service.ensure_own_roles()  # this copy of the template gets roles of its own
    login = f"ui{uuid.uuid4().hex[:6]}.writer"
    try:
        dialog = PeopleDialog(service, tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.login, login)
        qtbot.keyClicks(dialog.display_name, "Ui Writer")
        qtbot.keyClicks(dialog.password, "a long password")
        dialog.roles[Role.DESK].setChecked(True)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _rows(dialog).get(login) == "desk")
        assert dialog.password.text() == ""
        assert dialog.message.text() == f"{login}: desk"

        row = next(r for r in range(dialog.table.rowCount()) if cell(dialog.table, r, 0) == login)
        dialog.table.selectRow(row)
        assert dialog.roles[Role.DESK].isChecked() and dialog.display_name.text() == "Ui Writer"
        dialog.roles[Role.COPY].setChecked(True)
        qtbot.mouseClick(dialog.save_roles_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _rows(dialog).get(login) == "desk, copy")
        assert service.person(login).roles == frozenset({Role.DESK, Role.COPY})

        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # no password now
        qtbot.waitUntil(lambda: "at least 8 characters" in dialog.message.text())
        qtbot.keyClicks(dialog.password, "another long password")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # same login again
        qtbot.waitUntil(lambda: "already exists" in dialog.message.text())
        assert dialog.add_button.isEnabled()
        dialog.login.clear()
        qtbot.keyClicks(dialog.login, "nd_writer")  # the name says why it is refused
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "starting with nd_ or pg_ are reserved" in dialog.message.text())
    finally:
        with newsroom.database.engine.begin() as connection:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
            drop_own_roles(connection)
        newsroom.close()


def test_a_local_newsroom_file_says_people_need_a_server(
    qtbot: QtBot, sqlite_url: str, tasks: TaskRunner
) -> None:
    newsroom = open_newsroom(sqlite_url)
    try:
        dialog = PeopleDialog(AdminService(newsroom.database, newsroom.identity), tasks)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: "need a newsroom server" in dialog.message.text())
        assert dialog.table.rowCount() == 0
    finally:
        newsroom.close()


def test_people_and_roles_is_in_the_file_menu_for_an_admin_of_a_server(
    qtbot: QtBot,
    open_window: Callable[[str], MainWindow],
    demo_url: str,
    postgres_url: str,
) -> None:
    local = open_window(demo_url)
    action = local.findChild(QAction, "openPeople")
    assert action in local.file_menu.actions()
    assert not action.isEnabled()
    assert "newsroom server" in action.toolTip()

    newsroom = open_newsroom(postgres_url)
    load_demo(newsroom)
    AdminService(newsroom.database, newsroom.identity).ensure_own_roles()
    newsroom.close()
    server = open_window(postgres_url)
    people = child_of(server, QAction, "openPeople")
    assert people.isEnabled()  # the owner's account holds every role
    people.trigger()
    qtbot.waitUntil(
        lambda: (found := server.findChild(PeopleDialog)) is not None and found.isVisible(),
        timeout=5000,
    )
    dialog = child_of(server, PeopleDialog)
    qtbot.waitUntil(lambda: "add the first person" in dialog.message.text(), timeout=10000)
    assert dialog.table.rowCount() == 0
    dialog.close()
