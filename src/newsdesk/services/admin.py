"""People and their rights on a newsroom server: PostgreSQL logins in our group roles.

The database itself enforces what each role may do (migrations 0007 and 0014: grants,
row-level security, triggers); this service adds people, changes their roles, lists and
removes them, through the security-definer functions migrations 0007, 0011 and 0014 made.
A password becomes a SCRAM-SHA-256 verifier on this computer, so the password itself
never reaches the server, its logs or ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from newsdesk.domain.enums import Role
from newsdesk.domain.errors import InvalidInput, NewsdeskError, NotAllowed, NotFound
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database

LOGIN_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,62}$")
RESERVED_PREFIXES = ("nd_", "pg_")
"""Newsdesk names its group roles nd_…; PostgreSQL keeps pg_… for its own roles."""
MIN_PASSWORD = 8
MAX_DISPLAY_NAME = 200
ROLE_ORDER = tuple(Role)


class NeedsNewsroomServer(NewsdeskError):
    """People and rights live in PostgreSQL; a file on this computer has neither."""


@dataclass(frozen=True, slots=True)
class Person:
    login: str
    display_name: str
    roles: frozenset[Role]
    user_id: int | None = None
    """The person's row in `users`; None for a login made outside Newsdesk."""
    can_sign_in: bool = True
    """False when the login is gone from the server or may not log in."""

    @property
    def role_names(self) -> list[str]:
        return [role.value for role in ROLE_ORDER if role in self.roles]


@dataclass(frozen=True, slots=True)
class Removal:
    """A person taken out of the newsroom, and what became of their login."""

    person: Person
    login_dropped: bool
    """True when the login is gone from the server; False when it still belongs to
    something else there (another newsroom), which keeps it, when this newsroom did not
    make it (only logins it made are ever dropped), or when it was gone already."""


@dataclass(frozen=True, slots=True)
class GroupRoles:
    """This newsroom's group roles on the server, and whether they are its own."""

    prefix: str
    made_for: str
    """The database the roles were made for."""
    database: str
    """The database connected to."""

    @property
    def is_copy(self) -> bool:
        """A copied database still shares its original's roles (see `ensure_own_roles`)."""
        return self.made_for != self.database

    def name(self, role: Role) -> str:
        return f"{self.prefix}_{role.value}"

    @property
    def names(self) -> dict[Role, str]:
        return {role: self.name(role) for role in ROLE_ORDER}


def validate_login(login: str) -> str:
    login = login.strip()
    if login.startswith(RESERVED_PREFIXES):
        raise InvalidInput(
            f"{login!r} cannot be a login: names starting with nd_ or pg_ are reserved "
            "(nd_ for the newsrooms' group roles, pg_ for PostgreSQL's own roles)"
        )
    if not LOGIN_PATTERN.match(login):
        raise InvalidInput(
            f"{login!r} cannot be a login: use 2 to 63 lower-case letters, digits, dots, "
            "hyphens or underscores, starting with a letter"
        )
    return login


def parse_roles(names: Iterable[str]) -> frozenset[Role]:
    roles = set()
    for name in names:
        try:
            roles.add(Role(name.strip().lower()))
        except ValueError:
            known = ", ".join(role.value for role in ROLE_ORDER)
            raise InvalidInput(f"{name!r} is not a role (roles: {known})") from None
    return frozenset(roles)


def _problem(error: DBAPIError) -> NewsdeskError:
    """A database refusal as a message fit to show (never carrying a password)."""
    orig = error.orig
    diag = getattr(orig, "diag", None)
    detail = (getattr(diag, "message_primary", None) or str(orig)).strip().splitlines()[0]
    state = getattr(orig, "sqlstate", None)
    if state == "42501":
        return NotAllowed(detail)
    if state == "42704":
        return NotFound(detail)
    return InvalidInput(detail)


@contextmanager
def _refusals() -> Iterator[None]:
    try:
        yield
    except DBAPIError as error:
        raise _problem(error) from None


def scram_verifier(session: Session, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier libpq makes for `password`, as the server would store it."""
    driver = session.connection().connection.driver_connection
    pgconn = driver.pgconn  # type: ignore[union-attr]
    verifier = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return bytes(verifier).decode()


def group_roles(connection: Connection | Session) -> GroupRoles:
    row = connection.execute(
        text("SELECT newsdesk_rights_prefix(), newsdesk_rights_database(), current_database()")
    ).one()
    return GroupRoles(prefix=row[0], made_for=row[1], database=row[2])


def ensure_own_roles(connection: Connection | Session) -> GroupRoles:
    """Give a copied database group roles of its own (the original's lose their grants).

    Needs the owner (or a superuser) with CREATEROLE. A database already keyed to itself
    is left as it is.
    """
    current = group_roles(connection)
    if not current.is_copy:
        return current
    connection.execute(text("SELECT newsdesk_rekey_rights()"))
    return group_roles(connection)


def drop_own_roles(connection: Connection | Session) -> list[str]:
    """Drop this database's group roles before the database goes (roles are server-wide).

    Does nothing for a copy still sharing its original's roles.
    """
    found = connection.execute(text("SELECT newsdesk_drop_rights()")).scalar_one()
    return list(found or ())


class AdminService:
    def __init__(self, database: Database, identity: Identity) -> None:
        self._db = database
        self._identity = identity

    def _require_server(self) -> None:
        if self._db.is_sqlite:
            raise NeedsNewsroomServer(
                "People and roles need a newsroom server (PostgreSQL): "
                f"{self._db.description} is a file on this computer, used by one person"
            )

    def _require_admin(self) -> None:
        self._require_server()
        user = self._identity.user
        if Role.ADMIN not in user.roles:
            raise NotAllowed(f"{user.display_name} may not manage people (admins only)")

    # ---- reading -------------------------------------------------------------------------
    def group_roles(self) -> GroupRoles:
        self._require_server()
        with self._db.transaction() as session:
            return group_roles(session)

    def people(self) -> list[Person]:
        """Everyone with a login in this newsroom, by name."""
        self._require_server()
        with self._db.transaction() as session:
            return self._people(session)

    def person(self, login: str) -> Person:
        self._require_server()
        with self._db.transaction() as session:
            return self._person(session, login)

    def _person(self, session: Session, login: str) -> Person:
        for person in self._people(session):
            if person.login == login:
                return person
        raise NotFound(f"There is no person with the login {login!r}")

    @staticmethod
    def _people(session: Session) -> list[Person]:
        roles = group_roles(session)
        by_name = {name: role for role, name in roles.names.items()}
        memberships: dict[str, set[Role]] = {}
        logins: dict[str, bool] = {}
        rows = session.execute(
            text(
                "SELECT g.rolname, r.rolname, r.rolcanlogin FROM pg_auth_members AS m "
                "JOIN pg_roles AS g ON g.oid = m.roleid JOIN pg_roles AS r ON r.oid = m.member "
                "WHERE g.rolname = ANY(:names)"
            ),
            {"names": list(by_name)},
        )
        for group, member, can_login in rows:
            memberships.setdefault(member, set()).add(by_name[group])
            logins[member] = bool(can_login)
        users: list[tuple[int, str, str]] = [
            (user_id, login, name)
            for user_id, login, name in session.execute(
                select(orm.User.id, orm.User.login, orm.User.display_name).where(
                    orm.User.login.is_not(None)
                )
            )
            if login is not None
        ]
        existing: dict[str, bool] = {
            name: bool(can_login)
            for name, can_login in session.execute(
                text("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(:names)"),
                {"names": [login for _, login, _ in users]},
            )
        }
        people = [
            Person(
                login=login,
                display_name=name,
                roles=frozenset(memberships.get(login, ())),
                user_id=user_id,
                can_sign_in=existing.get(login, False),
            )
            for user_id, login, name in users
        ]
        known = {person.login for person in people}
        people += [
            Person(
                login=member, display_name=member, roles=frozenset(held), can_sign_in=logins[member]
            )
            for member, held in memberships.items()
            if member not in known
        ]
        return sorted(people, key=lambda p: (p.display_name.casefold(), p.login))

    # ---- changing ------------------------------------------------------------------------
    def add_person(
        self, login: str, roles: Iterable[Role], password: str, display_name: str = ""
    ) -> Person:
        """A new PostgreSQL login holding `roles`, and the person's row in `users`."""
        self._require_admin()
        login = validate_login(login)
        held = frozenset(roles)
        if not held:
            raise InvalidInput("Give the person at least one role")
        if len(password) < MIN_PASSWORD:
            raise InvalidInput(f"A password needs at least {MIN_PASSWORD} characters")
        name = " ".join(display_name.split()) or login.replace(".", " ").title()
        if len(name) > MAX_DISPLAY_NAME:
            raise InvalidInput(f"A name may hold at most {MAX_DISPLAY_NAME} characters")
        with _refusals(), self._db.transaction() as session:
            verifier = scram_verifier(session, login, password)
            session.execute(
                text("SELECT newsdesk_create_login(:login, :verifier, :roles)"),
                {"login": login, "verifier": verifier, "roles": [r.value for r in held]},
            )
            row = session.scalar(
                select(orm.User).where((orm.User.login == login) | (orm.User.username == login))
            )
            if row is None:
                row = orm.User(username=login, display_name=name, login=login)
                session.add(row)
            else:
                row.login, row.display_name = login, name
            _set_role_rows(row, held)
            session.flush()
            return self._person(session, login)

    def set_roles(self, login: str, roles: Iterable[Role]) -> Person:
        """Exactly `roles` for `login` (our group roles only; others are left alone)."""
        self._require_admin()
        login = validate_login(login)
        held = frozenset(roles)
        with _refusals(), self._db.transaction() as session:
            session.execute(
                text("SELECT newsdesk_set_login_roles(:login, :roles)"),
                {"login": login, "roles": [r.value for r in held]},
            )
            row = session.scalar(select(orm.User).where(orm.User.login == login))
            if row is not None:
                _set_role_rows(row, held)
            session.flush()
            return self._person(session, login)

    def remove_person(self, login: str) -> Removal:
        """Take `login` out of the newsroom: its group roles go, the login is dropped from
        the server if this newsroom made it and nothing else there still holds it, and the
        person's row stays (without login or roles) so their name stays on their stories
        and in the logs."""
        self._require_admin()
        login = validate_login(login)
        with _refusals(), self._db.transaction() as session:
            if login == session.scalar(text("SELECT session_user")):
                raise InvalidInput("You cannot remove yourself; another admin can")
            person = self._person(session, login)
            dropped = bool(
                session.scalar(text("SELECT newsdesk_remove_login(:login)"), {"login": login})
            )
            row = session.scalar(select(orm.User).where(orm.User.login == login))
            if row is not None:
                row.login = None
                _set_role_rows(row, frozenset())
            return Removal(person, dropped)

    def ensure_own_roles(self) -> GroupRoles:
        """Group roles of its own for a copied database (run as the owner)."""
        self._require_server()
        with _refusals(), self._db.transaction() as session:
            return ensure_own_roles(session)


def _set_role_rows(row: orm.User, roles: frozenset[Role]) -> None:
    """Keep `user_roles` in step with the logins' memberships (local views read it)."""
    kept = [r for r in row.roles if Role(r.role) in roles]
    present = {Role(r.role) for r in kept}
    row.roles = kept + [
        orm.UserRole(role=role.value) for role in ROLE_ORDER if role in roles - present
    ]
