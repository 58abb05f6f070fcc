"""The static site export on SQLite and PostgreSQL: contents, validity, safety, increments."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import feedparser
import html5lib
import pytest
from sqlalchemy import select, update
from tests.integration.publishing_helpers import (
    add_hostile_story,
    all_text,
    assert_inert_html,
    demo_emails,
)

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import Cancelled, Progress, SiteOptions, export_site
from newsdesk.services.publishing.manifest import MANIFEST_NAME
from newsdesk.storage import orm

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
OPTIONS = SiteOptions(base_url="https://news.example.org/", comment_url="https://example.org/c")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return tmp_path / "site"


def _story_statuses(newsroom: Newsroom) -> dict[str, str]:
    with newsroom.database.transaction() as session:
        return dict(session.execute(select(orm.Article.slug, orm.Article.status)).all())


def test_site_has_every_public_story_and_nothing_else(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    report = export_site(newsroom.database, site, OPTIONS)
    statuses = _story_statuses(newsroom)
    public = {slug for slug, status in statuses.items() if status in ("published", "corrected")}
    pages = {path.stem for path in (site / "stories").glob("*.html")}
    assert pages == public
    assert report.stories == len(public)
    killed = [slug for slug, status in statuses.items() if status == "killed"]
    assert killed
    everything = all_text(site)
    for slug in killed:
        assert not any(slug in text for text in everything.values())
    for name in ("index.html", "feed.xml", "atom.xml", "sitemap.xml", "style.css"):
        assert (site / name).is_file()
    assert (site / "sections" / "world" / "index.html").is_file()
    assert (site / "sections" / "world" / "feed.xml").is_file()


def test_no_email_address_anywhere_in_the_site(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    export_site(newsroom.database, site, OPTIONS)
    emails = demo_emails()
    assert emails
    for path, text in all_text(site).items():
        for email in emails:
            assert email not in text, f"{email} in {path}"


def test_article_page_like_the_seed_page(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    export_site(newsroom.database, site, OPTIONS)
    page = site / "stories" / "us-and-russian-authorities-show-desire-to-improve-relations.html"
    text = page.read_text(encoding="utf-8")
    assert 'name="viewport"' in text
    assert "MOSCOW \u2013" in text
    assert "(Sahar News Monitoring Desk)" in text
    assert "Check Also" in text
    assert (
        'href="../stories/russia-china-offer-to-help-venezuela-in-preparing-for-2020-olympics-maduro.html"'
        in text
    )
    assert "Leave a Reply" in text
    assert 'action="https://example.org/c"' in text
    assert 'href="../sections/world/index.html"' in text or "World" in text
    assert 'href="../style.css"' in text
    with newsroom.database.transaction() as session:
        pending = session.scalars(
            select(orm.Comment.body).where(orm.Comment.status != CommentStatus.APPROVED.value)
        ).all()
    for body in pending:
        assert body.split("\n")[0][:40] not in text


def test_a_story_closed_to_comments_has_no_reply_form(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    story = newsroom.articles.find(SEED_SLUG)
    closed = newsroom.articles.save(
        story.id, replace(ArticleEdit.of(story), comments_open=False), story.version
    )
    assert not closed.comments_open
    export_site(newsroom.database, site, OPTIONS)
    text = (site / "stories" / f"{SEED_SLUG}.html").read_text(encoding="utf-8")
    assert "Leave a Reply" not in text and "commentform" not in text
    assert "Comments are closed." in text
    assert 'class="comments"' in text  # the comments already approved stay
    html5lib.HTMLParser(strict=True).parse(text)
    newsroom.articles.save(closed.id, ArticleEdit.of(story), closed.version)
    export_site(newsroom.database, site, OPTIONS)  # reopened: the page is written again
    text = (site / "stories" / f"{SEED_SLUG}.html").read_text(encoding="utf-8")
    assert "Leave a Reply" in text and "Comments are closed." not in text


def test_every_page_is_valid_html5(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    add_hostile_story(newsroom)
    export_site(newsroom.database, site, OPTIONS)
    pages = list(site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        parser = html5lib.HTMLParser(strict=True)
        parser.parse(page.read_bytes())  # raises on the first parse error
        assert not parser.errors, page


def test_feeds_parse_with_a_real_feed_parser(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    export_site(newsroom.database, site, OPTIONS)
    feeds = [*site.rglob("feed.xml"), *site.rglob("atom.xml")]
    assert len(feeds) >= 4
    for feed in feeds:
        parsed = feedparser.parse(feed.read_bytes())
        assert not parsed.bozo, (feed, parsed.get("bozo_exception"))
    home = feedparser.parse((site / "feed.xml").read_bytes())
    assert home.version == "rss20"
    assert home.entries
    assert all(entry.link.startswith("https://news.example.org/stories/") for entry in home.entries)
    atom = feedparser.parse((site / "atom.xml").read_bytes())
    assert atom.version == "atom10"
    world = feedparser.parse((site / "sections" / "world" / "feed.xml").read_bytes())
    titles = {entry.title for entry in world.entries}
    assert "US And Russian Authorities Show Desire to Improve Relations" in titles


def test_hostile_html_never_reaches_the_site(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    add_hostile_story(newsroom)
    export_site(newsroom.database, site, OPTIONS)
    page = (site / "stories" / "hostile-story.html").read_text(encoding="utf-8")
    assert "A paragraph before the attack." in page
    assert "Trudy" in page
    for path, text in all_text(site).items():
        if path.suffix == ".html":
            assert_inert_html(text, path)
        else:
            assert "<script" not in text.lower(), path
        assert "@evil.example" not in text, path


def test_second_export_rewrites_only_what_changed(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    first = export_site(newsroom.database, site, OPTIONS)
    assert first.pages_written == first.stories
    again = export_site(newsroom.database, site, OPTIONS)
    assert again.files_written == 0 and again.pages_written == 0
    with newsroom.database.transaction() as session:
        session.execute(
            update(orm.Article)
            .where(orm.Article.slug == "council-approves-overnight-bus-network")
            .values(headline="Council approves the night buses", version=orm.Article.version + 1)
        )
    changed = export_site(newsroom.database, site, OPTIONS)
    assert changed.pages_written == 1
    assert "stories/council-approves-overnight-bus-network.html" in changed.written
    assert "Council approves the night buses" in (
        site / "stories" / "council-approves-overnight-bus-network.html"
    ).read_text(encoding="utf-8")
    # Listings read their headlines only for the stories they list; the new one is there.
    assert "index.html" in changed.written
    assert "Council approves the night buses" in (site / "index.html").read_text(encoding="utf-8")
    assert "Council approves the night buses" in (site / "feed.xml").read_text(encoding="utf-8")
    assert len(changed.written) < first.files_written // 2


def test_approving_a_comment_rewrites_its_story(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    export_site(newsroom.database, site, OPTIONS)
    with newsroom.database.transaction() as session:
        comment, slug = session.execute(
            select(orm.Comment.id, orm.Article.slug)
            .join(orm.Article, orm.Article.id == orm.Comment.article_id)
            .where(
                orm.Comment.status == CommentStatus.PENDING.value,
                orm.Article.status.in_(["published", "corrected"]),
            )
            .limit(1)
        ).one()
        session.execute(
            update(orm.Comment).where(orm.Comment.id == comment).values(status="approved")
        )
    report = export_site(newsroom.database, site, OPTIONS)
    assert report.pages_written == 1
    assert f"stories/{slug}.html" in report.written


def test_killed_story_disappears_on_the_next_export(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    export_site(newsroom.database, site, OPTIONS)
    slug = "solar-desalination-plant-begins-trial-run"
    assert (site / "stories" / f"{slug}.html").exists()
    with newsroom.database.transaction() as session:
        session.execute(
            update(orm.Article)
            .where(orm.Article.slug == slug)
            .values(status=ArticleStatus.KILLED.value, version=orm.Article.version + 1)
        )
    report = export_site(newsroom.database, site, OPTIONS)
    assert f"stories/{slug}.html" in report.removed
    assert not (site / "stories" / f"{slug}.html").exists()
    assert not any(slug in text for text in all_text(site).values())


def test_changed_options_rewrite_everything(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    first = export_site(newsroom.database, site, OPTIONS)
    moved = SiteOptions(base_url="https://elsewhere.example/", comment_url=None)
    second = export_site(newsroom.database, site, moved)
    assert second.pages_written == first.stories
    assert "elsewhere.example" in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_big_sitemap_becomes_an_index(
    newsroom: Newsroom, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.services.publishing import sitemap

    load_demo(newsroom)
    monkeypatch.setattr(sitemap, "PART_URLS", 4)
    export_site(newsroom.database, site, OPTIONS)
    index = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<sitemapindex" in index
    parts = sorted((site / "sitemaps").glob("sitemap-*.xml"))
    assert len(parts) >= 3
    listed = sum(part.read_text(encoding="utf-8").count("<url>") for part in parts)
    assert listed == len(list(site.rglob("index.html"))) + len(
        list((site / "stories").glob("*.html"))
    )
    # A story killed changes the one part that held it, never the parts after it.
    with newsroom.database.transaction() as session:
        killed = session.scalar(
            select(orm.Article.id)
            .where(orm.Article.status == ArticleStatus.PUBLISHED.value)
            .order_by(orm.Article.id)
            .limit(1)
        )
        assert killed is not None
        session.execute(
            update(orm.Article)
            .where(orm.Article.id == killed)
            .values(status=ArticleStatus.KILLED.value, version=orm.Article.version + 1)
        )
    report = export_site(newsroom.database, site, OPTIONS)
    rewritten = [path for path in report.written if path.startswith("sitemaps/")]
    assert rewritten == [sitemap.part_path(2 + killed // 4)]


def test_cancelled_export_stops(newsroom: Newsroom, site: Path) -> None:
    load_demo(newsroom)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        export_site(newsroom.database, site, OPTIONS, progress)
    assert not (site / MANIFEST_NAME).exists()
