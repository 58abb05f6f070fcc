"""Opening a newsroom database: URL checks, engine set-up, backups and migrations.

Every failure a user can cause (bad URL, unreachable server, wrong password, a file that
is not ours, a schema from a newer Newsdesk) becomes one `DatabaseError` with a one-line
message, raised before anything is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from newsdesk.storage import migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
APP_NAME = "Newsdesk"


class DatabaseError(Exception):
    """A database could not be opened; the message is fit to show a user as is."""


def default_database_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "newsdesk.sqlite"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


@dataclass(frozen=True, slots=True)
class Database:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def address(self) -> str:
        """The full address without the password (tells two newsrooms apart)."""
        return self.url.render_as_string(hide_password=True)

    @property
    def description(self) -> str:
        """Where the data lives, for the status bar and the CLI (never a password)."""
        if self.is_sqlite:
            return f"SQLite {self.url.database}"
        host = self.url.host or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        return f"PostgreSQL {self.url.database} on {host}{port}"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def parse_url(raw: str) -> URL:
    try:
        url = make_url(raw)
    except ArgumentError:
        raise DatabaseError(
            f"Invalid database URL {raw!r}: expected sqlite:///PATH or "
            "postgresql://USER@HOST:PORT/DATABASE"
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        return url.set(drivername="sqlite+pysqlite")
    if backend == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    raise DatabaseError(
        f"Unsupported database {backend!r} in {url.render_as_string(hide_password=True)}: "
        "Newsdesk works with SQLite and PostgreSQL"
    )


def _sqlite_file(url: URL) -> Path | None:
    if not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser()


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a Newsdesk database file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise DatabaseError(f"{path} is not a Newsdesk database (not an SQLite file)")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()


def _create_engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(url)
            _configure_sqlite(engine)
            return engine
        return create_engine(
            url,
            pool_pre_ping=True,
            # A dead network must fail a query within seconds, not hang the save worker.
            connect_args={
                "connect_timeout": 5,
                "application_name": "newsdesk",
                "keepalives": 1,
                "keepalives_idle": 10,
                "keepalives_interval": 3,
                "keepalives_count": 3,
            },
        )
    except NoSuchModuleError as error:
        raise DatabaseError(f"No driver for {url.drivername}: {error}") from None


def is_connection_lost(error: BaseException) -> bool:
    """The database could not be reached (server down, network cut), as opposed to a
    query it refused: worth keeping the work locally and trying again."""
    if isinstance(error, DBAPIError):
        return error.connection_invalidated or isinstance(error, OperationalError)
    return False


def is_database_busy(error: BaseException) -> bool:
    """Another connection held the write lock for longer than we wait (SQLite's "database
    is locked"; PostgreSQL's lock timeout): nothing is wrong, try again shortly."""
    if not isinstance(error, DBAPIError):
        return False
    if isinstance(error.orig, sqlite3.OperationalError):
        return "locked" in str(error.orig) or "busy" in str(error.orig)
    return getattr(error.orig, "sqlstate", None) in {"55P03"}  # lock_not_available


def _connection_problem(url: URL, error: DBAPIError) -> DatabaseError:
    detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    if url.get_backend_name() == "sqlite":
        if "not a database" in detail:
            return DatabaseError(f"{url.database} is not a Newsdesk database ({detail})")
        return DatabaseError(f"Cannot open {url.database}: {detail}")
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
    return DatabaseError(f"Cannot connect to PostgreSQL at {where}: {detail}")


def backup_sqlite_file(path: Path, now: datetime | None = None) -> Path:
    """A consistent copy beside the file (WAL content included), named by the time."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{stamp}")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def _schema_state(engine: Engine) -> tuple[str | None, bool]:
    """The schema revision, and whether the database holds any table at all."""
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        revision = migrate.current_revision(connection) if "alembic_version" in tables else None
        return revision, bool(tables)


def open_database(raw_url: str, *, run_migrations: bool = True) -> Database:
    url = parse_url(raw_url)
    sqlite_path = _sqlite_file(url) if url.get_backend_name() == "sqlite" else None
    existed = False
    if sqlite_path is not None:
        _check_sqlite_file(sqlite_path)
        existed = sqlite_path.exists() and sqlite_path.stat().st_size > 0
        if not existed and not sqlite_path.parent.is_dir():
            try:
                sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseError(f"Cannot create {sqlite_path.parent}: {error}") from None
        url = url.set(database=str(sqlite_path))
    # Look before touching: the probe engine sets no pragma, so a foreign file stays as it was.
    probe = create_engine(url)
    try:
        revision, has_tables = _schema_state(probe)
    except DBAPIError as error:
        raise _connection_problem(url, error) from None
    finally:
        probe.dispose()
    engine = _create_engine(url)
    try:
        head = migrate.head_revision()
        where = url.render_as_string(hide_password=True)
        if has_tables and revision is None:
            raise DatabaseError(f"{where} is not a Newsdesk database (it holds other tables)")
        if revision is not None and revision not in migrate.known_revisions():
            raise DatabaseError(
                f"{where} was written by a newer Newsdesk (schema {revision}); "
                "install the newer version to open it"
            )
        if revision != head:
            if not run_migrations:
                raise DatabaseError(
                    f"{where} needs migrating (schema {revision or 'empty'}); "
                    "run `newsdesk migrate`"
                )
            if existed and sqlite_path is not None and revision is not None:
                backup_sqlite_file(sqlite_path)
            with engine.begin() as connection:
                migrate.upgrade(connection)
    except DBAPIError as error:
        engine.dispose()
        raise _connection_problem(url, error) from None
    except DatabaseError:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
