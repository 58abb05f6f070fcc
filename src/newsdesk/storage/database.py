"""Opening a newsroom database: URL checks, engine set-up, backups and migrations.

Every failure a user can cause (bad URL, unreachable or silent server, wrong password, a
file that is not ours or not there, a schema from a newer Newsdesk) becomes one
`DatabaseError` with a one-line message, raised before anything is written.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from newsdesk.storage import migrate
from newsdesk.storage.migrate import SchemaState

SQLITE_MAGIC = b"SQLite format 3\x00"
APP_NAME = "Newsdesk"

CONNECT_TIMEOUT_S = 5
"""The longest a newsroom server may take to answer a new connection, the very first
included. psycopg's own default is 130 s: a server that takes the connection and then
says nothing would hang a command or a window for that long."""


class DatabaseError(Exception):
    """A database could not be opened; the message is fit to show a user as is."""


class ReadOnlyDatabase(DatabaseError):
    """A change was asked of a newsroom file that can only be read; nothing was changed."""


def server_connect_args(application_name: str = "newsdesk") -> dict[str, Any]:
    """How every connection to a PostgreSQL server is opened (the probe, the engine, a
    connection test, the live listener): an answer within `CONNECT_TIMEOUT_S`, and a cut
    network noticed within seconds, not when a query hangs."""
    return {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": application_name,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 3,
        "keepalives_count": 3,
    }


def default_database_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "newsdesk.sqlite"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


@dataclass(frozen=True, slots=True)
class Database:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False
    """An SQLite file this process may not write (its permissions, a read-only disk):
    opened for reading only; any change raises ReadOnlyDatabase."""

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

    def server_version(self) -> str:
        """The database engine and its version, e.g. "PostgreSQL 15.8" (opens a connection)."""
        with self.engine.connect() as connection:
            info = connection.dialect.server_version_info
        name = "SQLite" if self.is_sqlite else "PostgreSQL"
        return f"{name} {'.'.join(str(part) for part in info)}" if info else name

    def dispose(self) -> None:
        self.engine.dispose()


def parse_url(raw: str | URL) -> URL:
    """The newsroom address `raw` with the driver Newsdesk uses for it: the one reading
    of a database URL, for opening a newsroom and for a connection's settings alike.
    Anything else is a `DatabaseError` in one line that never repeats a password."""
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseError(
            f"Invalid database URL {_without_password(str(raw))!r}: expected sqlite:///PATH "
            "or postgresql://USER@HOST:PORT/DATABASE"
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


def _without_password(raw: str) -> str:
    """A URL that could not be read, shown with whatever stands before its `@` (where
    a user name and password go) left out."""
    scheme, separator, rest = raw.partition("://")
    if not separator:
        scheme, rest = "", raw
    if "@" in rest:
        rest = "…@" + rest.rpartition("@")[2]
    return scheme + separator + rest


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


def _can_write_file(path: Path) -> bool:
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return True


def _can_write_folder(folder: Path) -> bool:
    effective = os.access in os.supports_effective_ids  # this process's rights, not its user's
    return os.access(folder, os.W_OK | os.X_OK, effective_ids=effective)


def read_only_url(path: Path) -> URL:
    """The newsroom file opened for reading only. SQLite keeps a WAL file's reader index
    in a file beside it: where the folder cannot take one, the file is read as immutable."""
    query = {"mode": "ro", "uri": "true"}
    if not _can_write_folder(path.parent):
        query["immutable"] = "1"
    return URL.create("sqlite+pysqlite", database=path.resolve().as_uri(), query=query)


def _configure_sqlite(engine: Engine, path: Path | None, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "handle_error")
    def _read_only_refusal(context: ExceptionContext) -> None:
        if "readonly database" in str(context.original_exception):
            raise ReadOnlyDatabase(f"{path or 'The database'} is read-only: nothing was changed")


def _create_engine(url: URL, engine_url: URL, read_only: bool, *, probe: bool = False) -> Engine:
    """The engine on `engine_url` (what the driver is given; `url` is the newsroom's own
    address). A probe keeps no connection and sets no pragma, so a foreign file stays as
    it was."""
    options: dict[str, Any] = {"poolclass": NullPool} if probe else {}
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(engine_url, **options)
            if not probe:
                _configure_sqlite(engine, _sqlite_file(url), read_only)
            return engine
        if not probe:
            options["pool_pre_ping"] = True
        return create_engine(engine_url, connect_args=server_connect_args(), **options)
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
    if "timeout expired" in detail:
        return DatabaseError(
            f"PostgreSQL at {where} did not answer within {CONNECT_TIMEOUT_S} s: check the "
            "host and port, and that the server is running"
        )
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


def open_database(raw_url: str, *, run_migrations: bool = True, create: bool = True) -> Database:
    """The newsroom at `raw_url`, migrated to this version's schema.

    `create` is the caller's decision for an SQLite file that is not there (or empty):
    make a new newsroom in it, or refuse (a mistyped path must not silently become an
    empty newsroom). A file this process cannot write is opened for reading only.
    """
    url = parse_url(raw_url)
    engine_url = url
    sqlite_path = _sqlite_file(url) if url.get_backend_name() == "sqlite" else None
    existed = read_only = False
    if sqlite_path is not None:
        _check_sqlite_file(sqlite_path)
        existed = sqlite_path.exists() and sqlite_path.stat().st_size > 0
        if not existed and not create:
            raise DatabaseError(
                f"No newsroom at {sqlite_path}; create one with `newsdesk demo` or "
                "`newsdesk migrate`"
            )
        if not existed and not sqlite_path.parent.is_dir():
            try:
                sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseError(f"Cannot create {sqlite_path.parent}: {error}") from None
        folder_writable = _can_write_folder(sqlite_path.parent)
        if not existed and not folder_writable:
            raise DatabaseError(f"Cannot create {sqlite_path}: its folder is read-only")
        url = engine_url = url.set(database=str(sqlite_path))
        read_only = existed and not (folder_writable and _can_write_file(sqlite_path))
        if read_only:
            engine_url = read_only_url(sqlite_path)
    probe = _create_engine(url, engine_url, read_only, probe=True)
    try:
        with probe.connect() as connection:
            state, revision = migrate.schema_state(connection)
    except DBAPIError as error:
        raise _connection_problem(url, error) from None
    finally:
        probe.dispose()
    engine = _create_engine(url, engine_url, read_only)
    try:
        where = url.render_as_string(hide_password=True)
        if state is SchemaState.FOREIGN:
            raise DatabaseError(f"{where} is not a Newsdesk database (it holds other tables)")
        if state is SchemaState.TOO_NEW:
            raise DatabaseError(
                f"{where} was written by a newer Newsdesk (schema {revision}); "
                "install the newer version to open it"
            )
        if state is not SchemaState.CURRENT:
            if read_only:
                raise ReadOnlyDatabase(
                    f"{sqlite_path} is read-only and needs migrating (schema "
                    f"{revision or 'empty'}); open it where it can be written"
                )
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
    return Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        read_only=read_only,
    )
