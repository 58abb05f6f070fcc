"""The two databases of offline work, as the window sees them: the newsroom server and
this computer's own newsroom (the laptop), and the calls that open one from the other.

A window on a newsroom server takes stories offline into this computer's default
newsroom file; a window on a laptop file that holds stories taken offline syncs with
the server recorded in it. `newsdesk offline` does both from the laptop's side, naming
the server. No Qt here: the window runs these on a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from newsdesk.domain.errors import InvalidInput
from newsdesk.services.connections import (
    InvalidConnection,
    NewsroomConnection,
    parse_connection_url,
)
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.sync import (
    OfflineReport,
    OfflineStatus,
    SyncReport,
    needs_merge_uuids,
    offline_article_uuids,
    offline_status,
    sync,
    take_offline,
)
from newsdesk.services.sync.offline import Selection
from newsdesk.storage.database import DatabaseError, default_database_path

Opener = Callable[[str], Newsroom]


class Side(StrEnum):
    SERVER = "server"
    """A newsroom server: stories can be taken offline from it."""
    LAPTOP = "laptop"
    """A local file holding stories taken offline: it syncs with its server."""
    LOCAL = "local"
    """A local file that has never taken anything offline."""


@dataclass(frozen=True, slots=True)
class OfflineMarks:
    """What the article list marks: stories with an offline copy, stories to merge."""

    offline: frozenset[str] = frozenset()
    needs_merge: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ServerLogin:
    """Whose password the keyring (or the user) must give to reach the server."""

    host: str
    port: int
    user: str


NO_MARKS = OfflineMarks()


def laptop_path() -> Path:
    """This computer's own newsroom, where stories taken offline go."""
    return default_database_path()


def laptop_url(path: Path | None = None) -> str:
    return f"sqlite:///{path or laptop_path()}"


def side_of(newsroom: Newsroom) -> tuple[Side, OfflineStatus | None]:
    """Which side of offline work a window's newsroom is, with its status if a laptop."""
    if not newsroom.database.is_sqlite:
        return Side.SERVER, None
    status = offline_status(newsroom)
    if status.server_address is None:
        return Side.LOCAL, status
    return Side.LAPTOP, status


def _server_url(address: str) -> URL:
    try:
        return make_url(address)
    except ArgumentError:
        raise DatabaseError(f"{address!r} is not a newsroom server's address") from None


def server_login(address: str) -> ServerLogin | None:
    """The login whose password opens the server at `address`; None when it needs none
    (the address was recorded without one)."""
    url = _server_url(address)
    if not url.password:
        return None
    return ServerLogin(url.host or "localhost", url.port or 5432, url.username or "")


def server_display_name(address: str) -> str:
    """`user@host/database`, for messages (never a password)."""
    url = _server_url(address)
    port = f":{url.port}" if url.port and url.port != 5432 else ""
    return f"{url.username}@{url.host}{port}/{url.database}"


def open_server(address: str, password: str | None, opener: Opener = open_newsroom) -> Newsroom:
    """The newsroom server a laptop syncs with, at the very address it recorded."""
    url = _server_url(address)
    if url.password:
        url = url.set(password=password or "")
    return opener(url.render_as_string(hide_password=False))


def marks_for_server(server: Newsroom, laptop: Path | None = None) -> OfflineMarks:
    """Stories of `server` with a copy on this computer (none if it has no laptop file,
    or the file belongs to another newsroom). Never creates the file."""
    path = laptop or laptop_path()
    if not path.exists():
        return NO_MARKS
    laptop_room = open_newsroom(laptop_url(path))
    try:
        status = offline_status(laptop_room)
        if status.server_address != server.database.address:
            return NO_MARKS
        return marks_for_laptop(laptop_room)
    finally:
        laptop_room.close()


def marks_for_laptop(laptop: Newsroom) -> OfflineMarks:
    return OfflineMarks(offline_article_uuids(laptop), needs_merge_uuids(laptop))


def laptop_state(newsroom: Newsroom) -> tuple[Side, OfflineStatus | None, OfflineMarks]:
    """Which side `newsroom` is, its status and its marks when a laptop: one read for the
    window's status bar and badges, and for `newsdesk offline status`."""
    side, status = side_of(newsroom)
    return side, status, marks_for_laptop(newsroom) if side is Side.LAPTOP else NO_MARKS


def recorded_address(laptop: Newsroom, connection: NewsroomConnection) -> str | None:
    """The address `laptop` recorded for its newsroom server, checked to name the same
    newsroom as `connection`, as the same person; None when nothing was taken offline
    into it yet. A laptop reaches its server at that very address, so both stay paired."""
    if not laptop.database.is_sqlite:
        raise InvalidInput(
            f"{laptop.database.description} is a newsroom server, not this computer's "
            "newsroom file: stories are taken offline into a file"
        )
    status = offline_status(laptop)
    if status.server_address is None:
        return None
    try:
        recorded = parse_connection_url(status.server_address).connection
    except InvalidConnection:
        recorded = None
    if recorded is None or recorded.identity != connection.identity:
        raise InvalidInput(
            f"This newsroom file holds stories taken offline from "
            f"{server_display_name(status.server_address)}, not from {connection.address}"
        )
    return status.server_address


def take_offline_from(
    laptop: Newsroom,
    connection: NewsroomConnection,
    password: str | None,
    selection: Selection,
    progress: Progress,
    opener: Opener = open_newsroom,
) -> OfflineReport:
    """From this computer's newsroom: open the server `connection` names (at the address
    the laptop recorded, else as the connection dialog would), copy `selection` from it,
    let go of it."""
    address = recorded_address(laptop, connection)
    progress.start(0, "Connecting to the newsroom…")
    if address is not None:
        server = open_server(address, password, opener)
    else:
        server = opener(connection.url_with_password(password))
    try:
        return take_offline(server, laptop, selection, progress)
    finally:
        server.close()


def take_offline_here(
    server: Newsroom,
    selection: Selection,
    progress: Progress,
    laptop: Path | None = None,
) -> tuple[OfflineReport, OfflineMarks]:
    """Copy `selection` from `server` into this computer's newsroom; the new marks."""
    laptop_room = open_newsroom(laptop_url(laptop))
    try:
        report = take_offline(server, laptop_room, selection, progress)
        return report, marks_for_laptop(laptop_room)
    finally:
        laptop_room.close()


def sync_with_server(
    laptop: Newsroom,
    address: str,
    password: str | None,
    progress: Progress,
    opener: Opener = open_newsroom,
) -> SyncReport:
    """Open the server the laptop recorded, sync both ways, let go of the server."""
    progress.start(0, "Connecting to the newsroom…")
    server = open_server(address, password, opener)
    try:
        return sync(server, laptop, progress)
    finally:
        server.close()


def sync_laptop_here(
    server: Newsroom, progress: Progress, laptop: Path | None = None
) -> tuple[SyncReport, OfflineMarks]:
    """From a window on the server: sync this computer's newsroom with it."""
    laptop_room = open_newsroom(laptop_url(laptop))
    try:
        return sync(server, laptop_room, progress), marks_for_laptop(laptop_room)
    finally:
        laptop_room.close()
