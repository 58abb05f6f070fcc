"""Static site export timings on the 100,000-story newsroom: full, then incremental.

    .venv/bin/python benchmarks/bench_export.py [--database URL] [--out DIR]

By default it copies benchmarks/out/newsroom-100k.sqlite (made by generate_newsroom.py)
to benchmarks/out/export-100k.sqlite once, so the shared database is never migrated or
changed, and exports to benchmarks/out/site-100k/. Target (issue 7): after one story
changed, the next export takes under 1 s. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import select, update

from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.services.newsroom import open_newsroom
from newsdesk.services.publishing import SiteOptions, export_site
from newsdesk.storage import orm

T = TypeVar("T")

OUT = Path(__file__).resolve().parent / "out"


def _database(argument: str | None) -> str:
    if argument:
        return argument
    copy = OUT / "export-100k.sqlite"
    if not copy.exists():
        source = OUT / "newsroom-100k.sqlite"
        if not source.exists():
            sys.exit(f"{source} is missing: run benchmarks/generate_newsroom.py first")
        shutil.copy(source, copy)
    return f"sqlite:///{copy}"


def _timed(label: str, run: Callable[[], T], show: bool = True) -> T:
    started = time.perf_counter()
    result = run()
    print(f"{label:44} {time.perf_counter() - started:8.2f} s   {result if show else ''}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", help="SQLAlchemy URL (default: a copy of the 100k newsroom)")
    parser.add_argument("--out", type=Path, default=OUT / "site-100k")
    parser.add_argument("--skip-full", action="store_true", help="reuse the last full export")
    arguments = parser.parse_args()
    newsroom = _timed(
        "open (and migrate)", lambda: open_newsroom(_database(arguments.database)), show=False
    )
    database = newsroom.database
    options = SiteOptions(base_url="https://news.example.org/", comment_url="/comments")
    if not arguments.skip_full:
        shutil.rmtree(arguments.out, ignore_errors=True)
        _timed("first full export", lambda: export_site(database, arguments.out, options))
    _timed("export again, nothing changed", lambda: export_site(database, arguments.out, options))
    with database.transaction() as session:
        story = session.scalar(
            select(orm.Article)
            .where(orm.Article.status == ArticleStatus.PUBLISHED.value)
            .where(orm.Article.trashed_at.is_(None))
            .order_by(orm.Article.id)
            .limit(1)
        )
        assert story is not None
        story.headline = f"{story.headline.split(' [')[0]} [edited {time.time():.0f}]"
        story.version += 1
        story.updated_at = datetime.now(UTC)
        story_id = story.id
    _timed("export after one story changed", lambda: export_site(database, arguments.out, options))
    with database.transaction() as session:
        comment = session.scalar(
            select(orm.Comment.id)
            .where(orm.Comment.status == CommentStatus.PENDING.value)
            .join(orm.Article, orm.Article.id == orm.Comment.article_id)
            .where(orm.Article.status == ArticleStatus.PUBLISHED.value)
            .limit(1)
        )
        session.execute(
            update(orm.Comment)
            .where(orm.Comment.id == comment)
            .values(status=CommentStatus.APPROVED.value)
        )
    _timed(
        "export after one comment approved", lambda: export_site(database, arguments.out, options)
    )
    with database.transaction() as session:
        session.execute(
            update(orm.Article)
            .where(orm.Article.id == story_id)
            .values(status=ArticleStatus.KILLED.value, version=orm.Article.version + 1)
        )
    _timed("export after one story killed", lambda: export_site(database, arguments.out, options))
    newsroom.close()


if __name__ == "__main__":
    main()
