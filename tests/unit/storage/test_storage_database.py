"""Database addresses and failures as the storage layer tells them apart, on a real
SQLite file in a temporary folder where a real error is needed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg.errors
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from newsdesk.storage.database import (
    CONNECT_TIMEOUT_S,
    DatabaseError,
    default_database_path,
    default_database_url,
    is_connection_lost,
    is_database_busy,
    parse_url,
    server_connect_args,
)


# ---- addresses --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "driver", "database"),
    [
        ("sqlite:////tmp/news.sqlite", "sqlite+pysqlite", "/tmp/news.sqlite"),
        ("sqlite+pysqlite:///news.sqlite", "sqlite+pysqlite", "news.sqlite"),
        ("postgresql://ann@db.example.org/news", "postgresql+psycopg", "news"),
        ("postgresql+psycopg2://ann@db.example.org/news", "postgresql+psycopg", "news"),
        ("postgresql+psycopg://ann:pw@db.example.org:6000/news", "postgresql+psycopg", "news"),
    ],
)
def test_urls_get_the_driver_newsdesk_uses(raw: str, driver: str, database: str) -> None:
    url = parse_url(raw)
    assert (url.drivername, url.database) == (driver, database)


def test_a_password_survives_parsing() -> None:
    url = parse_url("postgresql://ann:s3cr%3Aet@db.example.org:6000/news")
    assert (url.username, url.password, url.host, url.port) == (
        "ann",
        "s3cr:et",
        "db.example.org",
        6000,
    )


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("not a url", "Invalid database URL 'not a url': expected sqlite:///PATH"),
        ("", "Invalid database URL"),
        ("mysql://ann:secret@host/db", "Unsupported database 'mysql'"),
        ("oracle://ann:secret@host/db", "Newsdesk works with SQLite and PostgreSQL"),
    ],
)
def test_other_urls_are_refused_in_one_line(raw: str, words: str) -> None:
    with pytest.raises(DatabaseError, match=words) as refused:
        parse_url(raw)
    message = str(refused.value)
    assert "\n" not in message
    assert "secret" not in message


@given(st.text(max_size=60))
def test_any_text_parses_or_is_refused_as_a_database_error(raw: str) -> None:
    try:
        url = parse_url(raw)
    except DatabaseError as refused:
        assert "\n" not in str(refused)  # the address is quoted with its escapes
        return
    assert url.get_backend_name() in {"sqlite", "postgresql"}


def test_the_default_newsroom_is_a_file_in_the_user_data_folder() -> None:
    assert default_database_path().name == "newsdesk.sqlite"
    assert default_database_url() == f"sqlite:///{default_database_path()}"
    assert parse_url(default_database_url()).database == str(default_database_path())


def test_every_server_connection_answers_soon_and_notices_a_cut() -> None:
    args = server_connect_args()
    assert args["connect_timeout"] == CONNECT_TIMEOUT_S
    assert args["application_name"] == "newsdesk"
    assert args["keepalives"] == 1
    # A silent network is noticed within the idle time plus every probe.
    noticed = args["keepalives_idle"] + args["keepalives_interval"] * args["keepalives_count"]
    assert noticed <= 30
    assert server_connect_args("newsdesk-live")["application_name"] == "newsdesk-live"


# ---- failures -----------------------------------------------------------------------------
def locked_write_error(path: Path) -> DBAPIError:
    """The real error SQLAlchemy raises when another connection holds the write lock."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE notes (body TEXT)")
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO notes VALUES ('x')"))
    except DBAPIError as error:
        return error
    finally:
        engine.dispose()
        holder.execute("ROLLBACK")
        holder.close()
    raise AssertionError("the write went through despite the lock")


def test_a_locked_sqlite_file_is_busy_not_lost(tmp_path: Path) -> None:
    error = locked_write_error(tmp_path / "news.sqlite")
    assert is_database_busy(error)
    assert "locked" in str(error.orig)


def test_a_postgres_lock_timeout_is_busy() -> None:
    orig = psycopg.errors.LockNotAvailable("canceling statement due to lock timeout")
    assert is_database_busy(OperationalError("UPDATE articles", None, orig))


@pytest.mark.parametrize(
    "error",
    [
        IntegrityError("INSERT", None, sqlite3.IntegrityError("UNIQUE constraint failed")),
        OperationalError("SELECT", None, sqlite3.OperationalError("no such table: notes")),
        OperationalError("SELECT", None, psycopg.errors.QueryCanceled("statement timeout")),
        DatabaseError("database is locked"),
        RuntimeError("database is busy"),
    ],
    ids=["unique", "no-table", "statement-timeout", "not-dbapi", "runtime"],
)
def test_other_errors_are_not_busy(error: Exception) -> None:
    assert not is_database_busy(error)


def test_a_server_out_of_reach_is_lost() -> None:
    gone = psycopg.OperationalError("connection to server at 10.0.0.9 failed: timeout expired")
    assert is_connection_lost(OperationalError("SELECT 1", None, gone))
    cut = DBAPIError("SELECT 1", None, psycopg.errors.AdminShutdown("terminating connection"))
    assert not is_connection_lost(cut)
    invalidated = DBAPIError(
        "SELECT 1",
        None,
        psycopg.errors.AdminShutdown("terminating connection"),
        connection_invalidated=True,
    )
    assert is_connection_lost(invalidated)


@pytest.mark.parametrize(
    "error",
    [
        IntegrityError("INSERT", None, sqlite3.IntegrityError("UNIQUE constraint failed")),
        DatabaseError("Cannot connect"),
        ConnectionError("reset by peer"),
    ],
    ids=["refused-row", "not-opened", "not-dbapi"],
)
def test_a_refused_query_is_not_lost(error: Exception) -> None:
    assert not is_connection_lost(error)
