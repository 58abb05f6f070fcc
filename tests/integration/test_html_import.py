"""Web page import: a saved news page becomes a draft with only the story in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.services.interchange.webpage import import_web_page
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
