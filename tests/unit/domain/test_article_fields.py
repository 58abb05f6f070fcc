"""The article's fields in one place: every copy of a story's text takes them from there."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime
from types import SimpleNamespace

from newsdesk.domain.copydesk import COMPARED, RevisionComparison
from newsdesk.domain.diff import diff_words
from newsdesk.domain.entities import (
    EDIT_FIELDS,
    TEXT_FIELDS,
    VALUE_FIELDS,
    Article,
    ArticleEdit,
    Revision,
)
from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.sync.snapshot import Snapshot

NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)

EDIT = ArticleEdit(
    headline="Bridge reopens",
    standfirst="After two years",
    body="The bridge reopened today.\n\nTraffic was light.",
    dateline="PORTO",
    byline="Ana Reis",
    credit="City desk",
    section_id=4,
    tags=("transport", "porto"),
    language="pt",
    comments_open=False,
)


def story(**changes: object) -> Article:
    article = Article(
        id=7,
        uuid="5b0c8d7e-0000-4000-8000-000000000007",
        slug="bridge-reopens",
        headline="Old headline",
        standfirst="",
        body="Old body",
        dateline="",
        byline="",
        credit="",
        section_id=None,
        section_name="",
        section_slug="",
        section_path=(),
        tags=(),
        language="en",
        status=ArticleStatus.DRAFT,
        author="Ana Reis",
        version=3,
        created_at=NOW,
        updated_at=NOW,
    )
    return replace(article, **changes)  # type: ignore[arg-type]


def test_the_lists_come_from_the_dataclasses() -> None:
    assert tuple(f.name for f in fields(ArticleEdit)) == EDIT_FIELDS
    assert set(VALUE_FIELDS) == set(EDIT_FIELDS) - {"section_id", "tags"}
    assert TEXT_FIELDS == ("headline", "standfirst", "body", "dateline", "byline", "credit")
    assert set(TEXT_FIELDS) <= {f.name for f in fields(Revision)}
    assert COMPARED == ("headline", "standfirst", "body")
    assert set(EDIT_FIELDS) <= {f.name for f in fields(Article)}


def test_a_story_with_an_edit_gives_the_edit_back() -> None:
    article = story().with_edit(EDIT)
    assert ArticleEdit.of(article) == EDIT
    assert (article.id, article.slug, article.version) == (7, "bridge-reopens", 3)


def test_an_edit_of_anything_with_the_fields_and_what_it_lacks() -> None:
    row = SimpleNamespace(**{name: getattr(EDIT, name) for name in EDIT_FIELDS if name != "tags"})
    assert ArticleEdit.of(row, tags=EDIT.tags) == EDIT
    assert ArticleEdit.of(story().with_edit(EDIT), section_id=None).section_id is None


def test_an_edit_as_kept_trims_the_one_line_fields_only() -> None:
    loose = replace(EDIT, dateline=" PORTO ", byline="Ana Reis\n", credit="\tDesk", body=" x ")
    kept = loose.as_kept()
    assert (kept.dateline, kept.byline, kept.credit, kept.body) == (
        "PORTO",
        "Ana Reis",
        "Desk",
        " x ",
    )


def test_every_edit_field_travels_in_a_sync_snapshot() -> None:
    snapshot = Snapshot().with_edit(EDIT, section="section-uuid")
    assert snapshot.edit(EDIT.section_id) == EDIT
    assert snapshot.section == "section-uuid"
    assert Snapshot.from_json(snapshot.to_json()) == snapshot
    snapshot_fields = {f.name for f in fields(Snapshot)}
    assert set(EDIT_FIELDS) - {"section_id"} <= snapshot_fields


def test_a_comparison_between_two_texts() -> None:
    old = replace(EDIT, headline="Bridge shut", body="The bridge is shut.")
    comparison = RevisionComparison.between(old, EDIT, 1, 2)
    assert (comparison.old_id, comparison.new_id) == (1, 2)
    assert comparison.headline == diff_words("Bridge shut", "Bridge reopens")
    assert comparison.body == diff_words(old.body, EDIT.body)
    assert comparison.words_added == sum(
        diff_words(getattr(old, name), getattr(EDIT, name)).words_added for name in COMPARED
    )
