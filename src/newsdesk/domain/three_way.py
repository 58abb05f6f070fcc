"""What each side changed from the version both started from, place by place: the
conflict view's columns (their changes, yours, the merge) read from it.

Both sides are compared with the base, never with each other: compared directly, a
colleague's change would read as your deletion, and the untouched original as your
insertion. The body is compared stretch by stretch of the merge, so the columns keep
its paragraphs side by side.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from newsdesk.domain.diff import TextDiff, diff_words
from newsdesk.domain.entities import TEXT_FIELDS
from newsdesk.domain.merge import ArticleMerge, Change

COMPARED_FIELDS: tuple[str, ...] = tuple(name for name in TEXT_FIELDS if name != "body")
"""The fields compared word by word, besides the body (the others are values)."""


@dataclass(frozen=True, slots=True)
class SideChanges:
    """One place (a field, or a stretch of the body) as each side changed it."""

    change: Change
    theirs: TextDiff
    """Word by word, from the base to theirs."""
    ours: TextDiff
    """Word by word, from the base to ours."""

    @classmethod
    def between(cls, change: Change, base: str, ours: str, theirs: str) -> SideChanges:
        return cls(change, diff_words(base, theirs), diff_words(base, ours))


@dataclass(frozen=True, slots=True)
class ThreeWayComparison:
    fields: Mapping[str, SideChanges]
    """The fields of COMPARED_FIELDS, by name."""
    body: tuple[SideChanges, ...]
    """One for each stretch of the merge's body, in order."""

    @classmethod
    def of(cls, merge: ArticleMerge) -> ThreeWayComparison:
        edits = (merge.base, merge.ours, merge.theirs)
        fields = {
            name: SideChanges.between(
                merge.field_change(name), *(getattr(edit, name) for edit in edits)
            )
            for name in COMPARED_FIELDS
        }
        body = tuple(
            SideChanges.between(
                stretch.change, *(_read(stretch.side(side)) for side in ("base", "ours", "theirs"))
            )
            for stretch in merge.body.stretches
        )
        return cls(fields, body)


def _read(paragraphs: tuple[str, ...]) -> str:
    """A stretch's paragraphs as one text, without the blank lines after the last."""
    return "".join(paragraphs).rstrip()
