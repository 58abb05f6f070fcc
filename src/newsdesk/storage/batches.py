"""Long lists taken a part at a time: one statement's bound values stay within what every
database accepts (SQLite caps their number), and a batch of work stays one size."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

VALUES_PER_QUERY = 500
"""Bound values in one `IN (...)`: well under SQLite's limit."""


def chunks(values: Sequence[T], size: int = VALUES_PER_QUERY) -> Iterator[list[T]]:
    """`values` in consecutive lists of at most `size`, in their order."""
    for start in range(0, len(values), size):
        yield list(values[start : start + size])
