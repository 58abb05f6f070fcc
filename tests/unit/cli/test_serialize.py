"""`--json` output: exactly the keys docs/cli-json.md promises, times in UTC with a Z."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from newsdesk.cli.serialize import article_json, comment_json, iso
from newsdesk.domain.entities import Article, Comment
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.domain.hold_reasons import HoldReason, ReasonCode

DOCUMENT = Path(__file__).resolve().parents[3] / "docs" / "cli-json.md"
MOMENT = datetime(2026, 12, 7, 15, 7, 5, tzinfo=UTC)


def documented_keys(heading: str) -> list[str]:
    """The keys in the first column of the table under the heading starting `heading`."""
    text = DOCUMENT.read_text(encoding="utf-8")
    section = text.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return [key for row in rows for key in re.findall(r"`([a-z_]+)`", row.split("|")[1])]


def an_article(**changes: object) -> Article:
    fields: dict[str, object] = {
        "id": 12,
        "uuid": "0b5f3c1e-1111-4a4a-8888-123456789abc",
        "slug": "talks-in-sochi",
        "headline": "Talks in Sochi",
        "standfirst": "Both sides speak of progress.",
        "body": "MOSCOW — …",
        "dateline": "MOSCOW",
        "byline": "Ann Reporter",
        "credit": "Sahar News",
        "section_id": 3,
        "section_name": "World",
        "section_slug": "world",
        "section_path": ("World",),
        "tags": ("russia", "diplomacy"),
        "language": "en",
        "status": ArticleStatus.PUBLISHED,
        "author": "ann",
        "version": 4,
        "created_at": MOMENT - timedelta(days=1),
        "updated_at": MOMENT,
        "published_at": MOMENT,
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def a_comment() -> Comment:
    return Comment(
        id=5,
        uuid="9d0e7a52-2222-4b4b-9999-abcdefabcdef",
        article_id=12,
        article_uuid="0b5f3c1e-1111-4a4a-8888-123456789abc",
        article_headline="Talks in Sochi",
        parent_id=None,
        author_name="Jo",
        author_email="jo@example.org",
        author_url="",
        body="Good to read.",
        status=CommentStatus.PENDING,
        submitted_at=MOMENT,
        ip="203.0.113.7",
        spam_score=0.25,
        reasons=(HoldReason(ReasonCode.LINKS, 2),),
    )


def test_article_keys_are_the_documented_ones() -> None:
    assert list(article_json(an_article())) == documented_keys("`newsdesk articles list")


def test_comment_keys_are_the_documented_ones() -> None:
    # `comments list` adds the learned filter's reasons to each comment's JSON.
    listed = [*comment_json(a_comment()), "score_reasons"]
    assert listed == documented_keys("`newsdesk comments list")


def test_a_comment_gives_its_reasons_in_english_and_as_codes() -> None:
    data = comment_json(a_comment())
    assert (data["reasons"], data["reason_codes"]) == (["2 links"], ["links:2"])


def test_an_article_as_json() -> None:
    data = article_json(an_article())
    assert data["id"] == "0b5f3c1e-1111-4a4a-8888-123456789abc"
    assert (data["section"], data["section_slug"], data["status"]) == (
        "World",
        "world",
        "published",
    )
    assert data["tags"] == ["russia", "diplomacy"]
    assert (data["created"], data["updated"]) == ("2026-12-06T15:07:05Z", "2026-12-07T15:07:05Z")
    assert data["trashed"] is False


def test_an_article_without_section_or_publication_gives_nulls() -> None:
    data = article_json(
        an_article(section_name="", section_slug="", published_at=None, trashed_at=MOMENT)
    )
    assert (data["section"], data["section_slug"], data["published"]) == (None, None, None)
    assert data["trashed"] is True


def test_a_comment_as_json() -> None:
    data = comment_json(a_comment())
    assert (data["status"], data["parent"], data["spam_score"]) == ("pending", None, 0.25)
    assert data["reasons"] == ["2 links"]
    assert data["submitted"] == "2026-12-07T15:07:05Z"


def test_times_are_utc_with_a_z() -> None:
    assert iso(None) is None
    assert iso(MOMENT) == "2026-12-07T15:07:05Z"
    assert iso(MOMENT.replace(microsecond=120)) == "2026-12-07T15:07:05.000120Z"
    # A time with another offset keeps it rather than being passed off as UTC.
    tehran = timezone(timedelta(hours=3, minutes=30))
    assert iso(datetime(2026, 12, 7, 18, 37, 5, tzinfo=tehran)) == "2026-12-07T18:37:05+03:30"


def test_finding_keys_are_the_documented_ones() -> None:
    from newsdesk.cli.check import finding_json
    from newsdesk.domain.checks import Finding, FindingCode

    data = finding_json(Finding(FindingCode.UNKNOWN_WORD, ("Pompeo",), "body", 3, 4, 10, "Pompeo"))
    assert list(data) == documented_keys("`newsdesk check")
    assert (data["code"], data["params"], data["message"]) == (
        "unknown_word",
        ["Pompeo"],
        "Unknown word: “Pompeo”",
    )
