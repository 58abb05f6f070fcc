"""WordPress imports keep what the source said: sub/superscripts, definition lists,
captions, literal titles, posts sharing a guid, and comment text on a round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.integration.test_wxr_export import fresh_newsroom  # noqa: F401 (a fixture)
from tests.shared_fixtures import shared_fixtures

from newsdesk.cli.main import main
from newsdesk.domain.entities import Article
from newsdesk.rendering import render_markdown
from newsdesk.services.interchange.html_text import html_to_plain_text
from newsdesk.services.interchange.wxr_export import export_wxr
from newsdesk.services.interchange.wxr_import import import_wxr
from newsdesk.services.interchange.wxr_read import read_wxr
from newsdesk.services.newsroom import Newsroom
from newsdesk.storage import orm

OURS = Path(__file__).resolve().parents[1] / "fixtures" / "wxr"


def _theme_stories(newsroom: Newsroom) -> list[Article]:
    path = shared_fixtures() / "wxr" / "phpunit" / "data" / "theme-unit-test-data.xml"
    report = import_wxr(newsroom.database, newsroom.user, path)
    return [newsroom.articles.get(i) for i in report.article_ids]


def test_sub_sup_definition_lists_and_captions_survive_the_theme_test_data(
    newsroom: Newsroom,
) -> None:
    stories = _theme_stories(newsroom)
    bodies = "\n".join(render_markdown(s.body) for s in stories)
    assert "H<sub>2</sub>O" in bodies
    assert "<sup>" in bodies
    assert ">Definition List Title</dt>" in bodies and "<dl" in bodies
    assert "<dd" in bodies and "Definition list division.</dd>" in bodies
    # caption="…" in the shortcode's attributes, and a caption written after the image.
    assert (
        "<figcaption>Chunk of resinous blackboy husk, Clarkson, Western Australia. "
        "This burns like a spinifex log.</figcaption>"
    ) in bodies
    assert "<figcaption>Bigger caption than the image usually is.</figcaption>" in bodies
    assert "[caption" not in "".join(s.body for s in stories)


def test_titles_are_text_and_posts_sharing_a_guid_are_each_named(
    newsroom: Newsroom,
) -> None:
    report = import_wxr(newsroom.database, newsroom.user, OURS / "shared-guids.xml")
    headlines = sorted(newsroom.articles.get(i).headline for i in report.article_ids)
    assert headlines == [
        "<html> is where a page starts",
        "A different story, copied guid",
        "H2O & E = MC2",
    ]
    slugs = {newsroom.articles.get(i).slug for i in report.article_ids}
    assert len(slugs) == 3
    (moved,) = report.changed
    assert moved.line == 22 and "A different story, copied guid" in moved.what
    assert "“<html> is where a page starts” (line 14)" in moved.how
    assert [(p.line, p.title) for p in report.present] == [(30, "<html> is where a page starts")]
    again = import_wxr(newsroom.database, newsroom.user, OURS / "shared-guids.xml")
    assert again.posts == 0 and again.posts_already_present == 4
    assert [p.line for p in again.present] == [14, 22, 30, 38]


def test_cli_names_each_post_already_here(
    newsroom: Newsroom, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import_wxr(newsroom.database, newsroom.user, OURS / "shared-guids.xml")
    code = main(
        ["--database", database_url, "import", "wxr", "--json", str(OURS / "shared-guids.xml")]
    )
    payload = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {"line": 22, "title": "A different story, copied guid"} in payload[
        "already_present_posts"
    ]


def test_comment_text_survives_an_export_import_round_trip_exactly(
    newsroom: Newsroom,
    fresh_newsroom: Newsroom,  # noqa: F811
    tmp_path: Path,
) -> None:
    _theme_stories(newsroom)
    with newsroom.database.transaction() as session:
        first = session.scalars(select(orm.Comment).order_by(orm.Comment.id)).first()
        assert first is not None
        first.body = "first\n  indented\nline break\n\n\n\ntwo  spaces, <b>not bold</b> &amp; more"
    with newsroom.database.transaction() as session:
        before = dict(session.execute(select(orm.Comment.uuid, orm.Comment.body)).all())
    path = tmp_path / "round.xml"
    export_wxr(newsroom.database, path)
    import_wxr(fresh_newsroom.database, fresh_newsroom.user, path)
    with fresh_newsroom.database.transaction() as session:
        after = dict(session.execute(select(orm.Comment.uuid, orm.Comment.body)).all())
    assert len(before) == 28
    assert after == before


def test_a_line_break_written_with_a_newline_after_it_stays_one_break() -> None:
    assert html_to_plain_text("<p>one<br>\ntwo</p>\n<p>three</p>") == "one\ntwo\n\nthree"


def test_co_authors_become_bylines_in_order_and_travel_both_ways(
    newsroom: Newsroom,
    fresh_newsroom: Newsroom,  # noqa: F811
    tmp_path: Path,
) -> None:
    report = import_wxr(newsroom.database, newsroom.user, OURS / "co-authors.xml")
    bylines = {
        newsroom.articles.get(i).headline: newsroom.articles.get(i).byline
        for i in report.article_ids
    }
    assert bylines == {"Three hands": "Cy Dee; Ann Lee; Bob Ray", "Two hands": "Bob Ray; Ann Lee"}
    path = tmp_path / "out.xml"
    export_wxr(newsroom.database, path)
    items = {i.title: i for i in read_wxr(path).items}
    three = items["Three hands"]
    assert three.creator == "cy-dee"
    assert [t.name for t in three.terms if t.taxonomy == "author"] == [
        "cy-dee",
        "ann-lee",
        "bob-ray",
    ]
    # Without our own byline note, the author terms alone give the same bylines back.
    stripped = tmp_path / "stripped.xml"
    stripped.write_text(
        path.read_text(encoding="utf-8").replace("_newsdesk_byline", "_other_plugin_byline"),
        encoding="utf-8",
    )
    again = import_wxr(fresh_newsroom.database, fresh_newsroom.user, stripped)
    assert {fresh_newsroom.articles.get(i).byline for i in again.article_ids} == {
        "Cy Dee; Ann Lee; Bob Ray",
        "Bob Ray; Ann Lee",
    }
