"""Revisions on both databases: bursts, transitions, history, comparison, restore."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from newsdesk.domain.diff import DiffKind
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.newsroom import Newsroom
from newsdesk.storage import orm


def age_revisions(newsroom: Newsroom, by: timedelta) -> None:
    """Move every revision into the past, so the next autosave starts a new burst."""
    with newsroom.database.transaction() as session:
        session.execute(update(orm.Revision).values(updated_at=datetime.now(UTC) - by))


def test_history_lists_bursts_and_transitions_with_word_counts(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="Rates", body="Rates rise today."))
    age_revisions(newsroom, timedelta(minutes=5))
    saved = newsroom.articles.save(
        article.id, ArticleEdit(headline="Rates", body="Rates rise sharply today."), 1
    )
    saved = newsroom.articles.save(
        article.id, ArticleEdit(headline="Rates", body="Rates rise very sharply today."), 2
    )
    newsroom.workflow.move(article.id, ArticleStatus.SUBMITTED)
    history = newsroom.revisions.history(article.id)
    assert [h.reason for h in history] == ["Submit to the copy desk", "autosave", "created"]
    assert [h.number for h in history] == [3, 2, 1]
    assert (history[1].words_added, history[1].words_removed) == (2, 0)
    assert (history[2].words_added, history[2].words_removed) == (4, 0)
    assert saved.version == 3


def test_compare_and_restore(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(
        ArticleEdit(headline="Old headline", standfirst="S", body="One two three.\n\nFour.\n")
    )
    newsroom.articles.save(
        article.id,
        ArticleEdit(headline="New headline", standfirst="S", body="One 2 three.\n\nFour.\n"),
        1,
        reason="saved by hand",
    )
    first, second = reversed(newsroom.revisions.history(article.id))
    comparison = newsroom.revisions.compare(first.id, second.id)
    assert [(s.kind, s.text) for s in comparison.headline.spans] == [
        (DiffKind.DELETE, "Old"),
        (DiffKind.INSERT, "New"),
        (DiffKind.EQUAL, " headline"),
    ]
    assert (DiffKind.INSERT, "2") in [(s.kind, s.text) for s in comparison.body.spans]
    assert not comparison.standfirst.changed
    restored = newsroom.revisions.restore(first.id)
    assert (restored.headline, restored.body) == ("Old headline", "One two three.\n\nFour.\n")
    history = newsroom.revisions.history(article.id)
    assert len(history) == 3 and history[0].reason == "restored revision 1"
    assert newsroom.revisions.get(first.id).headline == "Old headline"  # never overwritten
