"""`import html` on real news pages (tests/fixtures/web_pages, README there names each
page's source): the headline without the site's name, the byline from the story and not
the site's furniture, the page's declared language, the publication time with its zone,
and a body without the page's furniture."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk.services.interchange.webpage import extract_page
from newsdesk.services.newsroom import open_newsroom

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "web_pages"


def _page(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


def _expected(name: str) -> dict[str, object]:
    found: dict[str, object] = json.loads((PAGES / f"{name}.expected.json").read_text())
    return found


# The readability project's expected title for each page, the byline as the story gives
# it (its "By " left out, co-authors as our bylines list them), the language the page
# declares (English where it declares none), the time of publication with its zone.
CASES = {
    "aktualne": ("Aleš Vávra", "cs", "2021-11-01T10:52:50+01:00"),
    "bbc-1": ("BBC News", "en", "2015-07-24T05:36:09+01:00"),
    "lemonde-1": (
        "Martin Untersinger; Damien Leloup; Morgane Tual", "fr", "2015-05-04T13:36:31+02:00"
    ),
    "nytimes-1": ("Jeffrey Gettleman", "en", "2017-01-13T03:38:38-05:00"),
    "nytimes-2": ("Steven Davidoff Solomon", "en", "2016-08-01T01:30:24-04:00"),
    "wapo-1": ("Erin Cunningham", "en", None),
    "wapo-2": ("Steven Mufson", "en", None),
}  # fmt: skip

FURNITURE = (
    "Username", "Continue reading the main story", "You might also like", "941 comments",
    "From the section", "Advertisement", "Tunisia sends most foreign fighters",
)  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_real_page_keeps_what_the_page_says(name: str) -> None:
    byline, language, published = CASES[name]
    page = extract_page(_page(name))
    assert page.headline == _expected(name)["title"]
    assert page.byline == byline
    assert page.language == language
    if published is not None:
        assert page.date == datetime.fromisoformat(published)
        assert page.date.utcoffset() == datetime.fromisoformat(published).utcoffset()
    first = page.body.split("\n\n")[0]
    assert first.casefold() != page.headline.casefold()  # not repeated as a heading
    for furniture in FURNITURE:
        assert furniture not in page.body, furniture


def test_byline_furniture_and_doubles_never_reach_the_story() -> None:
    """The issue's cases: "Username" from the Washington Post's navigation, "Jeffrey
    Gettleman; JEFFREY GETTLEMAN" on the New York Times, "Aleš Vávra před" on Aktuálně."""
    assert "Username" in _page("wapo-1") and "JEFFREY GETTLEMAN" in _page("nytimes-1")
    bylines = [extract_page(_page(name)).byline for name in ("wapo-1", "wapo-2", "nytimes-1")]
    assert bylines == ["Erin Cunningham", "Steven Mufson", "Jeffrey Gettleman"]
    assert extract_page(_page("aktualne")).byline == "Aleš Vávra"


def test_the_teasers_after_the_story_are_left_out_and_its_last_line_kept() -> None:
    body = extract_page(_page("wapo-1")).body
    assert body.rstrip().endswith("Heba Habib contributed to this report.")
    assert "Tunisia’s Islamists get a sobering lesson in governing" not in body


def test_cli_import_html_stores_them_as_the_page_said(database_url: str) -> None:
    for name in ("aktualne", "lemonde-1", "bbc-1"):
        assert (
            main(["--database", database_url, "import", "html", str(PAGES / f"{name}.html")]) == 0
        )
    newsroom = open_newsroom(database_url)
    try:
        stored = {a.headline: a for a in map(newsroom.articles.get, newsroom.articles.list_ids())}
    finally:
        newsroom.close()
    czech = stored[str(_expected("aktualne")["title"])]
    assert (czech.language, czech.byline) == ("cs", "Aleš Vávra")
    assert czech.created_at == datetime.fromisoformat("2021-11-01T10:52:50+01:00")
    french = stored[str(_expected("lemonde-1")["title"])]
    assert french.language == "fr" and french.byline.startswith("Martin Untersinger")
    bbc = stored[str(_expected("bbc-1")["title"])]
    assert bbc.created_at - datetime.fromisoformat("2015-07-24T04:36:09+00:00") == timedelta(0)
    assert "941 comments" not in bbc.body
