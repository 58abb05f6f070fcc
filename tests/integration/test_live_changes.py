"""Live changes between two sessions on one newsroom: PostgreSQL notifications (migration
0009) through a `ChangeListener`, and SQLite's `PRAGMA data_version` polling."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from tests.tcp_proxy import TcpProxy

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.demo import load_demo
from newsdesk.services.live import (
    CHANNEL,
    ChangeListener,
    DataVersionPoller,
    changes_for,
    connection_parameters,
    own_backend_pids,
    watcher_for,
)
from newsdesk.services.newsroom import Newsroom, open_newsroom

DELIVERY_S = 1.0
"""What "live" promises: a change elsewhere arrives within a second."""


@dataclass
class Received:
    """What a watcher handed on, collected from its thread."""

    batches: queue.Queue[Changes] = field(default_factory=queue.Queue)
    statuses: queue.Queue[tuple[bool, str]] = field(default_factory=queue.Queue)

    def changes(self, changes: Changes) -> None:
        self.batches.put(changes)

    def status(self, connected: bool, problem: str) -> None:
        self.statuses.put((connected, problem))

    def until(self, wanted: Callable[[Changes], bool], timeout: float = DELIVERY_S) -> Changes:
        """Everything handed on until `wanted` holds for it, within `timeout`."""
        deadline = time.monotonic() + timeout
        seen = Changes()
        while True:
            try:
                seen |= self.batches.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"not delivered within {timeout}s; got {seen}")
            if wanted(seen):
                return seen

    def drain(self, quiet: float = 0.3) -> list[Changes]:
        got = []
        while True:
            try:
                got.append(self.batches.get(timeout=quiet))
            except queue.Empty:
                return got

    def next_status(self, timeout: float = 10.0) -> tuple[bool, str]:
        return self.statuses.get(timeout=timeout)


# ---- what a notification means ---------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ('{"t":"articles","id":7,"op":"U"}', Changes(articles=frozenset({7}))),
        (
            '{"t":"articles","id":7,"l":1,"op":"U"}',
            Changes(articles=frozenset({7}), article_list=True, sections=True),
        ),
        (
            '{"t":"articles","id":7,"op":"I"}',
            Changes(articles=frozenset({7}), article_list=True, sections=True),
        ),
        (
            '{"t":"article_locks","id":3,"op":"D"}',
            Changes(articles=frozenset({3}), article_list=True),
        ),
        ('{"t":"article_tags","id":3,"op":"I"}', Changes(articles=frozenset({3}))),
        (
            '{"t":"related_links","id":3,"op":"I"}',
            Changes(articles=frozenset({3}), related_links=True),
        ),
        ('{"t":"comments","id":9,"a":3,"op":"U"}', Changes(comments=True)),
        ('{"t":"sections","id":2,"op":"U"}', Changes(article_list=True, sections=True)),
        # A summary of a big statement includes the open story (5 here).
        (
            '{"t":"articles","id":null,"op":"U"}',
            Changes(articles=frozenset({5}), article_list=True, sections=True),
        ),
    ],
)
def test_a_notification_says_what_to_refresh(payload: str, expected: Changes) -> None:
    assert changes_for(payload, open_article=lambda: 5) == expected


@pytest.mark.parametrize(
    "payload",
    [
        "not json",
        "[1, 2]",
        '{"t":"articles","id":"7","op":"U"}',
        '{"t":"articles","id":true}',
        '{"t":"elsewhere","id":1}',
    ],
)
def test_a_notification_it_does_not_understand_changes_nothing(payload: str) -> None:
    assert changes_for(payload) is None


# ---- PostgreSQL ------------------------------------------------------------------------


@pytest.fixture
def two_sessions(postgres_url: str) -> Iterator[tuple[Newsroom, Newsroom]]:
    """Two people on one newsroom: `here` listens, `there` works."""
    here = open_newsroom(postgres_url)
    load_demo(here)
    there = open_newsroom(postgres_url)
    yield here, there
    there.close()
    here.close()


@pytest.fixture
def listening(two_sessions: tuple[Newsroom, Newsroom]) -> Iterator[Received]:
    here, _there = two_sessions
    received = Received()
    pids, stop_following = own_backend_pids(here.database)
    watcher = watcher_for(here.database, received.changes, received.status, ignore_pids=pids)
    assert isinstance(watcher, ChangeListener)
    watcher.start()
    assert received.next_status() == (True, "")
    yield received
    watcher.shutdown()
    stop_following()


@pytest.mark.postgres
def test_a_story_created_and_saved_elsewhere_arrives(
    two_sessions: tuple[Newsroom, Newsroom], listening: Received
) -> None:
    _here, there = two_sessions
    created = there.articles.create(ArticleEdit(headline="Filed from the field"))
    got = listening.until(lambda c: created.id in c.articles and c.article_list)
    assert got.sections  # the section counts move too

    there.articles.save(created.id, ArticleEdit(headline="Filed", body="Text."), created.version)
    got = listening.until(lambda c: created.id in c.articles)
    assert not got.comments


@pytest.mark.postgres
def test_moderation_sections_and_links_elsewhere_arrive(
    two_sessions: tuple[Newsroom, Newsroom], listening: Received
) -> None:
    _here, there = two_sessions
    pending = [c for c in there.comments.list_comments() if c.status.value == "pending"]
    assert pending, "the demo has comments waiting"
    there.moderation.moderate([pending[0].id], ModerationAction.APPROVE)
    listening.until(lambda c: c.comments)

    there.sections.create("Science desk")
    listening.until(lambda c: c.sections and c.article_list)

    first, second = there.articles.list_ids()[:2]
    there.related_links.add_article(first, second)
    listening.until(lambda c: c.related_links and first in c.articles)

    there.articles.trash([second])
    listening.until(lambda c: second in c.articles and c.article_list)


@pytest.mark.postgres
def test_edit_locks_elsewhere_show_as_list_changes(
    two_sessions: tuple[Newsroom, Newsroom], listening: Received
) -> None:
    from newsdesk.services.locks import LockService

    _here, there = two_sessions
    story = there.articles.list_ids()[0]
    LockService(there.database, there.identity).acquire(story)
    listening.until(lambda c: story in c.articles and c.article_list)


@pytest.mark.postgres
def test_own_saves_are_not_echoed(
    two_sessions: tuple[Newsroom, Newsroom], listening: Received
) -> None:
    here, there = two_sessions
    mine, theirs = here.articles.list_ids()[:2]
    article = here.articles.get(mine)
    here.articles.save(mine, replace(ArticleEdit.of(article), body="Mine."), article.version)
    other = there.articles.get(theirs)
    there.articles.save(theirs, replace(ArticleEdit.of(other), body="Theirs."), other.version)
    got = listening.until(lambda c: theirs in c.articles)
    for later in listening.drain():
        got |= later
    assert mine not in got.articles


def _raw_listener(url: str) -> psycopg.Connection[tuple[object, ...]]:
    address = make_url(url).render_as_string(hide_password=False)
    connection = psycopg.connect(address, autocommit=True)
    connection.execute(f"LISTEN {CHANNEL}")
    return connection


@pytest.mark.postgres
def test_bulk_comment_approval_sends_a_few_notifications(
    postgres_url: str, two_sessions: tuple[Newsroom, Newsroom]
) -> None:
    _here, there = two_sessions
    story = there.articles.list_ids()[0]
    with there.database.transaction() as session:
        session.execute(
            text(
                "INSERT INTO comments (uuid, article_id, author_name, author_email, author_url, "
                "body, status, submitted_at, ip, spam_score, reasons, newsroom_reply, kind) "
                "SELECT gen_random_uuid()::text, :story, 'Reader ' || n, "
                "'r' || n || '@example.org', '', 'Comment ' || n, 'pending', now(), '', 0, "
                "'[]', false, 'comment' "
                "FROM generate_series(1, 10000) AS n"
            ),
            {"story": story},
        )
    with there.database.transaction() as session:
        ids = list(session.scalars(text("SELECT id FROM comments WHERE status = 'pending'")))
    assert len(ids) >= 10_000

    raw = _raw_listener(postgres_url)
    try:
        result = there.moderation.moderate(ids, ModerationAction.APPROVE)
        assert len(result.comment_ids) == len(ids)
        notifications = list(raw.notifies(timeout=1.0))
    finally:
        raw.close()
    assert 1 <= len(notifications) <= 3, [n.payload for n in notifications]
    assert all('"id":null' in n.payload for n in notifications)


@pytest.mark.postgres
def test_many_small_statements_in_one_transaction_stay_within_the_budget(
    postgres_url: str, two_sessions: tuple[Newsroom, Newsroom]
) -> None:
    _here, there = two_sessions
    raw = _raw_listener(postgres_url)
    try:
        with there.database.transaction() as session:
            for n in range(200):
                session.execute(
                    text("INSERT INTO sections (name, slug, position) VALUES (:name, :slug, 0)"),
                    {"name": f"Desk {n}", "slug": f"desk-{n}"},
                )
        notifications = list(raw.notifies(timeout=1.0))
    finally:
        raw.close()
    payloads = [n.payload for n in notifications]
    # The first ones name their rows, the rest fold into one summary.
    assert len(payloads) <= 60
    assert payloads[-1] == '{"t":"sections","id":null,"op":"I"}'


@pytest.mark.postgres
def test_the_listener_reconnects_and_catches_up(
    postgres_url: str, two_sessions: tuple[Newsroom, Newsroom]
) -> None:
    here, there = two_sessions
    direct = make_url(postgres_url)
    proxy = TcpProxy(direct.host or "127.0.0.1", direct.port or 5432)
    parameters = {**connection_parameters(here.database), "port": proxy.port}
    received = Received()
    listener = ChangeListener(
        lambda: psycopg.connect(**parameters, autocommit=True),
        received.changes,
        received.status,
        open_article=lambda: 4,
        reconnect_delays=(0.2,),
    )
    listener.start()
    try:
        assert received.next_status() == (True, "")
        proxy.cut()
        connected, problem = received.next_status()
        assert not connected and problem
        story = there.articles.list_ids()[0]
        there.articles.trash([story])  # said while nobody listened
        proxy.restore()
        assert received.next_status() == (True, "")
        # What was missed comes as "read everything again", the open story included.
        got = received.until(lambda c: c.article_list and c.comments and 4 in c.articles, 5.0)
        assert got.sections
        created = there.articles.create(ArticleEdit(headline="After the cut"))
        received.until(lambda c: created.id in c.articles)
    finally:
        listener.shutdown()
        proxy.close()


@pytest.mark.postgres
def test_shutdown_stops_the_thread_quickly(two_sessions: tuple[Newsroom, Newsroom]) -> None:
    here, _there = two_sessions
    received = Received()
    listener = ChangeListener.for_database(here.database, received.changes, received.status)
    listener.start()
    assert received.next_status() == (True, "")
    started = time.monotonic()
    listener.shutdown()
    assert time.monotonic() - started < 1.0
    assert not any(t.name == "newsdesk-live" and t.is_alive() for t in threading.enumerate())


# ---- SQLite ----------------------------------------------------------------------------


@pytest.fixture
def two_on_one_file(sqlite_url: str) -> Iterator[tuple[Newsroom, Newsroom]]:
    here = open_newsroom(sqlite_url)
    load_demo(here)
    there = open_newsroom(sqlite_url)
    yield here, there
    there.close()
    here.close()


def test_the_poller_sees_another_connection_write(
    two_on_one_file: tuple[Newsroom, Newsroom],
) -> None:
    here, there = two_on_one_file
    received = Received()
    poller = watcher_for(here.database, received.changes, open_article=lambda: 3)
    assert isinstance(poller, DataVersionPoller)
    poller.start()
    try:
        time.sleep(0.5)
        assert received.drain(0.1) == []  # nothing happened, nothing said
        story = there.articles.get(3)
        there.articles.save(3, replace(ArticleEdit.of(story), body="New text."), story.version)
        got = received.until(lambda c: c.article_list)
        assert got == Changes(
            articles=frozenset({3}),
            article_list=True,
            sections=True,
            comments=True,
            wires=True,
        )
        there.sections.create("Late desk")
        received.until(lambda c: c.sections)
    finally:
        poller.shutdown()


def test_no_poller_for_a_database_in_memory() -> None:
    newsroom = open_newsroom("sqlite:///:memory:")
    try:
        assert watcher_for(newsroom.database, lambda _c: None) is None
    finally:
        newsroom.close()
