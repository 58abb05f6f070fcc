"""Who is working: the local user of a desktop database, and role look-ups."""

from __future__ import annotations

import getpass

from sqlalchemy import event, literal_column, select, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session

from newsdesk.domain.entities import User
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import NotAllowed, NotFound
from newsdesk.storage import orm
from newsdesk.storage.database import Database


def to_user(row: orm.User) -> User:
    return User(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        roles=frozenset(Role(r.role) for r in row.roles),
    )


INSUFFICIENT_PRIVILEGE = "42501"


def os_account_name() -> str:
    try:
        return getpass.getuser() or "editor"
    except (KeyError, OSError):
        return "editor"


def get_or_create_user(
    session: Session, username: str, display_name: str, roles: frozenset[Role]
) -> orm.User:
    row = session.scalar(select(orm.User).where(orm.User.username == username))
    if row is None:
        row = orm.User(username=username, display_name=display_name)
        row.roles = [orm.UserRole(role=role.value) for role in sorted(roles)]
        session.add(row)
        session.flush()
    return row


def _refusal_as_not_allowed(context: ExceptionContext) -> None:
    """The server's "permission denied" and row-level security refusals, told plainly."""
    error = context.original_exception
    if getattr(error, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        diag = getattr(error, "diag", None)
        message = getattr(diag, "message_primary", None) or str(error).splitlines()[0]
        raise NotAllowed(f"The newsroom server refused: {message}")


def signed_in_user(database: Database) -> User | None:
    """On a newsroom server, the person whose own login is connected, with the roles the
    server gives that login (migration 0007); None for the owner or any other account."""
    if database.is_sqlite:
        return None
    with database.transaction() as session:
        row = session.scalar(
            select(orm.User).where(orm.User.login == literal_column("CAST(current_user AS text)"))
        )
        if row is None:
            return None
        roles = session.scalar(text("SELECT newsdesk_my_roles()")) or []
        if not event.contains(database.engine, "handle_error", _refusal_as_not_allowed):
            event.listen(database.engine, "handle_error", _refusal_as_not_allowed)
        return User(
            id=row.id,
            username=row.username,
            display_name=row.display_name,
            roles=frozenset(Role(r) for r in roles),
        )


def ensure_local_user(database: Database) -> User:
    """Who works here: the person signed in with their own login on a newsroom server;
    else (a local database, or the owner's account) one user made from the OS account,
    holding every role."""
    signed_in = signed_in_user(database)
    if signed_in is not None:
        return signed_in
    name = os_account_name()
    display_name = name.replace(".", " ").title()
    with database.transaction() as session:
        if database.read_only:
            # A file that cannot be written cannot record a new person; whoever reads it
            # changes nothing, so an unrecorded reader (id 0) is all they need.
            row = session.scalar(select(orm.User).where(orm.User.username == name))
            return to_user(row) if row else User(0, name, display_name, frozenset(Role))
        row = get_or_create_user(session, name, display_name, frozenset(Role))
        return to_user(row)


class Identity:
    """Who is acting now: one holder shared by every service of a newsroom.

    A local database lets one person try each role ("Switch user"); the services read
    `user` at every call, so switching needs no rewiring.
    """

    def __init__(self, user: User) -> None:
        self._user = user

    @property
    def user(self) -> User:
        return self._user

    def switch(self, user: User) -> None:
        self._user = user


# The people a local database offers under "Switch user", made on demand.
DEMO_USERS: tuple[tuple[str, str, frozenset[Role]], ...] = (
    ("dana.desk", "Dana Desk", frozenset({Role.DESK})),
    ("chris.copy", "Chris Copy", frozenset({Role.COPY})),
    ("pat.publisher", "Pat Publisher", frozenset({Role.PUBLISHER})),
    ("mo.moderator", "Mo Moderator", frozenset({Role.MODERATOR})),
)


class UserService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def everyone(self) -> list[User]:
        with self._db.transaction() as session:
            rows = session.scalars(select(orm.User).order_by(orm.User.display_name)).all()
            return [to_user(row) for row in rows]

    def get(self, user_id: int) -> User:
        with self._db.transaction() as session:
            row = session.get(orm.User, user_id)
            if row is None:
                raise NotFound(f"User {user_id} does not exist")
            return to_user(row)

    def ensure(self, username: str, display_name: str, roles: frozenset[Role]) -> User:
        """The user called `username`, made with `roles` if there is none yet."""
        with self._db.transaction() as session:
            return to_user(get_or_create_user(session, username, display_name, roles))

    def ensure_demo_users(self) -> list[User]:
        """Dana Desk, Chris Copy, Pat Publisher and Mo Moderator, each with one role."""
        return [self.ensure(*entry) for entry in DEMO_USERS]
