"""`newsdesk`: opens the window, or does batch work without one.

Whatever goes wrong, a command says so in one line on standard error and exits 1 (bad
input, a story that does not exist, findings) or 2 (a database or a file that cannot be
used); never a traceback, never a commenter's e-mail or IP address.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

from newsdesk import __version__
from newsdesk.cli import (
    admin,
    articles,
    check,
    comments,
    export,
    import_commands,
    media,
    newsroom_commands,
    offline,
    plan,
    serve,
)
from newsdesk.cli.registry import Runner
from newsdesk.domain.errors import FileProblem, NewsdeskError
from newsdesk.services.newsroom import open_newsroom
from newsdesk.storage.database import DatabaseError, default_database_url

EXIT_USER_ERROR = 1
EXIT_DATABASE_ERROR = 2
EXIT_INTERRUPTED = 130

# Each module owns one or more top-level commands (see newsdesk.cli.registry).
COMMAND_MODULES = (
    newsroom_commands,
    articles,
    comments,
    check,
    export,
    import_commands,
    media,
    admin,
    offline,
    plan,
    serve,
)

log = logging.getLogger(__name__)


class UsageError(Exception):
    """Arguments that parse but cannot be used; the message is fit to show as is."""


def database_url(arguments: argparse.Namespace) -> str:
    given = getattr(arguments, "database", None)
    if given is not None:
        if not given.strip():
            raise UsageError(
                "--database is empty: give sqlite:///PATH or postgresql://USER@HOST/DATABASE"
            )
        return str(given)
    return os.environ.get("NEWSDESK_DATABASE_URL") or default_database_url()


def _check_text_arguments(arguments: argparse.Namespace) -> None:
    """Text that is not UTF-8 (bytes the shell passed through) is refused here, once,
    before it can reach a query or a printout."""
    for name, value in vars(arguments).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    what = name.replace("_", " ")
                    raise UsageError(f"The {what} given is not UTF-8 text") from None


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
    try:
        return _run(arguments, runners)
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # the last resort: every expected failure is caught below
        return _unexpected(error)


def _run(arguments: argparse.Namespace, runners: dict[str, Runner]) -> int:
    try:
        _check_text_arguments(arguments)
        url = database_url(arguments)
    except UsageError as error:
        print(f"newsdesk: {error}", file=sys.stderr)
        return EXIT_DATABASE_ERROR
    if arguments.command is None:
        from newsdesk.app import run_app

        # No --database nor $NEWSDESK_DATABASE_URL: the window opens the most recent newsroom.
        explicit = getattr(arguments, "database", None) or os.environ.get("NEWSDESK_DATABASE_URL")
        return run_app(explicit or None)
    try:
        newsroom = open_newsroom(url, create=arguments.command in newsroom_commands.CREATING)
    except DatabaseError as error:
        print(f"newsdesk: {error}", file=sys.stderr)
        return EXIT_DATABASE_ERROR
    try:
        return runners[arguments.command](newsroom, arguments)
    except (DatabaseError, FileProblem) as error:
        print(f"newsdesk: {error}", file=sys.stderr)
        return EXIT_DATABASE_ERROR
    except NewsdeskError as error:
        print(f"newsdesk: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        newsroom.close()


def _unexpected(error: Exception) -> int:
    """One line naming the kind of failure, and the details in the log file only: an
    exception's text may quote a database row (a commenter's e-mail, an IP address)."""
    kind = type(error.orig if isinstance(error, DBAPIError) else error).__name__
    where = "the log file"
    try:
        from newsdesk.logs import configure_logging

        where = str(configure_logging())
        log.error("newsdesk command failed", exc_info=error)
    except Exception:  # no log folder either: the one line below is all there is
        pass
    print(
        f"newsdesk: unexpected failure ({kind}); nothing more is shown here, details are in "
        f"{where}",
        file=sys.stderr,
    )
    return EXIT_DATABASE_ERROR
