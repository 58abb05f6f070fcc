"""ORM models of comment moderation: the moderation log, per-state counts, rules."""

from __future__ import annotations
