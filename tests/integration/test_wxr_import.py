"""WordPress import: every shared fixture imports with known counts or is refused cleanly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from tests.integration.publishing_helpers import all_text
from tests.integration.story_states import put_in_state
from tests.shared_fixtures import find_shared_fixtures, shared_fixtures

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import ArticleStatus, CommentKind, CommentStatus
from newsdesk.domain.text_cleaning import clean_text
from newsdesk.rendering import render_markdown
from newsdesk.services.interchange.html_text import (
    html_to_line,
    html_to_markdown,
    html_to_plain_text,
)
from newsdesk.services.interchange.wxr_export import WxrExportOptions, export_wxr
from newsdesk.services.interchange.wxr_import import WxrRefused, import_wxr
from newsdesk.services.interchange.wxr_read import read_wxr
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import SiteOptions, export_site
from newsdesk.services.publishing.ninjs import export_ninjs
from newsdesk.services.publishing.progress import Cancelled, Progress
from newsdesk.storage import orm

SHARED = find_shared_fixtures() / "wxr"


@pytest.fixture(autouse=True)
def _shared_fixtures_present() -> None:
    shared_fixtures()


OURS = Path(__file__).resolve().parents[1] / "fixtures" / "wxr"

# (posts, comments, categories) a file imports, or the line it is refused at.
EXPECTED: dict[str, tuple[int, int, int] | int] = {
    "e2e/fixtures/wxr-base-url-rewriting.xml": (1, 0, 1),
    "e2e/fixtures/wxr-comprehensive.xml": (1, 1, 2),
    "e2e/fixtures/wxr-css-urls.xml": (1, 0, 1),
    "e2e/fixtures/wxr-simple.xml": (1, 0, 1),
    "phpunit/data/a11y-unit-test-data.xml": (47, 26, 28),
    "phpunit/data/authors-multiline.xml": (1, 0, 0),
    "phpunit/data/backslashes.xml": (1, 0, 0),
    "phpunit/data/blank-lines.xml": (1, 0, 0),
    "phpunit/data/cdata-edge.xml": (1, 0, 0),
    "phpunit/data/chunked-meta.xml": (1, 0, 0),
    "phpunit/data/crazy-cdata-escaped.xml": (1, 0, 0),
    "phpunit/data/crazy-cdata.xml": (1, 0, 0),
    "phpunit/data/invalid-version-tag.xml": 33,
    "phpunit/data/large-authors.xml": (0, 0, 0),
    "phpunit/data/malformed-simple.xml": 14,
    "phpunit/data/malformed.xml": 90,
    "phpunit/data/missing-tags.xml": (1, 0, 0),
    "phpunit/data/missing-version-tag.xml": 27,
    "phpunit/data/multiple-cdata.xml": (1, 0, 0),
    "phpunit/data/namespace-edge-cases.xml": (5, 0, 2),
    "phpunit/data/post-content-blank-lines.xml": (1, 0, 0),
    "phpunit/data/slashes.xml": (1, 1, 1),
    "phpunit/data/small-export.xml": (6, 1, 30),
    "phpunit/data/term-formats.xml": (0, 0, 2),
    "phpunit/data/term-meta.xml": (0, 0, 1),
    "phpunit/data/test-serialized-comment-meta.xml": (1, 1, 1),
    "phpunit/data/test-serialized-postmeta-no-cdata.xml": (1, 0, 1),
    "phpunit/data/test-serialized-postmeta-with-cdata.xml": (1, 0, 1),
    "phpunit/data/test-serialized-term-meta.xml": (1, 0, 1),
    "phpunit/data/test-utw-post-meta-import.xml": (1, 0, 1),
    "phpunit/data/theme-unit-test-data.xml": (58, 28, 68),
    "phpunit/data/valid-wxr-1.0.xml": (3, 1, 5),
    "phpunit/data/valid-wxr-1.1.xml": (1, 1, 1),
    "phpunit/data/wxr-flat-attachment-different-site.xml": (1, 0, 0),
    "phpunit/data/wxr-flat-attachment-same-site.xml": (1, 0, 0),
    "phpunit/data/wxr-simple.xml": (1, 0, 1),
    "phpunit/data/wxr-utf-8-challenges.xml": (1, 0, 1),
    "phpunit/data/wxr-with-sub-data.xml": (1, 1, 1),
}


def table_counts(newsroom: Newsroom) -> dict[str, int]:
    tables = {
        "articles": orm.Article,
        "sections": orm.Section,
        "tags": orm.Tag,
        "comments": orm.Comment,
        "revisions": orm.Revision,
    }
    with newsroom.database.transaction() as session:
        return {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in tables.items()
        }


def test_the_expectations_cover_every_shared_fixture() -> None:
    found = {str(path.relative_to(SHARED)) for path in SHARED.rglob("*.xml")}
    assert found == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_shared_fixture_imports_or_is_refused_cleanly(newsroom: Newsroom, name: str) -> None:
    expected = EXPECTED[name]
    before = table_counts(newsroom)
    if isinstance(expected, int):
        with pytest.raises(WxrRefused) as refused:
            import_wxr(newsroom.database, newsroom.user, SHARED / name)
        assert refused.value.line == expected
        assert refused.value.reason
        assert f":{expected}: " in str(refused.value)
        assert table_counts(newsroom) == before
        return
    report = import_wxr(newsroom.database, newsroom.user, SHARED / name)
    assert (report.posts, report.comments, report.categories) == expected
    after = table_counts(newsroom)
    assert after["articles"] - before["articles"] == report.posts
    assert after["comments"] - before["comments"] == report.comments
    assert after["sections"] - before["sections"] == report.categories
    assert after["tags"] - before["tags"] == report.tags


def test_importing_the_same_file_twice_adds_nothing_twice(newsroom: Newsroom) -> None:
    path = SHARED / "phpunit/data/theme-unit-test-data.xml"
    first = import_wxr(newsroom.database, newsroom.user, path)
    counts = table_counts(newsroom)
    second = import_wxr(newsroom.database, newsroom.user, path)
    assert (second.posts, second.comments, second.categories, second.tags) == (0, 0, 0, 0)
    assert second.posts_already_present == first.posts == 58
    assert second.comments_already_present == first.comments == 28
    assert table_counts(newsroom) == counts
    assert (first.pingbacks, first.trackbacks) == (2, 2)


def test_posts_states_sections_tags_and_bylines(newsroom: Newsroom) -> None:
    report = import_wxr(newsroom.database, newsroom.user, OURS / "newsroom-mix.xml")
    assert (report.posts, report.comments, report.categories, report.tags) == (5, 7, 2, 2)
    assert (report.pingbacks, report.trackbacks) == (1, 1)
    assert any("page" in s.what and "About us" in s.what for s in report.skipped)
    stories = {
        newsroom.articles.get(i).headline: newsroom.articles.get(i) for i in report.article_ids
    }
    harbour = stories["Harbour reopens"]
    assert harbour.status is ArticleStatus.PUBLISHED
    assert harbour.section_path == ("News", "World & Abroad")
    assert harbour.tags == ("Ports", "Shipping")
    assert harbour.byline == "Rhea Tamm"
    assert harbour.language == "en-GB"
    assert harbour.slug == "harbour-reopens"
    assert harbour.standfirst == "Ships queued at dawn."
    assert harbour.published_at is not None and harbour.published_at.isoformat().startswith(
        "2024-03-04T08:00:00"
    )
    assert stories["Budget draft"].status is ArticleStatus.DRAFT
    assert stories["Budget draft"].created_at.isoformat().startswith("2024-03-06T12:00")
    assert stories["Awaiting review"].status is ArticleStatus.SUBMITTED
    scheduled = stories["Scheduled story"]
    assert scheduled.status is ArticleStatus.READY
    assert scheduled.scheduled_at is not None and scheduled.scheduled_at.year == 2030
    binned = stories["Binned story"]
    assert binned.status is ArticleStatus.PUBLISHED and binned.trashed_at is not None


def test_bodies_become_clean_markdown_with_nothing_hostile_left(newsroom: Newsroom) -> None:
    report = import_wxr(newsroom.database, newsroom.user, OURS / "newsroom-mix.xml")
    body = next(
        a.body
        for a in map(newsroom.articles.get, report.article_ids)
        if a.headline == "Harbour reopens"
    )
    assert body.startswith("The harbour reopened on Monday.\n\nShips **queued** at dawn.")
    assert "![A ship](https://mix.example.org/ship.jpg)" in body
    assert "[see the port](https://mix.example.org/port)" in body
    assert "Click here" in body
    for hostile in ("<script", "alert(", "onerror", "onclick", "javascript:", "<iframe"):
        assert hostile not in body.lower(), hostile
    # Text that only looked like a tag is still text, shown as written.
    assert "&lt;script&gt; in big letters" in render_markdown(body)
    assert "<script" not in render_markdown(body)


def test_comments_keep_state_threads_and_kind(newsroom: Newsroom) -> None:
    import_wxr(newsroom.database, newsroom.user, OURS / "newsroom-mix.xml")
    with newsroom.database.transaction() as session:
        rows = {row.author_name: row for row in session.scalars(select(orm.Comment))}
        by_id = {row.id: row for row in rows.values()}
        states = {name: row.status for name, row in rows.items()}
        kinds = {name: row.kind for name, row in rows.items()}
        parent_of_ben = by_id[rows["Ben"].parent_id].author_name if rows["Ben"].parent_id else None
        ada, cleo = rows["Ada"], rows["Cleo"]
    assert states == {
        "Ada": CommentStatus.APPROVED,
        "Ben": CommentStatus.PENDING,
        "Cheap Pills": CommentStatus.SPAM,
        "Dan": CommentStatus.TRASH,
        "Cleo": CommentStatus.APPROVED,
        "Other Blog": CommentStatus.APPROVED,
        "Track Site": CommentStatus.PENDING,
    }
    assert kinds["Other Blog"] == CommentKind.PINGBACK
    assert kinds["Track Site"] == CommentKind.TRACKBACK
    assert kinds["Ada"] == CommentKind.COMMENT
    assert parent_of_ben == "Cleo"  # the reply came before its parent in the file
    assert ada.author_email == "ada@example.org" and ada.ip == "192.0.2.1"
    assert ada.author_url == "https://ada.example.org/"
    for hostile in ("<script", "steal(", "javascript:", "onerror", "alert("):
        assert hostile not in ada.body, hostile
    assert ada.body.startswith("Great news!")
    assert cleo.body == (
        "First line\nsecond line\n\nA new paragraph with a link (https://cleo.example.org/notes)."
    )


def test_a_tolerable_flaw_is_read_around_and_listed(newsroom: Newsroom) -> None:
    report = import_wxr(newsroom.database, newsroom.user, OURS / "bare-ampersand.xml")
    assert report.posts == 1
    assert [(flaw.line, "ampersand" in flaw.reason) for flaw in report.flaws][-1] == (11, True)
    article = newsroom.articles.get(report.article_ids[0])
    assert article.headline == "Search results page"
    assert "(https://amp.example.org/?s=port&page=2)" in article.body

    crazy = import_wxr(newsroom.database, newsroom.user, SHARED / "phpunit/data/crazy-cdata.xml")
    assert crazy.posts == 1
    assert [flaw.line for flaw in crazy.flaws] == [18, 38, 42]
    assert newsroom.articles.get(crazy.article_ids[0]).body.startswith("Content with nested")


def test_a_file_broken_after_good_items_imports_nothing(newsroom: Newsroom) -> None:
    before = table_counts(newsroom)
    with pytest.raises(WxrRefused) as refused:
        import_wxr(newsroom.database, newsroom.user, OURS / "cut-short.xml")
    assert refused.value.line == 22
    assert "mismatch" in refused.value.reason
    assert table_counts(newsroom) == before


def test_a_cancelled_import_writes_nothing(newsroom: Newsroom) -> None:
    class CancelAfterTen(Progress):
        def step(self, count: int = 1, message: str | None = None) -> None:
            if self.state().done == 10:
                self.cancel()  # as the window's Cancel button does, from another thread
            super().step(count, message)

    progress = CancelAfterTen()
    before = table_counts(newsroom)
    with pytest.raises(Cancelled):
        import_wxr(
            newsroom.database,
            newsroom.user,
            SHARED / "phpunit/data/theme-unit-test-data.xml",
            progress,
        )
    assert table_counts(newsroom) == before


def test_a_missing_file_or_an_empty_one_is_a_clear_error(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    from newsdesk.domain.errors import InvalidInput

    with pytest.raises(InvalidInput, match="Cannot read"):
        import_wxr(newsroom.database, newsroom.user, tmp_path / "absent.xml")
    empty = tmp_path / "empty.xml"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(WxrRefused, match="empty"):
        import_wxr(newsroom.database, newsroom.user, empty)
    not_rss = tmp_path / "feed.xml"
    not_rss.write_text("<feed><entry/></feed>", encoding="utf-8")
    with pytest.raises(WxrRefused, match="not an RSS document"):
        import_wxr(newsroom.database, newsroom.user, not_rss)


# ---- characters XML cannot carry -------------------------------------------------------------

UNCARRIED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def wxr_file(path: Path, channel: str, items: str) -> Path:
    """A small WXR 1.2 file around `channel` (categories…) and `items`, written as UTF-8
    bytes exactly as given (control characters included)."""
    path.write_bytes(
        (
            '<?xml version="1.0" encoding="UTF-8" ?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            "<title>Trust Gazette</title>\n<link>https://trust.example.org</link>\n"
            "<wp:wxr_version>1.2</wp:wxr_version>\n"
            "<wp:base_site_url>https://trust.example.org</wp:base_site_url>\n"
            f"{channel}\n{items}\n</channel>\n</rss>\n"
        ).encode()
    )
    return path


def post(post_id: int, title: str, body: str = "Text.", extra: str = "") -> str:
    return (
        f"<item><title>{title}</title>\n"
        f"<content:encoded>{body}</content:encoded>\n"
        f"<wp:post_id>{post_id}</wp:post_id>\n<wp:status>publish</wp:status>\n"
        f"<wp:post_type>post</wp:post_type>\n{extra}</item>"
    )


def stored_texts(newsroom: Newsroom) -> list[str]:
    with newsroom.database.transaction() as session:
        texts: list[str] = []
        for row in session.scalars(select(orm.Article)):
            texts += [row.headline, row.standfirst, row.body, row.byline, row.slug]
        for comment in session.scalars(select(orm.Comment)):
            texts += [comment.author_name, comment.body, comment.author_url]
        texts += list(session.scalars(select(orm.Section.name)))
        texts += list(session.scalars(select(orm.Tag.name)))
    return texts


def test_control_characters_are_removed_and_said_post_by_post(
    newsroom: Newsroom, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    category = (
        "<wp:category><wp:category_nicename>world</wp:category_nicename>"
        "<wp:cat_name><![CDATA[Wor&#1;ld]]></wp:cat_name></wp:category>"
    )
    comment = (
        "<wp:comment><wp:comment_id>5</wp:comment_id>"
        "<wp:comment_author><![CDATA[Ann&#x1F;ie]]></wp:comment_author>"
        "<wp:comment_author_email>ann@example.org</wp:comment_author_email>"
        "<wp:comment_content><![CDATA[Hello\x02 there &#1;]]></wp:comment_content>"
        "<wp:comment_approved>1</wp:comment_approved></wp:comment>"
    )
    path = wxr_file(
        tmp_path / "controls.xml",
        category,
        post(
            1,
            "<![CDATA[Bad &#1; title]]>",
            extra='<category domain="category" nicename="world"><![CDATA[World]]></category>'
            + comment,
        )
        + post(2, "Second &#1; one\x03", body="Body&#1; text\x0b"),
    )
    report = import_wxr(newsroom.database, newsroom.user, path)
    assert (report.posts, report.comments, report.categories) == (2, 1, 1)
    assert {(c.what, c.how) for c in report.changed} == {
        ("category “World”", "removed 1 control character"),
        ("post 1 “Bad title”", "removed 1 control character"),
        ("comment 5 on post 1 “Bad title”", "removed 3 control characters"),
        ("post 2 “Second one”", "removed 4 control characters"),
    }
    assert report.flaws == ()
    texts = stored_texts(newsroom)
    assert not [text for text in texts if UNCARRIED.search(text) or "&#1" in text]
    assert "Annie" in texts and "Hello there" in texts

    from newsdesk.cli.main import main

    database = newsroom.database.url.render_as_string(hide_password=False)
    assert main(["--database", database, "import", "wxr", "--json", str(path)]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["already_present"]["posts"] == 2 and again["changed"] == []


def test_cli_says_what_it_removed(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsdesk.cli.main import main

    path = wxr_file(tmp_path / "one.xml", "", post(7, "<![CDATA[Bad &#1; title]]>"))
    assert main(["--database", database_url, "import", "wxr", str(path)]) == 0
    captured = capsys.readouterr()
    assert f"{path}:" in captured.err
    assert "post 7 “Bad title”: removed 1 control character" in captured.err
    assert "1 changed on the way in" in captured.out


INJECTED_INTO = [
    OURS / "newsroom-mix.xml",
    SHARED / "phpunit/data/small-export.xml",
    SHARED / "phpunit/data/valid-wxr-1.1.xml",
    SHARED / "e2e/fixtures/wxr-comprehensive.xml",
]
TROUBLE = st.sampled_from([
    "\x00", "\x01", "\x0b", "\x1f", "\x7f", "\x85", "\ufffe", "\uffff", "&", "#", ";", "<",
    "&#1;", "&#x1F;", "&#0;", "&#1", "&#xD800;", "&#65535;", "&#150;", "&#129;",
    "&#&#1;1;", "&#99999999999;", "&amp;#1;", "&nbsp;", "]]>", "<b>", "\r\n", "\t",
])  # fmt: skip
INJECTION = st.lists(
    st.one_of(st.text(st.characters(codec="utf-8"), max_size=6), TROUBLE), max_size=12
).map("".join)
_XML_AMPERSAND = re.compile(r"&(?!#[0-9]+;|#x[0-9a-fA-F]+;)")


def _injected(source: str, tag: str, text: str, *, after: str = "") -> str:
    start = source.index(after) if after else 0
    pattern = re.compile(rf"(<{tag}>)(.*?)(</{tag}>)", re.DOTALL)
    head, tail = source[:start], source[start:]
    return head + pattern.sub(lambda m: m.group(1) + text + m.group(3), tail, count=1)


@settings(max_examples=60, deadline=None)
@given(
    fixture=st.sampled_from(INJECTED_INTO),
    title=INJECTION,
    comment=INJECTION,
    author=INJECTION,
    category=INJECTION,
    as_cdata=st.booleans(),
)
def test_any_text_in_real_exports_is_read_cleanly(
    tmp_path_factory: pytest.TempPathFactory,
    fixture: Path,
    title: str,
    comment: str,
    author: str,
    category: str,
    as_cdata: bool,
) -> None:
    def written(text: str) -> str:
        if as_cdata:
            return "<![CDATA[" + text.replace("]]>", "]] >") + "]]>"
        return _XML_AMPERSAND.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")

    source = fixture.read_text(encoding="utf-8")
    source = _injected(source, "title", written(title), after="<item>")
    source = _injected(source, "wp:comment_content", written(comment))
    source = _injected(source, "wp:comment_author", written(author))
    source = _injected(source, "wp:cat_name", written(category))
    path = tmp_path_factory.mktemp("injected") / fixture.name
    path.write_bytes(source.encode("utf-8"))
    document = read_wxr(path)
    texts: list[str] = [document.title]
    for item in document.items:
        texts += [item.title, item.content, item.excerpt, *item.meta.values()]
        texts += [term.name for term in item.terms]
        for reply in item.comments:
            texts += [reply.author, reply.content, reply.email, reply.url]
        html_to_line(item.title), html_to_markdown(item.content)
        for reply in item.comments:
            html_to_line(reply.author), html_to_plain_text(reply.content)
    texts += [term.name for term in document.terms]
    for text in texts:
        assert UNCARRIED.search(text) is None, text
        assert clean_text(text, markup=True).removed == 0, text
    if as_cdata:  # taken verbatim: each record lost what the text it holds had

        def lost(text: str) -> int:
            return clean_text(text.replace("]]>", "]] >"), markup=True).removed

        first_comment = next(c for item in document.items for c in item.comments)
        assert document.items[0].removed == lost(title)
        assert first_comment.removed == lost(comment) + lost(author)
        if "<wp:cat_name>" in source:
            assert document.terms[0].removed == lost(category)


# ---- sizes ---------------------------------------------------------------------------------


def test_a_post_too_large_to_save_is_skipped_whole_and_said(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    from newsdesk.domain.limits import BODY, COMMENT_BODY, HEADLINE

    comment = (
        "<wp:comment><wp:comment_id>{id}</wp:comment_id>"
        "<wp:comment_author>Ann</wp:comment_author>"
        "<wp:comment_content><![CDATA[{text}]]></wp:comment_content>"
        "<wp:comment_approved>1</wp:comment_approved></wp:comment>"
    )
    huge_body = "<![CDATA[" + "word " * (BODY.most // 5 + 1) + "]]>"
    path = wxr_file(
        tmp_path / "sizes.xml",
        "",
        post(1, "Too long a story", body=huge_body, extra=comment.format(id=11, text="Hi"))
        + post(2, "H" * (HEADLINE.most + 1))
        + post(
            3,
            "Fine story",
            extra=comment.format(id=31, text="x" * (COMMENT_BODY.most + 1))
            + comment.format(id=32, text="Kept"),
        ),
    )
    before = table_counts(newsroom)
    report = import_wxr(newsroom.database, newsroom.user, path)
    assert (report.posts, report.comments) == (1, 1)
    reasons = {s.what: s.reason for s in report.skipped}
    assert reasons["post 1 “Too long a story”"] == (
        "the body is longer than 5,000,000 characters (5,000,005): too large to be a story "
        "(its 1 comment(s) too)"
    )
    assert reasons["post 2 “" + "H" * 79 + "…”"].startswith(
        "the headline is longer than 500 characters (501)"
    )
    assert reasons["comment 31"] == "the comment is longer than 65,525 characters (65,526)"
    after = table_counts(newsroom)
    assert after["articles"] - before["articles"] == 1
    assert after["comments"] - before["comments"] == 1
    assert after["revisions"] - before["revisions"] == 1
    story = newsroom.articles.get(report.article_ids[0])
    assert story.headline == "Fine story"
    newsroom.articles.save(story.id, ArticleEdit.of(story), story.version)  # it saves again


# ---- private posts, open and closed comments ---------------------------------------------------


def private_posts(tmp_path: Path) -> Path:
    def item(post_id: int, title: str, status: str, extra: str = "") -> str:
        return (
            f"<item><title>{title}</title>\n"
            f"<content:encoded><![CDATA[<p>{title.upper()} BODY WORDS</p>]]></content:encoded>\n"
            f"<wp:post_id>{post_id}</wp:post_id>\n<wp:status>{status}</wp:status>\n"
            f"<wp:post_date_gmt>2024-03-04 08:00:00</wp:post_date_gmt>\n"
            f"<wp:post_type>post</wp:post_type>\n{extra}</item>"
        )

    own_killed = (
        "<wp:postmeta><wp:meta_key>_newsdesk_status</wp:meta_key>"
        "<wp:meta_value>killed</wp:meta_value></wp:postmeta>"
    )
    return wxr_file(
        tmp_path / "private.xml",
        "",
        item(1, "Secret one", "publish", "<wp:post_password>hunter2</wp:post_password>")
        + item(2, "Secret two", "private")
        + item(3, "Scheduled secret", "future", "<wp:post_password>x</wp:post_password>")
        + item(4, "Open news", "publish", "<wp:comment_status>open</wp:comment_status>")
        + item(5, "Quiet news", "publish", "<wp:comment_status>closed</wp:comment_status>")
        + item(6, "Killed here", "private", own_killed),
    )


def test_private_and_protected_posts_become_private_drafts(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    report = import_wxr(newsroom.database, newsroom.user, private_posts(tmp_path))
    stories = {a.headline: a for a in map(newsroom.articles.get, report.article_ids)}
    for headline in ("Secret one", "Secret two", "Scheduled secret"):
        story = stories[headline]
        assert (story.status, story.private) == (ArticleStatus.DRAFT, True), headline
        assert story.published_at is None and story.scheduled_at is None
        assert [n.body for n in newsroom.notes.thread(story.id)] == [
            f"{'Private' if headline == 'Secret two' else 'Password-protected'} in WordPress "
            "(private.xml): imported as a draft that no export carries until someone "
            "publishes it."
        ]
    assert {(c.what, c.how) for c in report.changed} == {
        (
            "post 1 “Secret one”",
            "password-protected in WordPress: imported as a draft that no export carries "
            "until someone publishes it",
        ),
        (
            "post 2 “Secret two”",
            "private in WordPress: imported as a draft that no export carries until "
            "someone publishes it",
        ),
        (
            "post 3 “Scheduled secret”",
            "password-protected in WordPress: imported as a draft that no export carries "
            "until someone publishes it",
        ),
    }
    assert (stories["Open news"].status, stories["Open news"].private) == (
        ArticleStatus.PUBLISHED,
        False,
    )
    killed = stories["Killed here"]  # our own export writes killed stories as private posts
    assert (killed.status, killed.private) == (ArticleStatus.KILLED, False)
    assert stories["Open news"].comments_open and not stories["Quiet news"].comments_open
    assert stories["Secret one"].comments_open  # no word in the file: open


def test_a_private_draft_leaks_through_no_export_until_it_is_published(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    report = import_wxr(newsroom.database, newsroom.user, private_posts(tmp_path))
    secrets = ("SECRET ONE BODY", "SECRET TWO BODY", "SCHEDULED SECRET BODY")

    def leaked(folder: Path) -> list[str]:
        return [
            f"{path}: {s}" for path, text in all_text(folder).items() for s in secrets if s in text
        ]

    export_site(newsroom.database, tmp_path / "site", SiteOptions())
    assert leaked(tmp_path / "site") == []
    ninjs = export_ninjs(newsroom.database, tmp_path / "ninjs")
    assert leaked(tmp_path / "ninjs") == [] and ninjs.private == 3
    one = next(i for i in report.article_ids if newsroom.articles.get(i).headline == "Secret one")
    named = export_ninjs(newsroom.database, tmp_path / "named", article_ids=[one])
    assert (named.written, named.private) == ((), 1)
    public = tmp_path / "public.xml"
    export_wxr(newsroom.database, public, WxrExportOptions(include_private=False))
    assert not any(s in public.read_text(encoding="utf-8") for s in secrets)
    backup = tmp_path / "backup.xml"
    export_wxr(newsroom.database, backup)
    item = next(i for i in read_wxr(backup).items if i.title == "Secret one")
    assert (item.status, item.meta["_newsdesk_private"]) == ("private", "1")

    story = newsroom.articles.get(one)
    put_in_state(newsroom, one, ArticleStatus.READY)  # the desk's work, not this test's
    published = newsroom.workflow.move(one, ArticleStatus.PUBLISHED)
    assert (published.private, story.private) == (False, True)
    export_site(newsroom.database, tmp_path / "site", SiteOptions())
    assert leaked(tmp_path / "site")  # published on purpose: now it is on the site
    assert export_ninjs(newsroom.database, tmp_path / "ninjs").private == 2


def test_cli_lists_private_posts_and_shows_the_flags(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsdesk.cli.main import main

    path = private_posts(tmp_path)
    assert main(["--database", database_url, "import", "wxr", "--json", str(path)]) == 0
    changed = json.loads(capsys.readouterr().out)["changed"]
    assert [c["what"] for c in changed] == [
        "post 1 “Secret one”",
        "post 2 “Secret two”",
        "post 3 “Scheduled secret”",
    ]
    assert main(["--database", database_url, "articles", "show", "secret-two"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["status"], shown["private"], shown["comments_open"]) == ("draft", True, True)
    assert main(["--database", database_url, "articles", "show", "quiet-news"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["private"], shown["comments_open"]) == (False, False)
