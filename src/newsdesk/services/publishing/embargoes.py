"""Which stories an export must leave out because their embargo has not lifted yet.

One query for the few stories still embargoed, so the exports' own queries (and the
site's covering index) stay as they are; each export asks with its own clock, which
tests set.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.storage import orm


def export_time(now: datetime | None) -> datetime:
    """The moment an export holds embargoes against: `now` if given, else the clock."""
    return now if now is not None else datetime.now(UTC)


def embargoed_ids(session: Session, now: datetime) -> set[int]:
    """The stories whose embargo still holds at `now`."""
    return set(session.scalars(select(orm.Article.id).where(orm.Article.embargoed_until > now)))
