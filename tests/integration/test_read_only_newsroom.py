"""A newsroom file that cannot be written (its permissions, or a read-only disk, here a
read-only folder): the commands that only read work; a change is refused in one line,
exit 2, with the file as it was."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from tests.read_only import read_only

from newsdesk.cli.main import main
from newsdesk.domain.enums import CommentStatus
from newsdesk.services.comments import CommentQuery
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import open_newsroom

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"


@pytest.fixture
def demo_file(sqlite_url: str) -> Path:
    newsroom = open_newsroom(sqlite_url)
    load_demo(newsroom)
    newsroom.close()
    return Path(sqlite_url.removeprefix("sqlite:///"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pending_comment(path: Path) -> int:
    newsroom = open_newsroom(f"sqlite:///{path}")
    try:
        return newsroom.comments.list_comments(CommentQuery(status=CommentStatus.PENDING))[0].id
    finally:
        newsroom.close()


@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "disk"])
def test_reading_commands_work(
    demo_file: Path,
    tmp_path_factory: pytest.TempPathFactory,
    folder_too: bool,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out_dir = tmp_path_factory.mktemp("out")
    url = f"sqlite:///{demo_file}"
    before = demo_file.read_bytes()
    with read_only(demo_file, folder_too=folder_too):
        code, out, err = run(capsys, "--database", url, "articles", "list", "--json")
        assert (code, err) == (0, "")
        assert SEED_SLUG in {story["slug"] for story in json.loads(out)}
        assert run(capsys, "--database", url, "where")[:2] == (0, f"SQLite {demo_file}\n")
        assert run(capsys, "--database", url, "check", SEED_SLUG)[0] == 1  # findings
        assert run(capsys, "--database", url, "comments", "list", "--json")[0] == 0
        for argv in (
            ["export", "site", str(out_dir / "site")],
            ["export", "ninjs", str(out_dir / "ninjs")],
            ["export", "wxr", str(out_dir / "all.xml")],
        ):
            code, _, err = run(capsys, "--database", url, *argv)
            assert (code, err) == (0, ""), argv
    assert (out_dir / "site" / "index.html").is_file()
    assert (out_dir / "all.xml").stat().st_size > 0
    assert demo_file.read_bytes() == before


@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "disk"])
def test_a_change_is_refused_in_one_line(
    demo_file: Path, tmp_path: Path, folder_too: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{demo_file}"
    comment_id = pending_comment(demo_file)
    lines = tmp_path / "in.jsonl"
    record = {"article": SEED_SLUG, "name": "R", "email": "r@example.net", "body": "Hi"}
    lines.write_text(json.dumps(record) + "\n")
    before = demo_file.read_bytes()
    with read_only(demo_file, folder_too=folder_too):
        for argv in (["comments", "approve", str(comment_id)], ["comments", "ingest", str(lines)]):
            code, _, err = run(capsys, "--database", url, *argv)
            assert code == 2, argv
            assert err == f"newsdesk: {demo_file} is read-only: nothing was changed\n"
            assert "Traceback" not in err
    assert demo_file.read_bytes() == before


def test_a_read_only_file_that_needs_migrating_says_so(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    connection.close()
    with read_only(demo_file):
        code, _, err = run(capsys, "--database", f"sqlite:///{demo_file}", "articles", "list")
    assert code == 2
    assert "is read-only and needs migrating (schema 0004)" in err


def test_someone_not_yet_in_the_file_can_read_it(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(variable, "visiting.reader")
    assert os.environ["USER"] == "visiting.reader"
    with read_only(demo_file, folder_too=True):
        code, out, err = run(capsys, "--database", f"sqlite:///{demo_file}", "articles", "list")
    assert (code, err) == (0, "")
    assert "stories" in out
