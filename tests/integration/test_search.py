"""Full-text search: FTS5 on SQLite, tsvector on PostgreSQL, the same answers."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.errors import Superseded
from newsdesk.services.articles import ArticleQuery
from newsdesk.services.newsroom import Newsroom
from newsdesk.storage.database import open_database
from newsdesk.storage.interrupt import interruptible


def ids_for(newsroom: Newsroom, words: str) -> set[int]:
    return set(newsroom.articles.list_ids(ArticleQuery(search=words)))


def test_search_finds_words_in_headline_standfirst_and_body(newsroom: Newsroom) -> None:
    headline = newsroom.articles.create(ArticleEdit(headline="Olympics in Caracas"))
    standfirst = newsroom.articles.create(
        ArticleEdit(headline="A", standfirst="Venezuelan athletes")
    )
    body = newsroom.articles.create(ArticleEdit(headline="B", body="Talks on *Syria* resumed."))
    assert ids_for(newsroom, "olympics") == {headline.id}
    assert ids_for(newsroom, "venezuelan") == {standfirst.id}
    assert ids_for(newsroom, "syria") == {body.id}
    assert ids_for(newsroom, "") == {headline.id, standfirst.id, body.id}


def test_words_match_as_prefixes_and_all_must_be_present(newsroom: Newsroom) -> None:
    both = newsroom.articles.create(ArticleEdit(headline="Pompeo meets Putin"))
    newsroom.articles.create(ArticleEdit(headline="Pompeo alone"))
    assert ids_for(newsroom, "pomp put") == {both.id}
    assert ids_for(newsroom, "POMPEO") == {both.id} | ids_for(newsroom, "alone")


def test_saved_text_is_searchable_and_old_text_is_not(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="Draft", body="volcano"))
    newsroom.articles.save(article.id, ArticleEdit(headline="Draft", body="earthquake"), 1)
    assert ids_for(newsroom, "earthquake") == {article.id}
    assert ids_for(newsroom, "volcano") == set()


def test_search_handles_persian_and_punctuation(newsroom: Newsroom) -> None:
    persian = newsroom.articles.create(ArticleEdit(headline="نمایشگاه کتاب تهران", language="fa"))
    assert ids_for(newsroom, "کتاب") == {persian.id}
    assert ids_for(newsroom, "\"'*:() OR AND NOT") == set()


def test_search_combines_with_trash(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="Binned volcano"))
    newsroom.articles.trash([article.id])
    assert ids_for(newsroom, "volcano") == set()
    assert newsroom.articles.list_ids(ArticleQuery(search="volcano", trashed=True)) == [article.id]


def test_short_words_match_whole_words_only(newsroom: Newsroom) -> None:
    un = newsroom.articles.create(ArticleEdit(headline="UN resolution on Syria"))
    newsroom.articles.create(ArticleEdit(headline="Unusual weather"))
    assert ids_for(newsroom, "un") == {un.id}
    assert ids_for(newsroom, "unu") == ids_for(newsroom, "unusual")


def test_a_listing_nobody_wants_any_more_stops_with_superseded(newsroom: Newsroom) -> None:
    for n in range(3):
        newsroom.articles.create(ArticleEdit(headline=f"Council meeting {n}"))
    with pytest.raises(Superseded):
        newsroom.articles.list_ids(ArticleQuery(search="council"), cancelled=lambda: True)
    wanted = newsroom.articles.list_ids(ArticleQuery(search="council"), cancelled=lambda: False)
    assert len(wanted) == 3


def test_a_read_is_interrupted_part_way_and_the_connection_stays_usable(
    sqlite_url: str,
) -> None:
    database = open_database(sqlite_url)
    asked = itertools.count()
    # False when the read starts, true at the progress handler's first look.
    cancelled = lambda: next(asked) > 0  # noqa: E731
    counting = text(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000)"
        " SELECT count(*) FROM n"
    )
    try:
        with (
            pytest.raises(Superseded),
            database.transaction() as session,
            interruptible(session, cancelled),
        ):
            session.execute(counting)
        with database.transaction() as session, interruptible(session, lambda: False):
            assert session.execute(text("SELECT count(*) FROM articles")).scalar() == 0
    finally:
        database.dispose()
