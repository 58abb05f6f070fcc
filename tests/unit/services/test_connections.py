"""Newsroom connections: URLs, names, the recent list, testing a connection, the keyring."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError, PasswordDeleteError
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from newsdesk.services.connections import (
    MAX_RECENT,
    THIS_COMPUTER,
    ConnectionKind,
    InvalidConnection,
    NewsroomConnection,
    Problem,
    SslMode,
    classify_failure,
    dump_recent,
    explain_failure,
    find_recent,
    forget,
    from_plain,
    load_recent,
    parse_connection_url,
    remember,
    test_connection,
    to_plain,
)
from newsdesk.services.secrets import NO_KEYRING, PasswordStore, PasswordStoreError, account
from newsdesk.storage import migrate
from newsdesk.storage.database import default_database_path

if TYPE_CHECKING:
    from tests.conftest import PostgresServer

PASSWORD = "s3cr:et/p@ss?word"


def server(**changes: object) -> NewsroomConnection:
    fields: dict[str, object] = {
        "host": "db.example.org",
        "database": "newsroom",
        "user": "ann",
    }
    fields.update(changes)
    return NewsroomConnection.server(**fields)  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# ---- URLs and names ------------------------------------------------------------------------
def test_the_password_reaches_only_the_url_used_to_connect() -> None:
    connection = server(port=5433, sslmode="verify-full")
    url = make_url(connection.url_with_password(PASSWORD))
    assert url.password == PASSWORD
    assert (url.host, url.port, url.database, url.username) == (
        "db.example.org",
        5433,
        "newsroom",
        "ann",
    )
    assert url.query["sslmode"] == "verify-full"
    assert "connect_timeout" not in url.query  # one timeout for every connection: storage's
    shown = [
        connection.safe_url(),
        connection.display_name,
        connection.location,
        str(connection),
        repr(to_plain(connection)),
        dump_recent([connection]),
    ]
    for text in shown:
        assert PASSWORD not in text
        assert "s3cr" not in text
    assert connection.safe_url() == (
        "postgresql://ann@db.example.org:5433/newsroom?sslmode=verify-full"
    )


def test_no_password_means_none_in_the_url() -> None:
    assert make_url(server().url_with_password(None)).password is None
    assert make_url(server().url_with_password("")).password is None


def test_display_names() -> None:
    assert NewsroomConnection.local().display_name == THIS_COMPUTER
    assert NewsroomConnection.local(default_database_path()).path == ""
    assert NewsroomConnection.local("/data/desk.sqlite").display_name == (
        "This computer: desk.sqlite"
    )
    assert server().display_name == "ann@db.example.org/newsroom"
    assert server(port=6543).display_name == "ann@db.example.org:6543/newsroom"
    assert server(name="City desk").display_name == "City desk"
    assert "TLS: prefer" in server().location


def test_local_url_points_at_the_file(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    url = make_url(NewsroomConnection.local(path).url_with_password("ignored"))
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(path)
    assert url.password is None
    assert make_url(NewsroomConnection.local().safe_url()).database == str(default_database_path())


def test_parse_url_round_trip() -> None:
    parsed = parse_connection_url(
        "postgresql+psycopg://ann:pw@Db.example.org:6000/news?sslmode=require"
    )
    assert parsed.password == "pw"
    assert parsed.connection == server(
        host="Db.example.org", port=6000, database="news", sslmode="require"
    )
    assert parse_connection_url(server().safe_url()).connection == server()
    assert parse_connection_url(server().safe_url()).password is None
    local = parse_connection_url(f"sqlite:///{default_database_path()}").connection
    assert local.kind is ConnectionKind.LOCAL
    assert local.display_name == THIS_COMPUTER


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("not a url", "Invalid database URL"),
        ("mysql://ann@host/db", "Unsupported database 'mysql'"),
        ("sqlite://", "in-memory"),
        ("postgresql://ann@host/db?sslmode=sometimes", "Unknown TLS mode 'sometimes'"),
        ("postgresql://ann@host/", "Enter the newsroom database's name"),
        ("postgresql://ann:secret@host:abc/db", "Invalid database URL"),
        ("postgresql://ann@host:0/db", "Port 0 is out of range"),
        ("postgresql://ann@host/news%00room", "control character"),
        ("postgresql://an%0An@host/db", "control character"),
    ],
)
def test_parse_url_refuses_clearly(raw: str, words: str) -> None:
    with pytest.raises(InvalidConnection, match=words) as refused:
        parse_connection_url(raw)
    assert "secret" not in str(refused.value)  # a password typed into the URL stays unsaid


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"host": "  "}, "host name"),
        ({"host": "bad host"}, "not a host name"),
        ({"port": 0}, "out of range"),
        ({"port": 70000}, "out of range"),
        ({"database": ""}, "database's name"),
        ({"database": "a/b"}, "not a database name"),
        ({"user": ""}, "user name"),
        ({"sslmode": "maybe"}, "Unknown TLS mode"),
    ],
)
def test_bad_server_settings_are_refused(changes: dict[str, object], words: str) -> None:
    with pytest.raises(InvalidConnection, match=words):
        server(**changes)


# ---- the recent list -----------------------------------------------------------------------
def test_recent_is_most_recent_first_without_repeats_and_bounded() -> None:
    first = server(database="one")
    second = server(database="two")
    recent = remember(remember([], first), second)
    assert recent == [second, first]
    # The same newsroom again (host case differs, new TLS mode, a name): moves to the top.
    again = server(host="DB.example.org", database="one", sslmode="require", name="City")
    recent = remember(recent, again)
    assert recent == [again, second]
    for number in range(20):
        recent = remember(recent, server(database=f"n{number}"))
    assert len(recent) == MAX_RECENT
    assert recent[0].database == "n19"
    assert len({connection.identity for connection in recent}) == MAX_RECENT
    assert find_recent(recent, server(database="n19")) == recent[0]
    assert forget(recent, server(database="n19"))[0].database == "n18"


def test_recent_round_trips_through_plain_data() -> None:
    recent = [
        server(name="City desk", sslmode="verify-ca"),
        NewsroomConnection.local("/x/y.sqlite"),
    ]
    assert load_recent(dump_recent(recent)) == recent
    assert from_plain(to_plain(recent[0])) == recent[0]
    assert set(to_plain(recent[0])) == {
        "kind",
        "path",
        "host",
        "port",
        "database",
        "user",
        "sslmode",
        "name",
    }


@pytest.mark.parametrize(
    "text", [None, "", "{not json", '{"kind": "local"}', '[1, "x", null]', '[{"kind": "ftp"}]']
)
def test_unreadable_recent_entries_are_skipped(text: str | None) -> None:
    assert load_recent(text) == []


def test_one_bad_entry_does_not_lose_the_others() -> None:
    good = to_plain(server())
    text = dump_recent([server()]).replace("]", ', {"kind": "server", "host": ""}, ')
    text += f'{{"kind": "server", "port": "x"}}, {dump_recent([server()])[1:-1]}]'
    assert load_recent(text) == [from_plain(good)]


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=20)


@given(
    host=st.from_regex(r"[a-z][a-z0-9.-]{0,30}", fullmatch=True),
    port=st.integers(1, 65535),
    database=names,
    user=names,
    mode=st.sampled_from(list(SslMode)),
    name=st.text(max_size=30),
    password=st.text(min_size=8, max_size=30),
)
def test_any_server_connection_survives_saving_and_never_carries_the_password(
    host: str, port: int, database: str, user: str, mode: SslMode, name: str, password: str
) -> None:
    connection = NewsroomConnection.server(host, database, user, port, mode, name)
    assert load_recent(dump_recent([connection])) == [connection]
    url = make_url(connection.url_with_password(password))
    assert url.password == password
    assert (url.host, url.port, url.database, url.username) == (host, port, database, user)
    assert make_url(connection.safe_url()).password is None


# ---- explaining failures -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ('FATAL:  password authentication failed for user "ann"', Problem.WRONG_PASSWORD),
        ("fe_sendauth: no password supplied", Problem.PASSWORD_REQUIRED),
        ('FATAL:  role "ann" does not exist', Problem.NO_SUCH_USER),
        ('FATAL:  database "news" does not exist', Problem.NO_SUCH_DATABASE),
        ('FATAL:  no pg_hba.conf entry for host "10.0.0.2"', Problem.NOT_ALLOWED),
        ("server does not support SSL, but SSL was required", Problem.TLS),
        ("failed to resolve host 'x': Name or service not known", Problem.NO_SUCH_HOST),
        ("connection to server at 127.0.0.1 failed: timeout expired", Problem.TIMED_OUT),
        ("port 5433 failed: Connection refused", Problem.UNREACHABLE),
        ("something new", Problem.OTHER),
    ],
)
def test_failures_are_put_in_plain_words(message: str, problem: Problem) -> None:
    check = classify_failure(f"Cannot connect to PostgreSQL at h:5432/news: {message}")
    assert not check.ok
    assert check.problem is problem
    assert check.message
    assert check.needs_password is (problem in (Problem.WRONG_PASSWORD, Problem.PASSWORD_REQUIRED))


def test_local_failures_keep_the_storage_layers_words() -> None:
    check = explain_failure(NewsroomConnection.local("/x.sqlite"), "/x.sqlite is a folder")
    assert check.message == "/x.sqlite is a folder"


# ---- testing a connection ------------------------------------------------------------------
def test_local_checks(tmp_path: Path, sqlite_url: str) -> None:
    missing = test_connection(NewsroomConnection.local(tmp_path / "new.sqlite"))
    assert missing.ok
    assert "will create one" in missing.message
    assert not (tmp_path / "new.sqlite").exists()

    folder = test_connection(NewsroomConnection.local(tmp_path))
    assert (folder.ok, folder.problem) == (False, Problem.NOT_A_FILE)

    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello")
    assert test_connection(NewsroomConnection.local(text_file)).problem is Problem.NOT_NEWSDESK

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER)")
    assert test_connection(NewsroomConnection.local(other)).problem is Problem.NOT_NEWSDESK

    newsroom_file = Path(make_url(sqlite_url).database or "")
    before = newsroom_file.read_bytes()
    check = test_connection(NewsroomConnection.local(newsroom_file))
    assert check.ok
    assert "up to date" in check.message
    assert newsroom_file.read_bytes() == before


def test_an_older_newsroom_is_reported_as_needing_migration(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    with engine.begin() as connection:
        migrate.downgrade(connection, "0004")
    engine.dispose()
    check = test_connection(parse_connection_url(sqlite_url).connection)
    assert check.ok
    assert check.needs_upgrade
    assert "0004" in check.message
    assert "needs migrating" in check.message


@pytest.mark.postgres
def test_server_checks(postgres_url: str, postgres_server: PostgresServer) -> None:
    connection = parse_connection_url(postgres_url).connection
    check = test_connection(connection, "any password: the test server trusts")
    assert check.ok, check.message
    assert "PostgreSQL" in check.message
    assert "up to date" in check.message

    moved = NewsroomConnection.server(
        connection.host, connection.database, connection.user, port=free_port()
    )
    unreachable = test_connection(moved)
    assert (unreachable.ok, unreachable.problem) == (False, Problem.UNREACHABLE)
    assert "not reachable" in unreachable.message

    missing = test_connection(
        NewsroomConnection.server(connection.host, "no_such_newsroom_db", connection.user)
    )
    assert missing.problem is Problem.NO_SUCH_DATABASE

    tls = test_connection(
        NewsroomConnection.server(
            connection.host, connection.database, connection.user, sslmode="require"
        )
    )
    assert tls.problem is Problem.TLS

    empty_name = postgres_server.create()
    try:
        empty = NewsroomConnection.server(connection.host, empty_name, connection.user)
        check = test_connection(empty)
        assert check.ok
        assert "empty" in check.message
    finally:
        postgres_server.drop(empty_name)


# ---- the keyring ---------------------------------------------------------------------------
class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("locked")


@pytest.fixture
def use_keyring() -> Iterator[Callable[[KeyringBackend], None]]:
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_passwords_are_kept_per_server_and_user(
    use_keyring: Callable[[KeyringBackend], None],
) -> None:
    backend = MemoryKeyring()
    use_keyring(backend)
    store = PasswordStore()
    assert store.problem() is None
    store.set("DB.example.org", 5432, "ann", PASSWORD)
    assert store.get("db.example.org", 5432, "ann") == PASSWORD
    assert store.get("db.example.org", 5433, "ann") is None
    assert store.get("db.example.org", 5432, "bob") is None
    assert backend.passwords == {(store.service, account("db.example.org", 5432, "ann")): PASSWORD}
    store.delete("db.example.org", 5432, "ann")
    assert store.get("db.example.org", 5432, "ann") is None
    store.delete("db.example.org", 5432, "ann")  # nothing kept: nothing to do


def test_without_a_keyring_the_password_is_asked_each_time(
    use_keyring: Callable[[KeyringBackend], None],
) -> None:
    use_keyring(fail.Keyring())
    store = PasswordStore()
    assert store.problem() == NO_KEYRING
    assert not store.available
    assert store.get("h", 5432, "ann") is None
    with pytest.raises(PasswordStoreError, match="asked each time"):
        store.set("h", 5432, "ann", PASSWORD)
    store.delete("h", 5432, "ann")


def test_a_failing_keyring_is_reported_without_the_password(
    use_keyring: Callable[[KeyringBackend], None],
) -> None:
    use_keyring(BrokenKeyring())
    store = PasswordStore()
    assert store.get("h", 5432, "ann") is None
    with pytest.raises(PasswordStoreError) as raised:
        store.set("h", 5432, "ann", PASSWORD)
    assert PASSWORD not in str(raised.value)
