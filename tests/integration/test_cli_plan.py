"""`newsdesk plan list/add/start/export` on both databases, and broken input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.cli.main import main
from newsdesk.services.newsroom import open_newsroom

FIELDS = {"id", "date", "section", "slug", "pitch", "words_planned", "words_actual", "due"}
FIELDS |= {"status", "assignees", "story"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _newsroom_with_people(url: str) -> None:
    newsroom = open_newsroom(url)
    try:
        newsroom.sections.create("World")
        newsroom.users.ensure("dana.desk", "Dana Desk", frozenset())
    finally:
        newsroom.close()


def test_plan_add_list_start_and_export(
    database_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _newsroom_with_people(database_url)
    db = ("--database", database_url)
    code, out, err = run(
        capsys, *db, "plan", "add", "--date", "2026-12-08", "--slug", "Summit ends",
        "--section", "world", "--words", "600", "--due", "16:30", "--assignee", "Dana Desk",
        "--pitch", "Leaders sign the accord", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    added = json.loads(out)
    assert set(added) >= FIELDS
    assert (added["date"], added["section"], added["words_planned"], added["status"]) == (
        "2026-12-08",
        "World",
        600,
        "assigned",
    )
    assert added["assignees"] == [{"name": "Dana Desk", "role": "writer"}]
    assert added["due"].endswith("Z") and added["story"] is None
    run(capsys, *db, "plan", "add", "--date", "2026-12-09", "--slug", "Tomorrow")

    code, out, _ = run(capsys, *db, "plan", "list", "--date", "2026-12-08", "--json")
    assert [i["slug"] for i in json.loads(out)] == ["Summit ends"]
    code, out, _ = run(capsys, *db, "plan", "list", "--assignee", "dana.desk", "--json")
    assert [i["slug"] for i in json.loads(out)] == ["Summit ends"]
    code, out, _ = run(capsys, *db, "plan", "list", "--status", "idea", "--json")
    assert [i["slug"] for i in json.loads(out)] == ["Tomorrow"]

    code, out, err = run(capsys, *db, "plan", "start", str(added["id"]), "--json")
    assert (code, err) == (0, "")
    started = json.loads(out)
    assert (started["status"], started["story"], started["words_actual"]) == (
        "in_progress",
        "summit-ends",
        0,
    )
    shown = json.loads(run(capsys, *db, "articles", "show", "summit-ends")[1])
    assert (shown["section"], shown["byline"], shown["status"]) == ("World", "Dana Desk", "draft")
    code, _, err = run(capsys, *db, "plan", "start", added["uuid"])
    assert code == 1 and "already started" in err

    page = tmp_path / "budget.html"
    code, out, _ = run(
        capsys, *db, "plan", "export", "--date", "2026-12-08", "--format", "html", str(page)
    )
    assert code == 0 and out == f"1 plan item in {page}\n"
    text = page.read_text("utf-8")
    assert "<h2>World</h2>" in text and "Summit ends" in text and "Dana Desk (writer)" in text
    sheet = tmp_path / "budget.csv"
    run(capsys, *db, "plan", "export", "--date", "2026-12-08", "--format", "csv", str(sheet))
    rows = list(csv.DictReader(io.StringIO(sheet.read_text("utf-8"))))
    assert [(r["slug"], r["words_planned"], r["words_actual"], r["status"]) for r in rows] == [
        ("Summit ends", "600", "0", "in_progress")
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ("plan", "add", "--date", "2026-02-30", "--slug", "x"),
        ("plan", "add", "--date", "2026-12-08", "--slug", ""),
        ("plan", "add", "--date", "2026-12-08", "--slug", "x", "--words", "-5"),
        ("plan", "add", "--date", "2026-12-08", "--slug", "x", "--words", "9" * 30),
        ("plan", "add", "--date", "2026-12-08", "--slug", "x", "--due", "25:00"),
        ("plan", "add", "--date", "2026-12-08", "--slug", "x", "--due", "16:30+02:00"),
        ("plan", "add", "--date", "2026-12-08", "--slug", "x", "--assignee", "Nobody"),
        ("plan", "add", "--date", "2026-12-08", "--slug", "x", "--section", "nowhere"),
        ("plan", "list", "--date", "yesterday"),
        ("plan", "start", "424242"),
        ("plan", "start", "'; DROP TABLE plan_items; --"),
        ("plan", "export", "--date", "2026-12-08", "--format", "html", "/proc/nope/x.html"),
    ],
)
def test_broken_plan_input_is_one_line_and_writes_nothing(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    _newsroom_with_people(sqlite_url)
    code, out, err = run(capsys, "--database", sqlite_url, *argv)
    assert code in (1, 2) and out == ""
    assert err.startswith("newsdesk: ") and err.count("\n") == 1 and "Traceback" not in err
    listed = json.loads(run(capsys, "--database", sqlite_url, "plan", "list", "--json")[1])
    assert listed == []


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    slug=st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=250),
    pitch=st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=80),
)
def test_any_slug_and_pitch_is_planned_as_written_or_refused_in_one_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], slug: str, pitch: str
) -> None:
    code, out, err = run(
        capsys, "--database", sqlite_url, "plan", "add", "--date", "2026-12-08",
        f"--slug={slug}", f"--pitch={pitch}", "--json",
    )  # fmt: skip
    if code == 0:
        item = json.loads(out)
        assert item["slug"] == " ".join(slug.split()) and item["pitch"] == pitch.strip()
    else:
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_plan_edit_changes_the_details_and_takes_people_off(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _newsroom_with_people(database_url)
    db = ("--database", database_url)
    added = json.loads(
        run(
            capsys, *db, "plan", "add", "--date", "2026-12-08", "--slug", "Summit ends",
            "--assignee", "Dana Desk", "--json",
        )[1]
    )  # fmt: skip
    code, out, err = run(
        capsys, *db, "plan", "edit", str(added["id"]), "--slug", "Summit: the accord",
        "--pitch", "Leaders sign", "--words", "750", "--due", "18:15", "--section", "world",
        "--priority", "2", "--remove-assignee", "dana.desk", "--notes", "Photos at six",
        "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    edited = json.loads(out)
    assert (edited["slug"], edited["pitch"], edited["words_planned"], edited["section"]) == (
        "Summit: the accord",
        "Leaders sign",
        750,
        "World",
    )
    assert (edited["priority"], edited["assignees"], edited["status"]) == (2, [], "idea")
    assert edited["notes"] == "Photos at six" and edited["due"].endswith("Z")
    code, out, _ = run(
        capsys, *db, "plan", "edit", added["uuid"], "--words", "none", "--due", "none",
        "--section", "none", "--assignee", "Dana Desk", "--role", "photographer", "--json",
    )  # fmt: skip
    cleared = json.loads(out)
    assert (cleared["words_planned"], cleared["due"], cleared["section"]) == (None, None, None)
    assert cleared["assignees"] == [{"name": "Dana Desk", "role": "photographer"}]
    code, out, _ = run(capsys, *db, "plan", "edit", str(added["id"]), "--priority", "-1")
    assert code == 0 and out == f"Changed plan item {added['id']} (Summit: the accord)\n"


@pytest.mark.parametrize(
    "argv",
    [
        ("--slug", ""),
        ("--words", "many"),
        ("--words", "0"),
        ("--due", "25:00"),
        ("--section", "nowhere"),
        ("--priority", "high"),
        ("--priority", "1000"),
        ("--remove-assignee", "Nobody"),
        ("--remove-assignee", "root"),  # someone, but not on the item
        ("--slug", "Fine", "--remove-assignee", "Nobody"),  # checked before the slug is written
        (),  # nothing to change
    ],
)
def test_broken_plan_edits_are_one_line_and_change_nothing(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    _newsroom_with_people(sqlite_url)
    db = ("--database", sqlite_url)
    added = run(capsys, *db, "plan", "add", "--date", "2026-12-08", "--slug", "x", "--json")[1]
    before = json.loads(added)
    code, out, err = run(capsys, *db, "plan", "edit", str(before["id"]), *argv)
    assert code in (1, 2) and out == ""
    assert err.startswith("newsdesk: ") and err.count("\n") == 1 and "Traceback" not in err
    after = json.loads(run(capsys, *db, "plan", "list", "--json")[1])
    assert after == [before]
    code, _out, err = run(capsys, *db, "plan", "edit", "424242", "--slug", "y")
    assert code == 1 and err.count("\n") == 1


def test_a_refused_part_of_a_plan_edit_leaves_every_part_unwritten(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _newsroom_with_people(database_url)
    db = ("--database", database_url)
    added = json.loads(
        run(
            capsys, *db, "plan", "add", "--date", "2026-12-08", "--slug", "Summit ends",
            "--assignee", "Dana Desk", "--json",
        )[1]
    )  # fmt: skip
    assert run(capsys, *db, "plan", "start", str(added["id"]))[0] == 0
    before = json.loads(run(capsys, *db, "plan", "list", "--json")[1])

    code, out, err = run(
        capsys, *db, "plan", "edit", str(added["id"]), "--slug", "Summit: the accord",
        "--remove-assignee", "Dana Desk", "--status", "idea",
    )  # fmt: skip

    assert code == 1 and out == "" and "follows its story" in err and err.count("\n") == 1
    assert json.loads(run(capsys, *db, "plan", "list", "--json")[1]) == before
