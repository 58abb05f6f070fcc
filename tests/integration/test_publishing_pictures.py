"""Pictures on the exported site, on both databases: a lead figure and figures in the
text with their space reserved and their sizes offered, renditions written once under
their content's name, og:image, texts that stay text, and an export after one caption
changed that rewrites only the page showing it."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import html5lib
import pytest
from tests.integration.publishing_helpers import assert_inert_html
from tests.media_samples import encoded, photo_desk_jpeg, pixels

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.media_references import picture_markdown
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import SiteOptions, export_site

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
OPTIONS = SiteOptions(base_url="https://news.example.org/")
HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


@pytest.fixture
def pictured(newsroom: Newsroom) -> tuple[int, int, int]:
    """The demo with the seed story led by a photo and showing a chart in its text."""
    load_demo(newsroom)
    story = newsroom.articles.find(SEED_SLUG)
    lead = newsroom.media.add(photo_desk_jpeg(), "lead.jpg").picture
    chart = newsroom.media.add(encoded(pixels(500, 300), "PNG"), "chart.png").picture
    newsroom.media.update_text(
        chart.id, replace(chart.text, caption=f"Turnout {HOSTILE}", credit=HOSTILE, alt=HOSTILE)
    )
    newsroom.media.set_lead(story.id, lead.id)
    body = f"{story.body}\n\n{picture_markdown(chart.id, '', '')}\n"
    newsroom.articles.save(story.id, ArticleEdit.of(story, body=body), story.version)
    return story.id, lead.id, chart.id


def test_the_page_shows_its_lead_and_inline_pictures_without_layout_shift(
    newsroom: Newsroom, tmp_path: Path, pictured: tuple[int, int, int]
) -> None:
    site = tmp_path / "site"
    export_site(newsroom.database, site, OPTIONS)
    page = (site / "stories" / f"{SEED_SLUG}.html").read_text(encoding="utf-8")
    figures = re.findall(r"<figure class=\"([^\"]+)\"[^>]*>(<img [^>]+>)", page)
    assert [css for css, _ in figures] == ["picture lead-picture", "picture"]
    lead_img, chart_img = (img for _, img in figures)
    assert 'width="720" height="540"' in lead_img
    assert re.search(
        r'srcset="\.\./media/\w\w/\w{64}\.jpg 720w, \.\./media/\w\w/\w{64}\.jpg 1440w"', lead_img
    )
    assert 'alt="A crowd with banners in a snowy square"' in lead_img
    assert 'width="500" height="300"' in chart_img and 'loading="lazy"' in chart_img
    assert "Protesters gather in Pushkin Square" in page and "Sahar News/Reuters" in page
    og = re.search(r'<meta property="og:image" content="([^"]+)">', page)
    assert og and og.group(1).startswith("https://news.example.org/media/")
    for src in re.findall(r'src="\.\./(media/[^"]+)"', page):
        assert (site / src).read_bytes()[:2] in (b"\xff\xd8", b"\x89P")
    assert_inert_html(page, SEED_SLUG)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the hostile caption, as text
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(page.encode())
    assert not parser.errors


def test_a_changed_caption_rewrites_only_the_page_that_shows_it(
    newsroom: Newsroom, tmp_path: Path, pictured: tuple[int, int, int]
) -> None:
    site = tmp_path / "site"
    first = export_site(newsroom.database, site, OPTIONS)
    renditions = [p for p in first.written if p.startswith("media/")]
    assert len(renditions) == 4  # the lead at 320 (teasers), 720 and 1440; the chart once
    assert export_site(newsroom.database, site, OPTIONS).files_written == 0
    _, _, chart = pictured
    picture = newsroom.media.get(chart)
    newsroom.media.update_text(chart, replace(picture.text, caption="Turnout by district"))
    again = export_site(newsroom.database, site, OPTIONS)
    assert again.pages_written == 1
    assert again.written == (f"stories/{SEED_SLUG}.html",)
    page = (site / "stories" / f"{SEED_SLUG}.html").read_text(encoding="utf-8")
    assert "Turnout by district" in page


def test_feeds_enclose_the_lead_picture(
    newsroom: Newsroom, tmp_path: Path, pictured: tuple[int, int, int]
) -> None:
    import feedparser

    site = tmp_path / "site"
    export_site(newsroom.database, site, OPTIONS)
    story = newsroom.articles.find(SEED_SLUG)
    for name in ("feed.xml", "atom.xml"):
        feed = feedparser.parse((site / name).read_bytes())
        (entry,) = [e for e in feed.entries if e.id == f"urn:uuid:{story.uuid}"]
        (enclosure,) = entry.enclosures
        assert enclosure.href.startswith("https://news.example.org/media/")
        assert enclosure.type == "image/jpeg"
        path = site / enclosure.href.removeprefix("https://news.example.org/")
        assert int(enclosure.length) == len(path.read_bytes())
        others = [e for e in feed.entries if e is not entry]
        assert all(not e.get("enclosures") for e in others)


def test_check_also_teasers_show_the_linked_storys_lead_thumbnail(
    newsroom: Newsroom, tmp_path: Path, pictured: tuple[int, int, int]
) -> None:
    story, _lead, _chart = pictured
    other = newsroom.articles.find("council-approves-overnight-bus-network")
    newsroom.related_links.add_article(other.id, story)
    site = tmp_path / "site"
    export_site(newsroom.database, site, OPTIONS)
    page = (site / "stories" / f"{other.slug}.html").read_text(encoding="utf-8")
    teaser = re.search(r'<a class="teaser-image"[^>]*>(<img [^>]+>)</a>', page)
    assert teaser is not None
    thumbnail = re.search(r'src="\.\./(media/[^"]+)"', teaser.group(1))
    assert thumbnail and 'width="320" height="240"' in teaser.group(1)
    assert (site / thumbnail.group(1)).read_bytes()[:2] == b"\xff\xd8"
    assert 'alt=""' in teaser.group(1)
    # The lead changes: the linking page is written again with the new thumbnail.
    newsroom.media.set_lead(story, None)
    again = export_site(newsroom.database, site, OPTIONS)
    assert f"stories/{other.slug}.html" in again.written
    page = (site / "stories" / f"{other.slug}.html").read_text(encoding="utf-8")
    assert 'class="teaser-image"' not in page


def test_the_storys_own_lead_caption_and_credit_reach_the_exported_page(
    newsroom: Newsroom, tmp_path: Path, pictured: tuple[int, int, int]
) -> None:
    site = tmp_path / "site"
    export_site(newsroom.database, site, OPTIONS)
    story = newsroom.articles.find(SEED_SLUG)
    newsroom.media.set_lead_texts(
        story.id, caption="Pushkin Square on Monday <b>noon</b>", credit="Sahar News"
    )
    again = export_site(newsroom.database, site, OPTIONS)
    assert f"stories/{SEED_SLUG}.html" in again.written
    page = (site / "stories" / f"{SEED_SLUG}.html").read_text(encoding="utf-8")
    figure = re.search(r'<figure class="picture lead-picture".*?</figure>', page, re.S)
    assert figure is not None
    assert "Pushkin Square on Monday &lt;b&gt;noon&lt;/b&gt;" in figure.group(0)
    assert "Sahar News" in figure.group(0) and "Reuters" not in figure.group(0)
