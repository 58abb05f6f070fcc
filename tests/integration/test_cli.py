"""The `newsdesk` command as scripts use it, on both databases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.cli.main import main

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_demo_then_articles_list_json_shows_the_seed_story(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--database", database_url, "demo")[0] == 0
    code, out, _ = run(capsys, "--database", database_url, "articles", "list", "--json")
    assert code == 0
    stories = {a["slug"]: a for a in json.loads(out)}
    seed = stories[SEED_SLUG]
    assert seed["section"] == "World"
    assert (seed["dateline"], seed["credit"], seed["status"]) == (
        "MOSCOW",
        "Sahar News Monitoring Desk",
        "published",
    )
    for key in ("id", "slug", "headline", "section", "status", "byline", "language", "updated"):
        assert key in seed


def test_demo_twice_adds_nothing_twice(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--database", database_url, "demo")
    code, out, _ = run(capsys, "demo", "--database", database_url)
    assert code == 0
    assert "0 stories, 0 sections, 0 comments added" in out


def test_filters_and_lookups(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--database", database_url, "demo")
    _, out, _ = run(
        capsys, "--database", database_url, "articles", "list", "--section", "sport", "--json"
    )
    assert all(a["section"] in {"Sport", "Football"} for a in json.loads(out))
    _, out, _ = run(
        capsys, "--database", database_url, "articles", "list", "--search", "Pompeo Sochi", "--json"
    )
    assert [a["slug"] for a in json.loads(out)] == [SEED_SLUG]
    _, out, _ = run(
        capsys, "--database", database_url, "articles", "list", "--status", "killed", "--json"
    )
    assert {a["status"] for a in json.loads(out)} == {"killed"}
    code, out, _ = run(capsys, "--database", database_url, "articles", "show", SEED_SLUG)
    assert code == 0 and json.loads(out)["slug"] == SEED_SLUG
    code, _, err = run(capsys, "--database", database_url, "articles", "show", "nope")
    assert code == 1 and "nope" in err


def test_comments_list_json(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--database", database_url, "demo")
    code, out, _ = run(
        capsys, "--database", database_url, "comments", "list", "--status", "spam", "--json"
    )
    spam = json.loads(out)
    assert code == 0 and spam
    for comment in spam:
        assert comment["status"] == "spam"
        for key in ("id", "article", "author", "email", "status", "reasons", "submitted"):
            assert key in comment
    _, out, _ = run(
        capsys, "--database", database_url, "comments", "list", "--status", "all", "--json"
    )
    assert len(json.loads(out)) >= 20


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("nonsense://", "Unsupported database"),
        ("postgresql://nobody@127.0.0.1:1/newsroom", "Cannot connect to PostgreSQL"),
        ("postgresql://nobody:secret@127.0.0.1:port/newsroom", "Invalid database URL"),
    ],
)
def test_bad_database_exits_2_with_one_line(
    url: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--database", url, "articles", "list")
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
    assert "secret" not in err


def test_not_a_newsdesk_file_exits_2_and_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Dear editor")
    code, _, err = run(capsys, "--database", f"sqlite:///{path}", "demo")
    assert code == 2 and "not a Newsdesk database" in err
    assert path.read_text() == "Dear editor"


def test_installed_console_script_and_environment_variable(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite'}"
    env = {
        "NEWSDESK_DATABASE_URL": url,
        "PATH": str(Path(sys.executable).parent),
        "PYTHONPATH": os.pathsep.join(sys.path),  # this checkout's code, not the installed one
    }
    script = Path(sys.executable).parent / "newsdesk"
    subprocess.run([str(script), "migrate"], capture_output=True, env=env, check=True)
    result = subprocess.run(
        [str(script), "where"], capture_output=True, text=True, env=env, check=True
    )
    assert str(tmp_path / "env.sqlite") in result.stdout


@pytest.mark.parametrize(
    "argv",
    [["where"], ["articles", "list"], ["comments", "list"], ["export", "wxr", "out.xml"]],
)
def test_a_mistyped_file_is_refused_not_made_into_a_new_newsroom(
    argv: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "newsrom.sqlite"
    code, out, err = run(capsys, "--database", f"sqlite:///{path}", *argv)
    assert (code, out) == (2, "")
    assert err == (
        f"newsdesk: No newsroom at {path}; create one with `newsdesk demo` or `newsdesk migrate`\n"
    )
    assert not path.exists()


@pytest.mark.parametrize("command", ["demo", "migrate"])
def test_demo_and_migrate_make_a_new_newsroom(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'newsroom.sqlite'}"
    assert run(capsys, "--database", url, command)[0] == 0
    assert run(capsys, "--database", url, "articles", "list")[0] == 0


@pytest.mark.parametrize("command", [["where"], []])
def test_an_empty_database_option_is_refused(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsdesk.app.run_app", lambda _url: pytest.fail("the window opened"))
    code, out, err = run(capsys, "--database", "", *command)
    assert (code, out) == (2, "")
    assert err.startswith("newsdesk: --database is empty") and err.count("\n") == 1
