"""The queue filtered by words, page after page, equals the same filter done by hand.

On SQLite the word filter takes one of several ways through the full-text index (few
matches sorted; the queue walked against the set of matches; the queue walked in
windows, then, after a long walk, the matches looked up or the queue walked against
their set): small thresholds and chosen costs here make every way run over a few
hundred comments, some of them with times out of id order (as imported comments are).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from itertools import product

import pytest
from sqlalchemy import insert, select

from newsdesk.domain.entities import CommentRow
from newsdesk.domain.enums import CommentStatus
from newsdesk.services import comments as comments_module
from newsdesk.services.comments import CommentQuery, Cursor
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom
from newsdesk.storage import orm

P, A, S, T = CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.SPAM, CommentStatus.TRASH
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


# Costs (look-up, set walk at once) that steer the ways after "few matches".
WAYS = {
    "set walk": (1.4, 1e9),
    "windows, then the set": (1e9, 0.0),
    "windows, then look-ups": (0.0, 0.0),
}


@pytest.fixture(params=list(WAYS))
def searchable(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Newsroom:
    lookup_us, at_once_us = WAYS[request.param]
    monkeypatch.setattr(comments_module, "LOOKUP_US", lookup_us)
    monkeypatch.setattr(comments_module, "SET_WALK_AT_ONCE_US", at_once_us)
    monkeypatch.setattr(comments_module, "FEW_MATCHES", 6)
    monkeypatch.setattr(comments_module, "FIRST_WINDOW", 4)
    monkeypatch.setattr(comments_module, "LAST_WINDOW", 16)
    load_demo(newsroom)
    with newsroom.database.transaction() as session:
        stories = list(session.scalars(select(orm.Article.id).order_by(orm.Article.id)))
        rows = []
        for number in range(240):
            # Comments 100-139 came in late with old times, newest first (an import).
            minutes = 2 * (239 - number) - 500 if 100 <= number < 140 else 2 * number
            words = ["a reply about the council"]
            if number % 2 == 0:
                words.append("alphabetical order")
            if number % 37 == 0:
                words.append("zebra crossing")
            rows.append(
                {
                    "uuid": orm.new_uuid(),
                    "article_id": stories[number % len(stories)],
                    "author_name": "Ann Reader" if number % 3 == 0 else "Bob Writer",
                    "author_email": f"reader{number}@example.org",
                    "author_url": "",
                    "body": " ".join(words) + f" number{number}",
                    "status": (P, A, S, T)[number % 4].value,
                    "submitted_at": START + timedelta(minutes=minutes),
                    "ip": "",
                    "spam_score": 0.0,
                    "reasons": [],
                }
            )
        session.execute(insert(orm.Comment), rows)
    return newsroom


def _matches(words: str, text: str) -> bool:
    found = re.findall(r"\w+", text.lower())
    return all(
        any(w.startswith(t) if len(t) >= 3 else w == t for w in found)
        for t in re.findall(r"\w+", words.lower())
    )


def expected(newsroom: Newsroom, query: CommentQuery) -> list[int]:
    """The query done by hand over every comment."""
    everything = newsroom.comments.list_comments(CommentQuery(status=None))
    kept = [
        c
        for c in everything
        if (query.status is None or c.status is query.status)
        and _matches(query.text, c.body)
        and _matches(query.author, f"{c.author_name} {c.author_email}")
    ]
    kept.sort(key=lambda c: (c.submitted_at, c.id), reverse=query.newest_first)
    return [c.id for c in kept]


def every_page(newsroom: Newsroom, query: CommentQuery, size: int) -> list[int]:
    found: list[CommentRow] = []
    after: Cursor | None = None
    while True:
        page = newsroom.comments.page(query, after=after, limit=size)
        found += page
        if len(page) < size:
            return [row.id for row in found]
        after = (page[-1].submitted_at, page[-1].id)


@pytest.mark.parametrize("newest_first", [True, False])
def test_word_filters_page_and_count_as_done_by_hand(
    searchable: Newsroom, newest_first: bool
) -> None:
    for status, text, author in product(
        (None, P, A, S), ("alp", "alphabetical", "zebra", "council", "qqq"), ("", "ann")
    ):
        query = CommentQuery(status=status, text=text, author=author, newest_first=newest_first)
        wanted = expected(searchable, query)
        assert every_page(searchable, query, size=7) == wanted, query
        assert searchable.comments.count_matching(query, cap=10) == (
            min(len(wanted), 10),
            len(wanted) < 10,
        ), query
        assert searchable.comments.count_matching(query, cap=500) == (len(wanted), True), query


def test_word_filters_with_a_story_and_dates(searchable: Newsroom) -> None:
    first = searchable.comments.page(CommentQuery(status=None, text="alphabetical"), limit=1)[0]
    story = CommentQuery(status=None, text="alp", article_id=first.article_id)
    in_story = [
        c.id
        for c in searchable.comments.list_comments(
            CommentQuery(status=None, article_id=first.article_id)
        )
        if _matches("alp", c.body)
    ]
    assert every_page(searchable, story, size=3) == in_story
    since = START + timedelta(minutes=300)
    recent = CommentQuery(status=None, text="council", since=since)
    assert every_page(searchable, recent, size=5) == [
        i
        for i in expected(searchable, CommentQuery(status=None, text="council"))
        if searchable.comments.get(i).submitted_at >= since
    ]
