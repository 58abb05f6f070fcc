"""How a script names a row: its numeric id, its UUID or its slug, as typed."""

from __future__ import annotations

MAX_ROW_ID = 2**31 - 1
"""The largest id an INTEGER column holds: PostgreSQL refuses to compare one with more."""


def row_id(reference: str) -> int | None:
    """The id `reference` spells, when it spells one: ASCII digits only (`str.isdigit`
    also takes "²" and "٣", which `int` refuses or reads as another number), in range."""
    if not (reference.isascii() and reference.isdigit()):
        return None
    value = int(reference)
    return value if value <= MAX_ROW_ID else None


def comparable(reference: str) -> bool:
    """Whether a database can compare `reference` with its text: PostgreSQL text holds
    no NUL character, and refuses a query that carries one."""
    return "\x00" not in reference
