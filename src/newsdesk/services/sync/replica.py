"""The laptop's record of the newsroom it syncs with: its address and both watermarks."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.errors import InvalidInput
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.sync.changes import last_seq, position
from newsdesk.storage.orm_sync import SyncReplica


def replica_row(session: Session) -> SyncReplica | None:
    return session.scalar(select(SyncReplica).order_by(SyncReplica.id).limit(1))


def check_pair(server: Newsroom, laptop: Newsroom) -> None:
    if server.database.address == laptop.database.address:
        raise InvalidInput("A database cannot sync with itself: open the laptop's own file")
    with laptop.database.transaction() as session:
        row = replica_row(session)
        if row is not None and row.server_address != server.database.address:
            raise InvalidInput(
                f"This database holds stories taken offline from {row.server_address}; "
                "connect to that newsroom to sync them"
            )


def ensure_replica(server: Newsroom, laptop: Newsroom) -> None:
    """Start the watermarks on the first take-offline: the newsroom's log from now on,
    the laptop's from now on (stories written here before stay the laptop's own)."""
    check_pair(server, laptop)
    with laptop.database.transaction() as session:
        if replica_row(session) is not None:
            return
    seq, running = position(server.database)
    with laptop.database.transaction() as session:
        if replica_row(session) is None:
            session.add(
                SyncReplica(
                    server_address=server.database.address,
                    server_seq=seq,
                    server_pending=list(running),
                    local_seq=last_seq(session),
                )
            )
            session.flush()
