"""The reply form's token: proof that a comment comes from a page of this newsroom's
site, and how long after the reader was handed the form it was sent.

Both kinds are signed with the newsroom's secret (HMAC-SHA256) and bound to one story:

- a *page* token is written into the exported page. A static page may stay up for years,
  so it never expires; it says nothing about when the reader started writing.
- a *fresh* token is handed out by the comment receiver when the reader starts writing
  (the page's script asks for it) and carries that moment: a form sent less than
  `TOO_FAST` after it, or more than `FRESH_FOR` after it, is doubted.

A doubt holds the comment for a moderator (with the doubt among its reasons) rather than
refusing it: a person who writes fast or leaves a tab open overnight loses nothing. A
missing or forged token, or one signed for another story, is refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime, timedelta

from newsdesk.domain.hold_reasons import HoldReason, ReasonCode
from newsdesk.domain.intake import RefusalKind, Refused

TOO_FAST = timedelta(seconds=2)
FRESH_FOR = timedelta(hours=12)
CLOCK_SLACK = timedelta(seconds=5)
"""How far in the future a fresh token may seem (clocks of several receivers)."""
MOST_LENGTH = 200

_PAGE = "p1"
_FRESH = "f1"
NO_FRESH_TOKEN = HoldReason(ReasonCode.FORM_NOT_FRESH)


class Unverified(Refused):
    """The form's token is missing, malformed, forged or for another story."""

    kind = RefusalKind.UNVERIFIED


def _mac(secret: bytes, *parts: str) -> str:
    digest = hmac.new(secret, "|".join(parts).encode(), hashlib.sha256).digest()[:18]
    return base64.urlsafe_b64encode(digest).decode("ascii")


def _millis(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def page_token(secret: bytes, story_uuid: str) -> str:
    """The token an exported page carries: the same for every export of the story."""
    return f"{_PAGE}.{_mac(secret, _PAGE, story_uuid)}"


def fresh_token(secret: bytes, story_uuid: str, now: datetime) -> str:
    """A token handed out at `now`, for a reader who started writing on the story."""
    issued = str(_millis(now))
    return f"{_FRESH}.{issued}.{_mac(secret, _FRESH, story_uuid, issued)}"


def _seconds(span: timedelta) -> str:
    seconds = span.total_seconds()
    if seconds < 60:
        return f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.0f} h"


def read_token(secret: bytes, token: str, story_uuid: str, now: datetime) -> tuple[HoldReason, ...]:
    """The doubts a comment sent with `token` at `now` raises (none: nothing to doubt).

    Raises Unverified when the token is not one this newsroom signed for the story.
    """
    refused = Unverified(
        "the form could not be verified: reload the story's page and send it again"
    )
    if not token or len(token) > MOST_LENGTH or not token.isascii():
        raise refused
    parts = token.split(".")
    if parts[0] == _PAGE and len(parts) == 2:
        if not hmac.compare_digest(parts[1], _mac(secret, _PAGE, story_uuid)):
            raise refused
        return (NO_FRESH_TOKEN,)
    if parts[0] != _FRESH or len(parts) != 3 or not parts[1].isdigit() or len(parts[1]) > 15:
        raise refused
    if not hmac.compare_digest(parts[2], _mac(secret, _FRESH, story_uuid, parts[1])):
        raise refused
    issued = datetime.fromtimestamp(int(parts[1]) / 1000, tz=UTC)
    waited = now - issued
    if waited < -CLOCK_SLACK:
        raise refused
    if waited < TOO_FAST:
        return (HoldReason(ReasonCode.FORM_TOO_SOON, _seconds(max(waited, timedelta(0)))),)
    if waited > FRESH_FOR:
        return (HoldReason(ReasonCode.FORM_EXPIRED, _seconds(waited)),)
    return ()
