"""A write whose COMMIT landed but whose reply was lost with the connection: the retry,
carrying the same operation id, finds its own write and succeeds quietly; no conflict
with itself, no second copy of a new story."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from tests.tcp_proxy import TcpProxy

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.errors import VersionConflict
from newsdesk.services.newsroom import Newsroom, open_newsroom

pytestmark = pytest.mark.postgres


@pytest.fixture
def proxy(postgres_url: str) -> Iterator[TcpProxy]:
    direct = make_url(postgres_url)
    proxy = TcpProxy(direct.host or "127.0.0.1", direct.port or 5432)
    yield proxy
    proxy.close()


@pytest.fixture
def through_proxy(postgres_url: str, proxy: TcpProxy) -> Iterator[Newsroom]:
    url = make_url(postgres_url).set(port=proxy.port).render_as_string(hide_password=False)
    newsroom = open_newsroom(url)
    yield newsroom
    newsroom.close()


def test_a_retried_save_after_a_lost_reply_is_not_a_conflict_with_itself(
    through_proxy: Newsroom, proxy: TcpProxy, postgres_url: str
) -> None:
    articles = through_proxy.articles
    story = articles.create(ArticleEdit(headline="Night shift", body="First line."))
    first = replace(ArticleEdit.of(story), body="First line. Second line.")
    proxy.cut_after_commit(b"UPDATE articles")
    with pytest.raises(OperationalError):
        articles.save(story.id, first, story.version, operation_id="op-1")
    assert proxy.commits_cut == 1
    proxy.restore()
    direct = open_newsroom(postgres_url)
    try:
        assert direct.articles.get(story.id).body == "First line. Second line."  # it landed
    finally:
        direct.close()

    # The retry carries newer text and the same operation, based on the same version.
    newer = replace(first, body="First line. Second line. Third line.")
    saved = articles.save(story.id, newer, story.version, operation_id="op-1")
    assert saved.body == newer.body
    assert saved.version == story.version + 2
    # A second lost reply on the same operation is recognised too.
    proxy.cut_after_commit(b"UPDATE articles")
    newest = replace(newer, body=newer.body + " Fourth.")
    with pytest.raises(OperationalError):
        articles.save(story.id, newest, story.version, operation_id="op-1")
    proxy.restore()
    again = articles.save(story.id, newest, story.version, operation_id="op-1")
    assert again.body == newest.body


def test_without_the_operation_id_the_retry_meets_a_conflict(
    through_proxy: Newsroom, proxy: TcpProxy
) -> None:
    """What happened before: the client's own write looked like someone else's."""
    articles = through_proxy.articles
    story = articles.create(ArticleEdit(headline="Night shift"))
    proxy.cut_after_commit(b"UPDATE articles")
    with pytest.raises(OperationalError):
        articles.save(story.id, ArticleEdit(headline="Night shift", body="x"), story.version)
    proxy.restore()
    with pytest.raises(VersionConflict):
        articles.save(story.id, ArticleEdit(headline="Night shift", body="xy"), story.version)


def test_the_operation_no_longer_matches_once_someone_else_wrote(newsroom: Newsroom) -> None:
    """A retry is only quiet while the story is still at the version it wrote."""
    articles = newsroom.articles
    story = articles.create(ArticleEdit(headline="Shared"))
    mine = articles.save(
        story.id, ArticleEdit(headline="Shared", body="mine"), story.version, operation_id="op-mine"
    )
    articles.save(story.id, ArticleEdit(headline="Shared", body="theirs"), mine.version)
    with pytest.raises(VersionConflict):
        articles.save(
            story.id,
            ArticleEdit(headline="Shared", body="mine again"),
            story.version,
            operation_id="op-mine",
        )
    assert articles.get(story.id).body == "theirs"


def test_a_retried_new_story_is_made_once(
    through_proxy: Newsroom, proxy: TcpProxy, postgres_url: str
) -> None:
    articles = through_proxy.articles
    before = articles.count()
    edit = ArticleEdit(headline="Flood warning")
    operation = "5f2c9f0e-6a4e-4c57-9d0b-2f3b8e1d7a10"
    proxy.cut_after_commit(b"INSERT INTO articles")
    with pytest.raises(OperationalError):
        articles.create(edit, operation_id=operation)
    proxy.restore()
    made = articles.create(edit, operation_id=operation)
    assert made.uuid == operation
    assert made.slug == "flood-warning"  # not flood-warning-2
    assert articles.count() == before + 1
