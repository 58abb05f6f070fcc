"""Agency wire items: what an agency sent, and how a new delivery relates to the last one.

A wire item is kept as the agency sent it; the newsroom never edits it. Agencies resend
an item under the same guid when they update, correct or withdraw it: a higher version,
or the same version with another publication status or signal. `judge_delivery` says
which: a new item, an update, the same again, or an older version arriving late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class WireStatus(StrEnum):
    """IPTC's publication status (ninjs `pubstatus`, NewsML-G2 `pubStatus`)."""

    USABLE = "usable"
    WITHHELD = "withheld"
    CANCELED = "canceled"


class WireSignal(StrEnum):
    """What the agency says this version is (NewsML-G2 `signal`; ninjs says it in words)."""

    NONE = ""
    UPDATE = "update"
    CORRECTION = "correction"


class Delivery(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    OLDER = "older"


#: How many wire items one import reads at most, and how large one file may be.
MOST_FILES = 10_000
MOST_FILE_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class WireItem:
    """One version of an agency's item, read from ninjs or NewsML-G2."""

    guid: str
    version: int
    agency: str
    headline: str
    body: str
    """The story's text as Markdown (the agency's HTML through the newsroom's policy)."""
    source_format: str
    """"ninjs" or "newsml"."""
    source: str
    """The document exactly as it arrived."""
    slugline: str = ""
    byline: str = ""
    dateline: str = ""
    summary: str = ""
    language: str = ""
    urgency: int | None = None
    status: WireStatus = WireStatus.USABLE
    signal: WireSignal = WireSignal.NONE
    correction: str = ""
    version_created: datetime | None = None
    first_created: datetime | None = None

    @property
    def withdrawn(self) -> bool:
        return self.status is WireStatus.CANCELED

    def fingerprint(self) -> tuple[object, ...]:
        """What makes two deliveries of one version the same delivery."""
        return (
            self.version,
            self.status,
            self.signal,
            self.headline,
            self.body,
            self.summary,
            self.correction,
        )


def judge_delivery(current: WireItem | None, incoming: WireItem) -> Delivery:
    """How `incoming` relates to the newest version the newsroom holds of its guid."""
    if current is None:
        return Delivery.ADDED
    if incoming.version < current.version:
        return Delivery.OLDER
    if incoming.fingerprint() == current.fingerprint():
        return Delivery.UNCHANGED
    return Delivery.UPDATED


def agency_from_guid(guid: str) -> str:
    """The agency named in a NewsML URN (``urn:newsml:dpa.com:…`` → ``dpa.com``)."""
    parts = guid.split(":")
    if len(parts) > 3 and parts[0].lower() == "urn" and parts[1].lower() == "newsml":
        return parts[2]
    return ""


def version_number(value: object) -> int:
    """An item's version as a number (agencies send "2", 2 or nothing; nothing is 1)."""
    if isinstance(value, bool):
        raise ValueError("a version is a number, not true or false")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) <= 10:
        number = int(value.strip())
    elif value is None or value == "":
        return 1
    else:
        raise ValueError(f"version {str(value)[:40]!r} is not a whole number")
    if not 0 <= number < 2**31:
        raise ValueError(f"version {number} is out of range")
    return number
