"""`newsdesk`: opens the window, or does batch work without one."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from newsdesk import __version__
from newsdesk.cli.serialize import article_json, comment_json
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.domain.errors import NewsdeskError
from newsdesk.services.articles import ArticleQuery
from newsdesk.services.comments import CommentQuery
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.storage.database import DatabaseError, default_database_url

EXIT_USER_ERROR = 1
EXIT_DATABASE_ERROR = 2


def database_url(arguments: argparse.Namespace) -> str:
    return (
        getattr(arguments, "database", None)
        or os.environ.get("NEWSDESK_DATABASE_URL")
        or default_database_url()
    )


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy URL of the newsroom (default: $NEWSDESK_DATABASE_URL, "
        "else a local SQLite file in your user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="newsdesk", description="Newsdesk, the desktop newsroom editor.", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"Newsdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("demo", parents=[common], help="load the demo newsroom (idempotent)")
    commands.add_parser("migrate", parents=[common], help="bring the database schema up to date")
    commands.add_parser("where", parents=[common], help="print which database would be used")

    articles = commands.add_parser("articles", parents=[common], help="work with stories")
    article_commands = articles.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = article_commands.add_parser("list", parents=[common], help="list stories")
    listing.add_argument("--section", help="section slug or name (subsections included)")
    listing.add_argument("--status", choices=[s.value for s in ArticleStatus])
    listing.add_argument("--search", default="", help="words in headline, standfirst or body")
    listing.add_argument("--trash", action="store_true", help="list the trash instead")
    listing.add_argument("--json", action="store_true", help="JSON for scripts")
    show = article_commands.add_parser("show", parents=[common], help="one story as JSON")
    show.add_argument("article", help="id, UUID or slug")

    comments = commands.add_parser("comments", parents=[common], help="work with comments")
    comment_commands = comments.add_subparsers(dest="action", metavar="ACTION", required=True)
    comment_list = comment_commands.add_parser("list", parents=[common], help="list comments")
    comment_list.add_argument("--status", choices=[s.value for s in CommentStatus] + ["all"])
    comment_list.add_argument("--article", help="id, UUID or slug of a story")
    comment_list.add_argument("--oldest-first", action="store_true")
    comment_list.add_argument("--json", action="store_true", help="JSON for scripts")
    return parser


def run_demo(newsroom: Newsroom, _arguments: argparse.Namespace) -> int:
    report = load_demo(newsroom)
    print(
        f"Demo newsroom loaded into {newsroom.database.description}: "
        f"{report.articles} stories, {report.sections} sections, "
        f"{report.comments} comments added"
    )
    return 0


def run_migrate(newsroom: Newsroom, _arguments: argparse.Namespace) -> int:
    print(f"{newsroom.database.description} is up to date")
    return 0


def run_where(newsroom: Newsroom, _arguments: argparse.Namespace) -> int:
    print(newsroom.database.description)
    return 0


def run_articles(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    if arguments.action == "show":
        print(json.dumps(article_json(newsroom.articles.find(arguments.article)), indent=2))
        return 0
    section_id = newsroom.sections.find(arguments.section).id if arguments.section else None
    query = ArticleQuery(
        search=arguments.search,
        status=ArticleStatus(arguments.status) if arguments.status else None,
        section_id=section_id,
        trashed=arguments.trash,
    )
    articles = [
        newsroom.articles.get(article_id) for article_id in newsroom.articles.list_ids(query)
    ]
    if arguments.json:
        print(json.dumps([article_json(a) for a in articles], indent=2, ensure_ascii=False))
        return 0
    for article in articles:
        print(
            f"{article.slug[:40]:40}  {article.status.value:9}  "
            f"{article.section_name[:12]:12}  {article.headline}"
        )
    print(f"{len(articles)} stor{'y' if len(articles) == 1 else 'ies'}")
    return 0


def run_comments(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    status = None if arguments.status == "all" else CommentStatus(arguments.status or "pending")
    article_id = newsroom.articles.find(arguments.article).id if arguments.article else None
    comments = newsroom.comments.list_comments(
        CommentQuery(status=status, article_id=article_id, newest_first=not arguments.oldest_first)
    )
    if arguments.json:
        print(json.dumps([comment_json(c) for c in comments], indent=2, ensure_ascii=False))
        return 0
    for comment in comments:
        excerpt = " ".join(comment.body.split())[:60]
        print(f"{comment.id:6}  {comment.status.value:8}  {comment.author_name[:20]:20}  {excerpt}")
    print(f"{len(comments)} comment{'' if len(comments) == 1 else 's'}")
    return 0


COMMANDS = {
    "demo": run_demo,
    "migrate": run_migrate,
    "where": run_where,
    "articles": run_articles,
    "comments": run_comments,
}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    url = database_url(arguments)
    if arguments.command is None:
        from newsdesk.app import run_app

        return run_app(url)
    try:
        newsroom = open_newsroom(url)
    except DatabaseError as error:
        print(f"newsdesk: {error}", file=sys.stderr)
        return EXIT_DATABASE_ERROR
    try:
        return COMMANDS[arguments.command](newsroom, arguments)
    except NewsdeskError as error:
        print(f"newsdesk: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        newsroom.close()
