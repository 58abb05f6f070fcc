"""Reading a database's change log after a watermark, and keeping a sync's own writes
out of it.

On SQLite commits are serial, so the rows after the last `seq` read are all there is.
On PostgreSQL a transaction may commit after a later one: its rows carry a lower `seq`
than rows already read. The read therefore also notes which transactions were still
running (the snapshot's in-progress list) and reads their rows again next time, by `xid`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session

from newsdesk.storage.database import Database
from newsdesk.storage.orm_sync import ChangeLog, SyncGuard


@dataclass(frozen=True, slots=True)
class Change:
    seq: int
    entity: str
    entity_uuid: str
    article_uuid: str | None
    op: str


@dataclass(frozen=True, slots=True)
class ChangeBatch:
    changes: tuple[Change, ...]
    last_seq: int
    """The new watermark: every row up to it has been read."""
    pending: tuple[int, ...]
    """Transactions running at the read (PostgreSQL): their rows are read again next time."""

    def article_uuids(self) -> set[str]:
        return {
            c.article_uuid
            for c in self.changes
            if c.entity in ("article", "note", "link") and c.article_uuid
        }

    def uuids(self, entity: str, op: str | None = None) -> set[str]:
        return {
            c.entity_uuid for c in self.changes if c.entity == entity and (op is None or c.op == op)
        }


def read_changes(database: Database, after: int, pending: tuple[int, ...] = ()) -> ChangeBatch:
    """Every change after `after` (plus the late rows of `pending` transactions)."""
    with database.transaction() as session:
        return changes_in(session, after, pending)


def changes_in(session: Session, after: int, pending: tuple[int, ...] = ()) -> ChangeBatch:
    """`read_changes` inside a transaction just begun (on PostgreSQL it becomes
    REPEATABLE READ, so whatever else it reads shares the change log's snapshot).

    Only the rows after the watermark are read, by the primary key (`seq`), and those of
    the pending transactions by the `xid` index; columns only, no ORM objects.
    """
    running = _running(session)
    condition = ChangeLog.seq > after
    if pending:
        condition = or_(condition, ChangeLog.xid.in_(list(pending)))
    rows = session.execute(
        select(
            ChangeLog.seq,
            ChangeLog.entity,
            ChangeLog.entity_uuid,
            ChangeLog.article_uuid,
            ChangeLog.op,
        )
        .where(condition)
        .order_by(ChangeLog.seq)
    )
    changes = tuple(Change(*row) for row in rows)
    last = max([after, *(c.seq for c in changes)])
    return ChangeBatch(changes, last, running)


def _running(session: Session) -> tuple[int, ...]:
    """The transactions running at this one's snapshot (PostgreSQL; none on SQLite)."""
    if session.get_bind().dialect.name == "sqlite":
        return ()
    session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    return tuple(
        int(x)
        for x in session.scalars(
            text("SELECT x::text FROM pg_snapshot_xip(pg_current_snapshot()) AS x")
        )
    )


def last_seq(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(ChangeLog.seq), 0))) or 0


@contextmanager
def quiet(session: Session) -> Iterator[Session]:
    """Writes inside leave no change-log rows (a sync applying the newsroom's changes).

    The flag is set and cleared inside this one transaction, so no other connection ever
    sees it set.
    """
    session.execute(update(SyncGuard).values(applying=1))
    yield session
    session.flush()
    session.execute(update(SyncGuard).values(applying=0))


def position(database: Database) -> tuple[int, tuple[int, ...]]:
    """Where the change log stands now: the last `seq` and the transactions still running."""
    with database.transaction() as session:
        running = _running(session)
        return last_seq(session), running
