"""How a copy writes its rows to the other database: all at once, or one by one.

Towards the newsroom, its rights judge every row (on PostgreSQL, row-level security
refuses a related link on a story the person may no longer change). A refused row
aborts the statement it came in, so a sync first writes a batch all at once and, when
the newsroom refuses something, writes it again row by row, each row in its own
savepoint: then only the refused rows are left out, and they are noted by uuid.

An update or removal the rights hide the row from (a policy's USING clause) changes
nothing and raises nothing: a row the copy has just read that such a statement left
alone counts as refused too.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from newsdesk.domain.errors import NotAllowed

Operation = Literal["insert", "update", "delete"]


@dataclass(frozen=True, slots=True)
class RefusedRow:
    table: str
    uuid: str | None
    operation: Operation


def _all_written(result: Any, wanted: int) -> None:
    if (result.rowcount or 0) < wanted:
        raise NotAllowed("The newsroom left the row as it was")


@dataclass
class Writes:
    """What a copy's inserts, updates and removals go through.

    `one_by_one`: each row in its own savepoint; a row the target refuses (`NotAllowed`)
    is left out and noted in `refused`. Otherwise a refusal propagates, and the caller's
    savepoint undoes the batch."""

    one_by_one: bool = False
    refused: list[RefusedRow] = field(default_factory=list)

    def insert(
        self, session: Session, table: Table, rows: Sequence[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Insert `rows` (each with its uuid); the rows written."""
        if not rows:
            return []

        def write(which: list[dict[str, Any]]) -> None:
            session.execute(insert(table), which)

        if not self.one_by_one:
            write(list(rows))
            return list(rows)
        return [
            row
            for row in rows
            if self._attempt(session, table, row["uuid"], "insert", partial(write, [row]))
        ]

    def update(
        self, session: Session, table: Table, uuid: str | None, values: dict[str, Any]
    ) -> bool:
        """Update the row `uuid`, which the target holds; whether it was written."""

        def write() -> None:
            result = session.execute(update(table).where(table.c.uuid == uuid).values(**values))
            _all_written(result, 1)

        if not self.one_by_one:
            write()
            return True
        return self._attempt(session, table, uuid, "update", write)

    def delete(self, session: Session, table: Table, uuids: Collection[str | None]) -> int:
        """Remove those of the rows `uuids` the target holds; how many it removed."""
        if not uuids:
            return 0
        held = list(session.scalars(select(table.c.uuid).where(table.c.uuid.in_(list(uuids)))))

        def remove(which: list[str]) -> None:
            result = session.execute(delete(table).where(table.c.uuid.in_(which)))
            _all_written(result, len(which))

        if not self.one_by_one:
            if held:
                remove(held)
            return len(held)
        return sum(
            self._attempt(session, table, uuid, "delete", partial(remove, [uuid])) for uuid in held
        )

    def _attempt(
        self,
        session: Session,
        table: Table,
        uuid: str | None,
        operation: Operation,
        write: Callable[[], object],
    ) -> bool:
        try:
            with session.begin_nested():
                write()
        except NotAllowed:
            self.refused.append(RefusedRow(table.name, uuid, operation))
            return False
        return True
