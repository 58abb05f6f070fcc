"""`newsdesk articles embargo` and `articles publish`, on both databases, with broken
and hostile times."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from tests.integration.story_states import put_in_state

from newsdesk.cli.main import main
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.newsroom import open_newsroom


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _ready_story(database_url: str) -> str:
    newsroom = open_newsroom(database_url)
    try:
        section = newsroom.sections.create("World").id
        story = newsroom.articles.create(
            ArticleEdit(
                headline="Ministers meet",
                dateline="PARIS",
                byline="Staff",
                credit="Desk",
                section_id=section,
            )
        )
        put_in_state(newsroom, story.id, ArticleStatus.READY)
        return story.slug
    finally:
        newsroom.close()


def test_embargo_publish_and_schedule_from_the_command_line(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    slug = _ready_story(database_url)
    db = ("--database", database_url)
    until = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    code, out, err = run(
        capsys, *db, "articles", "embargo", slug, "--until", until.isoformat(), "--json"
    )
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert shown["embargoed_until"] == until.isoformat().replace("+00:00", "Z")
    assert shown["scheduled_at"] is None
    code, out, err = run(capsys, *db, "articles", "publish", slug)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "embargoed until" in err
    early = (until - timedelta(hours=2)).isoformat()
    code, _, err = run(capsys, *db, "articles", "publish", slug, "--at", early)
    assert code == 1 and "would break it" in err
    late = (until + timedelta(hours=1)).astimezone(datetime.now().astimezone().tzinfo).isoformat()
    code, out, err = run(capsys, *db, "articles", "publish", slug, "--at", late)
    assert (code, err) == (0, "") and "scheduled for" in out
    code, out, _ = run(capsys, *db, "articles", "show", slug)
    assert json.loads(out)["scheduled_at"] == (until + timedelta(hours=1)).isoformat().replace(
        "+00:00", "Z"
    )
    listed = json.loads(run(capsys, *db, "articles", "list", "--json")[1])
    assert {s["slug"]: s["embargoed_until"] for s in listed}[slug] is not None
    code, out, _ = run(capsys, *db, "articles", "embargo", slug, "--clear")
    assert (code, out) == (0, f"{slug}: no embargo\n")
    code, out, err = run(capsys, *db, "articles", "publish", slug, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["status"] == "published"


@pytest.mark.parametrize(
    "given",
    [
        "tomorrow",
        "2026-12-08T06:00",  # no zone
        "2026-13-40T06:00Z",
        "",
        " ",
        "9" * 70,
        "2026-12-08T06:00+25:00",
        "0001-01-01T00:00Z",
        "\u202e2026-12-08T06:00Z",
        "2026-12-08T06:00Z'; DROP TABLE articles; --",
    ],
)
def test_a_broken_time_is_refused_in_one_line_and_changes_nothing(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], given: str
) -> None:
    slug = _ready_story(sqlite_url)
    db = ("--database", sqlite_url)
    for argv in (
        ("articles", "embargo", slug, "--until", given),
        ("articles", "publish", slug, "--at", given),
    ):
        code, out, err = run(capsys, *db, *argv)
        assert code == 1 and out == ""
        assert err.startswith("newsdesk: ") and err.count("\n") == 1 and "Traceback" not in err
    shown = json.loads(run(capsys, *db, "articles", "show", slug)[1])
    assert (shown["embargoed_until"], shown["scheduled_at"], shown["status"]) == (
        None,
        None,
        "ready",
    )


def test_until_and_clear_together_or_neither_are_usage_errors(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    slug = _ready_story(sqlite_url)
    for extra in ((), ("--until", "2030-01-01T00:00Z", "--clear")):
        with pytest.raises(SystemExit) as leaving:
            main(["--database", sqlite_url, "articles", "embargo", slug, *extra])
        assert leaving.value.code == 2
        assert "Traceback" not in capsys.readouterr().err


def test_an_unknown_story_is_one_line(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "--database", sqlite_url, "articles", "embargo", "nope", "--until", "2030-01-01Z"
    )
    assert code == 1 and err.count("\n") == 1
    code, _, err = run(capsys, "--database", sqlite_url, "articles", "publish", "nope")
    assert code == 1 and "No story" in err


def test_check_flags_an_embargo_in_the_notes_until_the_time_is_set(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    slug = _ready_story(database_url)
    newsroom = open_newsroom(database_url)
    try:
        newsroom.notes.add(newsroom.articles.find(slug).id, "Embargoed till 06:00 Tuesday")
    finally:
        newsroom.close()
    db = ("--database", database_url)
    code, out, _ = run(capsys, *db, "check", slug, "--json")
    assert code == 1
    assert [f["params"] for f in json.loads(out) if f["code"] == "embargo_not_set"] == [["notes"]]
    run(capsys, *db, "articles", "embargo", slug, "--until", "2031-01-01T06:00Z")
    _, out, _ = run(capsys, *db, "check", slug, "--json")
    assert not [f for f in json.loads(out) if f["code"] == "embargo_not_set"]
