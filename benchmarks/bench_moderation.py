"""Comment moderation at newsroom scale: the queue, filters, actions, bulk and intake.

    python benchmarks/bench_moderation.py [--database URL] [--runs 5]

Without --database it uses benchmarks/out/newsroom-100k.sqlite (100,000 stories and
1,000,000 comments), generating it first when missing. It times the services as the
queue calls them (see ui/panels/comments/panel.py `load_queue`):

- queue opens: the first page of pending comments, the counts per state, the count shown;
- switching state and filtering (text, author, story, date): the same call, other query;
- next comment after an action: approve one, then read the next page from that point
  and the whole next comment with its thread;
- bulk-approving 10,000 selected comments (then undone, to leave the data as it was);
- ingesting 100,000 comments through every intake rule (then deleted again).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from importlib.util import find_spec
from pathlib import Path
from typing import Any

if find_spec("newsdesk") is None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import delete, select

from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.domain.intake import Submission
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.comments import CommentQuery
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.storage import orm
from newsdesk.ui.panels.comments.panel import PAGE, load_queue

DEFAULT = Path(__file__).parent / "out" / "newsroom-100k.sqlite"
BENCH_DOMAIN = "bench.invalid"


def timed(function: Callable[[], Any], runs: int) -> tuple[float, Any]:
    function()  # warm-up
    times = []
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def report(name: str, ms: float, budget: float, detail: str = "") -> None:
    verdict = "ok" if ms <= budget else "SLOW"
    print(f"{name:48} {ms:10.1f} ms   budget {budget:>6.0f} ms {verdict}  {detail}")


def reads(newsroom: Newsroom, runs: int) -> None:
    comments = newsroom.comments
    sample = comments.page(CommentQuery(status=CommentStatus.APPROVED), limit=50)
    word = max(sample[7].excerpt.split(), key=len).strip(".,!?\"'")
    author = sample[3].author_name.split()[0]
    busiest = sample[0].article_id
    week = datetime.now(UTC) - timedelta(days=7)
    cases: list[tuple[str, CommentQuery, float]] = [
        ("queue opens (pending)", CommentQuery(), 300),
        ("switch to approved", CommentQuery(status=CommentStatus.APPROVED), 200),
        ("switch to spam", CommentQuery(status=CommentStatus.SPAM), 200),
        ("switch to trash", CommentQuery(status=CommentStatus.TRASH), 200),
        ("switch to all", CommentQuery(status=None), 200),
        ("oldest first (pending)", CommentQuery(newest_first=False), 200),
        (f"filter text {word!r} (all)", CommentQuery(status=None, text=word), 200),
        (f"filter text {word!r} (pending)", CommentQuery(text=word), 200),
        ("filter text 'the' (all)", CommentQuery(status=None, text="the"), 200),
        ("filter text 'coun' (pending), as typed", CommentQuery(text="coun"), 200),
        # Common among spam, rare among the approved: a walk of the queue finds nothing.
        (
            "filter text 'casino' (approved)",
            CommentQuery(status=CommentStatus.APPROVED, text="casino"),
            200,
        ),
        # Common overall, rare among spam: the slowest kind of word filter.
        (
            "filter text 'council' (spam)",
            CommentQuery(status=CommentStatus.SPAM, text="council"),
            200,
        ),
        (f"filter author {author!r} (all)", CommentQuery(status=None, author=author), 200),
        ("filter one story (all)", CommentQuery(status=None, article_id=busiest), 200),
        ("filter last 7 days (pending)", CommentQuery(since=week), 200),
    ]
    for name, query, budget in cases:
        ms, (rows, _counts, (count, exact)) = timed(partial(load_queue, comments, query), runs)
        shown = f"{count:,}{'' if exact else '+'} match, {len(rows)} rows"
        report(name, ms, budget, shown)
    ms, _ = timed(lambda: comments.page(CommentQuery(status=None), after=(week, 0)), runs)
    report("next page (200 rows, by key)", ms, 50)


def next_after_action(newsroom: Newsroom, runs: int) -> None:
    query = CommentQuery()
    times = []
    for _ in range(runs):
        first = newsroom.comments.page(query, limit=2)
        started = time.perf_counter()
        newsroom.moderation.moderate([first[0].id], ModerationAction.APPROVE)
        following = newsroom.comments.page(
            query, after=(first[0].submitted_at, first[0].id), limit=PAGE
        )
        newsroom.comments.thread(following[0].id)
        newsroom.moderation.history(following[0].id)
        times.append((time.perf_counter() - started) * 1000)
        newsroom.moderation.undo()
    report("approve one, then the next comment shown", statistics.median(times), 50)


def bulk(newsroom: Newsroom) -> None:
    rows = newsroom.comments.page(CommentQuery(), limit=10_000)
    ids = [row.id for row in rows]
    before = newsroom.comments.counts()
    started = time.perf_counter()
    result = newsroom.moderation.moderate(ids, ModerationAction.APPROVE)
    ms = (time.perf_counter() - started) * 1000
    report(f"bulk-approve {len(ids):,} selected", ms, 2000, f"{result.count:,} moved")
    started = time.perf_counter()
    newsroom.moderation.undo()
    ms = (time.perf_counter() - started) * 1000
    report(f"undo the bulk approval of {len(ids):,}", ms, 2000)
    assert newsroom.comments.counts() == before, "counts drifted"


def ingest(newsroom: Newsroom, count: int) -> None:
    rng = random.Random(5)
    with newsroom.database.transaction() as session:
        articles = list(
            session.scalars(
                select(orm.Article.slug)
                .where(orm.Article.status == ArticleStatus.PUBLISHED.value)
                .where(orm.Article.trashed_at.is_(None))
                .limit(20_000)
            )
        )
        known = list(session.scalars(select(orm.Comment.author_email).distinct().limit(5_000)))
    start = datetime.now(UTC)
    words = ["good", "point", "thanks", "story", "council", "rates", "school", "bus", "fair"]
    extras = ["casino", "loan", "https://example.org/a", "https://example.org/b"]
    submissions = []
    for number in range(count):
        email = rng.choice(known) if rng.random() < 0.3 else f"reader{number}@{BENCH_DOMAIN}"
        body = " ".join(rng.choice(words) for _ in range(rng.randint(5, 60)))
        if rng.random() < 0.1:  # some spam words and links, as real intake sees
            body += " " + " ".join(rng.sample(extras, rng.randint(1, 2)))
        submissions.append(
            (
                number + 1,
                Submission(
                    article=rng.choice(articles),
                    name=f"Bench Reader {number}",
                    email=email,
                    body=f"{body} #{number}",
                    submitted_at=start + timedelta(seconds=number * 0.5),
                    ip=f"198.51.100.{rng.randint(1, 254)}" if rng.random() < 0.5 else "",
                    website="",
                ),
            )
        )
    started = time.perf_counter()
    result = newsroom.intake.ingest(submissions)
    seconds = time.perf_counter() - started
    taken = ", ".join(f"{result.taken[s]:,} {s.value}" for s in CommentStatus)
    report(
        f"ingest {count:,} comments",
        seconds * 1000,
        60_000,
        f"{taken}; {len(result.refused):,} refused",
    )
    with newsroom.database.transaction() as session:  # leave the data as it was
        session.execute(
            delete(orm.Comment).where(
                orm.Comment.author_name.like("Bench Reader %"),
                orm.Comment.submitted_at >= start,
            )
        )
    assert newsroom.comments.counts() == newsroom.comments.recount(), "counts drifted"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", default=f"sqlite:///{DEFAULT}")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ingest", type=int, default=100_000)
    args = parser.parse_args(argv)
    if args.database == f"sqlite:///{DEFAULT}" and not DEFAULT.exists():
        from generate_newsroom import generate

        DEFAULT.parent.mkdir(parents=True, exist_ok=True)
        generate(args.database, articles=100_000, comments=1_000_000)
    started = time.perf_counter()
    newsroom = open_newsroom(args.database)
    opened = (time.perf_counter() - started) * 1000
    try:
        total = sum(newsroom.comments.counts().values())
        print(f"{newsroom.database.description}: {total:,} comments; median of {args.runs} runs")
        print("load average before: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
        print(f"{'open (and migrate if needed)':48} {opened:10.1f} ms")
        reads(newsroom, args.runs)
        next_after_action(newsroom, args.runs)
        bulk(newsroom)
        if args.ingest:
            ingest(newsroom, args.ingest)
    finally:
        newsroom.close()
    print("load average after: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
