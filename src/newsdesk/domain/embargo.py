"""Embargoes: a time before which a story may be neither published nor handed out.

Plain rules the services, the exports, the checks and the CLI share; the databases keep
the same rule in their own trigger (migration 0019).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from newsdesk.domain.errors import InvalidInput

_MENTION = re.compile(r"\bembargo", re.IGNORECASE)


def embargo_holds(until: datetime | None, now: datetime) -> bool:
    """Whether a story embargoed `until` is still held back at `now`."""
    return until is not None and until > now


def parse_moment(text: str, what: str = "time") -> datetime:
    """An ISO 8601 time with its zone (`2026-12-08T06:00+01:00`, `…Z`), as UTC.

    A time without a zone is refused: an embargo read in another zone than it was meant
    in would lift hours early."""
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 64:
        raise InvalidInput(f"{text[:64]!r} is not a {what} (ISO 8601, e.g. 2026-12-08T06:00Z)")
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise InvalidInput(
            f"{cleaned!r} is not a {what} (ISO 8601, e.g. 2026-12-08T06:00Z)"
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidInput(
            f"{cleaned!r} has no time zone; give one (Z, +01:00…) so the {what} is unambiguous"
        )
    if moment.year < 1970 or moment.year > 9998:
        raise InvalidInput(f"{cleaned!r} is out of range")
    return moment.astimezone(UTC)


def publish_refusal(until: datetime | None, now: datetime) -> str | None:
    """Why a story embargoed `until` may not be published at `now` (None: it may)."""
    if embargo_holds(until, now):
        assert until is not None
        return f"The story is embargoed until {_shown(until)}; it cannot be published before"
    return None


def schedule_refusal(until: datetime | None, when: datetime) -> str | None:
    """Why a publication scheduled at `when` would break the embargo (None: it would not)."""
    if until is not None and when < until:
        return (
            f"The story is embargoed until {_shown(until)}; "
            f"a publication at {_shown(when)} would break it"
        )
    return None


def mentions_embargo(*texts: str) -> bool:
    """Whether any of `texts` speaks of an embargo ("embargo", "embargoed"…)."""
    return any(_MENTION.search(text) for text in texts)


def _shown(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
