"""What a WordPress import did: counts, and each thing skipped, changed or already here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsdesk.services.interchange.wxr_media import MissingMedia
from newsdesk.services.interchange.wxr_read import Flaw

__all__ = ["Changed", "Present", "Skipped", "WxrImportReport", "skipped_reasons"]


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something in the file that was not imported, and why."""

    line: int
    what: str
    reason: str


@dataclass(frozen=True, slots=True)
class Changed:
    """Something imported, but not as the file had it: what, and how."""

    line: int
    what: str
    how: str


@dataclass(frozen=True, slots=True)
class Present:
    """A post already in the newsroom (imported before, or twice in this file)."""

    line: int
    title: str


@dataclass(frozen=True, slots=True)
class WxrImportReport:
    posts: int
    """Stories written."""
    comments: int
    """Comments written, pingbacks and trackbacks included."""
    pingbacks: int
    trackbacks: int
    categories: int
    """Sections created (categories matching an existing section's slug join it)."""
    tags: int
    """Tags that did not exist before."""
    posts_already_present: int
    comments_already_present: int
    skipped: tuple[Skipped, ...]
    flaws: tuple[Flaw, ...]
    """Problems in the file that were read around."""
    article_ids: tuple[int, ...]
    seconds: float
    changed: tuple[Changed, ...] = ()
    """Posts and comments imported other than the file had them, and how."""
    present: tuple[Present, ...] = ()
    """Each post already here, by line and title."""
    pictures: int = 0
    """Attachments whose files became library pictures (or were already there)."""
    missing_media: tuple[MissingMedia, ...] = ()
    """Attachments whose files were not found or not taken, with why."""


def skipped_reasons(report: WxrImportReport) -> Iterable[tuple[str, int]]:
    """How many things were skipped for each reason, most common first."""
    counts: dict[str, int] = {}
    for entry in report.skipped:
        counts[entry.reason] = counts.get(entry.reason, 0) + 1
    return sorted(counts.items(), key=lambda pair: -pair[1])
