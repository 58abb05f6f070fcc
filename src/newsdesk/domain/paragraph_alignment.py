"""Aligning one side's paragraphs with the base's: the edits the side made, as fine as
can be told, for the three-way merge (`merge.merge_text`) to set both sides' side by side.

Paragraphs are matched by the ones the texts begin and end with, then by difflib's
longest matches; what is left between matches is replaced, paragraph by paragraph where
a changed paragraph shares enough words with its new form (`diff.pair_lines`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from newsdesk.domain.diff import MAX_LINE_PAIRING_WORK, pair_lines


def _matches(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int]]:
    """Where `a` and `b` hold the same paragraphs, as (start in a, start in b, length):
    those they begin and end with first, then difflib's longest matches between, so a
    paragraph that recurs ("* * *") pairs with its own place and not the first like it."""
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    middle = SequenceMatcher(
        None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False
    ).get_matching_blocks()
    blocks = [(0, 0, head), *((i + head, j + head, n) for i, j, n in middle)]
    blocks.append((len(a) - tail, len(b) - tail, tail))
    return [block for block in blocks if block[2]]


@dataclass(frozen=True, slots=True)
class Edit:
    """One side's change to the base: paragraphs [start, end) of the base became its
    paragraphs [side_start, side_end) (start == end: an insertion)."""

    start: int
    end: int
    side_start: int
    side_end: int
    ours: bool

    def overlaps(self, start: int, end: int) -> bool:
        if self.start == self.end == start == end:
            return True  # both sides wrote something in at one place
        return self.start < end and start < self.end


def edits_of(base: list[str], side: list[str], *, ours: bool) -> list[Edit]:
    """What one side changed, as edits of the base, as fine as can be told: each changed
    paragraph pairs with its new form by the words they share (`pair_lines`); of those
    that pair with none, as many replaced by as many go one for one, others together."""
    edits: list[Edit] = []
    at_base = at_side = 0
    for base_start, side_start, size in [*_matches(base, side), (len(base), len(side), 0)]:
        if (base_start, side_start) != (at_base, at_side):
            old, new = (at_base, base_start), (at_side, side_start)
            if at_base == base_start or at_side == side_start:
                edits.append(Edit(*old, *new, ours))
            elif (base_start - at_base) * (side_start - at_side) > MAX_LINE_PAIRING_WORK:
                edits += _one_for_one(old, new, ours)
            else:
                edits += _paired(base, side, old, new, ours)
        at_base, at_side = base_start + size, side_start + size
    return edits


def _paired(
    base: list[str], side: list[str], old: tuple[int, int], new: tuple[int, int], ours: bool
) -> list[Edit]:
    edits: list[Edit] = []
    run = (old[0], new[0])  # where the paragraphs paired with none began
    pairs = pair_lines(base[old[0] : old[1]], side[new[0] : new[1]])
    for base_index, side_index in [*pairs, (old[1] - old[0], new[1] - new[0])]:
        if base_index is None or side_index is None:
            continue
        at_base, at_side = old[0] + base_index, new[0] + side_index
        edits += _one_for_one((run[0], at_base), (run[1], at_side), ours)
        if at_base < old[1] and base[at_base] != side[at_side]:
            edits.append(Edit(at_base, at_base + 1, at_side, at_side + 1, ours))
        run = (at_base + 1, at_side + 1)
    return edits


def _one_for_one(old: tuple[int, int], new: tuple[int, int], ours: bool) -> list[Edit]:
    """Paragraphs old[0]:old[1] of the base replaced by new[0]:new[1] of a side: one edit
    a paragraph if there are as many, else one edit (none if there are none)."""
    count = old[1] - old[0]
    if count != new[1] - new[0]:
        return [Edit(*old, *new, ours)]
    return [
        Edit(old[0] + k, old[0] + k + 1, new[0] + k, new[0] + k + 1, ours) for k in range(count)
    ]


def overlapping(edits: list[Edit]) -> list[list[Edit]]:
    """Both sides' edits in the base's order, those that overlap together."""
    clusters: list[list[Edit]] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if clusters:
            start = min(e.start for e in clusters[-1])
            end = max(e.end for e in clusters[-1])
            if edit.overlaps(start, end):
                clusters[-1].append(edit)
                continue
        clusters.append([edit])
    return clusters
