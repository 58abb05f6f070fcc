"""ORM models of the copy desk: workflow transitions, editorial notes, word lists."""

from __future__ import annotations
