"""WordPress export: a WXR 1.2 file of the newsroom that imports back to the same newsroom."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from lxml import html as lxml_html
from sqlalchemy import select, update

from newsdesk.cli.main import main
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import CommentKind
from newsdesk.rendering import render_markdown
from newsdesk.services.demo import load_demo
from newsdesk.services.interchange.wxr_export import WxrExportOptions, export_wxr
from newsdesk.services.interchange.wxr_import import import_wxr
from newsdesk.services.interchange.wxr_read import read_wxr
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.publishing.progress import Cancelled, Progress
from newsdesk.storage import orm

WP = "{http://wordpress.org/export/1.2/}"

HOSTILE_BODY = (
    "Opening paragraph.\n\n"
    "<script>alert('body')</script>\n\n"
    '<img src="https://example.org/a.png" onerror="alert(1)">\n\n'
    '<a href="javascript:alert(2)">raw link</a> and [md link](javascript:alert(3))\n\n'
    '<iframe src="https://evil.example.com/"></iframe>\n\nClosing paragraph.\n'
)
HOSTILE_COMMENT = (
    "Nice <script>alert('c')</script> <img src=x onerror=alert(4)> javascript:alert(5)"
)


@pytest.fixture
def fresh_newsroom(
    database_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Newsroom]:
    """A second, empty newsroom on the same kind of database."""
    if database_url.startswith("sqlite"):
        path = tmp_path / "fresh.sqlite"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        opened = open_newsroom(f"sqlite:///{path}")
        yield opened
        opened.close()
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create(template=server.template)
    opened = open_newsroom(server.url_for(name))
    yield opened
    opened.close()
    server.drop(name)


def snapshot(newsroom: Newsroom) -> dict[str, Any]:
    """Everything a round trip must keep, keyed by what survives it (UUIDs, slugs)."""
    with newsroom.database.transaction() as session:
        sections = {row.id: row for row in session.scalars(select(orm.Section))}
        tags: dict[int, list[str]] = {}
        for article_id, name in session.execute(
            select(orm.ArticleTag.article_id, orm.Tag.name)
            .join(orm.Tag, orm.Tag.id == orm.ArticleTag.tag_id)
            .order_by(orm.ArticleTag.article_id, orm.ArticleTag.position)
        ):
            tags.setdefault(article_id, []).append(name)
        articles = {
            row.uuid: {
                "slug": row.slug,
                "headline": row.headline,
                "standfirst": row.standfirst,
                "body": row.body,
                "dateline": row.dateline,
                "byline": row.byline,
                "credit": row.credit,
                "section": sections[row.section_id].slug if row.section_id else None,
                "tags": tags.get(row.id, []),
                "status": row.status,
                "language": row.language,
                "correction_note": row.correction_note,
                "created": row.created_at.replace(microsecond=0),
                "published": row.published_at.replace(microsecond=0) if row.published_at else None,
                "trashed": row.trashed_at is not None,
                "comments_open": row.comments_open,
                "private": row.private,
            }
            for row in session.scalars(select(orm.Article))
        }
        rows = {row.id: row for row in session.scalars(select(orm.Comment))}
        comments = {
            row.uuid: {
                "article": next(
                    a.uuid
                    for a in session.scalars(
                        select(orm.Article).where(orm.Article.id == row.article_id)
                    )
                ),
                "parent": rows[row.parent_id].uuid if row.parent_id else None,
                "author": row.author_name,
                "email": row.author_email,
                "url": row.author_url,
                "ip": row.ip,
                "body": row.body.strip(),
                "status": row.status,
                "kind": row.kind,
                "submitted": row.submitted_at.replace(microsecond=0),
            }
            for row in rows.values()
        }
        section_tree = sorted(
            (row.slug, row.name, sections[row.parent_id].slug if row.parent_id else None)
            for row in sections.values()
        )
    return {"articles": articles, "comments": comments, "sections": section_tree}


def demo_with_extras(newsroom: Newsroom) -> None:
    """The demo newsroom, plus a pingback, a trashed story, a hostile one, a story closed
    to comments and a private draft."""
    load_demo(newsroom)
    with newsroom.database.transaction() as session:
        first = session.scalars(select(orm.Comment).order_by(orm.Comment.id)).first()
        assert first is not None
        first.kind = CommentKind.PINGBACK.value
        victim = session.scalars(select(orm.Article).order_by(orm.Article.id.desc())).first()
        assert victim is not None
        victim.trashed_at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
        article = orm.Article
        published = select(article).where(article.status == "published").order_by(article.id)
        closed = session.scalars(published).first()
        assert closed is not None
        closed.comments_open = False
        draft = session.scalars(select(article).where(article.status == "draft")).first()
        assert draft is not None
        draft.private = True
    hostile = newsroom.articles.create(
        ArticleEdit(headline="Hostile story", body=HOSTILE_BODY, tags=("Security",))
    )
    with newsroom.database.transaction() as session:
        session.add(
            orm.Comment(
                article_id=hostile.id,
                author_name="Mallory <b>M</b>",
                author_email="mallory@example.org",
                body=HOSTILE_COMMENT,
                status="approved",
            )
        )


def test_export_then_import_into_a_fresh_newsroom_gives_back_the_same(
    newsroom: Newsroom, fresh_newsroom: Newsroom, tmp_path: Path
) -> None:
    demo_with_extras(newsroom)
    path = tmp_path / "newsroom.xml"
    report = export_wxr(newsroom.database, path)
    assert read_wxr(path).version == "1.2"
    imported = import_wxr(fresh_newsroom.database, fresh_newsroom.user, path)
    assert (imported.posts, imported.comments, imported.categories) == (
        report.posts,
        report.comments,
        report.categories,
    )
    assert imported.skipped == () and imported.flaws == ()
    before, after = snapshot(newsroom), snapshot(fresh_newsroom)
    assert after["sections"] == before["sections"]
    assert after["comments"] == before["comments"]
    hostile_uuid = next(
        k for k, a in before["articles"].items() if a["headline"] == "Hostile story"
    )
    hostile_after = after["articles"].pop(hostile_uuid)
    hostile_before = before["articles"].pop(hostile_uuid)
    assert after["articles"] == before["articles"]
    # The hostile story comes back without what made it hostile.
    assert hostile_after["body"].startswith("Opening paragraph.")
    assert hostile_after["body"].rstrip().endswith("Closing paragraph.")
    for bad in ("<script", "onerror", "<iframe", "alert('body')", "alert(1)"):
        assert bad not in hostile_after["body"], bad
    rendered = render_markdown(hostile_after["body"])
    assert "javascript:" not in "".join(lxml_html.fromstring(rendered).xpath("//@href"))
    assert "<script" not in rendered
    assert {k: v for k, v in hostile_after.items() if k != "body"} == {
        k: v for k, v in hostile_before.items() if k != "body"
    }
    threads = [c for c in after["comments"].values() if c["parent"]]
    assert threads, "the demo's replies keep their parents"
    assert any(c["kind"] == CommentKind.PINGBACK for c in after["comments"].values())


def test_importing_our_own_export_into_the_same_newsroom_adds_nothing(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    load_demo(newsroom)
    path = tmp_path / "newsroom.xml"
    export_wxr(newsroom.database, path)
    before = snapshot(newsroom)
    report = import_wxr(newsroom.database, newsroom.user, path)
    assert (report.posts, report.comments, report.categories, report.tags) == (0, 0, 0, 0)
    assert snapshot(newsroom) == before


def _html_fields(path: Path) -> Iterator[str]:
    root = etree.parse(str(path)).getroot()
    for element in root.iter():
        if isinstance(element.tag, str) and element.text and "<" in element.text:
            yield element.text


def test_hostile_html_never_reaches_the_export(newsroom: Newsroom, tmp_path: Path) -> None:
    demo_with_extras(newsroom)
    path = tmp_path / "newsroom.xml"
    export_wxr(newsroom.database, path)
    text = path.read_text(encoding="utf-8").lower()
    assert "<script" not in text and "<iframe" not in text
    checked = 0
    for fragment in _html_fields(path):
        tree = lxml_html.fragment_fromstring(fragment, create_parent="div")
        for element in tree.iter():
            assert element.tag not in ("script", "iframe", "object", "embed", "style")
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), (name, fragment)
                assert not value.strip().lower().startswith("javascript:"), (name, fragment)
        checked += 1
    assert checked > 17
    # The Markdown of a story with raw HTML does not travel; its sanitized HTML does.
    hostile = next(i for i in read_wxr(path).items if i.title == "Hostile story")
    assert "_newsdesk_markdown" not in hostile.meta
    assert "Opening paragraph." in hostile.content


def test_commenters_addresses_are_in_the_backup_unless_left_out(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    load_demo(newsroom)
    with newsroom.database.transaction() as session:
        session.execute(update(orm.Comment).values(ip="192.0.2.7"))
    full, public = tmp_path / "full.xml", tmp_path / "public.xml"
    export_wxr(newsroom.database, full)
    export_wxr(newsroom.database, public, WxrExportOptions(include_private=False))
    full_comments = [c for i in read_wxr(full).items for c in i.comments]
    public_comments = [c for i in read_wxr(public).items for c in i.comments]
    assert full_comments and all(c.email for c in full_comments if c.kind == "")
    assert all(c.ip == "192.0.2.7" for c in full_comments)
    assert all(c.email == "" and c.ip == "" for c in public_comments)
    assert "@" not in "".join(c.email for c in public_comments)


def test_closed_comments_and_private_stories_go_out_as_wordpress_has_them(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    demo_with_extras(newsroom)
    with newsroom.database.transaction() as session:
        closed = session.scalar(
            select(orm.Article.uuid).where(orm.Article.comments_open.is_(False))
        )
        private = session.scalar(select(orm.Article.uuid).where(orm.Article.private.is_(True)))
    assert closed is not None and private is not None
    full, public = tmp_path / "full.xml", tmp_path / "public.xml"
    export_wxr(newsroom.database, full)
    export_wxr(newsroom.database, public, WxrExportOptions(include_private=False))
    statuses = {
        i.guid.removeprefix("urn:uuid:"): (i.comment_status, i.status) for i in read_wxr(full).items
    }
    assert statuses[closed][0] == "closed"
    assert statuses[private] == ("open", "private")
    assert [s for s, _status in statuses.values()].count("closed") == 1
    assert private not in {i.guid.removeprefix("urn:uuid:") for i in read_wxr(public).items}


def test_a_cancelled_export_leaves_no_file(newsroom: Newsroom, tmp_path: Path) -> None:
    load_demo(newsroom)
    progress = Progress()
    progress.cancel()
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        export_wxr(newsroom.database, folder / "newsroom.xml", progress=progress)
    assert list(folder.iterdir()) == []


def test_cli_export_and_import_wxr(
    database_url: str, fresh_newsroom: Newsroom, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", database_url, "demo"]) == 0
    capsys.readouterr()
    path = tmp_path / "out.xml"
    assert main(["--database", database_url, "export", "wxr", str(path), "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["posts"] == 17 and exported["file"] == str(path)
    target = fresh_newsroom.database.url.render_as_string(hide_password=False)
    assert main(["--database", target, "import", "wxr", str(path), "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert imported["imported"]["posts"] == 17
    assert imported["imported"]["comments"] == exported["comments"]
    assert imported["skipped"] == [] and imported["flaws"] == []
    assert main(["--database", target, "import", "wxr", str(path)]) == 0
    assert "0 posts" in capsys.readouterr().out
    broken = tmp_path / "broken.xml"
    broken.write_text(path.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    assert main(["--database", target, "import", "wxr", str(broken)]) == 2
    error = capsys.readouterr().err
    assert f"{broken}:" in error and "nothing was imported" in error
