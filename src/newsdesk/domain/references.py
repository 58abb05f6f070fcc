"""How people and scripts name a story or a comment: its row id, its UUID or a slug.

A reference that looks like a number is a row id only when a row could have it: ASCII
digits (not "²" or "١٢"; `str.isdigit` takes those, and `int` refuses them or reads
another number), no more than an INTEGER column holds. Anything else is looked up as
the text it is, so no reference can overflow a query.
"""

from __future__ import annotations

MAX_ROW_ID = 2**31 - 1
"""The largest id an INTEGER column holds (PostgreSQL's integer; no row has more)."""

_MAX_DIGITS = len(str(MAX_ROW_ID))


def row_id(reference: str) -> int | None:
    """`reference` as a row id, or None when it cannot be one."""
    text = reference.strip()
    if not text or len(text) > _MAX_DIGITS or not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if number <= MAX_ROW_ID else None


def comparable(reference: str) -> bool:
    """Whether a database can compare `reference` with its text: PostgreSQL text holds
    no NUL character, and refuses a query that carries one."""
    return "\x00" not in reference
