"""Reads that stop part-way when nobody wants their answer any more.

Filter-as-you-type asks for a new listing at every keystroke; the listing for the letter
before is then wasted work on the one query worker. On SQLite a progress handler polls
`cancelled` every 200,000 virtual-machine steps and interrupts the statement; on
PostgreSQL the read runs to its end (the caller still drops the answer).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from newsdesk.domain.errors import Superseded

Cancelled = Callable[[], bool]
STEPS_BETWEEN_CHECKS = 200_000
"""A few milliseconds of SQLite's work between two looks at `cancelled`. Each look takes
the GIL back from the GUI thread: every 10,000 steps, thousands of looks a listing made
listings twice as slow while the GUI thread was busy; a superseded listing now runs on
for a few milliseconds at most."""


@contextmanager
def interruptible(session: Session, cancelled: Cancelled | None) -> Iterator[None]:
    """Run the block's statements so that `cancelled()` turning true stops them with
    `Superseded` (also raised before they start when it is already true)."""
    if cancelled is None:
        yield
        return
    if cancelled():
        raise Superseded
    driver = session.connection().connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        yield
        return
    driver.set_progress_handler(lambda: 1 if cancelled() else 0, STEPS_BETWEEN_CHECKS)
    try:
        yield
    except (DBAPIError, sqlite3.OperationalError) as error:
        if cancelled():
            raise Superseded from error
        raise
    finally:
        driver.set_progress_handler(None, 0)
