"""Stories on both databases: create, save with optimistic locking, revisions, trash."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select
from tests.integration.story_states import put_in_state

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput, NotFound, VersionConflict
from newsdesk.services.articles import ArticleQuery, ArticleSort
from newsdesk.services.newsroom import Newsroom
from newsdesk.storage import orm


def revisions(newsroom: Newsroom, article_id: int) -> list[orm.Revision]:
    with newsroom.database.transaction() as session:
        return list(
            session.scalars(
                select(orm.Revision)
                .where(orm.Revision.article_id == article_id)
                .order_by(orm.Revision.id)
            )
        )


def test_created_story_reads_back_with_every_field(newsroom: Newsroom) -> None:
    world = newsroom.sections.create("World")
    created = newsroom.articles.create(
        ArticleEdit(
            headline="  Talks   in Sochi ",
            standfirst="Both sides want better relations.",
            body="Pompeo met Putin.\n",
            dateline="MOSCOW",
            byline="Desk",
            credit="Sahar News Monitoring Desk",
            section_id=world.id,
            tags=("russia", "usa", "russia"),
            language="en",
        )
    )
    article = newsroom.articles.get(created.id)
    assert article.headline == "Talks in Sochi"
    assert article.slug == "talks-in-sochi"
    assert article.section_name == "World"
    assert article.section_path == ("World",)
    assert article.tags == ("russia", "usa")
    assert article.status is ArticleStatus.DRAFT
    assert article.version == 1
    assert article.author == newsroom.user.display_name
    assert len(article.uuid) == 36
    assert article.created_at.tzinfo is not None


def test_slugs_stay_unique_and_readable_in_other_scripts(newsroom: Newsroom) -> None:
    first = newsroom.articles.create(ArticleEdit(headline="Same headline"))
    second = newsroom.articles.create(ArticleEdit(headline="Same headline"))
    persian = newsroom.articles.create(ArticleEdit(headline="نمایشگاه کتاب تهران", language="fa"))
    assert (first.slug, second.slug) == ("same-headline", "same-headline-2")
    assert persian.slug == "نمایشگاه-کتاب-تهران"


def test_save_bumps_version_and_stale_save_is_refused(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="Draft"))
    saved = newsroom.articles.save(article.id, ArticleEdit(headline="Draft", body="one"), 1)
    assert saved.version == 2
    with pytest.raises(VersionConflict) as raised:
        newsroom.articles.save(article.id, ArticleEdit(headline="Draft", body="stale"), 1)
    assert raised.value.actual == 2
    assert newsroom.articles.get(article.id).body == "one"


def test_autosaves_in_one_burst_make_one_revision(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="Burst"))
    version = article.version
    for body in ("a", "ab", "abc"):
        version = newsroom.articles.save(
            article.id, ArticleEdit(headline="Burst", body=body), version
        ).version
    kept = revisions(newsroom, article.id)
    assert [r.reason for r in kept] == ["created", "autosave"]
    assert kept[-1].body == "abc"


def test_a_named_save_always_makes_its_own_revision(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="Named"))
    saved = newsroom.articles.save(article.id, ArticleEdit(headline="Named", body="x"), 1)
    newsroom.articles.save(
        article.id, ArticleEdit(headline="Named", body="y"), saved.version, reason="switched story"
    )
    assert [r.reason for r in revisions(newsroom, article.id)] == [
        "created",
        "autosave",
        "switched story",
    ]


def test_bad_input_is_refused_and_changes_nothing(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="Safe", body="kept"))
    with pytest.raises(InvalidInput, match=r"The body is longer than 5,000,000 characters"):
        newsroom.articles.save(article.id, ArticleEdit(headline="Safe", body="x" * 5_000_001), 1)
    with pytest.raises(InvalidInput, match="language tag"):
        newsroom.articles.save(article.id, ArticleEdit(headline="Safe", language="en US!"), 1)
    with pytest.raises(InvalidInput, match="does not exist"):
        newsroom.articles.create(ArticleEdit(headline="Nowhere", section_id=999_999))
    unchanged = newsroom.articles.get(article.id)
    assert (unchanged.body, unchanged.version) == ("kept", 1)
    assert newsroom.articles.count() == 1


@pytest.mark.parametrize(
    ("changes", "refusal"),
    [
        ({"headline": "h" * 501}, "The headline is longer than 500 characters (501)"),
        ({"dateline": "D" * 201}, "The dateline is longer than 200 characters (201)"),
        ({"byline": "b" * 201}, "The byline is longer than 200 characters (201)"),
        ({"credit": "c" * 201}, "The credit is longer than 200 characters (201)"),
        ({"tags": ("ok", "t" * 101)}, "A tag is longer than 100 characters (101)"),
        ({"language": "a" * 36}, "The language tag is longer than 35 characters (36)"),
    ],
)
def test_every_field_over_its_column_is_refused_with_its_limit(
    newsroom: Newsroom, changes: dict[str, str | tuple[str, ...]], refusal: str
) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="Safe", body="kept"))
    edit = replace(ArticleEdit.of(article), **changes)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as refused:
        newsroom.articles.save(article.id, edit, article.version)
    assert str(refused.value) == refusal
    assert newsroom.articles.get(article.id).version == article.version
    at_the_limit = {k: v[:-1] if isinstance(v, str) else v[:1] for k, v in changes.items()}
    newsroom.articles.save(article.id, replace(edit, **at_the_limit), article.version)  # type: ignore[arg-type]


def test_comments_open_is_kept_and_saved_like_every_field(newsroom: Newsroom) -> None:
    created = newsroom.articles.create(ArticleEdit(headline="Quiet", comments_open=False))
    assert created.comments_open is False and ArticleEdit.of(created).comments_open is False
    assert created.private is False
    copy = newsroom.articles.duplicate(created.id)
    assert copy.comments_open is False  # a duplicate keeps the original's fields
    saved = newsroom.articles.save(
        created.id, replace(ArticleEdit.of(created), comments_open=True), created.version
    )
    assert newsroom.articles.get(saved.id).comments_open is True
    assert newsroom.articles.create(ArticleEdit(headline="Default")).comments_open is True


def test_find_by_id_uuid_or_slug(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="Findable"))
    for reference in (str(article.id), article.uuid, article.slug):
        assert newsroom.articles.find(reference).id == article.id
    with pytest.raises(NotFound):
        newsroom.articles.find("no-such-story")
    assert newsroom.articles.resolve_ids([article.slug, str(article.id)]) == [article.id] * 2


@pytest.mark.parametrize(
    "reference",
    [
        "²",
        "٣",
        "9" * 30,
        str(2**63),
        str(2**31),
        "nul\x00byte",
        "' OR 1=1 --",
        "",
        " ",
        "-1",
        "x" * 5000,
    ],
)
def test_a_reference_that_names_no_story_is_not_found(newsroom: Newsroom, reference: str) -> None:
    """Scripts pass anything: superscript or Arabic-Indic digits, ids beyond a 64-bit
    integer, a NUL (PostgreSQL text cannot hold one) are no story, not a crash."""
    newsroom.articles.create(ArticleEdit(headline="Findable"))
    with pytest.raises(NotFound):
        newsroom.articles.find(reference)
    with pytest.raises(NotFound):
        newsroom.articles.resolve_ids([reference])


def test_trash_hides_and_restore_brings_back(newsroom: Newsroom) -> None:
    keep = newsroom.articles.create(ArticleEdit(headline="Keep"))
    bin_ = newsroom.articles.create(ArticleEdit(headline="Bin"))
    newsroom.articles.trash([bin_.id])
    assert newsroom.articles.list_ids() == [keep.id]
    assert newsroom.articles.list_ids(ArticleQuery(trashed=True)) == [bin_.id]
    assert newsroom.articles.rows([bin_.id])[bin_.id].trashed
    newsroom.articles.restore([bin_.id])
    assert set(newsroom.articles.list_ids()) == {keep.id, bin_.id}


def test_only_trashed_stories_can_be_deleted_for_good(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="Gone"))
    with pytest.raises(InvalidInput, match="trash"):
        newsroom.articles.delete_permanently([article.id])
    newsroom.articles.trash([article.id])
    newsroom.articles.delete_permanently([article.id])
    with newsroom.database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(orm.Article)) == 0


def test_duplicate_copies_text_as_a_new_draft(newsroom: Newsroom) -> None:
    original = newsroom.articles.create(ArticleEdit(headline="Original", body="text", tags=("a",)))
    put_in_state(newsroom, original.id, ArticleStatus.PUBLISHED)
    copy = newsroom.articles.duplicate(original.id)
    assert copy.id != original.id and copy.uuid != original.uuid
    assert (copy.headline, copy.body, copy.tags) == ("Original (copy)", "text", ("a",))
    assert copy.status is ArticleStatus.DRAFT


def test_listing_sorts_and_filters(newsroom: Newsroom) -> None:
    sport = newsroom.sections.create("Sport")
    football = newsroom.sections.create("Football", parent_id=sport.id)
    world = newsroom.sections.create("World")
    a = newsroom.articles.create(ArticleEdit(headline="Banana", section_id=football.id))
    b = newsroom.articles.create(ArticleEdit(headline="apple", section_id=world.id))
    c = newsroom.articles.create(ArticleEdit(headline="Cherry", section_id=sport.id))
    put_in_state(newsroom, c.id, ArticleStatus.PUBLISHED)
    by_headline = ArticleQuery(sort=ArticleSort.HEADLINE, descending=False)
    assert newsroom.articles.list_ids(by_headline) == [b.id, a.id, c.id]
    assert newsroom.articles.list_ids(
        ArticleQuery(section_id=sport.id, sort=ArticleSort.HEADLINE, descending=False)
    ) == [a.id, c.id]
    assert newsroom.articles.list_ids(ArticleQuery(status=ArticleStatus.PUBLISHED)) == [c.id]
    assert (
        newsroom.articles.list_ids(ArticleQuery(sort=ArticleSort.SECTION, descending=False))[0]
        == a.id
    )
    rows = newsroom.articles.rows([a.id, b.id])
    assert rows[a.id].section_name == "Football" and rows[b.id].headline == "apple"
