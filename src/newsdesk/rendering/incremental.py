"""The live preview's body, kept up to date block by block.

Each top-level block is rendered once, with its lines counted from its own start, and
cached by its text; a keystroke re-renders only the block it touched. `patch()` answers
with the smallest replacement of consecutive blocks (a `BodyPatch`), each new block with
its first source line, plus every block's first line when blocks kept have moved, so a
browser DOM can be patched in place instead of reloaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.rendering.block_document import BlockChange, BlockDocument, LineEdit
from newsdesk.rendering.blocks import split_blocks
from newsdesk.rendering.markdown import render_markdown_template


@dataclass(frozen=True, slots=True)
class BodyPatch:
    start: int
    """Index of the first block replaced."""
    remove: int
    """How many old blocks go, from `start`."""
    insert: tuple[str, ...]
    """HTML of the blocks that take their place (lines relative to each block)."""
    insert_starts: tuple[int, ...]
    """First source line of each inserted block (the preview scrolls by it)."""
    starts: tuple[int, ...] | None
    """First source line of every block after the patch; None when unchanged."""
    shift_by: int = 0
    """Lines by which every block after the inserted ones now starts later (or earlier)."""
    complete: bool = True
    """False while a long story is being filled in: `fill()` gives the next blocks."""

    @property
    def is_empty(self) -> bool:
        return self.remove == 0 and not self.insert and self.starts is None and not self.shift_by


FIRST_BLOCKS = 60
"""Blocks of a newly opened story in its first patch: a few screens, shown at once."""
FIRST_LINES = 600
"""Lines of a newly opened story split for its first patch, before the rest is."""
FILL_BLOCKS = 400
"""Blocks added by each `fill()` after that (a patch of some 100 KB of HTML)."""


class IncrementalBodyRenderer:
    """Not thread-safe: one owner (the preview's render worker) calls it in order.

    `patch(text)` takes a whole text (a story opened); `patch_edits(edits)` takes the
    lines changed since the last patch and touches only the blocks around them. A long
    text is shown from the top: the body first holds its first blocks, and each `fill()`
    adds the next ones (edits meanwhile are shown where they fall in the part shown).
    """

    def __init__(self, fill_blocks: int = FILL_BLOCKS, first_lines: int = FIRST_LINES) -> None:
        self._fill_blocks = fill_blocks
        self._first_lines = first_lines
        self._unsplit: list[str] | None = None
        """A story opened from its top: its lines, split into blocks at the first fill."""
        self._shown = 0
        """How many of the document's blocks the body holds (all but while filling)."""
        self._document = BlockDocument()
        self._keys: list[str] = []
        """Source of each block the body shows."""
        self._starts: list[int] = []
        self._html: dict[str, str] = {}
        self._follows_document = False
        """Whether the body shows the document's blocks (not one block of references)."""

    def reset(self) -> None:
        """The page was reloaded: the next patch rebuilds the whole body."""
        self._unsplit = None
        self._keys = []
        self._starts = []
        self._follows_document = False

    def patch(self, text: str, first: int | None = None) -> BodyPatch:
        """The body for this whole text: only its `first` blocks if given and the body is
        empty (`fill()` adds the rest), as many as were shown if it is being filled."""
        self._split_opened()
        lines = text.split("\n")
        opened_long = first is not None and not self._keys and len(lines) > self._first_lines
        # (Reference definitions tie blocks together: such a story is split whole.)
        if opened_long and "]:" not in text:
            top = self._top(lines, first or 0)
            if top is not None:
                return top
        filling = self._shown < len(self._document.texts) and self._follows_document
        self._document.load(lines)
        count = len(self._document.texts)
        if first is not None and not self._keys:
            self._shown = min(count, first)
        elif filling:
            self._shown = min(count, len(self._keys))
        else:
            self._shown = count
        return self._whole()

    def patch_edits(self, edits: Sequence[LineEdit]) -> BodyPatch:
        """The body after these line edits (in order) to the text of the last patch."""
        self._split_opened()
        lines_before = self._document.line_count
        changes = [self._document.apply(edit) for edit in edits]
        filling = self._shown < len(self._document.texts) - _net(changes)
        for change in changes:
            self._shown = _shown_after(self._shown, change)
        if filling or not self._follows_document or self._document.uses_references:
            return self._whole()
        if self._document.has_irregular_lines:
            return self._whole()
        return self._around(changes, self._document.line_count - lines_before)

    def fill(self) -> BodyPatch:
        """The next blocks of a story being filled in, after those shown."""
        self._split_opened()
        if self._shown >= len(self._document.texts) or not self._follows_document:
            return BodyPatch(len(self._keys), 0, (), (), None)
        self._shown = min(len(self._document.texts), self._shown + self._fill_blocks)
        return self._whole()

    def _top(self, lines: list[str], first: int) -> BodyPatch | None:
        """The first blocks of a long story, from splitting only its first lines.

        Every boundary inside that window is one of the whole story's (nothing running
        across it can depend on what follows), except that the last block may run on.
        """
        window = "\n".join(lines[: self._first_lines]) + "\n"
        if "\r" in window:
            return None  # other line breaks: the lines are not the text's lines
        blocks = split_blocks(window)[:-1][:first]
        if not blocks:
            return None
        self._unsplit = lines
        self._keys = [block.text for block in blocks]
        self._starts = [block.start_line for block in blocks]
        self._shown = len(blocks)
        self._follows_document = True
        html = tuple(self._render(key) for key in self._keys)
        starts = tuple(self._starts)
        return BodyPatch(0, 0, html, starts, starts, 0, complete=False)

    def _split_opened(self) -> None:
        """Split the whole of a story opened from its top (the body shows a prefix)."""
        if self._unsplit is not None:
            self._document.load(self._unsplit)
            self._unsplit = None

    def _whole(self) -> BodyPatch:
        """Compare every block with the body's (after a load, or with references)."""
        document = self._document
        if document.uses_references:
            # Reference links resolve across blocks: render the body as one block.
            keys, starts = [document.text()], [0]
            self._follows_document = False
        else:
            keys, starts = document.texts[: self._shown], document.starts[: self._shown]
            self._follows_document = True
        old = self._keys
        prefix = 0
        limit = min(len(old), len(keys))
        while prefix < limit and old[prefix] == keys[prefix]:
            prefix += 1
        suffix = 0
        while (
            suffix < limit - prefix and old[len(old) - 1 - suffix] == keys[len(keys) - 1 - suffix]
        ):
            suffix += 1
        inserted = keys[prefix : len(keys) - suffix]
        html = tuple(self._render(key) for key in inserted)
        inserted_starts = tuple(starts[prefix : len(keys) - suffix])
        changed_starts = tuple(starts) if starts != self._starts else None
        removed = len(old) - prefix - suffix
        self._keys, self._starts = keys, starts
        self._forget_unused()
        complete = len(keys) == len(document.texts) or not self._follows_document
        return BodyPatch(prefix, removed, html, inserted_starts, changed_starts, 0, complete)

    def _around(self, changes: list[BlockChange], shift: int) -> BodyPatch:
        """Only the blocks the edits touched (and those between them) are sent again."""
        document = self._document
        keys, starts = document.texts, document.starts
        if not changes:
            return BodyPatch(0, 0, (), (), None)
        low, high = len(keys), 0
        for change in changes:
            low, high = _widen(low, high, change)
        old_keys, old_starts = self._keys, self._starts
        removed = (high - low) - (len(keys) - len(old_keys))
        # Blocks at the edges of the range that did not change stay as they are.
        while (
            low < high
            and removed > 0
            and old_keys[low] == keys[low]
            and old_starts[low] == starts[low]
        ):
            low, removed = low + 1, removed - 1
        while (
            high > low
            and removed > 0
            and old_keys[low + removed - 1] == keys[high - 1]
            and old_starts[low + removed - 1] + shift == starts[high - 1]
        ):
            high, removed = high - 1, removed - 1
        inserted = keys[low:high]
        html = tuple(self._render(key) for key in inserted)
        self._keys, self._starts = list(keys), list(starts)
        self._forget_unused()
        shifted = shift if high < len(keys) else 0
        return BodyPatch(low, removed, html, tuple(starts[low:high]), None, shifted)

    def _forget_unused(self) -> None:
        if len(self._html) > 2 * len(self._keys) + 64:
            wanted = set(self._keys)
            self._html = {key: value for key, value in self._html.items() if key in wanted}

    def _render(self, block_text: str) -> str:
        cached = self._html.get(block_text)
        if cached is None:
            cached = render_markdown_template(block_text).render(0)
            self._html[block_text] = cached
        return cached


def _net(changes: list[BlockChange]) -> int:
    """How many blocks the changes added (negative: removed)."""
    return sum(change.inserted - change.removed for change in changes)


def _shown_after(shown: int, change: BlockChange) -> int:
    """Blocks shown from the top after a change: those before it, and the change itself
    when it lies within them; a change below the part shown leaves it as it was."""
    if change.start + change.removed <= shown:
        return shown + change.inserted - change.removed
    return min(shown, change.start) if change.start < shown else shown


def _widen(low: int, high: int, change: BlockChange) -> tuple[int, int]:
    """The range of changed blocks (now numbered) after one more change."""
    start, end = change.start, change.start + change.inserted
    if high <= low:
        return start, end
    if high <= change.start:
        new_high = high
    elif high < change.start + change.removed:
        new_high = end
    else:
        new_high = high + change.inserted - change.removed
    if low >= change.start + change.removed:
        low += change.inserted - change.removed
    elif low > change.start:
        low = change.start
    return min(low, start), max(new_high, end)
