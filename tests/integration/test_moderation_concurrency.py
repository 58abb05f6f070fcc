"""Moderators acting at once on a shared PostgreSQL newsroom: no deadlock, exact counts,
and a log that holds only the moves that were made."""

from __future__ import annotations

import random
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import psycopg
import pytest
from sqlalchemy import func, insert, select
from tests.shared_fixtures import find_shared_fixtures

from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.comments import CommentQuery
from newsdesk.services.demo import load_demo
from newsdesk.services.interchange.wxr_import import import_wxr
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.storage import orm
from newsdesk.storage.orm_moderation import CommentCountDelta, ModerationLogEntry

pytestmark = pytest.mark.postgres

P, A = CommentStatus.PENDING, CommentStatus.APPROVED
WXR_WITH_COMMENTS = "wxr/phpunit/data/theme-unit-test-data.xml"
STATE_ACTIONS = (
    ModerationAction.APPROVE,
    ModerationAction.UNAPPROVE,
    ModerationAction.SPAM,
    ModerationAction.NOT_SPAM,
    ModerationAction.TRASH,
    ModerationAction.RESTORE,
)


@pytest.fixture
def shared(postgres_url: str) -> Iterator[Newsroom]:
    newsroom = open_newsroom(postgres_url)
    load_demo(newsroom)
    yield newsroom
    newsroom.close()


def add_pending_comments(newsroom: Newsroom, per_story: int) -> list[int]:
    """`per_story` pending comments on every story of the newsroom; their ids."""
    start = datetime.now(UTC) - timedelta(days=1)
    with newsroom.database.transaction() as session:
        stories = list(session.scalars(select(orm.Article.id).order_by(orm.Article.id)))
        rows: list[dict[str, object]] = [
            {
                "uuid": orm.new_uuid(),
                "article_id": story,
                "author_name": f"Reader {story}-{number}",
                "author_email": f"reader{number}@example.org",
                "author_url": "",
                "body": f"Comment {number} on story {story}",
                "status": P.value,
                "submitted_at": start + timedelta(seconds=number),
                "ip": "",
                "spam_score": 0.0,
                "reasons": [],
            }
            for story in stories
            for number in range(per_story)
        ]
        session.execute(insert(orm.Comment), rows)
        marker = "Comment % on story %"
        return list(session.scalars(select(orm.Comment.id).where(orm.Comment.body.like(marker))))


def assert_counts_exact(newsroom: Newsroom) -> None:
    """The kept counts equal COUNT(*) over the comments, overall and for every story."""
    assert newsroom.comments.counts() == newsroom.comments.recount()
    with newsroom.database.transaction() as session:
        per_story = session.execute(
            select(orm.Comment.article_id, orm.Comment.status, func.count()).group_by(
                orm.Comment.article_id, orm.Comment.status
            )
        ).all()
    expected: dict[int, dict[CommentStatus, int]] = defaultdict(
        lambda: dict.fromkeys(CommentStatus, 0)
    )
    for article_id, status, count in per_story:
        expected[article_id][CommentStatus(status)] = count
    for article_id, counts in expected.items():
        assert newsroom.comments.counts(article_id) == counts, article_id


def moves_by_comment(newsroom: Newsroom) -> dict[int, list[tuple[str | None, str | None]]]:
    with newsroom.database.transaction() as session:
        rows = session.execute(
            select(
                ModerationLogEntry.comment_id,
                ModerationLogEntry.from_status,
                ModerationLogEntry.to_status,
            ).order_by(ModerationLogEntry.id)
        ).all()
    moves: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
    for comment_id, source, target in rows:
        moves[comment_id].append((source, target))
    return moves


def test_moderators_at_once_on_overlapping_comments_never_deadlock_and_counts_stay_exact(
    shared: Newsroom, postgres_url: str
) -> None:
    ids = add_pending_comments(shared, per_story=40)
    assert len({c.article_id for c in shared.comments.list_comments(CommentQuery())}) > 10
    moderators = [open_newsroom(postgres_url) for _ in range(4)]
    start = threading.Barrier(len(moderators))
    failures: list[BaseException] = []
    acted = [0] * len(moderators)

    def work(number: int, newsroom: Newsroom) -> None:
        rng = random.Random(number)
        start.wait()
        for _ in range(40):
            # Selections across many stories, in no particular order, overlapping others'.
            selection = rng.sample(ids, rng.randint(1, 60))
            try:
                newsroom.moderation.moderate(selection, rng.choice(STATE_ACTIONS))
                acted[number] += 1
            except BaseException as error:  # every failure is the finding
                failures.append(error)

    threads = [
        threading.Thread(target=work, args=(number, newsroom))
        for number, newsroom in enumerate(moderators)
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    finally:
        for newsroom in moderators:
            newsroom.close()
    assert not any(thread.is_alive() for thread in threads)
    assert failures == []
    assert acted == [40] * len(moderators)
    assert_counts_exact(shared)

    # Each comment's log is one unbroken chain of moves from pending to where it is now:
    # a move logged but not made would break it.
    now = {c.id: c.status.value for c in shared.comments.list_comments(CommentQuery(status=None))}
    for comment_id, chain in moves_by_comment(shared).items():
        assert chain[0][0] == P.value, comment_id
        assert all(a[1] == b[0] for a, b in pairwise(chain)), comment_id
        assert chain[-1][1] == now[comment_id], comment_id


def test_deltas_are_folded_in_by_the_next_moderation(shared: Newsroom) -> None:
    ids = add_pending_comments(shared, per_story=3)
    with shared.database.transaction() as session:
        assert (session.scalar(select(func.count()).select_from(CommentCountDelta)) or 0) > 0
    shared.moderation.moderate(ids[:5], ModerationAction.APPROVE)
    with shared.database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(CommentCountDelta)) == 0
    assert_counts_exact(shared)


def _deltas(newsroom: Newsroom) -> int:
    with newsroom.database.transaction() as session:
        return session.scalar(select(func.count()).select_from(CommentCountDelta)) or 0


def test_other_writers_of_comments_fold_their_deltas_in(shared: Newsroom) -> None:
    """The demo, a WordPress import and a story deleted for good leave no deltas behind:
    a backlog of them would make every read of the counts add them up (a million rows
    after a large import: 80 ms on each queue refresh)."""
    assert _deltas(shared) == 0  # the demo
    import_wxr(shared.database, shared.user, find_shared_fixtures() / WXR_WITH_COMMENTS)
    assert shared.comments.counts()[A] > 0
    assert _deltas(shared) == 0
    assert_counts_exact(shared)
    story = shared.comments.list_comments(CommentQuery(status=None))[0].article_id
    shared.articles.trash([story])
    shared.articles.delete_permanently([story])
    assert _deltas(shared) == 0
    assert_counts_exact(shared)


def _wait_until_blocked(url: str, seconds: float = 20) -> None:
    """Until some session of the newsroom waits for a row lock."""
    deadline = time.monotonic() + seconds
    with psycopg.connect(url, autocommit=True) as watcher:
        while time.monotonic() < deadline:
            waiting = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ).fetchone()
            if waiting and waiting[0]:
                return
            time.sleep(0.02)
    raise AssertionError("the moderation never waited for the other session's lock")


def test_a_comment_approved_elsewhere_meanwhile_is_skipped_and_not_logged(
    shared: Newsroom, postgres_url: str
) -> None:
    comment = add_pending_comments(shared, per_story=1)[0]
    outcome: list[object] = []
    with psycopg.connect(postgres_url) as elsewhere:
        # Another moderator's transaction approves it and has not committed yet.
        elsewhere.execute(
            "UPDATE comments SET status = 'approved', previous_status = 'pending' WHERE id = %s",
            (comment,),
        )
        thread = threading.Thread(
            target=lambda: outcome.append(
                shared.moderation.moderate([comment], ModerationAction.APPROVE)
            )
        )
        thread.start()
        _wait_until_blocked(postgres_url)
        elsewhere.commit()
    thread.join(timeout=30)
    (result,) = outcome
    assert (result.count, result.skipped) == (0, 1)  # type: ignore[attr-defined]
    assert shared.moderation.history(comment) == []
    assert shared.comments.get(comment).status is A
    assert_counts_exact(shared)
