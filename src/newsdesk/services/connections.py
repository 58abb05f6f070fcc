"""Which newsroom to open: this computer's file or a newsroom server, and how to reach it.

A `NewsroomConnection` holds everything needed to connect except the password. The
password is only ever joined to a URL in memory, for the moment of connecting
(`NewsroomConnection.url_with_password`); every form that is shown, logged or saved
(`display_name`, `location`, `safe_url`, `to_plain`) is built without it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from newsdesk.storage import migrate
from newsdesk.storage.database import (
    SQLITE_MAGIC,
    DatabaseError,
    default_database_path,
    parse_url,
    read_only_url,
    server_connect_args,
)
from newsdesk.storage.migrate import SchemaState

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432
MAX_RECENT = 8
THIS_COMPUTER = "This computer"

_HOST_PATTERN = re.compile(r"^[A-Za-z0-9._:\-\[\]%]+$")


class InvalidConnection(ValueError):
    """Connection settings that cannot be used; the message is fit to show a user."""


class ConnectionKind(StrEnum):
    LOCAL = "local"
    SERVER = "server"


class SslMode(StrEnum):
    """libpq's TLS modes, weakest first."""

    DISABLE = "disable"
    ALLOW = "allow"
    PREFER = "prefer"
    REQUIRE = "require"
    VERIFY_CA = "verify-ca"
    VERIFY_FULL = "verify-full"


@dataclass(frozen=True, slots=True)
class NewsroomConnection:
    kind: ConnectionKind
    path: str = ""
    """The local newsroom file; empty means the default file in the user data folder."""
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    sslmode: SslMode = SslMode.PREFER
    name: str = ""
    """The user's own name for the newsroom ("City desk"); optional."""

    def __post_init__(self) -> None:
        if self.kind is ConnectionKind.LOCAL:
            return
        if not self.host:
            raise InvalidConnection("Enter the newsroom server's host name or address")
        if not _HOST_PATTERN.match(self.host):
            raise InvalidConnection(f"{self.host!r} is not a host name or address")
        if not 1 <= self.port <= 65535:
            raise InvalidConnection(f"Port {self.port} is out of range (1–65535)")
        if not self.database:
            raise InvalidConnection("Enter the newsroom database's name")
        if "/" in self.database or "?" in self.database:
            raise InvalidConnection(f"{self.database!r} is not a database name")
        if not self.user:
            raise InvalidConnection("Enter the user name for the newsroom server")
        if any(character < " " or character == "\x7f" for character in self.database + self.user):
            raise InvalidConnection("The database or user name holds a control character")

    # ---- making one ------------------------------------------------------------------
    @classmethod
    def local(cls, path: str | Path | None = None, name: str = "") -> NewsroomConnection:
        text = str(Path(path).expanduser()) if path else ""
        if text == str(default_database_path()):
            text = ""
        return cls(ConnectionKind.LOCAL, path=text, name=name.strip())

    @classmethod
    def server(
        cls,
        host: str,
        database: str,
        user: str,
        port: int = DEFAULT_PORT,
        sslmode: SslMode | str = SslMode.PREFER,
        name: str = "",
    ) -> NewsroomConnection:
        try:
            mode = SslMode(sslmode)
        except ValueError:
            choices = ", ".join(m.value for m in SslMode)
            raise InvalidConnection(f"Unknown TLS mode {sslmode!r}: use one of {choices}") from None
        return cls(
            ConnectionKind.SERVER,
            host=host.strip(),
            port=port,
            database=database.strip(),
            user=user.strip(),
            sslmode=mode,
            name=name.strip(),
        )

    # ---- what it is ------------------------------------------------------------------
    @property
    def is_local(self) -> bool:
        return self.kind is ConnectionKind.LOCAL

    @property
    def file_path(self) -> Path:
        """The local newsroom file (the default one when `path` is empty)."""
        return Path(self.path) if self.path else default_database_path()

    @property
    def identity(self) -> tuple[str, ...]:
        """Two connections with the same identity reach the same newsroom as the same user."""
        if self.is_local:
            return (self.kind.value, str(self.file_path))
        return (self.kind.value, self.host.lower(), str(self.port), self.database, self.user)

    @property
    def address(self) -> str:
        """`user@host/db` (with `:port` when not the usual one), or "This computer"."""
        if self.is_local:
            return THIS_COMPUTER if not self.path else f"{THIS_COMPUTER}: {self.file_path.name}"
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"{self.user}@{self.host}{port}/{self.database}"

    @property
    def display_name(self) -> str:
        """What the title bar, the status bar and the Recent list call it."""
        return self.name or self.address

    @property
    def location(self) -> str:
        """The longer description for a tooltip."""
        if self.is_local:
            return f"Newsroom file on this computer: {self.file_path}"
        return (
            f"PostgreSQL database {self.database} on {self.host}:{self.port} "
            f"as {self.user} (TLS: {self.sslmode.value})"
        )

    # ---- URLs ------------------------------------------------------------------------
    def url(self) -> URL:
        """The URL without any password: fine to show, log or keep."""
        if self.is_local:
            return URL.create("sqlite", database=str(self.file_path))
        return URL.create(
            "postgresql",
            username=self.user,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.sslmode.value},
        )

    def safe_url(self) -> str:
        return self.url().render_as_string(hide_password=True)

    def url_with_password(self, password: str | None) -> str:
        """The URL to connect with: in memory only, never to be shown or kept. (How long
        a server may take to answer is the storage layer's one setting, not the URL's.)"""
        url = self.url()
        if self.is_local:
            return url.render_as_string(hide_password=False)
        if password:
            url = url.set(password=password)
        return url.render_as_string(hide_password=False)

    def renamed(self, name: str) -> NewsroomConnection:
        return replace(self, name=name.strip())


@dataclass(frozen=True, slots=True)
class ParsedUrl:
    connection: NewsroomConnection
    password: str | None
    """A password written into the URL itself (`--database postgresql://u:pw@…`)."""


def parse_connection_url(raw: str | URL) -> ParsedUrl:
    """A connection from a URL as the command line or the storage layer has it (read by
    the storage layer's one parser, `parse_url`)."""
    try:
        url = parse_url(raw)
    except DatabaseError as error:
        raise InvalidConnection(str(error)) from None
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise InvalidConnection("An in-memory database is not a newsroom one can return to")
        return ParsedUrl(NewsroomConnection.local(url.database), None)
    sslmode = url.query.get("sslmode", SslMode.PREFER.value)
    if isinstance(sslmode, tuple):
        sslmode = sslmode[-1]
    connection = NewsroomConnection.server(
        host=url.host or "localhost",
        port=DEFAULT_PORT if url.port is None else url.port,
        database=url.database or "",
        user=url.username or "",
        sslmode=sslmode,
    )
    return ParsedUrl(connection, url.password if isinstance(url.password, str) else None)


# ---- recent connections ------------------------------------------------------------------
def to_plain(connection: NewsroomConnection) -> dict[str, str | int]:
    """Plain data to keep in the settings; there is no field a password could go into."""
    return {
        "kind": connection.kind.value,
        "path": connection.path,
        "host": connection.host,
        "port": connection.port,
        "database": connection.database,
        "user": connection.user,
        "sslmode": connection.sslmode.value,
        "name": connection.name,
    }


def from_plain(data: Mapping[str, Any]) -> NewsroomConnection:
    try:
        kind = ConnectionKind(str(data.get("kind", "")))
    except ValueError:
        raise InvalidConnection(f"Unknown connection kind {data.get('kind')!r}") from None
    name = str(data.get("name") or "")
    if kind is ConnectionKind.LOCAL:
        return NewsroomConnection.local(str(data.get("path") or "") or None, name=name)
    try:
        port = int(data.get("port", DEFAULT_PORT))
    except (TypeError, ValueError):
        raise InvalidConnection(f"Port {data.get('port')!r} is not a number") from None
    return NewsroomConnection.server(
        host=str(data.get("host") or ""),
        port=port,
        database=str(data.get("database") or ""),
        user=str(data.get("user") or ""),
        sslmode=str(data.get("sslmode") or SslMode.PREFER.value),
        name=name,
    )


def remember(
    recent: Iterable[NewsroomConnection], connection: NewsroomConnection, limit: int = MAX_RECENT
) -> list[NewsroomConnection]:
    """`connection` first, then the others without repeats, at most `limit` of them."""
    kept = [connection]
    seen = {connection.identity}
    for other in recent:
        if other.identity not in seen:
            seen.add(other.identity)
            kept.append(other)
    return kept[:limit]


def forget(
    recent: Iterable[NewsroomConnection], connection: NewsroomConnection
) -> list[NewsroomConnection]:
    return [other for other in recent if other.identity != connection.identity]


def find_recent(
    recent: Iterable[NewsroomConnection], connection: NewsroomConnection
) -> NewsroomConnection | None:
    """The remembered entry for the same newsroom, which may carry the user's name for it."""
    return next((other for other in recent if other.identity == connection.identity), None)


def dump_recent(recent: Sequence[NewsroomConnection]) -> str:
    return json.dumps([to_plain(connection) for connection in recent], ensure_ascii=False)


def load_recent(text: str | None) -> list[NewsroomConnection]:
    """The remembered list; entries that no longer make sense are skipped, not fatal."""
    if not text:
        return []
    try:
        items = json.loads(text)
    except json.JSONDecodeError:
        log.warning("recent connections in the settings are not readable; starting afresh")
        return []
    if not isinstance(items, list):
        return []
    loaded: list[NewsroomConnection] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        try:
            loaded.append(from_plain(item))
        except InvalidConnection as error:
            log.warning("skipping a remembered connection: %s", error)
    unique: list[NewsroomConnection] = []
    for connection in loaded:
        if find_recent(unique, connection) is None:
            unique.append(connection)
    return unique[:MAX_RECENT]


# ---- testing a connection ----------------------------------------------------------------
class Problem(StrEnum):
    PASSWORD_REQUIRED = "password-required"
    WRONG_PASSWORD = "wrong-password"
    NO_SUCH_USER = "no-such-user"
    NOT_ALLOWED = "not-allowed"
    NO_SUCH_HOST = "no-such-host"
    UNREACHABLE = "unreachable"
    TIMED_OUT = "timed-out"
    NO_SUCH_DATABASE = "no-such-database"
    TLS = "tls"
    NOT_A_FILE = "not-a-file"
    NOT_NEWSDESK = "not-newsdesk"
    TOO_NEW = "too-new"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    ok: bool
    message: str
    problem: Problem | None = None
    needs_upgrade: bool = False
    detail: str = field(default="", compare=False)
    """The server's own words, for a tooltip."""

    @property
    def needs_password(self) -> bool:
        return self.problem in (Problem.PASSWORD_REQUIRED, Problem.WRONG_PASSWORD)


# (pattern in libpq's message, problem, what to tell the user)
_FAILURES: tuple[tuple[str, Problem, str], ...] = (
    (
        r"no password supplied|password is required|fe_sendauth",
        Problem.PASSWORD_REQUIRED,
        "The server asks for a password: enter it and try again.",
    ),
    (
        r"password authentication failed|authentication failed",
        Problem.WRONG_PASSWORD,
        "Wrong password (or user name) for the newsroom server.",
    ),
    (
        r'role "[^"]*" does not exist',
        Problem.NO_SUCH_USER,
        "The server has no user of that name.",
    ),
    (
        r'database "[^"]*" does not exist',
        Problem.NO_SUCH_DATABASE,
        "The server has no database of that name: check the name, or ask an "
        "administrator to create it.",
    ),
    (
        r"no pg_hba\.conf entry|pg_hba",
        Problem.NOT_ALLOWED,
        "The server does not let this computer in as that user (pg_hba.conf): ask an "
        "administrator.",
    ),
    (
        r"SSL|TLS|certificate",
        Problem.TLS,
        "The secure (TLS) connection failed: the server may not offer TLS, or its "
        "certificate was not trusted. Check the TLS mode.",
    ),
    (
        r"failed to resolve host|could not translate host name|Name or service not known"
        r"|nodename nor servname|Temporary failure in name resolution",
        Problem.NO_SUCH_HOST,
        "No server of that name was found: check the host name.",
    ),
    (
        r"timeout expired|timed out|did not answer",
        Problem.TIMED_OUT,
        "The server did not answer in time: check the host and port, and the network.",
    ),
    (
        r"Connection refused|No route to host|Network is unreachable|could not connect"
        r"|Is the server running",
        Problem.UNREACHABLE,
        "The server is not reachable: nothing answers at that host and port. Check "
        "them, and that the server is running.",
    ),
)


def classify_failure(detail: str) -> ConnectionCheck:
    """A failed connection explained in plain words, from the driver's message."""
    first_line = " ".join(detail.split())
    for pattern, problem, message in _FAILURES:
        if re.search(pattern, detail, flags=re.IGNORECASE):
            return ConnectionCheck(False, message, problem, detail=first_line)
    return ConnectionCheck(
        False, f"Could not connect: {first_line}", Problem.OTHER, detail=first_line
    )


def explain_failure(connection: NewsroomConnection, detail: str) -> ConnectionCheck:
    """Why opening `connection` failed: the storage layer's own words for a local file
    (they already name the file and the trouble), plain words for a server."""
    if connection.is_local:
        return ConnectionCheck(False, detail.strip(), Problem.OTHER, detail=detail.strip())
    return classify_failure(detail)


def _driver_message(error: BaseException) -> str:
    if isinstance(error, DBAPIError) and error.orig is not None:
        return str(error.orig).strip()
    return str(error).strip()


def _schema_verdict(where: str, state: SchemaState, revision: str | None) -> ConnectionCheck:
    """What `migrate.schema_state` found (the same judgement as opening the newsroom),
    in the connection dialog's words."""
    if state is SchemaState.EMPTY:
        return ConnectionCheck(
            True, f"Connected to {where}. It is empty: Newsdesk will set up a new newsroom in it."
        )
    if state is SchemaState.FOREIGN:
        return ConnectionCheck(
            False,
            f"Connected to {where}, but it is not a Newsdesk newsroom (it holds other tables).",
            Problem.NOT_NEWSDESK,
        )
    if state is SchemaState.TOO_NEW:
        return ConnectionCheck(
            False,
            f"Connected to {where}, but a newer Newsdesk wrote it (schema {revision}): "
            "install the newer version to use it.",
            Problem.TOO_NEW,
        )
    if state is SchemaState.BEHIND:
        return ConnectionCheck(
            True,
            f"Connected to {where}: a Newsdesk newsroom that needs migrating (schema "
            f"{revision}; this version uses {migrate.head_revision()}). It is upgraded when "
            "you connect.",
            needs_upgrade=True,
        )
    return ConnectionCheck(True, f"Connected to {where}: a Newsdesk newsroom, up to date.")


def _check_local(connection: NewsroomConnection) -> ConnectionCheck:
    path = connection.file_path
    if path.is_dir():
        return ConnectionCheck(
            False, f"{path} is a folder, not a newsroom file.", Problem.NOT_A_FILE
        )
    if not path.exists() or path.stat().st_size == 0:
        return ConnectionCheck(
            True, f"No newsroom file at {path} yet: Newsdesk will create one there."
        )
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return ConnectionCheck(
                    False, f"{path} is not a Newsdesk newsroom file.", Problem.NOT_NEWSDESK
                )
    except OSError as error:
        return ConnectionCheck(False, f"Cannot read {path}: {error.strerror}", Problem.OTHER)
    # Read-only, so testing never changes the file.
    return _inspect(read_only_url(path), "the newsroom file", {})


def _inspect(url: URL, where: str, connect_args: dict[str, Any]) -> ConnectionCheck:
    engine = create_engine(url, poolclass=NullPool, connect_args=connect_args)
    try:
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                version = ".".join(
                    str(part) for part in connection.dialect.server_version_info or ()
                )
                where = f"PostgreSQL {version}".strip() + f" ({where})"
            state, revision = migrate.schema_state(connection)
    except DBAPIError as error:
        return classify_failure(_driver_message(error))
    except SQLAlchemyError as error:
        return ConnectionCheck(False, f"Could not connect: {error}", Problem.OTHER)
    finally:
        engine.dispose()
    return _schema_verdict(where, state, revision)


def test_connection(connection: NewsroomConnection, password: str | None = None) -> ConnectionCheck:
    """Try to reach the newsroom and say, in plain words, how it went. Writes nothing."""
    if connection.is_local:
        return _check_local(connection)
    return _inspect(
        parse_url(connection.url_with_password(password)),
        f"database {connection.database} on {connection.host}",
        server_connect_args(),
    )


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
