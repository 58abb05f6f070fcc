"""How fast the article list, search and comment queue answer on a large newsroom.

    python benchmarks/bench_storage.py [--database URL] [--runs 7] [--explain]

Without --database, a 100,000-story, 1,000,000-comment SQLite newsroom is generated once at
benchmarks/out/newsroom-100k.sqlite and reused. A PostgreSQL URL whose database does not
exist yet is created (the server must be reachable with the URL's credentials), and an
empty database is filled by `generate_newsroom.generate` first.

Each benchmark calls the application's own service once to warm up, then `--runs` more
times, timed with time.perf_counter; the table shows the median (and the fastest and
slowest run), the number of rows it returned and whether it stays within its budget.
--explain prints the query plan of every SQL statement a benchmark ran.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

if find_spec("newsdesk") is None:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import URL, make_url

from generate_newsroom import generate
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.services.articles import ArticleQuery
from newsdesk.services.comments import CommentQuery
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.storage import orm

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_DATABASE = OUT / "newsroom-100k.sqlite"
DEFAULT_ARTICLES = 100_000
DEFAULT_COMMENTS = 1_000_000

# What the UI can afford before typing or scrolling feels sticky.
LIST_BUDGET_MS = 150.0
SEARCH_BUDGET_MS = 100.0
SMALL_BUDGET_MS = 50.0

# Words the generator's grammar makes common, rare (a few dozen stories) or both-prefixed.
COMMON_WORD = "council"
RARE_WORD = "theremin"
PREFIX_QUERY = "transport minis"
TYPED_LETTER = "c"


@dataclass
class Case:
    name: str
    run: Callable[[], Any]
    budget_ms: float | None
    timings: list[float] = field(default_factory=list)
    rows: int = 0
    statements: list[tuple[str, Any]] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.timings) * 1000


def _size(result: Any) -> int:
    if isinstance(result, dict) and all(isinstance(v, int) for v in result.values()):
        return sum(result.values())  # counts(): the comments counted
    return len(result)


# ---- getting a database ------------------------------------------------------------------


def ensure_postgres_database(url: URL) -> None:
    """CREATE DATABASE for `url` unless the server already has it."""
    admin = url.set(drivername="postgresql+psycopg", database="postgres")
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            found = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}
            )
            if not found:
                quoted = connection.dialect.identifier_preparer.quote(url.database or "")
                connection.exec_driver_sql(f"CREATE DATABASE {quoted}")
                print(f"Created database {url.database} on {url.host}")
    finally:
        engine.dispose()


def prepare(raw_url: str | None, articles: int, comments: int, seed: int) -> str:
    """The URL to benchmark, generating its newsroom first when the database is empty."""
    if raw_url is None:
        DEFAULT_DATABASE.parent.mkdir(parents=True, exist_ok=True)
        raw_url = f"sqlite:///{DEFAULT_DATABASE}"
    url = make_url(raw_url)
    if url.get_backend_name() == "postgresql":
        ensure_postgres_database(url)
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        if not path.exists() or path.stat().st_size == 0:
            generate(raw_url, articles, comments, seed)
            return raw_url
    newsroom = open_newsroom(raw_url)
    try:
        with newsroom.database.engine.connect() as connection:
            stories = connection.scalar(select(func.count()).select_from(orm.Article))
    finally:
        newsroom.close()
    if not stories:
        generate(raw_url, articles, comments, seed)
    return raw_url


# ---- the benchmarks ----------------------------------------------------------------------


def _section_id(newsroom: Newsroom, slug: str) -> int:
    return newsroom.sections.find(slug).id


def build_cases(newsroom: Newsroom) -> list[Case]:
    articles, comments = newsroom.articles, newsroom.comments
    first_hundred = articles.list_ids()[:100]
    news = _section_id(newsroom, "news")
    science = _section_id(newsroom, "science")
    return [
        Case("list_ids() newest first", lambda: articles.list_ids(), LIST_BUDGET_MS),
        Case("rows() for the first 100 ids", lambda: articles.rows(first_hundred), SMALL_BUDGET_MS),
        Case(
            f"search common word {COMMON_WORD!r}",
            lambda: articles.list_ids(ArticleQuery(search=COMMON_WORD)),
            SEARCH_BUDGET_MS,
        ),
        Case(
            f"search rare word {RARE_WORD!r}",
            lambda: articles.list_ids(ArticleQuery(search=RARE_WORD)),
            SEARCH_BUDGET_MS,
        ),
        Case(
            f"search two prefixes {PREFIX_QUERY!r}",
            lambda: articles.list_ids(ArticleQuery(search=PREFIX_QUERY)),
            SEARCH_BUDGET_MS,
        ),
        Case(
            f"search first letter typed {TYPED_LETTER!r}",
            lambda: articles.list_ids(ArticleQuery(search=TYPED_LETTER)),
            SEARCH_BUDGET_MS,
        ),
        Case(
            "list_ids(status=published)",
            lambda: articles.list_ids(ArticleQuery(status=ArticleStatus.PUBLISHED)),
            LIST_BUDGET_MS,
        ),
        Case(
            "list_ids(status=ready)",
            lambda: articles.list_ids(ArticleQuery(status=ArticleStatus.READY)),
            LIST_BUDGET_MS,
        ),
        Case(
            "list_ids(section=News + 3 subsections)",
            lambda: articles.list_ids(ArticleQuery(section_id=news)),
            LIST_BUDGET_MS,
        ),
        Case(
            "list_ids(section=Science)",
            lambda: articles.list_ids(ArticleQuery(section_id=science)),
            LIST_BUDGET_MS,
        ),
        Case(
            "list_comments(pending, limit=200)",
            lambda: comments.list_comments(CommentQuery(status=CommentStatus.PENDING, limit=200)),
            SEARCH_BUDGET_MS,
        ),
        Case("comments counts()", lambda: comments.counts(), SEARCH_BUDGET_MS),
    ]


def measure(newsroom: Newsroom, cases: Sequence[Case], runs: int) -> None:
    engine = newsroom.database.engine
    recording: list[tuple[str, Any]] | None = None

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if recording is not None:
            recording.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        for case in cases:
            # Fresh connections for each benchmark: on PostgreSQL, psycopg prepares a
            # statement after its 5th run and the server may then switch to a generic plan,
            # which would make one benchmark's figure depend on those that ran before it.
            engine.dispose()
            recording = case.statements
            case.rows = _size(case.run())  # warm-up, and the SQL it runs
            recording = None
            for _ in range(runs):
                started = time.perf_counter()
                case.run()
                case.timings.append(time.perf_counter() - started)
            print(f"  {case.name}: {case.median_ms:.1f} ms", file=sys.stderr, flush=True)
    finally:
        event.remove(engine, "before_cursor_execute", record)


def explain(newsroom: Newsroom, cases: Sequence[Case]) -> None:
    database = newsroom.database
    prefix = "EXPLAIN QUERY PLAN " if database.is_sqlite else "EXPLAIN (ANALYZE, BUFFERS) "
    for case in cases:
        print(f"\n=== {case.name}")
        for statement, parameters in case.statements:
            if statement.lstrip().upper().startswith(("PRAGMA", "SHOW", "SELECT PG_")):
                continue
            print("  " + " ".join(statement.split()))
            with database.engine.connect() as connection:
                plan = connection.exec_driver_sql(prefix + statement, parameters).all()
            depth: dict[int, int] = {0: 0}
            for row in plan:
                if database.is_sqlite:  # (id, parent id, unused, detail)
                    depth[row[0]] = depth.get(row[1], 0) + 1
                    print("  " * (depth[row[0]] + 1) + row[3])
                else:
                    print(f"    {row[0]}")


def report(newsroom: Newsroom, cases: Sequence[Case], runs: int) -> None:
    database = newsroom.database
    with database.engine.connect() as connection:
        stories = connection.scalar(select(func.count()).select_from(orm.Article))
        comment_count = connection.scalar(select(func.count()).select_from(orm.Comment))
        version = connection.scalar(
            text("SELECT sqlite_version()" if database.is_sqlite else "SHOW server_version")
        )
    engine_name = "SQLite" if database.is_sqlite else "PostgreSQL"
    print(
        f"\n{database.description} ({engine_name} {version}): {stories:,} stories, "
        f"{comment_count:,} comments; median of {runs} runs after one warm-up\n"
    )
    width = max(len(case.name) for case in cases)
    header = f"{'benchmark':<{width}}  {'rows':>9}  {'median':>9}  {'min':>9}  {'max':>9}  budget"
    print(header)
    print("-" * len(header))
    slow = []
    for case in cases:
        budget = ""
        if case.budget_ms is not None:
            over = case.median_ms > case.budget_ms
            budget = f"{case.budget_ms:.0f} ms {'SLOW' if over else 'ok'}"
            if over:
                slow.append(case.name)
        print(
            f"{case.name:<{width}}  {case.rows:>9,}  {case.median_ms:>6.1f} ms  "
            f"{min(case.timings) * 1000:>6.1f} ms  {max(case.timings) * 1000:>6.1f} ms  {budget}"
        )
    if slow:
        print(f"\nOver budget: {', '.join(slow)} (run with --explain to see the query plans)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database",
        help=f"sqlite:///PATH or postgresql://USER@HOST:PORT/NAME (default: {DEFAULT_DATABASE})",
    )
    parser.add_argument("--runs", type=int, default=7, help="timed runs per benchmark (min 5)")
    parser.add_argument("--explain", action="store_true", help="print every query plan")
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="if generating")
    parser.add_argument("--comments", type=int, default=DEFAULT_COMMENTS, help="if generating")
    parser.add_argument("--seed", type=int, default=1, help="if generating")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    url = prepare(args.database, args.articles, args.comments, args.seed)
    newsroom = open_newsroom(url)
    try:
        cases = build_cases(newsroom)
        measure(newsroom, cases, runs)
        report(newsroom, cases, runs)
        if args.explain:
            explain(newsroom, cases)
    finally:
        newsroom.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
