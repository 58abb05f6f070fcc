"""`newsdesk comments …`: the comment queue from scripts."""

from __future__ import annotations

import argparse
import json

from newsdesk.cli.registry import Runner
from newsdesk.cli.serialize import comment_json
from newsdesk.domain.enums import CommentStatus
from newsdesk.services.comments import CommentQuery
from newsdesk.services.newsroom import Newsroom


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    comments = commands.add_parser("comments", parents=[common], help="work with comments")
    actions = comments.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="list comments")
    listing.add_argument("--status", choices=[s.value for s in CommentStatus] + ["all"])
    listing.add_argument("--article", help="id, UUID or slug of a story")
    listing.add_argument("--oldest-first", action="store_true")
    listing.add_argument("--json", action="store_true", help="JSON for scripts")
    return {"comments": run}


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
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
