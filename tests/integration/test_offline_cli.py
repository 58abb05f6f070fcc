"""`newsdesk offline take|sync|status`: a newsroom on the real PostgreSQL server, this
computer's newsroom in a SQLite file, the command run in-process as a script would."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import make_url
from tests.integration.sync_helpers import edit_body, local_id
from tests.integration.test_sync_rights import BODY, Logins, logins  # noqa: F401

from newsdesk.cli.main import main
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.connections import parse_connection_url
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.offline_work import marks_for_server, take_offline_here
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.secrets import PasswordStore
from newsdesk.services.sync import offline_status

pytestmark = pytest.mark.postgres

SRC = Path(__file__).resolve().parents[2] / "src"


class Cli:
    """`newsdesk --database LAPTOP offline …`, in-process, with what it printed."""

    def __init__(self, capsys: pytest.CaptureFixture[str], laptop_url: str) -> None:
        self.capsys = capsys
        self.laptop_url = laptop_url

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--database", self.laptop_url, "offline", *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str) -> tuple[int, dict]:  # type: ignore[type-arg]
        code, out, err = self(*argv, "--json")
        assert code != 2 or err.count("\n") == 1, err
        return code, json.loads(out)


@pytest.fixture
def laptop_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "this-computer.sqlite"
    path.write_bytes(sqlite_template.read_bytes())
    return f"sqlite:///{path}"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], laptop_url: str) -> Cli:
    return Cli(capsys, laptop_url)


@pytest.fixture
def on_laptop(laptop_url: str) -> Iterator[Newsroom]:
    """This computer's newsroom, as the window (or a writer) works in it."""
    opened = open_newsroom(laptop_url)
    yield opened
    opened.close()


def story(server: Newsroom, headline: str, status: ArticleStatus = ArticleStatus.DRAFT) -> str:
    created = server.articles.create(ArticleEdit(headline=headline, body=BODY))
    for step in (ArticleStatus.SUBMITTED, ArticleStatus.EDITING):
        if status is ArticleStatus.DRAFT:
            break
        server.workflow.move(created.id, step)
        if step is status:
            break
    return created.slug


def one_error_line(code: int, out: str, err: str, *words: str) -> None:
    assert code == 2
    assert err.startswith("newsdesk: ") and err.count("\n") == 1, err
    assert "Traceback" not in err + out
    for word in words:
        assert word in err, err


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# ---- take, status, sync ---------------------------------------------------------------
def test_take_by_story_then_status_then_sync_sends_the_edit(
    cli: Cli, server: Newsroom, postgres_url: str, on_laptop: Newsroom
) -> None:
    pool = story(server, "Pool closes")
    council = server.articles.find(story(server, "Council meets"))
    story(server, "Left in the newsroom")
    one_error_line(*cli("status"), "Nothing was taken offline")

    code, taken = cli.json("take", "--server", postgres_url, pool, str(council.id))

    assert code == 0
    assert [(s["slug"], s["headline"]) for s in taken["taken"]] == [
        (pool, "Pool closes"),
        (council.slug, "Council meets"),
    ]
    assert taken["already_offline"] == [] and taken["server"].startswith("postgres@")
    code, status = cli.json("status")
    assert code == 0 and status["synced"] is True
    assert (status["stories"], status["changes_to_sync"], status["to_merge"]) == (2, 0, [])

    edit_body(on_laptop, local_id(on_laptop, council.uuid), "the pool", "the lido")
    code, status = cli.json("status")
    assert code == 1 and status["synced"] is False and status["changes_to_sync"] == 1

    code, synced = cli.json("sync", "--server", postgres_url)

    assert code == 0 and synced["synced"] is True
    assert synced["sent"] == [
        {"id": council.uuid, "slug": council.slug, "headline": "Council meets"}
    ]
    assert synced["fetched"] == synced["to_merge"] == synced["refused"] == []
    assert "the lido" in server.articles.get(council.id).body
    assert cli.json("status")[0] == 0
    code, again = cli.json("take", "--server", postgres_url, pool)
    assert (
        code == 0
        and again["taken"] == []
        and [s["slug"] for s in again["already_offline"]] == [pool]
    )


def test_take_a_saved_view_in_words(cli: Cli, server: Newsroom, postgres_url: str) -> None:
    queued = story(server, "In the copy queue", ArticleStatus.SUBMITTED)
    story(server, "Still a draft")

    code, out, err = cli("take", "--server", postgres_url, "--view", "copy-queue")

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["taken", queued, "In", "the", "copy", "queue"]
    assert (
        lines[-1]
        == f"Took 1 story offline from postgres@127.0.0.1/{make_url(postgres_url).database}."
    )
    code, out, _ = cli("status")
    assert code == 0 and out.splitlines()[-1].startswith("1 story and 0 comments offline")
    assert "all synced (last synced never)" in out


def test_sync_fetches_the_newsrooms_edit(
    cli: Cli, server: Newsroom, postgres_url: str, on_laptop: Newsroom
) -> None:
    slug = story(server, "Pool closes")
    assert cli("take", "--server", postgres_url, slug)[0] == 0
    edit_body(server, server.articles.find(slug).id, "the pool", "the lido")

    code, out, err = cli("sync", "--server", postgres_url)

    assert (code, err) == (0, "")
    assert out.splitlines()[0].split()[:2] == ["fetched", slug]
    assert out.splitlines()[-1].endswith(": 1 fetched.")
    assert "the lido" in on_laptop.articles.find(slug).body
    code, out, _ = cli("sync", "--server", postgres_url)
    assert code == 0 and out.endswith(": nothing to send or fetch.\n")


def test_the_same_paragraph_changed_on_both_sides_is_left_to_merge(
    cli: Cli, server: Newsroom, postgres_url: str, on_laptop: Newsroom
) -> None:
    slug = story(server, "Pool closes")
    article = server.articles.find(slug)
    assert cli("take", "--server", postgres_url, slug)[0] == 0
    edit_body(on_laptop, local_id(on_laptop, article.uuid), "the pool", "the lido")
    edit_body(server, article.id, "the pool", "the baths")

    code, synced = cli.json("sync", "--server", postgres_url)

    assert code == 1 and synced["synced"] is False
    assert synced["to_merge"] == [{"id": article.uuid, "slug": slug, "headline": "Pool closes"}]
    assert synced["sent"] == synced["fetched"] == []
    code, out, _ = cli("status")
    assert code == 1
    assert out.splitlines()[0].split()[:2] == ["to", "merge"] and slug in out
    assert "1 to merge" in out.splitlines()[-1]
    code, out, _ = cli("sync", "--server", postgres_url)  # still waiting for the merge
    assert code == 1 and out.splitlines()[-1].endswith("; 1 to merge.")


def test_a_desk_editor_cannot_publish_by_syncing_from_the_command_line(
    cli: Cli,
    logins: Logins,  # noqa: F811
    on_laptop: Newsroom,
) -> None:
    dana = logins.open_as("dana")
    try:
        mine = dana.articles.create(logins.story("Pool closes by night"))
    finally:
        dana.close()
    server_url = logins.server.admin_url.set(
        database=logins.database_name, username=logins.people["dana"].login
    ).render_as_string(hide_password=False)
    assert cli("take", "--server", server_url, mine.slug)[0] == 0
    local = local_id(on_laptop, mine.uuid)
    for status in (
        ArticleStatus.SUBMITTED,
        ArticleStatus.EDITING,
        ArticleStatus.READY,
        ArticleStatus.PUBLISHED,
    ):
        on_laptop.workflow.move(local, status)  # this computer's own user may

    code, synced = cli.json("sync", "--server", server_url)

    assert code == 1 and synced["synced"] is False
    assert [(r["id"], r["wanted"], r["kept"]) for r in synced["refused"]] == [
        (mine.uuid, "published", "draft")
    ]
    assert logins.owner.articles.get(mine.id).status is ArticleStatus.DRAFT
    code, out, _ = cli("status")
    assert code == 0 and "all synced" in out  # the laptop's copy follows the newsroom


def test_the_window_and_the_command_line_work_on_one_laptop(
    cli: Cli, server: Newsroom, postgres_url: str, laptop_url: str, on_laptop: Newsroom
) -> None:
    """A script's first take records the server as the window's connection dialog opens
    it: the window on that server takes more into the same file and badges both, and a
    story the window took syncs from a script."""
    by_script, by_window = story(server, "Taken by a script"), story(server, "Taken in the window")
    connection = parse_connection_url(postgres_url).connection
    window_server = open_newsroom(connection.url_with_password(None))
    laptop_file = Path(make_url(laptop_url).database or "")
    window_story = server.articles.find(by_window)
    try:
        assert cli("take", "--server", postgres_url, by_script)[0] == 0
        take_offline_here(window_server, [window_story.id], Progress(), laptop_file)
        edit_body(on_laptop, local_id(on_laptop, window_story.uuid), "the pool", "the lido")

        assert cli("sync", "--server", postgres_url)[0] == 0

        assert "the lido" in server.articles.get(window_story.id).body
        marks = marks_for_server(window_server, laptop_file)
        assert marks.offline == {server.articles.find(s).uuid for s in (by_window, by_script)}
    finally:
        window_server.close()


# ---- the password ----------------------------------------------------------------------
def test_the_password_comes_from_the_keyring_or_pgpassword_and_is_never_said(
    cli: Cli,
    server: Newsroom,
    postgres_url: str,
    on_laptop: Newsroom,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slug = story(server, "Pool closes")
    secret = "hunter2-" + "x" * 8
    monkeypatch.setenv("PGPASSWORD", secret)
    code, out, err = cli("take", "--server", postgres_url, slug)
    assert code == 0 and secret not in out + err
    recorded = offline_status(on_laptop).server_address
    assert recorded is not None and ":***@" in recorded  # it takes a password from now on

    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setattr(PasswordStore, "get", lambda self, host, port, user: None)
    one_error_line(*cli("sync", "--server", postgres_url), "wants the password", "keyring")

    asked: list[tuple[str, int, str]] = []

    def from_keyring(self: PasswordStore, host: str, port: int, user: str) -> str:
        asked.append((host, port, user))
        return secret

    monkeypatch.setattr(PasswordStore, "get", from_keyring)
    code, out, err = cli("sync", "--server", postgres_url)
    assert code == 0 and secret not in out + err
    url = make_url(postgres_url)
    assert asked == [(url.host, url.port, url.username)]


# ---- errors: one line, exit 2, nothing half-written -------------------------------------
def test_an_unreachable_server_is_one_line_and_writes_nothing(
    cli: Cli, server: Newsroom, postgres_url: str
) -> None:
    slug = story(server, "Pool closes")
    nowhere = make_url(postgres_url).set(port=closed_port()).render_as_string(hide_password=False)

    one_error_line(*cli("take", "--server", nowhere, slug), "Cannot connect")

    one_error_line(*cli("status"), "Nothing was taken offline")
    one_error_line(*cli("sync", "--server", postgres_url), "Nothing was taken offline")


def test_an_unknown_story_or_view_is_one_line_and_writes_nothing(
    cli: Cli, server: Newsroom, postgres_url: str
) -> None:
    slug = story(server, "Pool closes")

    one_error_line(*cli("take", "--server", postgres_url, slug, "no-such-story"), "no-such-story")
    one_error_line(
        *cli("take", "--server", postgres_url, "--view", "front page"),
        "No saved view is called 'front page'",
        "copy-queue",
    )
    code, out = cli.json("take", "--server", postgres_url, "--view", "nope")
    assert code == 2 and out["error"].startswith("No saved view")
    one_error_line(*cli("take", "--server", postgres_url), "Name the stories")
    one_error_line(*cli("take", "--server", postgres_url, slug, "--view", "ready"), "not both")

    one_error_line(*cli("status"), "Nothing was taken offline")


def test_another_newsroom_or_person_than_the_one_recorded_is_refused(
    cli: Cli, server: Newsroom, postgres_url: str
) -> None:
    slug = story(server, "Pool closes")
    assert cli("take", "--server", postgres_url, slug)[0] == 0
    url = make_url(postgres_url)
    elsewhere = url.set(database="another_newsroom").render_as_string(hide_password=False)
    someone_else = url.set(username="dana").render_as_string(hide_password=False)

    one_error_line(*cli("sync", "--server", elsewhere), "holds stories taken offline from")
    one_error_line(*cli("take", "--server", someone_else, slug), "not from dana@")


def test_a_newsroom_server_as_the_laptop_is_refused(
    capsys: pytest.CaptureFixture[str], postgres_url: str
) -> None:
    for argv in (["status"], ["sync", "--server", postgres_url]):
        code = main(["--database", postgres_url, "offline", *argv])
        out, err = capsys.readouterr()
        one_error_line(code, out, err, "a newsroom server", "this computer's newsroom file")


@pytest.mark.parametrize(
    ("server_url", "words"),
    [
        ("postgresql://desk:hunter2@127.0.0.1/news", "never an argument"),
        ("postgresql://desk:hunter2@127.0.0.1:abc/news", "expected postgresql://"),
        ("not a url at all", "expected postgresql://"),
        ("sqlite:////tmp/elsewhere.sqlite", "names a newsroom server"),
        ("mysql://desk@127.0.0.1/news", "names a newsroom server"),
        ("postgresql://desk@127.0.0.1:70000/news", "out of range"),
        ("postgresql://desk@127.0.0.1/", "database's name"),
        ("postgresql://desk@127.0.0.1/news%00room", "control character"),
        ("postgresql://desk@bad host/news", "not a host name"),
        ("postgresql://desk@127.0.0.1/news?sslmode=sometimes", "Unknown TLS mode"),
    ],
)
def test_hostile_server_addresses_are_one_line_without_the_password(
    cli: Cli, server_url: str, words: str
) -> None:
    for argv in (("take", "--server", server_url, "some-story"), ("sync", "--server", server_url)):
        code, out, err = cli(*argv)
        one_error_line(code, out, err, words)
        assert "hunter2" not in out + err


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    reference=st.text(
        alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=80
    ).filter(lambda text: text.strip() != "" and not text.startswith("-")),
)
def test_hostile_story_references_are_one_line_and_take_nothing(
    cli: Cli, postgres_url: str, reference: str
) -> None:
    code, out, err = cli("take", "--server", postgres_url, reference)  # the newsroom is empty
    one_error_line(code, out, err, "No story has the id or slug")
    assert cli("status")[0] == 2  # nothing was taken: still no laptop


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(max_size=200).filter(lambda text: not text.startswith("-")))
def test_any_unknown_view_name_is_one_line(cli: Cli, postgres_url: str, name: str) -> None:
    code, out, err = cli("take", "--server", postgres_url, "--view", name)
    if code == 0:  # one of the views' own names
        return
    one_error_line(code, out, err)


# ---- the real entry point ---------------------------------------------------------------
def test_the_installed_command_syncs_and_says_what_is_left(
    cli: Cli, server: Newsroom, postgres_url: str, on_laptop: Newsroom, tmp_path: Path
) -> None:
    slug = story(server, "Pool closes")
    article = server.articles.find(slug)
    assert cli("take", "--server", postgres_url, slug)[0] == 0
    edit_body(on_laptop, local_id(on_laptop, article.uuid), "the pool", "the lido")
    edit_body(server, article.id, "the pool", "the baths")
    script = Path(sys.executable).parent / "newsdesk"
    env = {
        "PATH": str(Path(sys.executable).parent),
        "PYTHONPATH": str(SRC),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": os.environ["XDG_DATA_HOME"],
    }

    result = subprocess.run(
        [
            str(script),
            "--database",
            cli.laptop_url,
            "offline",
            "sync",
            "--server",
            postgres_url,
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )

    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert [s["slug"] for s in json.loads(result.stdout)["to_merge"]] == [slug]


def test_my_assignments_take_their_plan_items_and_sync_sends_their_notes(
    cli: Cli, server: Newsroom, postgres_url: str, on_laptop: Newsroom
) -> None:
    from datetime import date

    from newsdesk.domain.planning import AssignmentRole, PlanDraft

    item = server.planning.add(
        PlanDraft(date.today(), "Pool reopens"), [(server.user.id, AssignmentRole.WRITER)]
    )
    code, taken = cli.json("take", "--server", postgres_url, "--view", "my-assignments")
    assert code == 0 and taken["plan_items"] == [item.uuid]
    copy = on_laptop.planning.find(item.uuid)
    on_laptop.planning.update(copy.id, notes="Lifeguards back at nine")

    code, synced = cli.json("sync", "--server", postgres_url)

    assert code == 0 and synced["plan_items_sent"] == 1
    assert server.planning.get(item.id).notes == "Lifeguards back at nine"
    code, out, _ = cli("sync", "--server", postgres_url)
    assert code == 0 and out.endswith(": nothing to send or fetch.\n")
