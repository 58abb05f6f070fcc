"""Shared fixtures: newsroom databases on SQLite and on the real PostgreSQL server.

The schema is migrated once per run into a template (an SQLite file, a PostgreSQL
template database); each test gets a fresh copy, so tests stay fast and independent.
"""

from __future__ import annotations

import os
import tempfile

# Qt must run without a display, and QtWebEngine as root needs these flags. Set before
# anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ.setdefault("QT_LOGGING_RULES", "qt.webenginecontext.debug=false")
# Journals, logs and default databases go to a throwaway folder, not the user's own.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="newsdesk-test-data-")
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="newsdesk-test-state-")

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy.engine import make_url

from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.storage.database import open_database

if TYPE_CHECKING:
    import psycopg

POSTGRES_ENV = "NEWSDESK_TEST_POSTGRES_URL"


def postgres_admin_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so PostgreSQL tests must run)", pytrace=False)
    pytest.skip(reason)


class PostgresServer:
    """Creates and drops throwaway databases on the test server."""

    def __init__(self, admin_url: str) -> None:
        import psycopg

        self.admin_url = make_url(admin_url).set(drivername="postgresql")
        self._psycopg = psycopg
        self.template: str | None = None

    def _admin(self) -> psycopg.Connection[tuple[Any, ...]]:
        return self._psycopg.connect(
            self.admin_url.render_as_string(hide_password=False), autocommit=True, connect_timeout=5
        )

    def url_for(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        name = f"newsdesk_test_{uuid.uuid4().hex[:12]}"
        with self._admin() as connection:
            clause = f" TEMPLATE {template}" if template else ""
            connection.execute(f"CREATE DATABASE {name}{clause}")
        return name

    def drop(self, name: str) -> None:
        # Group roles are server-wide: a newsroom drops its own before it goes (copies of
        # the template share the template's, dropped with it; see migration 0007).
        with self._psycopg.connect(self.url_for(name), autocommit=True) as newsroom:
            found = newsroom.execute("SELECT to_regproc('newsdesk_drop_rights')").fetchone()
            if found is not None and found[0]:
                newsroom.execute("SELECT newsdesk_drop_rights()")
        with self._admin() as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    admin_url = postgres_admin_url()
    if admin_url is None:
        _skip_or_fail(
            f"PostgreSQL tests need {POSTGRES_ENV} (e.g. postgresql://postgres@127.0.0.1:5432/postgres)"
        )
    server = PostgresServer(admin_url)  # type: ignore[arg-type]
    try:
        with server._admin():
            pass
    except Exception as error:  # any connection failure: report it plainly
        _skip_or_fail(f"PostgreSQL at {admin_url} is unreachable: {error}")
    template = server.create()
    open_database(server.url_for(template)).dispose()
    server.template = template
    yield server
    server.drop(template)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "newsroom.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "newsroom.sqlite"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    name = postgres_server.create(template=postgres_server.template)
    yield postgres_server.url_for(name)
    postgres_server.drop(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """A fresh, migrated newsroom database; every storage test runs on both backends."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    opened = open_newsroom(database_url)
    yield opened
    opened.close()


_exit_status = 0


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave with pytest's own status before Qt's global destructors can abort the process.

    QtWebEngine may crash at interpreter exit when a profile outlives the application;
    by the time this runs every report has been written.
    """
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status)
