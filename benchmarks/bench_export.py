"""Static site export timings on the 100,000-story newsroom: full, then incremental.

    .venv/bin/python benchmarks/bench_export.py [--database URL] [--out DIR]

By default it copies benchmarks/out/newsroom-100k.sqlite (made by generate_newsroom.py)
to benchmarks/out/export-100k.sqlite once, so the shared database is never migrated or
changed, and exports to benchmarks/out/site-100k/. Target (issue 7): after one story
changed, the next export takes under 1 s. Prints figures; asserts nothing.

With `--pictures N` (issue 16: 10,000), the copy first gets N distinct pictures (small
JPEGs with their renditions, made once and kept in the copy), each the lead picture of a
published story; after the story steps it times the export after one picture's caption
changed (target: under 1 s), which must rewrite only the page that shows it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, update
from tests.media_samples import encoded, pixels

from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.services.media.library import prepare_picture, store_prepared
from newsdesk.services.newsroom import open_newsroom
from newsdesk.services.publishing import SiteOptions, export_site
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_media import ArticlePicture, Picture

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


def _with_pictures(database: Database, count: int) -> int:
    """Make sure `count` pictures are the lead pictures of as many published stories;
    the number added now."""
    with database.transaction() as session:
        present = session.scalar(select(func.count()).select_from(Picture)) or 0
        if present >= count:
            return 0
        stories = session.scalars(
            select(orm.Article.id)
            .where(orm.Article.status == ArticleStatus.PUBLISHED.value)
            .where(orm.Article.trashed_at.is_(None))
            .where(orm.Article.id.not_in(select(ArticlePicture.article_id)))
            .order_by(orm.Article.id)
            .limit(count - present)
        ).all()
        adder = session.scalar(select(orm.User.id).order_by(orm.User.id).limit(1))
        assert adder is not None
    base = pixels(480, 270)
    now = datetime.now(UTC)
    for start in range(0, len(stories), 500):
        with database.transaction() as session:
            for number, story in enumerate(stories[start : start + 500], start=present + start):
                base.putpixel((number % 480, (number // 480) % 270), (number % 251, 7, 99))
                prepared = prepare_picture(encoded(base, "JPEG"), f"picture-{number}.jpg")
                picture = store_prepared(session, prepared, adder, now)
                session.add(
                    ArticlePicture(
                        article_id=story, role="lead", picture_id=picture, caption="", credit=""
                    )
                )
        print(f"  {min(start + 500, len(stories)):>6} pictures added", end="\r", flush=True)
    print()
    return len(stories)


def _caption_changed(database: Database) -> int:
    """One picture's caption changed, as the Media panel does it; the picture's id."""
    with database.transaction() as session:
        picture = session.scalar(
            select(Picture).join(ArticlePicture).order_by(Picture.id.desc()).limit(1)
        )
        assert picture is not None
        picture.caption = f"Caption changed at {time.time():.0f}"
        picture.updated_at = datetime.now(UTC)
        return picture.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", help="SQLAlchemy URL (default: a copy of the 100k newsroom)")
    parser.add_argument("--out", type=Path, default=OUT / "site-100k")
    parser.add_argument("--skip-full", action="store_true", help="reuse the last full export")
    parser.add_argument(
        "--pictures", type=int, default=0, help="lead pictures to add first (issue 16: 10000)"
    )
    arguments = parser.parse_args()
    newsroom = _timed(
        "open (and migrate)", lambda: open_newsroom(_database(arguments.database)), show=False
    )
    database = newsroom.database
    if arguments.pictures:
        _timed(
            f"add up to {arguments.pictures:,} pictures",
            lambda: _with_pictures(database, arguments.pictures),
        )
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
    if arguments.pictures:
        _timed("change one picture's caption", lambda: _caption_changed(database))
        _timed(
            "export after one picture's caption changed",
            lambda: export_site(database, arguments.out, options),
        )
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    newsroom.close()


if __name__ == "__main__":
    main()
