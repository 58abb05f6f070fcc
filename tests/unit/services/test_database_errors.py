"""Which database errors are worth trying again shortly, as the UI asks the services."""

from __future__ import annotations

import sqlite3

import psycopg.errors
import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError

from newsdesk.services.database_errors import DatabaseError, is_transient


def wrapped(kind: type[DBAPIError], orig: Exception, invalidated: bool = False) -> DBAPIError:
    """`orig` as SQLAlchemy raises it from a statement."""
    return kind("UPDATE articles SET body = ?", None, orig, connection_invalidated=invalidated)


@pytest.mark.parametrize(
    "error",
    [
        wrapped(OperationalError, sqlite3.OperationalError("database is locked")),
        wrapped(OperationalError, psycopg.errors.LockNotAvailable("lock timeout")),
        wrapped(OperationalError, psycopg.OperationalError("server closed the connection")),
        wrapped(DBAPIError, psycopg.errors.AdminShutdown("terminating"), invalidated=True),
    ],
    ids=["sqlite-locked", "postgres-lock-timeout", "server-gone", "connection-invalidated"],
)
def test_out_of_reach_or_busy_is_transient(error: DBAPIError) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        wrapped(IntegrityError, sqlite3.IntegrityError("UNIQUE constraint failed: articles.slug")),
        wrapped(ProgrammingError, psycopg.errors.InsufficientPrivilege("permission denied")),
        DatabaseError("No newsroom at /tmp/x.sqlite"),
        ValueError("database is locked"),  # the words alone are not enough
    ],
    ids=["unique-slug", "permission-denied", "not-opened", "not-a-database-error"],
)
def test_a_refusal_or_a_bug_is_not_transient(error: Exception) -> None:
    assert not is_transient(error)
