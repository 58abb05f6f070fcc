"""Helpers shared by the publishing and interchange tests: fixtures folder, hostile data."""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import html5lib
from sqlalchemy import select

from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.resources_path import resource_path
from newsdesk.services.newsroom import Newsroom
from newsdesk.storage import orm

REPO_ROOT = Path(__file__).resolve().parents[2]

HOSTILE_BODY = """A paragraph before the attack.

<script>alert("body")</script>

<img src="x.png" onerror="alert('img')">

[click me](javascript:alert('link')) and <a href="javascript:alert(2)">raw</a>

<iframe src="https://evil.example/"></iframe><div onclick="steal()">text</div>
"""
HOSTILE_COMMENT = (
    "<script>alert('comment')</script> <img src=x onerror=alert(1)> "
    '<a href="javascript:alert(3)">x</a>'
)
HOSTILE_TAGS = ("<script", "<iframe", "<svg", '<img src="x.png" onerror')
OWN_SCRIPT = re.compile(r'\n<script src="(?:\.\./)*comment-form\.js" defer></script>\n</section>')
"""The one script a page may have: the reply form's own file, right after the form."""


def assert_inert_html(text: str, where: object = "") -> None:
    """No script or frame element, no event handler attribute, no javascript: URL; only
    the reply form's own script file, once, where the form ends.

    Hostile text shown as text (escaped, as a reader typed it) is fine; markup is not.
    """
    text, own_scripts = OWN_SCRIPT.subn("\n</section>", text)
    assert own_scripts <= 1, f"{own_scripts} reply form scripts in {where}"
    lowered = text.lower()
    for tag in HOSTILE_TAGS:
        assert tag not in lowered, f"{tag} in {where}"
    document = html5lib.parse(text, namespaceHTMLElements=False)
    for element in document.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        assert tag not in ("script", "iframe", "object", "embed", "svg"), f"<{tag}> in {where}"
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"{name}= in {where}"
            cleaned = "".join(value.split()).lower()
            assert not cleaned.startswith(("javascript:", "data:", "vbscript:")), (
                f"{name}={value!r} in {where}"
            )


def demo_emails() -> set[str]:
    with resource_path("demo", "newsroom.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {entry["email"] for entry in data.get("comments", []) if entry.get("email")}


def add_hostile_story(newsroom: Newsroom, status: ArticleStatus = ArticleStatus.PUBLISHED) -> int:
    """A published story whose body and comments try every trick; returns its id."""
    now = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    with newsroom.database.transaction() as session:
        section_id = session.scalar(select(orm.Section.id).limit(1))
        row = orm.Article(
            slug="hostile-story",
            headline="Hostile <b>story</b>",
            standfirst="A standfirst <script>alert('sf')</script>",
            body=HOSTILE_BODY,
            byline="Mallory",
            section_id=section_id,
            status=status.value,
            version=1,
            created_at=now,
            updated_at=now,
            published_at=now,
        )
        session.add(row)
        session.flush()
        parent = orm.Comment(
            article_id=row.id,
            author_name="<script>alert('name')</script>",
            author_email="mallory@evil.example",
            author_url="javascript:alert('url')",
            body=HOSTILE_COMMENT,
            status=CommentStatus.APPROVED.value,
            submitted_at=now,
        )
        session.add(parent)
        session.flush()
        session.add(
            orm.Comment(
                article_id=row.id,
                parent_id=parent.id,
                author_name="Trudy",
                author_email="trudy@evil.example",
                author_url="https://trudy.example/",
                body="A reply <svg onload=alert(1)>",
                status=CommentStatus.APPROVED.value,
                submitted_at=now,
            )
        )
        return row.id


def all_text(folder: Path) -> dict[Path, str]:
    return {
        path: path.read_text(encoding="utf-8", errors="replace")
        for path in folder.rglob("*")
        if path.is_file()
    }
