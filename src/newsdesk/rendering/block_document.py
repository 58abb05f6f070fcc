"""A story's lines and their blocks, kept current edit by edit.

Splitting a 1 MB story into blocks (rendering/blocks.py) takes tens of milliseconds,
and joining its lines into one text first takes more; doing both for every keystroke made
the preview's cost grow with the story. Here an edit (some lines replaced by others)
re-splits only a window around it: from the start of the block before the edit to the
first old block boundary after it that the window's own split confirms. A boundary is
only ever a line where nothing (a fenced code block, a raw HTML block, an open HTML tag)
runs across, so the text before the window, and the blocks after the confirmed boundary,
split the same as before. When no boundary after the edit holds (a fence opened and
never closed), the window grows to the end of the story.

Lines that hold a line break of their own (a document line with a U+2028 made into
``\\n``, or a ``\\r``) would make the line numbers of the split and of the edits differ:
while any is present the whole text is split again, as before.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.rendering.blocks import split_blocks, uses_reference_definitions

FIRST_WINDOW_BLOCKS = 2
"""Old boundaries after the edit the first window reaches (it grows fourfold)."""


@dataclass(frozen=True, slots=True)
class LineEdit:
    """Lines `first` to `first + removed` (exclusive) were replaced by `lines`."""

    first: int
    removed: int
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BlockChange:
    """Blocks `start` to `start + removed` were replaced by `inserted` blocks."""

    start: int
    removed: int
    inserted: int


def _irregular(line: str) -> bool:
    return "\n" in line or "\r" in line


class BlockDocument:
    """Not thread-safe: one owner (the preview's render worker) uses it."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._irregular = 0
        self._texts: list[str] = []
        self._starts: list[int] = []
        self._references: dict[str, bool] = {}
        self._with_references = 0

    # ---- reading -------------------------------------------------------------------------
    @property
    def texts(self) -> list[str]:
        """Each block's source text (the blocks tile the text)."""
        return self._texts

    @property
    def starts(self) -> list[int]:
        """Each block's first line."""
        return self._starts

    def text(self) -> str:
        return "\n".join(self._lines)

    @property
    def line_count(self) -> int:
        return len(self._lines)

    @property
    def has_irregular_lines(self) -> bool:
        """Whether a line holds a break of its own (block starts then count text lines)."""
        return self._irregular > 0

    @property
    def uses_references(self) -> bool:
        """Whether a block defines ``[label]: url`` (blocks then depend on each other)."""
        return self._with_references > 0

    # ---- changing ------------------------------------------------------------------------
    def load(self, lines: Sequence[str]) -> BlockChange:
        """Take a whole new text (its lines); every block changes."""
        old = len(self._texts)
        self._lines = list(lines)
        self._irregular = sum(map(_irregular, self._lines))
        self._resplit_all()
        return BlockChange(0, old, len(self._texts))

    def apply(self, edit: LineEdit) -> BlockChange:
        """Replace lines as `edit` says, re-splitting around it; the blocks that changed."""
        if edit.first < 0 or edit.removed < 0 or edit.first + edit.removed > len(self._lines):
            raise ValueError(f"{edit.first}+{edit.removed} is outside {len(self._lines)} lines")
        removed_lines = self._lines[edit.first : edit.first + edit.removed]
        self._irregular += sum(map(_irregular, edit.lines)) - sum(map(_irregular, removed_lines))
        self._lines[edit.first : edit.first + edit.removed] = edit.lines
        if self._irregular or not self._texts:
            old = len(self._texts)
            self._resplit_all()
            return BlockChange(0, old, len(self._texts))
        return self._resplit_around(edit)

    def _resplit_all(self) -> None:
        blocks = split_blocks("\n".join(self._lines))
        self._replace(0, len(self._texts), [b.text for b in blocks], [b.start_line for b in blocks])

    def _resplit_around(self, edit: LineEdit) -> BlockChange:
        starts = self._starts
        delta = len(edit.lines) - edit.removed
        # The window starts at the block holding the line before the edit: that boundary
        # and all the text before it are unchanged.
        first_block = max(bisect_right(starts, max(edit.first - 1, 0)) - 1, 0)
        window_start = starts[first_block] if starts else 0
        # Old boundaries whose line and the line before it are both unchanged.
        after = bisect_left(starts, edit.first + edit.removed + 1)
        reach = FIRST_WINDOW_BLOCKS
        total = len(self._lines)
        while True:
            candidates = [start + delta for start in starts[after : after + reach]]
            window_end = starts[after + reach] + delta if after + reach < len(starts) else total
            texts, window_starts = self._split_window(window_start, window_end)
            if window_end >= total:
                return self._replace(first_block, len(starts) - first_block, texts, window_starts)
            found = set(window_starts)
            for offset, candidate in enumerate(candidates):
                if candidate in found:
                    keep = bisect_left(window_starts, candidate)
                    end_block = after + offset
                    shifted = [start + delta for start in starts[end_block:]]
                    self._starts[end_block:] = shifted
                    return self._replace(
                        first_block,
                        end_block - first_block,
                        texts[:keep],
                        window_starts[:keep],
                    )
            reach *= 4

    def _split_window(self, start: int, end: int) -> tuple[list[str], list[int]]:
        text = "\n".join(self._lines[start:end])
        if end < len(self._lines):
            text += "\n"
        blocks = split_blocks(text)
        return [block.text for block in blocks], [block.start_line + start for block in blocks]

    def _replace(
        self, start: int, removed: int, texts: list[str], starts: list[int]
    ) -> BlockChange:
        for gone in self._texts[start : start + removed]:
            self._with_references -= self._defines_references(gone)
        for new in texts:
            self._with_references += self._defines_references(new)
        self._texts[start : start + removed] = texts
        self._starts[start : start + removed] = starts
        if len(self._references) > 2 * len(self._texts) + 64:
            wanted = set(self._texts)
            self._references = {k: v for k, v in self._references.items() if k in wanted}
        return BlockChange(start, removed, len(texts))

    def _defines_references(self, block_text: str) -> bool:
        if "]:" not in block_text:
            return False
        known = self._references.get(block_text)
        if known is None:
            known = self._references[block_text] = uses_reference_definitions(block_text)
        return known
