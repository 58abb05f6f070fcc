"""Web page import: a saved news page becomes a draft with only the story in it."""

from __future__ import annotations

import re
from dataclasses import astuple
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.text_cleaning import clean_text
from newsdesk.services.interchange.webpage import extract_page, import_web_page
from newsdesk.services.newsroom import Newsroom

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "saved-news-page.html"


def test_saved_page_becomes_a_draft(newsroom: Newsroom) -> None:
    result = import_web_page(newsroom.database, newsroom.user, PAGE)
    article = newsroom.articles.get(result.article_id)
    assert article.status is ArticleStatus.DRAFT
    assert article.headline == "US And Russian Authorities Show Desire to Improve Relations"
    assert article.byline == "Sahar News Monitoring Desk"
    assert article.dateline == "MOSCOW"
    assert article.credit == "Sahar News Monitoring Desk"
    assert article.created_at.date().isoformat() == "2019-05-15"
    assert article.body.startswith("US Secretary of State Mike Pompeo")
    assert "Trump said Monday he will meet Putin" in article.body
    assert article.body.count("\n\n") >= 15
    for furniture in (
        "Subscribe", "Contact Us", "Advertisement", "Sponsored", "Leave a Reply",
        "Post Comment", "Most Read", "All rights reserved", "Check Also", "Share",
    ):  # fmt: skip
        assert furniture not in article.body, furniture
    links = article.related_links
    assert [link.url for link in links] == [
        "https://news.example.org/world/us-and-russian-authorities-show-desire-to-improve-relations/"
    ]
    assert set(article.tags) == {"Russia", "United States"}


def test_page_without_a_story_is_refused(newsroom: Newsroom, tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    before = newsroom.articles.count()
    with pytest.raises(InvalidInput):
        import_web_page(newsroom.database, newsroom.user, empty)
    assert newsroom.articles.count() == before


def test_cli_import_html_and_export(database_url: str, tmp_path: Path) -> None:
    from newsdesk.cli.main import main

    assert main(["--database", database_url, "demo"]) == 0
    assert main(["--database", database_url, "import", "html", str(PAGE)]) == 0
    site = tmp_path / "site"
    assert main(["--database", database_url, "export", "site", str(site)]) == 0
    assert (site / "index.html").is_file()
    ninjs = tmp_path / "ninjs"
    arguments = ["export", "ninjs", str(ninjs), "--version", "2.1"]
    assert main(["--database", database_url, *arguments]) == 0
    assert len(list(ninjs.glob("*.json"))) == 18
    missing = ["--database", database_url, "import", "html", str(tmp_path / "nope.html")]
    assert main(missing) == 1


# ---- characters XML and HTML cannot carry ------------------------------------------------------

UNCARRIED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def with_controls(tmp_path: Path) -> Path:
    page = PAGE.read_text(encoding="utf-8")
    page = page.replace("Show Desire to Improve", "Show Desire&#1; to Improve")
    page = page.replace("interests in a number", "interests&#x1F; in a\x01 number")
    page = page.replace("Iran, Ukraine", "Iran,&#1; Ukraine")
    path = tmp_path / "controls.html"
    path.write_text(page, encoding="utf-8")
    return path


def test_control_characters_in_a_page_are_removed_and_said(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    result = import_web_page(newsroom.database, newsroom.user, with_controls(tmp_path))
    article = newsroom.articles.get(result.article_id)
    assert result.removed == 7  # the headline is in the page four times
    assert article.headline == "US And Russian Authorities Show Desire to Improve Relations"
    assert "have interests in a number of ongoing" in article.body
    assert "Iran, Ukraine and Venezuela" in article.body
    assert UNCARRIED.search(article.body) is None and "&#" not in article.body


def test_cli_import_html_says_what_it_removed(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsdesk.cli.main import main

    path = with_controls(tmp_path)
    assert main(["--database", database_url, "import", "html", str(path)]) == 0
    captured = capsys.readouterr()
    assert f"{path}: removed 7 control characters from the page" in captured.err
    assert captured.out.startswith("Draft ")


TROUBLE = st.sampled_from([
    "\x00", "\x01", "\x0b", "\x7f", "\x85", "\ud800", "\uffff", "&#1;", "&#x1F;", "&#0;",
    "&#1", "&#xD800;", "&#65535;", "&#150;", "&#129;", "&#&#1;1;", "&#99999999999;", "<b>",
])  # fmt: skip
INJECTION = st.lists(st.one_of(st.text(max_size=6), TROUBLE), min_size=1, max_size=10).map("".join)


@settings(max_examples=15, deadline=None)
@given(headline=INJECTION, paragraph=INJECTION)
def test_any_text_in_a_page_leaves_a_clean_story(headline: str, paragraph: str) -> None:
    page = PAGE.read_text(encoding="utf-8")
    page = page.replace("Show Desire to Improve", f"Show {headline} to Improve")
    page = page.replace("Iran, Ukraine", f"Iran, {paragraph} Ukraine")
    extracted = extract_page(clean_text(page, markup=True).text)
    for value in astuple(extracted):
        for text in value if isinstance(value, tuple) else (value,):
            if isinstance(text, str):
                assert UNCARRIED.search(text) is None, text
    assert "Trump said Monday he will meet Putin" in extracted.body


# ---- sizes ---------------------------------------------------------------------------------


def test_a_page_whose_story_cannot_be_saved_is_refused_before_anything_is_written(
    newsroom: Newsroom, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsdesk.cli.main import main
    from newsdesk.domain.limits import BODY

    huge = "<p>" + "word " * (BODY.most // 5 + 10) + "end.</p>"
    page = PAGE.read_text(encoding="utf-8").replace("<p>Iran, Ukraine", huge + "<p>Iran, Ukraine")
    path = tmp_path / "huge.html"
    path.write_text(page, encoding="utf-8")
    before = newsroom.articles.count()
    url = newsroom.database.url.render_as_string(hide_password=False)
    with pytest.raises(InvalidInput, match="a story may hold at most 5,000,000, so nothing"):
        import_web_page(newsroom.database, newsroom.user, path)
    assert newsroom.articles.count() == before
    assert main(["--database", url, "import", "html", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"newsdesk: {path}: the story in the page is 5,")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert newsroom.articles.count() == before


def _saved_with_image(folder: Path, reference: str, image: bytes | None) -> Path:
    page = folder / "story.html"
    html = PAGE.read_text(encoding="utf-8").replace(
        "<head>", f'<head>\n<meta property="og:image" content="{reference}">', 1
    )
    page.write_text(html, encoding="utf-8")
    if image is not None:
        (folder / "story_files").mkdir()
        (folder / "story_files" / "lead photo.jpg").write_bytes(image)
    return page


def test_a_saved_pages_own_lead_image_becomes_the_lead_picture(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    from tests.media_samples import photo_desk_jpeg

    page = _saved_with_image(tmp_path, "story_files/lead%20photo.jpg?w=1200", photo_desk_jpeg())
    result = import_web_page(newsroom.database, newsroom.user, page)
    assert result.lead_picture is not None
    lead = newsroom.media.lead(result.article_id)
    assert lead is not None and lead.filename == "lead photo.jpg"
    assert lead.text.caption == "Protesters gather in Pushkin Square"
    assert lead.stories == (result.article_id,)


@pytest.mark.parametrize(
    ("reference", "image"),
    [
        ("https://news.example.org/lead.jpg", b""),  # not on this computer
        ("../../../etc/hostname", None),  # climbs out of the page's folder
        ("story_files/lead%20photo.jpg", b"not a picture at all"),
        ("story_files/missing.jpg", b""),
    ],
)
def test_a_page_without_a_usable_local_image_is_imported_without_one(
    newsroom: Newsroom, tmp_path: Path, reference: str, image: bytes | None
) -> None:
    page = _saved_with_image(tmp_path, reference, image)
    result = import_web_page(newsroom.database, newsroom.user, page)
    assert result.lead_picture is None
    assert newsroom.media.lead(result.article_id) is None
    assert newsroom.media.ids() == []
