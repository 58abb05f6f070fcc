"""`newsdesk serve comments`: the receiver the published pages' reply form posts to.

Every option is checked, and the address bound, before anything is served: a bad value
is one line and no server.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from newsdesk.cli.registry import Runner
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import InvalidInput, NotAllowed
from newsdesk.services.newsroom import Newsroom
from newsdesk.web import DEFAULT_LISTEN, DEFAULT_PER_MINUTE, PATH

if TYPE_CHECKING:
    from newsdesk.web.app import ReceiverSettings

MOST_PER_MINUTE = 10_000


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    serve_parser = commands.add_parser("serve", parents=[common], help="run a web service")
    services = serve_parser.add_subparsers(dest="service", metavar="SERVICE", required=True)
    comments = services.add_parser(
        "comments",
        parents=[common],
        help="take readers' comments from the published pages' reply form",
        description="Receives what the exported pages' “Leave a Reply” form posts (point "
        "`export site --comment-url` at http://HOST:PORT/comments) and puts it through "
        "the intake rules into the moderation queue.",
    )
    comments.add_argument(
        "--site-url",
        required=True,
        metavar="URL",
        help="where the exported site is served (export site's --base-url): readers go "
        "back to their story there",
    )
    comments.add_argument(
        "--listen",
        default=DEFAULT_LISTEN,
        metavar="HOST:PORT",
        help=f"the address to listen on (default {DEFAULT_LISTEN}: this computer only)",
    )
    comments.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a reverse proxy (address or network) whose X-Forwarded-For names the reader; "
        "repeat for several",
    )
    comments.add_argument(
        "--per-minute",
        default=str(DEFAULT_PER_MINUTE),
        metavar="N",
        help=f"comments a minute taken from one address (default {DEFAULT_PER_MINUTE})",
    )
    return {"serve": run}


def _settings(arguments: argparse.Namespace) -> ReceiverSettings:
    from newsdesk.web.addresses import parse_networks
    from newsdesk.web.app import ReceiverSettings
    from newsdesk.web.server import check_site_url

    try:
        site_url = check_site_url(arguments.site_url)
        proxies = parse_networks(arguments.trusted_proxy)
    except ValueError as error:
        raise InvalidInput(str(error)) from None
    per_minute = str(arguments.per_minute).strip()
    if not per_minute.isascii() or not per_minute.isdigit() or len(per_minute) > 6:
        raise InvalidInput(f"--per-minute takes a whole number, not {per_minute[:20]!r}")
    if not 1 <= int(per_minute) <= MOST_PER_MINUTE:
        raise InvalidInput(f"--per-minute takes 1 to {MOST_PER_MINUTE:,}")
    return ReceiverSettings(site_url=site_url, trusted_proxies=proxies, per_minute=int(per_minute))


def _check_may_write_comments(newsroom: Newsroom) -> None:
    """Refused now rather than at every reader's post."""
    if newsroom.database.read_only:
        raise NotAllowed("The newsroom is read-only here: the receiver could not write comments")
    user = newsroom.user
    if not user.has(Role.MODERATOR):
        raise NotAllowed(
            "The comment receiver writes readers' comments: start it with a login that has "
            f"the moderator role ({user.display_name or user.username} has not)"
        )


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    # The web stack is imported here, not by every other command.
    from newsdesk.collector import freeze_long_lived, tune_thresholds
    from newsdesk.services.comment_receiver import CommentReceiver
    from newsdesk.web.app import build_app
    from newsdesk.web.server import ListenProblem, bind, configure_logging, parse_listen, serve

    try:
        host, port = parse_listen(arguments.listen)
    except ListenProblem as error:
        raise InvalidInput(str(error)) from None
    settings = _settings(arguments)
    _check_may_write_comments(newsroom)
    receiver = CommentReceiver(newsroom.database, newsroom.intake)
    receiver.warm_up()  # the signing key (made now if need be) and the spam filter's model
    app = build_app(settings, receiver)
    # What start-up made (the web stack, the model and its libraries) lives as long as the
    # server: out of the collector's full walks, which held posts up to 300 ms.
    tune_thresholds()
    freeze_long_lived()
    try:
        sock = bind(host, port)
    except OSError as error:
        print(
            f"newsdesk: cannot listen on {arguments.listen}: {error.strerror or error}",
            file=sys.stderr,
        )
        return 2
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    print(
        f"Taking comments at http://{shown}:{bound_port}{PATH} for the site at "
        f"{settings.site_url}; Ctrl+C stops",
        flush=True,
    )
    configure_logging()
    with sock:
        started = serve(app, sock)
    if not started:
        print("newsdesk: the comment receiver did not start (see the log above)", file=sys.stderr)
        return 2
    return 0
