"""The planning desk at a month's scale: a day's budget, and filtering a month of them.

    python benchmarks/bench_planning.py [--postgres-admin URL] [--days 30] [--per-day 500]

Builds a fresh newsroom (a SQLite file; and with --postgres-admin, a PostgreSQL database
made and dropped again) holding `days` budgets of `per-day` plan items, each with its
linked story (about 400 words) and a writer among 50 people. Then times, as the Budget
panel calls them:

- the day's budget (500 items with their stories' states and words): target < 200 ms;
- the Budget panel's own read (`budget_page`: every id, the first screenful built, the
  words planned summed in SQL; the rest is read as the table scrolls);
- filters over the whole month (15,000 items): by section, by assignee, by status, and
  a section on one day: target < 100 ms each. Each is timed four ways: the filter alone
  (the ids), the ids with a screenful of items, every item on a first read (no word
  counts kept: a fresh window) and every item read again (words of unchanged stories
  kept by version);
- the baseline, measured in the same run on the same database: the story list reading
  500 of its rows (`ArticleService.rows`), so figures from a loaded machine compare.

The typing side of "planned vs actual stays live" is not timed here: the panel follows
the editor's own count without a query (tests/ui/test_budget_view.py holds to that).
Prints figures, the load average and ratios; asserts nothing. Run on a shared machine,
figures are noisy: read the load average beside them.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from importlib.util import find_spec
from pathlib import Path
from typing import Any

if find_spec("newsdesk") is None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import psycopg
from sqlalchemy import insert, select
from sqlalchemy.engine import make_url

from newsdesk.domain.enums import Role
from newsdesk.domain.planning import AssignmentRole, PlanItem, PlanStatus
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.planning import WORD_COUNTS, PlanQuery
from newsdesk.storage import orm
from newsdesk.storage.orm_planning import PlanAssignment, PlanItemRow

FIRST_DAY = date(2026, 11, 1)
WORDS = (
    "council", "minister", "talks", "accord", "river", "budget", "market", "police",
    "storm", "school", "hospital", "election", "court", "report", "city", "village",
    "harvest", "energy", "train", "bridge", "festival",
)  # fmt: skip
PEOPLE = 50
SCREENFUL = 100
"""Rows a view shows at once (and reads first, as the story list does)."""
SECTIONS = ("World", "Politics", "Business", "Sport", "Culture", "City", "Science", "Health")


def timed(function: Callable[[], Any], runs: int) -> tuple[float, Any]:
    function()  # warm-up
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def fill(newsroom: Newsroom, days: int, per_day: int) -> tuple[list[int], list[int]]:
    """`days` budgets of `per_day` items, each with its story; (section ids, people)."""
    rng = random.Random(18)
    sections = [newsroom.sections.create(name).id for name in SECTIONS]
    people = [
        newsroom.users.ensure(f"writer{n}", f"Writer {n}", frozenset({Role.DESK})).id
        for n in range(PEOPLE)
    ]
    statuses = ("draft", "submitted", "editing", "ready", "published")
    now = datetime.now(UTC)
    for day in range(days):
        edition = FIRST_DAY + timedelta(days=day)
        stories, items = [], []
        for n in range(per_day):
            slug = f"d{day}-story-{n}"
            body = " ".join(rng.choice(WORDS) for _ in range(400))
            stories.append(
                {
                    "uuid": str(uuid.uuid4()),
                    "slug": slug,
                    "headline": slug.replace("-", " "),
                    "standfirst": "",
                    "body": body,
                    "dateline": "",
                    "byline": "",
                    "credit": "",
                    "section_id": sections[n % len(sections)],
                    "language": "en",
                    "status": statuses[n % len(statuses)],
                    "correction_note": "",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        with newsroom.database.transaction() as session:
            session.execute(insert(orm.Article), stories)
            ids = dict(
                session.execute(
                    select(orm.Article.slug, orm.Article.id).where(
                        orm.Article.slug.like(f"d{day}-story-%")
                    )
                ).all()
            )
            for n in range(per_day):
                items.append(
                    {
                        "uuid": str(uuid.uuid4()),
                        "edition": edition,
                        "section_id": sections[n % len(sections)],
                        "slug": f"Plan {day}/{n}",
                        "pitch": "A paragraph saying what the story is.",
                        "words_planned": 400 + 100 * (n % 5),
                        "due_at": datetime.combine(edition, datetime.min.time(), UTC)
                        + timedelta(hours=9 + n % 10),
                        "priority": n % 3,
                        "status": PlanStatus.IN_PROGRESS.value,
                        "notes": "",
                        "article_id": ids[f"d{day}-story-{n}"],
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                    }
                )
            session.execute(insert(PlanItemRow), items)
            item_ids = list(
                session.scalars(select(PlanItemRow.id).where(PlanItemRow.edition == edition))
            )
            session.execute(
                insert(PlanAssignment),
                [
                    {
                        "plan_item_id": item_id,
                        "user_id": people[rng.randrange(PEOPLE)],
                        "role": AssignmentRole.WRITER.value,
                    }
                    for item_id in item_ids
                ],
            )
    return sections, people


def measure(name: str, newsroom: Newsroom, days: int, per_day: int, runs: int) -> None:
    started = time.perf_counter()
    sections, people = fill(newsroom, days, per_day)
    print(
        f"[{name}] {days * per_day:,} plan items and stories made in "
        f"{time.perf_counter() - started:.1f} s"
    )
    story_ids = newsroom.articles.list_ids()[:per_day]
    baseline, _ = timed(lambda: newsroom.articles.rows(story_ids), runs)
    print(f"[{name}] {'baseline: 500 rows of the story list':70} {baseline:8.1f} ms")
    middle = FIRST_DAY + timedelta(days=days // 2)
    planning = newsroom.planning
    cases: list[tuple[str, PlanQuery, float]] = [
        (f"the day's budget ({per_day} items)", PlanQuery(edition=middle), 200),
        ("a month, one section", PlanQuery(section_id=sections[2]), 100),
        ("a month, one assignee", PlanQuery(assignee_id=people[7]), 100),
        ("a month, one status (filed)", PlanQuery(status=PlanStatus.FILED), 100),
        ("one day, one section", PlanQuery(edition=middle, section_id=sections[0]), 100),
    ]
    for label, query, target in cases:

        def cold(q: PlanQuery = query) -> list[PlanItem]:
            WORD_COUNTS.forget()  # as a fresh window: every story's words counted
            return planning.budget(q)

        def warm(q: PlanQuery = query) -> list[PlanItem]:
            return planning.budget(q)  # read again: only changed stories counted

        def screenful(q: PlanQuery = query) -> list[PlanItem]:
            WORD_COUNTS.forget()
            return planning.items(planning.budget_ids(q)[:SCREENFUL])

        def filtered(q: PlanQuery = query) -> list[int]:
            return planning.budget_ids(q)

        def page(q: PlanQuery = query) -> list[PlanItem]:
            WORD_COUNTS.forget()  # the Budget panel's read: ids, a screenful, words planned
            return planning.budget_page(q, SCREENFUL).items

        for kind, function in (
            ("the filter (ids only)", filtered),
            (f"the panel's read (budget_page: ids + {SCREENFUL} items)", page),
            (f"ids + first {SCREENFUL} items, first read", screenful),
            ("all items, first read", cold),
            ("all items, read again", warm),
        ):
            ms, items = timed(function, runs)
            verdict = "ok" if ms < target else "MISSED"
            print(
                f"[{name}] {label + ': ' + kind:70} {ms:8.1f} ms  {len(items):6,} rows  "
                f"target < {target:.0f} ms: {verdict}  ({ms / baseline:.1f}× baseline)"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres-admin", help="postgresql://USER@HOST:PORT/postgres")
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--per-day", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print("load average before: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    with tempfile.TemporaryDirectory() as folder:
        newsroom = open_newsroom(f"sqlite:///{Path(folder) / 'planning.sqlite'}")
        try:
            measure("SQLite", newsroom, args.days, args.per_day, args.runs)
        finally:
            newsroom.close()
    if args.postgres_admin:
        admin = make_url(args.postgres_admin)
        name = f"newsdesk_bench_planning_{uuid.uuid4().hex[:8]}"
        plain = admin.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        try:
            url = admin.set(database=name).render_as_string(hide_password=False)
            newsroom = open_newsroom(url)
            try:
                measure("PostgreSQL", newsroom, args.days, args.per_day, args.runs)
            finally:
                newsroom.close()
        finally:
            with psycopg.connect(plain, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print("load average after: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
