"""Two people save one story: the late save is refused, both texts kept, then merged."""

from __future__ import annotations

import pytest

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import VersionConflict
from newsdesk.services.conflicts import KEPT_REASON
from newsdesk.services.newsroom import Newsroom

BODY = "The council met on Monday.\n\nIt voted to close the pool.\n\nThe mayor said nothing."


@pytest.fixture
def colleague(newsroom: Newsroom) -> Newsroom:
    """A second person's services on the same database."""
    other = newsroom.users.ensure("maria", "Maria Lopez", frozenset({Role.DESK}))
    return Newsroom.for_database(newsroom.database, other)


def start_story(newsroom: Newsroom) -> tuple[int, ArticleEdit]:
    base = ArticleEdit(headline="Council closes pool", body=BODY, tags=("city",))
    article = newsroom.articles.create(base)
    return article.id, base


def test_a_save_from_an_old_version_is_refused_and_changes_nothing(
    newsroom: Newsroom, colleague: Newsroom
) -> None:
    article_id, _base = start_story(newsroom)
    theirs = colleague.articles.save(article_id, ArticleEdit(headline="Pool closes", body=BODY), 1)
    with pytest.raises(VersionConflict):
        newsroom.articles.save(article_id, ArticleEdit(headline="Mine", body="Mine."), 1)
    now = newsroom.articles.get(article_id)
    assert (now.headline, now.body, now.version) == ("Pool closes", BODY, theirs.version)


def test_edits_to_different_paragraphs_are_merged_and_both_texts_kept(
    newsroom: Newsroom, colleague: Newsroom
) -> None:
    article_id, base = start_story(newsroom)
    their_body = BODY.replace("on Monday", "on Monday night")
    colleague.articles.save(article_id, ArticleEdit(headline=base.headline, body=their_body), 1)
    ours = ArticleEdit(
        headline=base.headline, body=BODY.replace("said nothing", "declined to comment")
    )
    with pytest.raises(VersionConflict):
        newsroom.articles.save(article_id, ours, 1)

    case = newsroom.conflicts.open_case(article_id, ours, base, 1)
    assert case.theirs.body == their_body
    assert case.merge.clean
    # Each side's change is read from the base: they added "night", we reworded the end.
    first, last = case.changes.body[0], case.changes.body[-1]
    assert (first.theirs.words_added, first.theirs.words_removed) == (1, 0)
    assert not first.ours.changed and not last.theirs.changed
    assert (last.ours.words_added, last.ours.words_removed) == (3, 2)
    assert case.their_author == "Maria Lopez"
    merged = case.merge.result()
    assert "on Monday night" in merged.body and "declined to comment" in merged.body
    saved = newsroom.conflicts.resolve(case, merged, "merged with Maria Lopez's version")
    assert saved.body == merged.body
    assert saved.version == case.theirs.version + 1

    history = newsroom.revisions.history(article_id)
    reasons = [line.reason for line in history]
    assert reasons[0] == "merged with Maria Lopez's version"
    assert KEPT_REASON in reasons
    kept = newsroom.revisions.get(next(h.id for h in history if h.reason == KEPT_REASON))
    assert kept.body == ours.body
    theirs_kept = [newsroom.revisions.get(h.id).body for h in history if h.reason != KEPT_REASON]
    assert their_body in theirs_kept


def test_the_same_paragraph_changed_twice_is_a_conflict_to_settle(
    newsroom: Newsroom, colleague: Newsroom
) -> None:
    article_id, base = start_story(newsroom)
    their_body = BODY.replace("close the pool", "close the pool in May")
    colleague.articles.save(article_id, ArticleEdit(headline=base.headline, body=their_body), 1)
    ours = ArticleEdit(headline=base.headline, body=BODY.replace("close the pool", "shut the pool"))
    case = newsroom.conflicts.open_case(article_id, ours, base, 1)
    assert not case.merge.clean
    settled = case.merge.settled(["theirs"], {})
    assert newsroom.conflicts.resolve(case, settled, "took Maria's paragraph").body == their_body


def test_resolving_against_a_story_that_moved_on_again_is_refused(
    newsroom: Newsroom, colleague: Newsroom
) -> None:
    article_id, base = start_story(newsroom)
    colleague.articles.save(article_id, ArticleEdit(headline="Second", body=BODY), 1)
    ours = ArticleEdit(headline="Mine", body=BODY)
    case = newsroom.conflicts.open_case(article_id, ours, base, 1)
    colleague.articles.save(article_id, ArticleEdit(headline="Third", body=BODY), 2)
    with pytest.raises(VersionConflict):
        newsroom.conflicts.resolve(case, ours, "kept mine")
    assert newsroom.articles.get(article_id).headline == "Third"


def test_taking_their_version_saves_nothing_new(newsroom: Newsroom, colleague: Newsroom) -> None:
    article_id, base = start_story(newsroom)
    colleague.articles.save(
        article_id, ArticleEdit(headline="Theirs", body=BODY, tags=("city",)), 1
    )
    case = newsroom.conflicts.open_case(
        article_id, ArticleEdit(headline="Mine", body=BODY), base, 1
    )
    article = newsroom.conflicts.resolve(case, case.theirs_edit, "took theirs")
    assert (article.headline, article.version) == ("Theirs", case.theirs.version)
