"""The demo newsroom and the comment queue over it, on both databases."""

from __future__ import annotations

import pytest

from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.domain.errors import NotFound
from newsdesk.services.articles import ArticleQuery
from newsdesk.services.comments import CommentQuery
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"


def test_demo_loads_the_seed_story_as_published_with_its_check_also(newsroom: Newsroom) -> None:
    report = load_demo(newsroom)
    assert report.articles >= 13 and report.sections >= 4 and report.comments >= 20
    seed = newsroom.articles.find(SEED_SLUG)
    assert seed.status is ArticleStatus.PUBLISHED
    assert (seed.section_name, seed.dateline, seed.credit) == (
        "World",
        "MOSCOW",
        "Sahar News Monitoring Desk",
    )
    assert seed.body.startswith("US Secretary of State Mike Pompeo")
    assert [link.title for link in seed.related_links] == [
        "Russia, China Offer to Help Venezuela in Preparing for 2020 Olympics: Maduro"
    ]


def test_demo_twice_adds_nothing_twice(newsroom: Newsroom) -> None:
    load_demo(newsroom)
    stories = newsroom.articles.count()
    comments = sum(newsroom.comments.counts().values())
    again = load_demo(newsroom)
    assert (again.articles, again.sections, again.comments) == (0, 0, 0)
    assert newsroom.articles.count() == stories
    assert sum(newsroom.comments.counts().values()) == comments


def test_demo_covers_every_state_and_a_right_to_left_story(newsroom: Newsroom) -> None:
    load_demo(newsroom)
    for status in ArticleStatus:
        assert newsroom.articles.count(ArticleQuery(status=status)) >= 1, status
    languages = {newsroom.articles.get(i).language for i in newsroom.articles.list_ids()}
    assert {"fa", "en"} <= languages
    counts = newsroom.comments.counts()
    assert all(counts[status] >= 1 for status in CommentStatus)
    hostile = [
        c
        for c in newsroom.comments.list_comments(CommentQuery(status=None))
        if "<script>" in c.body
    ]
    assert hostile


def test_queue_lists_pending_newest_first_and_moderation_moves_them(newsroom: Newsroom) -> None:
    load_demo(newsroom)
    pending = newsroom.comments.list_comments(CommentQuery(status=CommentStatus.PENDING))
    times = [c.submitted_at for c in pending]
    assert times == sorted(times, reverse=True)
    first = pending[0]
    newsroom.comments.set_status([first.id], CommentStatus.APPROVED)
    assert first.id not in {c.id for c in newsroom.comments.list_comments()}
    assert newsroom.comments.get(first.id).status is CommentStatus.APPROVED
    seed = newsroom.articles.find(SEED_SLUG)
    approved = newsroom.comments.approved_for_article(seed.id)
    assert approved and all(c.status is CommentStatus.APPROVED for c in approved)
    assert newsroom.comments.resolve_ids([first.uuid, str(first.id)]) == [first.id, first.id]
    for hostile in ("²", "9" * 30, str(2**31), "nul\x00byte"):
        with pytest.raises(NotFound):
            newsroom.comments.resolve_ids([hostile])
