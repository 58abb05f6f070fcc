"""Opening databases: migrations, backups and the clear refusals of bad targets."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import inspect, text

from newsdesk.storage import migrate
from newsdesk.storage.database import DatabaseError, open_database

if TYPE_CHECKING:
    from tests.conftest import PostgresServer


def test_new_sqlite_file_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    try:
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    finally:
        database.dispose()


def test_database_in_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "newsroom.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    assert path.exists()


def test_a_missing_file_is_refused_when_the_caller_does_not_create(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "newsroom.sqlite"
    with pytest.raises(DatabaseError, match=r"^No newsroom at .*newsroom\.sqlite; create one"):
        open_database(f"sqlite:///{path}", create=False)
    assert not path.parent.exists()


def test_schema_tables_exist(database_url: str) -> None:
    database = open_database(database_url)
    try:
        tables = set(inspect(database.engine).get_table_names())
    finally:
        database.dispose()
    assert {"articles", "sections", "revisions", "related_links", "comments", "users"} <= tables


def test_latest_step_downgrades_and_upgrades_again(database_url: str) -> None:
    database = open_database(database_url)
    try:
        with database.engine.begin() as connection:
            migrate.downgrade(connection, "-1")
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) != migrate.head_revision()
    finally:
        database.dispose()
    reopened = open_database(database_url)  # opening runs the pending step again
    try:
        with reopened.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        reopened.dispose()


def test_upgrade_from_empty_to_head_then_all_the_way_down(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{tmp_path / 'steps.sqlite'}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
        assert migrate.current_revision(connection) == migrate.head_revision()
        migrate.downgrade(connection, "base")
        assert migrate.current_revision(connection) is None
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    engine.dispose()


def test_migrating_an_older_sqlite_file_backs_it_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    database = open_database(f"sqlite:///{path}")
    with database.engine.begin() as connection:
        migrate.downgrade(connection, "-1")
    database.dispose()

    open_database(f"sqlite:///{path}").dispose()

    backups = list(tmp_path.glob("old.sqlite.backup-*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        (revision,) = copy.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision != migrate.head_revision()


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "mysql://root@127.0.0.1/test",
        "oracle://x@y/z",
        "postgresql://ann:secret@127.0.0.1:port/newsroom",
        "ann:secret@127.0.0.1/newsroom",
    ],
)
def test_bad_urls_get_one_clear_line(url: str) -> None:
    with pytest.raises(DatabaseError) as raised:
        open_database(url)
    assert "\n" not in str(raised.value)
    assert "secret" not in str(raised.value)  # a password typed into the URL stays unsaid


def test_a_text_file_is_not_a_newsdesk_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    with pytest.raises(DatabaseError, match="not a Newsdesk database"):
        open_database(f"sqlite:///{path}")
    assert path.read_text() == "shopping list\n"


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a Newsdesk database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("other.sqlite-wal"))


def test_a_database_from_a_newer_newsdesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer Newsdesk"):
        open_database(f"sqlite:///{path}")


def test_unreachable_postgres_server_is_one_clear_line() -> None:
    with pytest.raises(DatabaseError, match="Cannot connect to PostgreSQL") as raised:
        open_database("postgresql://nobody@127.0.0.1:1/newsroom")
    assert "\n" not in str(raised.value)


@pytest.mark.postgres
def test_wrong_postgres_database_name_is_one_clear_line(postgres_server: PostgresServer) -> None:
    with pytest.raises(DatabaseError, match="Cannot connect to PostgreSQL"):
        open_database(postgres_server.url_for("newsdesk_no_such_database"))


@pytest.mark.postgres
def test_postgres_database_with_other_tables_is_refused(postgres_server: PostgresServer) -> None:
    import psycopg

    name = postgres_server.create()
    try:
        with psycopg.connect(postgres_server.url_for(name), autocommit=True) as connection:
            connection.execute("CREATE TABLE invoices (id int)")
        with pytest.raises(DatabaseError, match="not a Newsdesk database"):
            open_database(postgres_server.url_for(name))
    finally:
        postgres_server.drop(name)


def test_migrations_build_exactly_the_models(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from newsdesk.storage.schema import metadata

    database = open_database(database_url)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, metadata)
    finally:
        database.dispose()

    def search_machinery(difference: object) -> bool:
        text = repr(difference)
        machinery = ("article_search", "comment_search", "picture_search", "search_vector")
        return any(name in text for name in machinery)

    assert [d for d in differences if not search_machinery(d)] == []
