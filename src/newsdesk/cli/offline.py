"""`newsdesk offline …`: offline work from this computer's side, without the window.

`--database` is this computer's newsroom (the laptop: by default the same file the
window's Offline menu uses); `--server` names the newsroom server. The work is the
Offline menu's own (`newsdesk.services.offline_work`), so a scheduled job syncs the way
the Sync button does, and a script can check what is left to do. Exit 0 when synced, 1
when stories need merging, changes were refused or wait to be sent (each listed), 2 on
errors (one line on standard error).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from newsdesk.cli.registry import Runner
from newsdesk.cli.serialize import iso
from newsdesk.domain.entities import ArticleRow
from newsdesk.domain.errors import NewsdeskError
from newsdesk.services.article_views import SavedView, view_name, view_named
from newsdesk.services.connections import (
    InvalidConnection,
    NewsroomConnection,
    parse_connection_url,
)
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.offline_work import (
    ServerLogin,
    Side,
    laptop_state,
    recorded_address,
    server_display_name,
    server_login,
    sync_with_server,
    take_offline_from,
)
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.secrets import PasswordStore
from newsdesk.services.sync import NamedStories, OfflineReport, SyncReport
from newsdesk.services.sync.offline import Selection
from newsdesk.services.users import os_account_name
from newsdesk.storage.database import DatabaseError, is_connection_lost

EXIT_SYNCED = 0
EXIT_TO_LOOK_AT = 1
"""Stories need merging, changes were refused or lost, or changes wait to be sent."""
EXIT_ERROR = 2

SERVER_FORM = "postgresql://USER@HOST[:PORT]/DATABASE"


class OfflineCommandError(Exception):
    """Bad arguments for `newsdesk offline`; the message is one line for the user."""


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    offline = commands.add_parser(
        "offline",
        parents=[common],
        help="take stories offline into this computer's newsroom (--database), sync it",
    )
    actions = offline.add_subparsers(dest="action", metavar="ACTION", required=True)
    take = actions.add_parser(
        "take", parents=[common], help="copy stories from the newsroom server to this computer"
    )
    _server_argument(take)
    take.add_argument("stories", nargs="*", metavar="STORY", help="id, UUID or slug")
    take.add_argument(
        "--view",
        metavar="NAME",
        help=f"a saved view instead: {', '.join(view_name(view) for view in SavedView)}",
    )
    take.add_argument("--json", action="store_true", help="JSON for scripts")
    sync = actions.add_parser(
        "sync", parents=[common], help="send this computer's changes, fetch the newsroom's"
    )
    _server_argument(sync)
    sync.add_argument("--json", action="store_true", help="JSON for scripts")
    status = actions.add_parser(
        "status", parents=[common], help="what waits to be synced or merged here"
    )
    status.add_argument("--json", action="store_true", help="JSON for scripts")
    return {"offline": run}


def _server_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--server",
        metavar="URL",
        required=True,
        help=f"the newsroom server, {SERVER_FORM} (the password comes from the system "
        "keyring, else $PGPASSWORD; never from the URL)",
    )


def run(laptop: Newsroom, arguments: argparse.Namespace) -> int:
    try:
        if arguments.action == "take":
            return run_take(laptop, arguments)
        if arguments.action == "sync":
            return run_sync(laptop, arguments)
        return run_status(laptop, arguments)
    except (
        OfflineCommandError,
        NewsdeskError,
        InvalidConnection,
        DatabaseError,
    ) as error:
        return _failed(str(error), arguments.json)
    except SQLAlchemyError as error:  # half-way: what was settled stays settled
        return _failed(_database_failure(error), arguments.json)


def _failed(message: str, as_json: bool) -> int:
    line = " ".join(message.split())
    if as_json:
        print(json.dumps({"error": line}, ensure_ascii=False))
    print(f"newsdesk: {line}", file=sys.stderr)
    return EXIT_ERROR


def _database_failure(error: SQLAlchemyError) -> str:
    """One line from the driver's first line only: SQLAlchemy's own text lists the
    statement's parameters, which may hold a commenter's e-mail or IP address."""
    orig = getattr(error, "orig", None)
    detail = str(orig).strip().splitlines()[0][:200] if orig is not None and str(orig) else ""
    what = (
        "The newsroom server stopped answering"
        if is_connection_lost(error)
        else "A database refused the work"
    )
    said = f" ({detail})" if detail else f" ({type(error).__name__})"
    return f"{what}{said}; what was done is kept, and the next run finishes the job"


# ---- the server and its password -------------------------------------------------------
def server_connection(raw: str) -> NewsroomConnection:
    """The newsroom server `--server` names. A user left out is libpq's own default
    ($PGUSER, else this computer's account), so the identity is written down."""
    try:
        url = make_url(raw)
        _ = url.port  # a port that is not a number raises here
    except (ArgumentError, ValueError):
        raise OfflineCommandError(f"--server: expected {SERVER_FORM}") from None
    if url.get_backend_name() != "postgresql":
        raise OfflineCommandError(f"--server names a newsroom server: {SERVER_FORM}")
    if url.password is not None:
        raise OfflineCommandError(
            "--server: a password is never an argument (it would stay in the shell history "
            "and the process list); keep it in the system keyring, or set $PGPASSWORD"
        )
    if not url.username:
        url = url.set(username=os.environ.get("PGUSER") or os_account_name())
    try:
        return parse_connection_url(url).connection
    except InvalidConnection as error:
        raise OfflineCommandError(f"--server: {error}") from None


def server_password(
    address: str | None, connection: NewsroomConnection, passwords: PasswordStore
) -> str | None:
    """The password the window would use (the keyring's), else $PGPASSWORD. A laptop that
    recorded its server with a password needs one; a first take tries without."""
    login = (
        server_login(address)
        if address is not None
        else ServerLogin(connection.host, connection.port, connection.user)
    )
    if login is None:
        return None
    password = passwords.get(login.host, login.port, login.user) or os.environ.get("PGPASSWORD")
    if not password and address is not None:
        raise OfflineCommandError(
            f"The newsroom server wants the password of {connection.address}: keep it in "
            "the system keyring (the window's “Remember password”), or set $PGPASSWORD"
        )
    return password or None


# ---- take -------------------------------------------------------------------------------
def _selection(arguments: argparse.Namespace) -> Selection:
    if bool(arguments.stories) == bool(arguments.view):
        raise OfflineCommandError("Name the stories to take offline, or one --view (not both)")
    if arguments.view:
        return view_named(arguments.view)
    return NamedStories(tuple(arguments.stories))


def run_take(laptop: Newsroom, arguments: argparse.Namespace) -> int:
    selection = _selection(arguments)
    connection = server_connection(arguments.server)
    _require_file(laptop)
    address = recorded_address(laptop, connection)
    password = server_password(address, connection, PasswordStore())
    report = take_offline_from(laptop, connection, password, selection, Progress())
    _side, status, _marks = laptop_state(laptop)
    server = (
        server_display_name(status.server_address)
        if status is not None and status.server_address
        else connection.address
    )
    stories = laptop.articles.rows_by_uuid((*report.taken, *report.already_there))
    if arguments.json:
        print(_dump(_take_json(report, stories, server, laptop)))
        return EXIT_SYNCED
    for uuid in report.taken:
        print(_story_line("taken", uuid, stories))
    for uuid in report.already_there:
        print(_story_line("already", uuid, stories, "(already offline: a sync updates it)"))
    line = f"Took {_stories(report.stories)} offline from {server}"
    if report.plan_items:
        line += f", with {len(report.plan_items):,} plan item(s)"
    if report.already_offline:
        line += f"; {report.already_offline:,} already here"
    print(line + ".")
    return EXIT_SYNCED


def _take_json(
    report: OfflineReport, stories: dict[str, ArticleRow], server: str, laptop: Newsroom
) -> dict[str, Any]:
    return {
        "server": server,
        "laptop": laptop.database.url.database,
        "taken": [_story_json(uuid, stories) for uuid in report.taken],
        "already_offline": [_story_json(uuid, stories) for uuid in report.already_there],
        "plan_items": list(report.plan_items),
    }


# ---- sync -------------------------------------------------------------------------------
def run_sync(laptop: Newsroom, arguments: argparse.Namespace) -> int:
    connection = server_connection(arguments.server)
    _require_file(laptop)
    address = recorded_address(laptop, connection)
    if address is None:
        raise OfflineCommandError(_nothing_taken(laptop))
    password = server_password(address, connection, PasswordStore())
    report = sync_with_server(laptop, address, password, Progress())
    _side, _status, marks = laptop_state(laptop)
    to_merge = tuple(sorted(marks.needs_merge))
    settled = report.settled
    stories = laptop.articles.rows_by_uuid(
        (
            *settled.sent,
            *settled.fetched,
            *settled.merged,
            *settled.created,
            *settled.deleted,
            *(refused.article_uuid for refused in report.refused),
            *to_merge,
        )
    )
    synced = not (to_merge or report.refused or report.lost_decisions)
    server = server_display_name(address)
    if arguments.json:
        print(_dump(_sync_json(report, to_merge, stories, server, synced)))
    else:
        _print_sync(report, to_merge, stories, server)
    return EXIT_SYNCED if synced else EXIT_TO_LOOK_AT


def _sync_json(
    report: SyncReport,
    to_merge: tuple[str, ...],
    stories: dict[str, ArticleRow],
    server: str,
    synced: bool,
) -> dict[str, Any]:
    settled = report.settled
    return {
        "server": server,
        "synced": synced,
        "sent": _stories_json(settled.sent, stories),
        "fetched": _stories_json(settled.fetched, stories),
        "merged": _stories_json(settled.merged, stories),
        "created": _stories_json(settled.created, stories),
        "deleted": _stories_json(settled.deleted, stories),
        "comments": list(settled.comments),
        "plan_items_sent": report.plan_items_sent,
        "plan_items_fetched": report.plan_items_fetched,
        "refused": [
            {
                "id": refused.article_uuid,
                "headline": refused.headline,
                "wanted": refused.wanted,
                "kept": refused.kept,
                "reason": refused.reason,
            }
            for refused in report.refused
        ],
        "lost_decisions": [
            {
                "comment": lost.comment_uuid,
                "excerpt": lost.excerpt,
                "yours": lost.ours,
                "newsroom": lost.theirs,
                "decided_by": lost.decided_by or None,
            }
            for lost in report.lost_decisions
        ],
        "to_merge": _stories_json(to_merge, stories),
        "renamed": [
            {
                "id": renamed.article_uuid,
                "headline": renamed.headline,
                "offline_slug": renamed.offline_slug,
                "newsroom_slug": renamed.newsroom_slug,
            }
            for renamed in report.renamed
        ],
        "notes": list(report.kept),
    }


def _print_sync(
    report: SyncReport, to_merge: tuple[str, ...], stories: dict[str, ArticleRow], server: str
) -> None:
    settled = report.settled
    for what, uuids in (
        ("sent", settled.sent),
        ("fetched", settled.fetched),
        ("merged", settled.merged),
        ("created", settled.created),
        ("deleted", settled.deleted),
    ):
        for uuid in uuids:
            print(_story_line(what, uuid, stories))
    for uuid in settled.comments:
        print(f"{'comment':10} {uuid}")
    for refused in report.refused:
        print(
            f"{'refused':10} {_slug(refused.article_uuid, stories):40} {refused.headline}: "
            f"wanted {refused.wanted}, kept {refused.kept} ({_one_line(refused.reason)})"
        )
    for lost in report.lost_decisions:
        by = f" (by {lost.decided_by})" if lost.decided_by else ""
        print(
            f"{'lost':10} {lost.comment_uuid:40} {_one_line(lost.excerpt)}: "
            f"yours {lost.ours}, the newsroom's {lost.theirs}{by}"
        )
    for renamed in report.renamed:
        print(
            f"{'renamed':10} {renamed.offline_slug} -> {renamed.newsroom_slug}  {renamed.headline}"
        )
    for note in report.kept:
        print(f"{'note':10} {_one_line(note)}")
    for uuid in to_merge:
        print(_story_line("to merge", uuid, stories))
    print(_sync_summary(report, to_merge, server))


def _sync_summary(report: SyncReport, to_merge: tuple[str, ...], server: str) -> str:
    done = [
        f"{count:,} {what}"
        for count, what in (
            (report.pushed, "sent"),
            (report.pulled, "fetched"),
            (report.merged, "merged"),
            (report.created, "new in the newsroom"),
            (report.deleted, "deleted"),
            (report.comments, "comment decisions"),
            (report.plan_items_sent, "plan items sent"),
            (report.plan_items_fetched, "plan items fetched"),
        )
        if count
    ]
    left = [
        f"{count:,} {what}"
        for count, what in (
            (len(to_merge), "to merge"),
            (len(report.refused), "refused"),
            (len(report.lost_decisions), "moderation decisions lost"),
        )
        if count
    ]
    line = f"Synced with {server}: " + (", ".join(done) or "nothing to send or fetch")
    return line + (f"; {', '.join(left)}." if left else ".")


# ---- status -----------------------------------------------------------------------------
def run_status(laptop: Newsroom, arguments: argparse.Namespace) -> int:
    _require_file(laptop)
    side, status, marks = laptop_state(laptop)
    if side is not Side.LAPTOP or status is None or status.server_address is None:
        raise OfflineCommandError(_nothing_taken(laptop))
    to_merge = tuple(sorted(marks.needs_merge))
    stories = laptop.articles.rows_by_uuid(to_merge)
    server = server_display_name(status.server_address)
    synced = not (to_merge or status.changes_to_sync)
    if arguments.json:
        print(
            _dump(
                {
                    "server": server,
                    "laptop": laptop.database.url.database,
                    "synced": synced,
                    "stories": status.stories,
                    "comments": status.comments,
                    "changes_to_sync": status.changes_to_sync,
                    "to_merge": _stories_json(to_merge, stories),
                    "last_sync": iso(status.last_sync_at),
                }
            )
        )
        return EXIT_SYNCED if synced else EXIT_TO_LOOK_AT
    for uuid in to_merge:
        print(_story_line("to merge", uuid, stories))
    waiting = (
        "all synced"
        if synced
        else ", ".join(
            part
            for part in (
                _count(status.changes_to_sync, "change", "changes") + " to sync"
                if status.changes_to_sync
                else "",
                f"{len(to_merge):,} to merge" if to_merge else "",
            )
            if part
        )
    )
    last = iso(status.last_sync_at) or "never"
    print(
        f"{_stories(status.stories)} and {_count(status.comments, 'comment', 'comments')} "
        f"offline from {server}: {waiting} (last synced {last})."
    )
    return EXIT_SYNCED if synced else EXIT_TO_LOOK_AT


# ---- shared -----------------------------------------------------------------------------
def _require_file(laptop: Newsroom) -> None:
    if not laptop.database.is_sqlite:
        raise OfflineCommandError(
            f"--database is {laptop.database.description}, a newsroom server: offline work "
            "happens in this computer's newsroom file (sqlite:///PATH); name the server "
            "with --server"
        )


def _nothing_taken(laptop: Newsroom) -> str:
    return (
        f"Nothing was taken offline into {laptop.database.url.database}: "
        "take stories offline first (newsdesk offline take)"
    )


def _story_json(uuid: str, stories: dict[str, ArticleRow]) -> dict[str, Any]:
    row = stories.get(uuid)
    return {
        "id": uuid,
        "slug": row.slug if row is not None else None,
        "headline": row.headline if row is not None else None,
    }


def _stories_json(uuids: Iterable[str], stories: dict[str, ArticleRow]) -> list[dict[str, Any]]:
    return [_story_json(uuid, stories) for uuid in uuids]


def _slug(uuid: str, stories: dict[str, ArticleRow]) -> str:
    row = stories.get(uuid)
    return row.slug if row is not None else uuid


def _story_line(what: str, uuid: str, stories: dict[str, ArticleRow], more: str = "") -> str:
    row = stories.get(uuid)
    headline = row.headline if row is not None else "(gone from this computer)"
    line = f"{what:10} {_slug(uuid, stories):40} {_one_line(headline)}"
    return f"{line}  {more}" if more else line


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _count(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _stories(count: int) -> str:
    return _count(count, "story", "stories")


def _dump(payload: dict[str, Any]) -> str:
    return json.dumps(payload, indent=2, ensure_ascii=False)
