"""Running the receiver: the listening address checked and bound before anything is
served, uvicorn on that socket, and a log on standard error that holds no e-mail or IP
address (uvicorn's access log, which would, stays off)."""

from __future__ import annotations

import logging
import socket
import sys
from ipaddress import IPv6Address, ip_address
from urllib.parse import urlsplit

import uvicorn
from starlette.types import ASGIApp

from newsdesk.logs import RedactingFormatter
from newsdesk.web import DEFAULT_LISTEN

GRACE_SECONDS = 10
"""On SIGTERM or Ctrl+C: posts being written get this long to be answered."""
MOST_CONNECTIONS = 1000
"""Past this many open connections uvicorn answers 503 instead of taking more."""


class ListenProblem(ValueError):
    """An address the receiver cannot listen on; the message says why."""


def _shown(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:60] + "…")


def parse_listen(text: str) -> tuple[str, int]:
    """HOST:PORT (an IP address, `localhost`, or `[v6]:PORT`) as (host, port); port 0
    takes any free port."""
    host, colon, port = text.strip().rpartition(":")
    if not colon or not port.isascii() or not port.isdigit() or len(port) > 5:
        raise ListenProblem(f"--listen takes HOST:PORT (e.g. {DEFAULT_LISTEN}), not {_shown(text)}")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host == "localhost":
        host = "127.0.0.1"
    try:
        ip_address(host)
    except ValueError:
        raise ListenProblem(
            f"--listen needs an IP address to listen on, not {_shown(host)}"
        ) from None
    number = int(port)
    if number > 65535:
        raise ListenProblem(f"--listen: {number} is not a port (0 to 65535)")
    return host, number


def check_site_url(text: str) -> str:
    """The static site's address, ending in "/"; ValueError says what is wrong with it."""
    parts = urlsplit(text.strip()) if text.isascii() else None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.netloc
        or len(text) > 2000
    ):
        raise ValueError(f"--site-url takes the site's http(s) address, not {_shown(text)}")
    url = text.strip()
    return url if url.endswith("/") else url + "/"


def bind(host: str, port: int) -> socket.socket:
    """A socket bound to the address (OSError says why it cannot be)."""
    family = socket.AF_INET6 if isinstance(ip_address(host), IPv6Address) else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.set_inheritable(True)
    except OSError:
        sock.close()
        raise
    return sock


def configure_logging() -> None:
    """The receiver's log and uvicorn's on standard error, masked like the log file."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def serve(app: ASGIApp, sock: socket.socket) -> bool:
    """Serve until SIGINT or SIGTERM; False when the application failed to start."""
    config = uvicorn.Config(
        app,
        log_config=None,
        access_log=False,  # it would log each reader's IP address
        proxy_headers=False,  # X-Forwarded-For is read by the receiver, from trusted proxies only
        server_header=False,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=GRACE_SECONDS,
        limit_concurrency=MOST_CONNECTIONS,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    return server.started
