"""`newsdesk media` as scripts use it, on both databases: add (into a story, as its lead
or in its text), list, search, show and remove, with the JSON of docs/cli-json.md; bad
files refused one line each with nothing added."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.media_samples import encoded, photo_desk_jpeg, pixels

from newsdesk.cli.main import main
from newsdesk.services.newsroom import open_newsroom

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
FIELDS = {
    "id", "filename", "sha256", "width", "height", "mime", "caption", "alt", "credit",
    "creator", "copyright", "taken", "stories",
}  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {
        "photo": (tmp_path / "DSC_0042.jpg", photo_desk_jpeg()),
        "chart": (tmp_path / "chart.png", encoded(pixels(300, 200, "RGBA"), "PNG")),
        "truncated": (tmp_path / "cut.jpg", photo_desk_jpeg()[:4000]),
        "svg": (tmp_path / "logo.jpg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
    }
    for path, data in made.values():
        path.write_bytes(data)
    return {name: path for name, (path, _) in made.items()}


def test_pictures_go_into_a_story_and_are_listed_shown_and_removed(
    database_url: str, capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    db = ("--database", database_url)
    assert run(capsys, *db, "demo")[0] == 0
    code, out, err = run(
        capsys, *db, "media", "add", str(files["photo"]), "--story", SEED_SLUG, "--lead", "--json"
    )
    assert (code, err) == (0, "")
    (photo,) = json.loads(out)
    assert set(photo) >= FIELDS
    assert photo["filename"] == "DSC_0042.jpg" and photo["already_there"] is False
    assert (photo["width"], photo["height"], photo["mime"]) == (1600, 1200, "image/jpeg")
    assert photo["caption"] == "Protesters gather in Pushkin Square"
    assert photo["credit"] == "Sahar News/Reuters" and photo["creator"] == "Anna Petrova"
    assert photo["copyright"] == "© 2019 Reuters"
    assert photo["alt"] == "A crowd with banners in a snowy square"
    assert photo["taken"] == "2019-06-22T14:05:00Z"
    newsroom = open_newsroom(database_url)
    try:
        story = newsroom.articles.find(SEED_SLUG)
    finally:
        newsroom.close()
    assert photo["stories"] == [story.id]

    code, out, _ = run(capsys, *db, "media", "add", str(files["chart"]), "--story", SEED_SLUG)
    assert code == 0 and out.startswith("added\t2\t300×200\tchart.png")
    newsroom = open_newsroom(database_url)
    try:
        assert newsroom.articles.find(SEED_SLUG).body.endswith("\n\n![](media:2)\n")
    finally:
        newsroom.close()

    code, out, _ = run(capsys, *db, "media", "add", str(files["photo"]), "--json")
    assert json.loads(out)[0]["already_there"] is True and json.loads(out)[0]["id"] == 1
    code, out, _ = run(capsys, *db, "media", "list", "--search", "reuters", "--json")
    assert [p["id"] for p in json.loads(out)] == [1]
    code, out, _ = run(capsys, *db, "media", "list")
    assert out.splitlines()[-1] == "2 pictures"
    code, out, _ = run(capsys, *db, "media", "show", "2", "--json")
    assert json.loads(out)["stories"] == [story.id] and json.loads(out)["taken"] is None

    code, _, err = run(capsys, *db, "media", "remove", "1")
    assert code == 1 and err == (
        f"newsdesk: Picture 1 is used by story {story.id}; take it out of it first\n"
    )
    code, _, err = run(capsys, *db, "media", "show", "99")
    assert (code, err) == (1, "newsdesk: Picture 99 does not exist\n")


def test_a_bad_file_among_good_ones_adds_nothing(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    argv = [files["photo"], files["truncated"], files["svg"], files["chart"]]
    code, out, err = run(capsys, "--database", sqlite_url, "media", "add", *map(str, argv))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"newsdesk: {files['truncated']}: the picture is corrupt or truncated "
        "(Truncated File Read)",
        f"newsdesk: {files['svg']}: SVG pictures are not accepted (only JPEG, PNG, WebP and GIF)",
        "newsdesk: nothing was added",
    ]
    code, _, err = run(
        capsys, "--database", sqlite_url, "media", "add", str(files["photo"]), "nowhere.jpg"
    )
    assert code == 2 and err.splitlines()[0] == "newsdesk: nowhere.jpg: no such file"
    assert run(capsys, "--database", sqlite_url, "media", "list", "--json")[1] == "[]\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--lead"], "--lead needs --story"),
        (["EXTRA", "--lead", "--story", SEED_SLUG], "--lead takes one picture"),
        (["--story", "no-such-story"], "No story has the id or slug"),
        (["--caption", "Crowd"], "--caption, --credit and --alt need --lead"),
        (["--story", SEED_SLUG, "--credit", "Desk"], "--caption, --credit and --alt need --lead"),
        (
            ["--story", SEED_SLUG, "--lead", "--caption", "x" * 2001],
            "A picture's caption may hold at most 2,000 characters",
        ),
    ],
)
def test_story_options_are_checked_before_anything_is_added(
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, Path],
    argv: list[str],
    message: str,
) -> None:
    assert run(capsys, "--database", sqlite_url, "demo")[0] == 0
    given = [str(files["photo"]) if a == "EXTRA" else a for a in argv]
    code, _, err = run(
        capsys, "--database", sqlite_url, "media", "add", str(files["chart"]), *given
    )
    assert code == 1 and message in err and len(err.splitlines()) == 1
    assert run(capsys, "--database", sqlite_url, "media", "list", "--json")[1] == "[]\n"


@pytest.mark.parametrize("given", ["0", "-1", "x1", "١٢", "9" * 30, "1e3", ""])
def test_a_picture_id_is_a_number(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], given: str
) -> None:
    for action in ("show", "remove"):
        code, _, err = run(capsys, "--database", sqlite_url, "media", action, given)
        assert code == 1 and "is not a picture id" in err and len(err.splitlines()) == 1


def test_the_installed_command_adds_a_picture(tmp_path: Path, files: dict[str, Path]) -> None:
    script = Path(sys.executable).with_name("newsdesk")
    env = {**os.environ, "NEWSDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'n.sqlite'}"}
    subprocess.run([str(script), "migrate"], capture_output=True, env=env, check=True)
    result = subprocess.run(
        [str(script), "media", "add", str(files["chart"]), "--json"],
        capture_output=True,
        env=env,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["mime"] == "image/png"


def test_a_storys_own_lead_caption_and_credit(
    database_url: str, capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    db = ("--database", database_url)
    assert run(capsys, *db, "demo")[0] == 0
    code, out, err = run(
        capsys,
        *db,
        "media",
        "add",
        str(files["photo"]),
        "--story",
        SEED_SLUG,
        "--lead",
        "--caption",
        "Crowds in Pushkin Square on Monday",
        "--credit",
        "Sahar News",
        "--json",
    )
    assert (code, err) == (0, "")
    (photo,) = json.loads(out)
    code, out, err = run(capsys, *db, "media", "lead", SEED_SLUG, "--json")
    assert (code, err) == (0, "")
    lead = json.loads(out)
    assert lead["lead"]["id"] == photo["id"]
    assert (lead["caption"], lead["credit"]) == ("Crowds in Pushkin Square on Monday", "Sahar News")
    assert lead["alt"] == photo["alt"]  # not given: the picture's own
    assert lead["own"] == {
        "caption": "Crowds in Pushkin Square on Monday",
        "credit": "Sahar News",
        "alt": "",
    }
    # The library's texts stay the picture's.
    shown = json.loads(run(capsys, *db, "media", "show", str(photo["id"]), "--json")[1])
    assert shown["caption"] == "Protesters gather in Pushkin Square"
    # The page uses the story's texts.
    newsroom = open_newsroom(database_url)
    try:
        used = newsroom.media.lead(newsroom.articles.find(SEED_SLUG).id)
        assert used is not None and used.text.credit == "Sahar News"
    finally:
        newsroom.close()
    # Only the credit changes; an empty caption is the picture's own again.
    code, out, err = run(
        capsys, *db, "media", "lead", SEED_SLUG, "--credit", "Reuters", "--caption", ""
    )
    assert (code, err) == (0, "")
    assert "caption:\tProtesters gather in Pushkin Square (the picture's)" in out
    assert "credit:\tReuters\n" in out
    code, out, _ = run(capsys, *db, "media", "lead", SEED_SLUG, "--none")
    assert code == 0 and "has no lead picture" in out
    assert json.loads(run(capsys, *db, "media", "lead", SEED_SLUG, "--json")[1])["lead"] is None


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([SEED_SLUG, "--caption", "Crowd"], "has no lead picture: name one"),
        ([SEED_SLUG, "999999"], "Picture 999999 does not exist"),
        ([SEED_SLUG, "x9"], "is not a picture id"),
        (["no-such-story", "1"], "No story has the id or slug"),
        ([SEED_SLUG, "--none", "--credit", "Desk"], "--none takes no picture and no texts"),
        ([SEED_SLUG, "1", "--credit", "x" * 2001], "may hold at most 2,000 characters"),
    ],
)
def test_lead_refuses_in_one_line_and_changes_nothing(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert run(capsys, "--database", sqlite_url, "demo")[0] == 0
    code, out, err = run(capsys, "--database", sqlite_url, "media", "lead", *argv)
    assert code == 1 and out == "" and len(err.splitlines()) == 1 and message in err
    code, out, _ = run(capsys, "--database", sqlite_url, "media", "lead", SEED_SLUG, "--json")
    assert code == 0 and json.loads(out)["lead"] is None
