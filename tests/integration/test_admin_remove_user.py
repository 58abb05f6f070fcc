"""Removing a person from a newsroom server: `newsdesk admin remove-user` and the service.

A newsroom copied from the template with group roles of its own and real logins; what is
checked is what the server then allows (signing in, the login's existence), not only
what the app lists.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import psycopg
import pytest

from newsdesk.cli.main import main
from newsdesk.domain.entities import ArticleEdit, User
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import InvalidInput, NotAllowed, NotFound
from newsdesk.services.admin import AdminService, Person, drop_own_roles
from newsdesk.services.newsroom import Newsroom, open_newsroom

if TYPE_CHECKING:
    from tests.conftest import PostgresServer

pytestmark = pytest.mark.postgres

PASSWORD = "correct horse battery staple"


@dataclass
class Staffed:
    server: PostgresServer
    name: str
    owner: Newsroom
    tag: str

    @property
    def admin(self) -> AdminService:
        return AdminService(self.owner.database, self.owner.identity)

    def login(self, short: str) -> str:
        return f"t{self.tag}.{short}"

    def url(self, short: str) -> str:
        url = self.server.admin_url.set(database=self.name, username=self.login(short))
        return url.render_as_string(hide_password=False)

    def add(self, short: str, role: Role) -> Person:
        return self.admin.add_person(self.login(short), [role], PASSWORD, short.title())

    def login_exists(self, short: str) -> bool:
        with self.server._admin() as connection:
            row = connection.execute(
                "SELECT count(*) FROM pg_roles WHERE rolname = %s", (self.login(short),)
            ).fetchone()
        return bool(row and row[0])


@pytest.fixture
def staffed(postgres_server: PostgresServer) -> Iterator[Staffed]:
    assert postgres_server.template is not None
    name = postgres_server.create(template=postgres_server.template)
    owner = open_newsroom(postgres_server.url_for(name))
    AdminService(owner.database, owner.identity).ensure_own_roles()
    tag = uuid.uuid4().hex[:6]
    try:
        yield Staffed(postgres_server, name, owner, tag)
    finally:
        with owner.database.engine.begin() as connection:
            drop_own_roles(connection)
        owner.close()
        postgres_server.drop(name)
        with postgres_server._admin() as connection:
            for (login,) in connection.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"t{tag}.%",)
            ).fetchall():
                connection.execute(f'DROP ROLE IF EXISTS "{login}"')
            connection.execute(f"DROP ROLE IF EXISTS other_{tag}")


def _story_by(staffed: Staffed, person: Person) -> int:
    assert person.user_id is not None
    user = User(person.user_id, person.login, person.display_name, person.roles)
    writer = Newsroom.for_database(staffed.owner.database, user)
    edit = ArticleEdit(
        headline="Filed before leaving",
        standfirst="",
        body="Text.",
        dateline="",
        byline="",
        credit="",
        section_id=None,
        tags=(),
        language="en",
    )
    return writer.articles.create(edit).id


def test_a_removed_person_can_no_longer_sign_in_and_their_work_keeps_their_name(
    staffed: Staffed,
) -> None:
    dana = staffed.add("dana", Role.DESK)
    story = _story_by(staffed, dana)
    with psycopg.connect(staffed.url("dana")):
        pass  # signs in before

    removal = staffed.admin.remove_person(dana.login)

    assert removal.login_dropped and removal.person.login == dana.login
    assert not staffed.login_exists("dana")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(staffed.url("dana"), connect_timeout=5).close()
    assert dana.login not in [p.login for p in staffed.admin.people()]
    assert staffed.owner.articles.get(story).author == "Dana"
    with pytest.raises(NotFound):
        staffed.admin.remove_person(dana.login)
    # The same login can be given to someone again.
    again = staffed.add("dana", Role.COPY)
    assert again.roles == frozenset({Role.COPY}) and again.user_id == dana.user_id


def test_a_login_that_belongs_elsewhere_on_the_server_keeps_it_but_loses_this_newsroom(
    staffed: Staffed,
) -> None:
    sam = staffed.add("sam", Role.MODERATOR)
    with staffed.server._admin() as connection:  # as if a member of another newsroom
        connection.execute(f"CREATE ROLE other_{staffed.tag}")
        connection.execute(f'GRANT other_{staffed.tag} TO "{sam.login}"')

    removal = staffed.admin.remove_person(sam.login)

    assert not removal.login_dropped
    assert staffed.login_exists("sam")
    assert sam.login not in [p.login for p in staffed.admin.people()]
    with (
        psycopg.connect(staffed.url("sam")) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute("SELECT count(*) FROM comments").fetchone()


def _remove_by_service(staffed: Staffed, admin: Newsroom, login: str) -> bool:
    return AdminService(admin.database, admin.identity).remove_person(login).login_dropped


def _remove_by_sql(staffed: Staffed, admin: Newsroom, login: str) -> bool:
    with psycopg.connect(staffed.url("ada"), autocommit=True) as connection:
        row = connection.execute("SELECT newsdesk_remove_login(%s)", (login,)).fetchone()
    return bool(row and row[0])


@pytest.mark.parametrize("remove", [_remove_by_service, _remove_by_sql], ids=["service", "sql"])
def test_a_login_the_newsroom_did_not_make_is_never_dropped(
    staffed: Staffed, remove: Callable[[Staffed, Newsroom, str], bool]
) -> None:
    """An admin gives a login made outside the newsroom one of its roles, then removes
    the person: the login leaves the newsroom but stays on the server."""
    ada = staffed.add("ada", Role.ADMIN)
    outside = staffed.login("reports")  # made by someone else on the server
    with staffed.server._admin() as connection:
        connection.execute(f'CREATE ROLE "{outside}" LOGIN')
    as_ada = open_newsroom(staffed.url("ada"))
    try:
        AdminService(as_ada.database, as_ada.identity).set_roles(outside, [Role.DESK])

        dropped = remove(staffed, as_ada, outside)

        assert not dropped
        assert staffed.login_exists("reports")
        assert outside not in [p.login for p in staffed.admin.people()]
        # a login the newsroom made is still dropped
        dev = staffed.add("dev", Role.DESK)
        assert remove(staffed, as_ada, dev.login)
        assert not staffed.login_exists("dev")
    finally:
        as_ada.close()
    assert ada.login in [p.login for p in staffed.admin.people()]


def test_upgrading_marks_the_newsrooms_own_earlier_logins_and_no_older_one(
    staffed: Staffed,
) -> None:
    """Logins made before migration 0014 carry no mark: upgrading marks those the newsroom
    made (a person's login, made after its group roles), never an older login an admin
    gave a role and a person's row. Downgrading takes the marks and the policies away."""
    from sqlalchemy import text

    from newsdesk.storage import migrate

    outside = staffed.login("reports")
    with staffed.server._admin() as connection:
        connection.execute(f'CREATE ROLE "{outside}" LOGIN')
    with staffed.owner.database.engine.begin() as connection:  # the newsroom's roles: newer
        drop_own_roles(connection)
        connection.execute(text("SELECT newsdesk_rekey_rights()"))
    dev = staffed.add("dev", Role.DESK)
    staffed.admin.set_roles(outside, [Role.DESK])
    with staffed.owner.database.engine.begin() as connection:  # as an admin could write it
        connection.execute(
            text(
                "INSERT INTO users (username, display_name, login, created_at) "
                "VALUES (:l, 'Reports', :l, now())"
            ),
            {"l": outside},
        )
        migrate.downgrade(connection, "0013")
        marked = connection.execute(
            text("SELECT count(*) FROM pg_roles WHERE shobj_description(oid, 'pg_authid') LIKE :m"),
            {"m": "Newsdesk: a person's login%"},
        ).scalar_one()
        secured = connection.execute(
            text(
                "SELECT count(*) FROM pg_class WHERE relrowsecurity AND relname IN "
                "('related_links', 'article_tags', 'editorial_notes', 'article_locks')"
            )
        ).scalar_one()
        assert (marked, secured) == (0, 0)
        migrate.upgrade(connection)

    assert not staffed.admin.remove_person(outside).login_dropped
    assert staffed.login_exists("reports")
    assert staffed.admin.remove_person(dev.login).login_dropped
    assert not staffed.login_exists("dev")


def test_only_admins_remove_people_and_never_themselves(staffed: Staffed) -> None:
    ada = staffed.add("ada", Role.ADMIN)
    dev = staffed.add("dev", Role.DESK)
    as_dev = open_newsroom(staffed.url("dev"))
    as_ada = open_newsroom(staffed.url("ada"))
    try:
        with pytest.raises(NotAllowed, match="admins only"):
            AdminService(as_dev.database, as_dev.identity).remove_person(ada.login)
        with pytest.raises(InvalidInput, match="cannot remove yourself"):
            AdminService(as_ada.database, as_ada.identity).remove_person(ada.login)
        removal = AdminService(as_ada.database, as_ada.identity).remove_person(dev.login)
        assert removal.login_dropped
    finally:
        as_dev.close()
        as_ada.close()
    assert staffed.login_exists("ada") and not staffed.login_exists("dev")


def test_admin_remove_user_command(
    staffed: Staffed, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    staffed.add("ada", Role.ADMIN)
    lee = staffed.add("lee", Role.COPY)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    code = main(["--database", staffed.url("ada"), "admin", "remove-user", lee.login, "--json"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "login": lee.login,
        "name": "Lee",
        "roles": ["copy"],
        "can_sign_in": True,
        "login_dropped": True,
    }
    code = main(["--database", staffed.url("ada"), "admin", "list-users"])
    out, _ = capsys.readouterr()
    assert code == 0 and lee.login not in out

    code = main(["--database", staffed.url("ada"), "admin", "remove-user", lee.login])
    _, err = capsys.readouterr()
    assert code == 1 and f"no person with the login {lee.login!r}" in err
