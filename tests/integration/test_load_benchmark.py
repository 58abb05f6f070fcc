"""The shared-newsroom load benchmark runs end to end on a short, small scale.

One writer, one copy editor and one moderator, each under their own login, for a few
seconds: the benchmark must acknowledge work of every kind, lose nothing, and leave
neither its database nor its logins and group roles behind on the server.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from newsdesk.domain.enums import Role

if TYPE_CHECKING:
    from tests.conftest import PostgresServer

pytestmark = pytest.mark.postgres

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_newsroom_load.py"


def test_a_short_run_acknowledges_work_and_loses_nothing(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    report = tmp_path / "load.json"
    server = postgres_server.admin_url.render_as_string(hide_password=False)
    argv = [
        "--server", server, "--seconds", "6", "--writers", "1", "--copy-editors", "1",
        "--moderators", "1", "--stories", "300", "--comments", "1000", "--json", str(report),
    ]  # fmt: skip
    completed = subprocess.run(
        [sys.executable, str(SCRIPT), *argv],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    result = json.loads(report.read_text(encoding="utf-8"))
    run = result["figures"]
    kinds = run["by_kind"]
    # At least one of each, even on a busy machine: the writer saves every second, the
    # copy editor takes a story from the generated queue, the moderator acts every second.
    assert kinds["save"]["count"] >= 1
    assert kinds["moderate"]["count"] >= 1
    assert kinds["transition"]["count"] >= 1
    assert run["save_latency"]["p95_ms"] > 0
    assert result["markers"]["markers acknowledged"] >= kinds["save"]["count"]
    assert result["markers"]["lost"] == []
    assert result["transitions"]["lost"] == []
    assert result["comments"]["not in an acknowledged state"] == []
    assert result["comments"]["actions acknowledged"] >= 1
    assert result["lost"] == 0 and result["failures"] == []
    assert "lost = 0" in completed.stdout
    assert "saves (incl. merge saves): p50" in completed.stdout

    config = result["config"]
    assert len(config["logins"]) == 3 and len(config["group_roles"]) == len(Role)  # one a role
    with postgres_server._admin() as connection:
        databases = connection.execute(
            "SELECT count(*) FROM pg_database WHERE datname = %s", (config["database"],)
        ).fetchone()
        roles = connection.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)",
            (config["logins"] + config["group_roles"],),
        ).fetchone()
    assert databases == (0,)
    assert roles == (0,)


def test_bad_arguments_are_refused_before_anything_is_created(tmp_path: Path) -> None:
    for argv, message in (
        (["--server", "sqlite:///x.sqlite"], "must be a PostgreSQL URL"),
        (["--seconds", "0"], "--seconds must be positive"),
        (["--writers", "0", "--copy-editors", "0", "--moderators", "0"], "at least one client"),
    ):
        completed = subprocess.run(
            [sys.executable, str(SCRIPT), *argv],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
        )
        assert completed.returncode == 2
        assert message in completed.stderr
