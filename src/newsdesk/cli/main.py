"""`newsdesk`: opens the window, or does batch work without one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from newsdesk import __version__
from newsdesk.cli import (
    admin,
    articles,
    check,
    comments,
    export,
    import_commands,
    newsroom_commands,
    offline,
)
from newsdesk.cli.registry import Runner
from newsdesk.domain.errors import NewsdeskError
from newsdesk.services.newsroom import open_newsroom
from newsdesk.storage.database import DatabaseError, default_database_url

EXIT_USER_ERROR = 1
EXIT_DATABASE_ERROR = 2

# Each module owns one or more top-level commands (see newsdesk.cli.registry).
COMMAND_MODULES = (
    newsroom_commands,
    articles,
    comments,
    check,
    export,
    import_commands,
    admin,
    offline,
)


def database_url(arguments: argparse.Namespace) -> str:
    return (
        getattr(arguments, "database", None)
        or os.environ.get("NEWSDESK_DATABASE_URL")
        or default_database_url()
    )


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Runner]]:
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
    runners: dict[str, Runner] = {}
    for module in COMMAND_MODULES:
        runners.update(module.register(commands, common))
    return parser, runners


def main(argv: Sequence[str] | None = None) -> int:
    parser, runners = build_parser()
    arguments = parser.parse_args(argv)
    url = database_url(arguments)
    if arguments.command is None:
        from newsdesk.app import run_app

        # No --database nor $NEWSDESK_DATABASE_URL: the window opens the most recent newsroom.
        explicit = getattr(arguments, "database", None) or os.environ.get("NEWSDESK_DATABASE_URL")
        return run_app(explicit or None)
    try:
        newsroom = open_newsroom(url)
    except DatabaseError as error:
        print(f"newsdesk: {error}", file=sys.stderr)
        return EXIT_DATABASE_ERROR
    try:
        return runners[arguments.command](newsroom, arguments)
    except NewsdeskError as error:
        print(f"newsdesk: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        newsroom.close()
