"""`newsdesk comments …`: the comment queue, moderation and intake from scripts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsdesk.cli.registry import Runner
from newsdesk.cli.serialize import comment_json, commenter_json, learn_json, weighed_json
from newsdesk.domain.comment_features import CommentText
from newsdesk.domain.entities import Comment
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.moderation import ModerationAction
from newsdesk.domain.trust import CommenterRuleKind
from newsdesk.services.comments import CommentQuery
from newsdesk.services.intake import IntakeReport, read_submissions
from newsdesk.services.learned_filter import LearnReport
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
    listing.add_argument("--commenter", default="", help="one commenter's e-mail address")
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
    learn = actions.add_parser(
        "learn", parents=[common], help="train the spam filter on the decisions now"
    )
    learn.add_argument("--json", action="store_true", help="JSON for scripts")
    commenter = actions.add_parser(
        "commenter", parents=[common], help="one commenter's history and standing orders"
    )
    commenter.add_argument("email", metavar="EMAIL", help="the commenter's e-mail address")
    commenter.add_argument(
        "--always",
        choices=["hold", "spam", "none"],
        help="hold or spam (ban) their comments from now on; none: neither",
    )
    commenter.add_argument(
        "--approve-pending", action="store_true", help="approve all their pending comments"
    )
    commenter.add_argument("--json", action="store_true", help="JSON for scripts")
    return {"comments": run}


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    if arguments.action == "list":
        return run_list(newsroom, arguments)
    if arguments.action == "ingest":
        return run_ingest(newsroom, arguments)
    if arguments.action == "learn":
        return run_learn(newsroom, arguments)
    if arguments.action == "commenter":
        return run_commenter(newsroom, arguments)
    return run_moderate(newsroom, arguments)


def _listed_json(newsroom: Newsroom, comments: list[Comment]) -> list[dict[str, object]]:
    """Each comment's JSON with the features that weighed most in its score (for those
    who may read the commenters' fields the filter reads; else none)."""
    if not comments or not newsroom.comments.shows_private:
        return [{**comment_json(c), "score_reasons": []} for c in comments]
    explained = newsroom.learned_filter.explain_texts(
        [CommentText(c.body, c.author_name, c.author_email, c.author_url) for c in comments]
    )
    return [
        {**comment_json(c), "score_reasons": weighed_json(e.weighed)}
        for c, e in zip(comments, explained, strict=True)
    ]


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
            commenter=arguments.commenter,
        )
    )
    if arguments.json:
        print(json.dumps(_listed_json(newsroom, comments), indent=2, ensure_ascii=False))
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


def _learned_lines(report: LearnReport) -> list[str]:
    lines = [
        f"Learned from {report.wanted:,} approved and {report.unwanted:,} spam comments "
        "decided here",
        f"  and the starter set: {report.starter_wanted:,} wanted, "
        f"{report.starter_unwanted:,} unwanted, each counting {report.starter_weight:.2f}",
    ]
    quality = report.quality
    if quality is None:
        lines.append("Cross-validation: too few comments of one label to measure")
    else:
        lines.append(
            f"Cross-validated ({quality.folds} folds, threshold 0.5): precision "
            f"{quality.precision:.3f}, recall {quality.recall:.3f}, F1 {quality.f1:.3f}"
        )
    if not report.saved:
        lines.append("No decision to learn from yet: the starter model goes on")
    lines.append(f"Took {report.seconds:.1f} s")
    return lines


def run_learn(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    report = newsroom.learned_filter.learn(measure=True)
    if arguments.json:
        print(json.dumps(learn_json(report), indent=2, ensure_ascii=False))
    else:
        print("\n".join(_learned_lines(report)))
    return 0


def run_commenter(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    commenters = newsroom.commenters
    approved = None
    if arguments.always is not None:
        rule = None if arguments.always == "none" else CommenterRuleKind(arguments.always)
        commenters.set_rule(arguments.email, rule)
    if arguments.approve_pending:
        approved = commenters.approve_pending(arguments.email)
    history = commenters.history(arguments.email)
    if arguments.json:
        payload = commenter_json(history)
        if approved is not None:
            payload["approved_now"] = approved.count
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    counts = ", ".join(f"{history.counts[s]:,} {s.value}" for s in CommentStatus)
    print(f"{history.name or '(no comments)'} <{history.email}>: {counts}")
    if history.first_seen is not None and history.last_seen is not None:
        first, last = (f"{m:%Y-%m-%d %H:%M}" for m in (history.first_seen, history.last_seen))
        print(f"  first seen {first}, last {last}")
    standing = {
        None: "no standing order",
        CommenterRuleKind.HOLD: "always held",
        CommenterRuleKind.SPAM: "always spam (banned)",
    }[history.rule]
    print(f"  {standing}{'; trusted: approved without holding' if history.trusted else ''}")
    if approved is not None:
        print(f"  {_plural(approved.count)} approved now")
    return 0
