"""Offline sync on newsroom-sized data: take 10,000 stories offline, sync small changes,
sync with nothing to do; and what the change-log triggers cost a bulk moderation.

    NEWSDESK_BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres \
        .venv/bin/python benchmarks/bench_sync.py [--stories 10000] [--runs 5]

The newsroom is a fresh PostgreSQL database filled by `generate_newsroom.generate`; the
laptops are SQLite files in a temporary folder. Prints medians.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from importlib.util import find_spec
from pathlib import Path

if find_spec("newsdesk") is None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg
from sqlalchemy import event, insert, select, text, update
from sqlalchemy.engine import make_url

from generate_newsroom import generate
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.articles import ArticleQuery
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.sync import sync, take_offline
from newsdesk.storage import orm


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


class StatementCounter:
    """Counts the SQL statements sent on some engines (both sides of a sync)."""

    def __init__(self, *newsrooms: Newsroom) -> None:
        self.count = 0
        for newsroom in newsrooms:
            event.listen(newsroom.database.engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args: object) -> None:
        self.count += 1

    def during(self, action: Callable[[], object]) -> tuple[float, int]:
        """Seconds taken and statements sent by `action`."""
        before = self.count
        seconds = _timed(action)
        return seconds, self.count - before


def _edit(newsroom: Newsroom, article_id: int, line: str) -> None:
    article = newsroom.articles.get(article_id)
    edit = replace(ArticleEdit.of(article), body=f"{article.body}\n\n{line}")
    newsroom.articles.save(article_id, edit, article.version, "benchmark edit")


def _comment_trigger_cost(newsroom: Newsroom, count: int, trigger_names: Sequence[str]) -> None:
    """Bulk approve of `count` pending comments, with and without the change-log trigger."""
    database = newsroom.database
    with database.transaction() as session:
        article_id = session.scalar(select(orm.Article.id).limit(1))
        now = datetime.now(UTC)
        session.execute(
            insert(orm.Comment),
            [
                {
                    "uuid": str(uuid.uuid4()),
                    "article_id": article_id,
                    "author_name": "Reader",
                    "author_email": "reader@example.org",
                    "body": f"Bench comment {n}",
                    "status": CommentStatus.PENDING.value,
                    "submitted_at": now,
                }
                for n in range(count)
            ],
        )
        ids = list(
            session.scalars(select(orm.Comment.id).where(orm.Comment.body.like("Bench comment %")))
        )

    def reset() -> None:
        with database.transaction() as session:
            session.execute(
                update(orm.Comment)
                .where(orm.Comment.id.in_(ids))
                .values(status=CommentStatus.PENDING.value)
            )

    def toggle(enable: bool) -> None:
        with database.transaction() as session:
            for name in trigger_names:
                if database.is_sqlite:
                    continue
                verb = "ENABLE" if enable else "DISABLE"
                session.execute(text(f"ALTER TABLE comments {verb} TRIGGER {name}"))

    results = {}
    for label, enabled in (("with change log", True), ("without change log", False)):
        toggle(enabled)
        times = []
        for _ in range(3):
            reset()
            times.append(
                _timed(lambda: newsroom.moderation.moderate(ids, ModerationAction.APPROVE))
            )
        results[label] = statistics.median(times)
        toggle(True)
    for label, seconds in results.items():
        print(f"  bulk approve {count:,} comments ({label}): {seconds * 1000:8.0f} ms")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--offline-runs", type=int, default=3)
    args = parser.parse_args(argv)
    admin = os.environ.get("NEWSDESK_BENCH_POSTGRES_URL") or os.environ.get(
        "NEWSDESK_TEST_POSTGRES_URL"
    )
    if not admin:
        print(
            "Set NEWSDESK_BENCH_POSTGRES_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres)"
        )
        return 2
    admin_url = make_url(admin).set(drivername="postgresql")
    name = f"newsdesk_bench_sync_{uuid.uuid4().hex[:8]}"
    plain = admin_url.render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-bench-sync-"))
    server: Newsroom | None = None
    try:
        generate(url, args.stories, 0, seed=1)
        server = open_newsroom(url)
        ids = server.articles.list_ids() + server.articles.list_ids(ArticleQuery(trashed=True))
        print(f"Newsroom: {server.database.description}, {len(ids):,} stories")

        laptop: Newsroom | None = None
        offline_times = []
        for run in range(args.offline_runs):
            if laptop is not None:
                laptop.close()
            laptop = open_newsroom(f"sqlite:///{folder}/laptop-{run}.sqlite")
            target = laptop
            offline_times.append(_timed(lambda: take_offline(server, target, ids)))  # noqa: B023
        assert laptop is not None
        print(
            f"take {len(ids):,} stories offline: median {statistics.median(offline_times):.1f} s "
            f"(runs: {', '.join(f'{t:.1f}' for t in offline_times)}; target < 30 s)"
        )

        rng = random.Random(7)
        with laptop.database.transaction() as session:
            local_ids = dict(session.execute(select(orm.Article.uuid, orm.Article.id)).all())
        live = server.articles.list_ids()
        with server.database.transaction() as session:
            uuids = dict(session.execute(select(orm.Article.id, orm.Article.uuid)).all())
        sync(server, laptop)  # settle the watermarks once
        counter = StatementCounter(server, laptop)

        def changed_on_each_side(count: int, run: int) -> tuple[float, int]:
            chosen = rng.sample(live, 2 * count)
            for n, article_id in enumerate(chosen):
                if n < count:
                    _edit(server, article_id, f"Newsroom line {run}.{n}.")
                else:
                    _edit(laptop, local_ids[uuids[article_id]], f"Laptop line {run}.{n}.")
            return counter.during(lambda: sync(server, laptop))  # type: ignore[arg-type]

        small: list[tuple[float, int]] = []
        idle: list[tuple[float, int]] = []
        for run in range(args.runs):
            small.append(changed_on_each_side(10, run))
            idle.append(counter.during(lambda: sync(server, laptop)))  # type: ignore[arg-type]
        print(
            "sync, 10 stories changed on each side: "
            f"median {statistics.median(t for t, _n in small) * 1000:.0f} ms, "
            f"{statistics.median(n for _t, n in small):.0f} SQL statements (target < 1000 ms)"
        )
        idle_ms = statistics.median(t for t, _n in idle) * 1000
        print(
            f"sync with nothing to do: median {idle_ms:.0f} ms, "
            f"{statistics.median(n for _t, n in idle):.0f} SQL statements (target < 200 ms)"
        )
        seconds, statements = changed_on_each_side(100, args.runs)
        print(
            f"sync, 100 stories changed on each side: {seconds * 1000:.0f} ms, "
            f"{statements} SQL statements (one run; no target)"
        )
        print("Change-log trigger cost:")
        _comment_trigger_cost(server, 10_000, ("change_log_comments_update",))
        laptop.close()
    finally:
        if server is not None:
            server.close()
        shutil.rmtree(folder, ignore_errors=True)
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
