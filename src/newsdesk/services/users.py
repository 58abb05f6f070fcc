"""Who is working: the local user of a desktop database, and role look-ups."""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import User
from newsdesk.domain.enums import Role
from newsdesk.storage import orm
from newsdesk.storage.database import Database


def to_user(row: orm.User) -> User:
    return User(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        roles=frozenset(Role(r.role) for r in row.roles),
    )


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


def ensure_local_user(database: Database) -> User:
    """A local database has one user, made from the OS account, holding every role."""
    name = os_account_name()
    with database.transaction() as session:
        row = get_or_create_user(session, name, name.replace(".", " ").title(), frozenset(Role))
        return to_user(row)
