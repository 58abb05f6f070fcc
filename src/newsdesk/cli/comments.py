"""`newsdesk comments …`: the comment queue, moderation and intake from scripts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsdesk.cli.registry import Runner
from newsdesk.cli.serialize import comment_json
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.moderation import ModerationAction
from newsdesk.services.comments import CommentQuery
from newsdesk.services.intake import IntakeReport, read_submissions
from newsdesk.services.newsroom import Newsroom

EXIT_SOME_REFUSED = 1

ACTIONS = {
    "approve": ModerationAction.APPROVE,
    "unapprove": ModerationAction.UNAPPROVE,
    "spam": ModerationAction.SPAM,
    "not-spam": ModerationAction.NOT_SPAM,
    "trash": ModerationAction.TRASH,
    "restore": ModerationAction.RESTORE,
    "delete": ModerationAction.DELETE,
}


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    comments = commands.add_parser("comments", parents=[common], help="work with comments")
    actions = comments.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="list comments")
    listing.add_argument("--status", choices=[s.value for s in CommentStatus] + ["all"])
    listing.add_argument("--article", help="id, UUID or slug of a story")
    listing.add_argument("--search", default="", help="words of the comment text")
    listing.add_argument("--author", default="", help="words of the author's name or e-mail")
    listing.add_argument("--oldest-first", action="store_true")
    listing.add_argument("--json", action="store_true", help="JSON for scripts")
    for name, action in ACTIONS.items():
        moderate = actions.add_parser(
            name, parents=[common], help=f"{action.label.lower()}: comments by id or UUID"
        )
        moderate.add_argument("ids", nargs="+", metavar="ID", help="comment id or UUID")
        moderate.add_argument("--json", action="store_true", help="JSON for scripts")
    ingest = actions.add_parser(
        "ingest", parents=[common], help="take in comments from a JSON Lines file"
    )
    ingest.add_argument("file", type=Path, metavar="FILE")
    ingest.add_argument("--json", action="store_true", help="JSON for scripts")
    return {"comments": run}


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    if arguments.action == "list":
        return run_list(newsroom, arguments)
    if arguments.action == "ingest":
        return run_ingest(newsroom, arguments)
    return run_moderate(newsroom, arguments)


def run_list(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    status = None if arguments.status == "all" else CommentStatus(arguments.status or "pending")
    article_id = newsroom.articles.find(arguments.article).id if arguments.article else None
    comments = newsroom.comments.list_comments(
        CommentQuery(
            status=status,
            article_id=article_id,
            newest_first=not arguments.oldest_first,
            text=arguments.search,
            author=arguments.author,
        )
    )
    if arguments.json:
        print(json.dumps([comment_json(c) for c in comments], indent=2, ensure_ascii=False))
        return 0
    for comment in comments:
        excerpt = " ".join(comment.body.split())[:60]
        print(f"{comment.id:6}  {comment.status.value:8}  {comment.author_name[:20]:20}  {excerpt}")
    print(f"{len(comments)} comment{'' if len(comments) == 1 else 's'}")
    return 0


def _plural(count: int) -> str:
    return f"{count:,} comment{'' if count == 1 else 's'}"


def run_moderate(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    action = ACTIONS[arguments.action]
    ids = newsroom.comments.resolve_ids(arguments.ids)
    result = newsroom.moderation.moderate(ids, action)
    if arguments.json:
        changed = [newsroom.comments.get(i) for i in result.comment_ids] if result.count else []
        payload = {
            "action": action.value,
            "changed": [comment_json(c) for c in changed]
            if action is not ModerationAction.DELETE
            else list(result.comment_ids),
            "skipped": result.skipped,
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    line = f"{_plural(result.count)} {action.past}"
    if result.skipped:
        line += f" ({result.skipped:,} left as they were: {action.label.lower()} does not apply)"
    print(line)
    return 0


def _ingest_json(report: IntakeReport) -> str:
    return json.dumps(
        {
            "taken": {status.value: report.taken[status] for status in CommentStatus},
            "refused": [{"line": p.line, "reason": p.reason} for p in report.refused],
            "changed": [{"line": c.line, "how": c.reason} for c in report.changed],
        },
        indent=2,
        ensure_ascii=False,
    )


def run_ingest(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    submissions, bad_lines = read_submissions(arguments.file)  # unreadable: exit 2 in main
    report = newsroom.intake.ingest(submissions)
    refused = sorted((*bad_lines, *report.refused), key=lambda problem: problem.line)
    report = IntakeReport(report.taken, tuple(refused), report.comment_ids, report.changed)
    if arguments.json:
        print(_ingest_json(report))
    else:
        for problem in refused:
            print(f"{arguments.file}:{problem.line}: refused: {problem.reason}", file=sys.stderr)
        for change in report.changed:
            print(f"{arguments.file}:{change.line}: {change.reason}", file=sys.stderr)
        states = ", ".join(f"{report.taken[status]:,} {status.value}" for status in CommentStatus)
        print(f"{_plural(report.total_taken)} taken ({states}); {len(refused):,} refused")
    return EXIT_SOME_REFUSED if refused else 0
