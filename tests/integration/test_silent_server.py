"""A newsroom server that takes the connection and never answers: every way Newsdesk
connects (opening a newsroom for the CLI or the window, testing a connection in the
dialog, the live listener) gives up after the one connect timeout and says the server
did not answer. psycopg alone would wait 130 s.

The timeout is lowered to libpq's smallest (2 s) through the one setting every
connection reads, so the tests take seconds.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker
from tests.tcp_proxy import SilentServer

from newsdesk.cli.main import main
from newsdesk.services.connections import NewsroomConnection, Problem, test_connection
from newsdesk.services.live import connection_parameters
from newsdesk.storage import database as storage
from newsdesk.storage.database import Database, DatabaseError, open_database


@pytest.fixture
def silent(monkeypatch: pytest.MonkeyPatch) -> Iterator[SilentServer]:
    monkeypatch.setattr(storage, "CONNECT_TIMEOUT_S", 2)
    server = SilentServer()
    yield server
    server.close()


def test_opening_a_newsroom_gives_up_and_says_the_server_did_not_answer(
    silent: SilentServer,
) -> None:
    with pytest.raises(DatabaseError) as raised:
        open_database(silent.url())
    assert str(raised.value) == (
        f"PostgreSQL at 127.0.0.1:{silent.port}/newsroom did not answer within 2 s: "
        "check the host and port, and that the server is running"
    )


def test_a_cli_command_exits_2_with_one_line(
    silent: SilentServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", silent.url(), "articles", "list"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "did not answer within 2 s" in captured.err


def test_the_connection_dialogs_test_says_the_server_did_not_answer(
    silent: SilentServer,
) -> None:
    connection = NewsroomConnection.server("127.0.0.1", "newsroom", "nobody", port=silent.port)
    check = test_connection(connection)
    assert (check.ok, check.problem) == (False, Problem.TIMED_OUT)
    assert "did not answer" in check.message


def test_the_window_reading_an_open_failure_calls_it_a_timeout(silent: SilentServer) -> None:
    from newsdesk.services.connections import explain_failure

    connection = NewsroomConnection.server("127.0.0.1", "newsroom", "nobody", port=silent.port)
    with pytest.raises(DatabaseError) as raised:
        open_database(connection.url_with_password(None))
    assert explain_failure(connection, str(raised.value)).problem is Problem.TIMED_OUT


def test_the_live_listener_connects_with_the_same_bound(silent: SilentServer) -> None:
    url = make_url(silent.url()).set(drivername="postgresql+psycopg")
    engine = create_engine(url)  # never connected: the listener opens its own connection
    database = Database(url=url, engine=engine, sessions=sessionmaker(engine))
    parameters = connection_parameters(database)
    assert parameters["connect_timeout"] == 2
    with pytest.raises(psycopg.errors.ConnectionTimeout):
        psycopg.connect(**parameters, autocommit=True)
    engine.dispose()
