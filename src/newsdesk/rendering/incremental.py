"""The live preview's body, kept up to date block by block.

Each top-level block is rendered once, with its lines counted from its own start, and
cached by its text; a keystroke re-renders only the block it touched. `patch()` answers
with the smallest replacement of consecutive blocks (a `BodyPatch`), each new block with
its first source line, plus every block's first line when blocks kept have moved, so a
browser DOM can be patched in place instead of reloaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.rendering.blocks import split_blocks, uses_reference_definitions
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

    @property
    def is_empty(self) -> bool:
        return self.remove == 0 and not self.insert and self.starts is None


class IncrementalBodyRenderer:
    """Not thread-safe: one owner (the preview's render worker) calls it in order."""

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._starts: list[int] = []
        self._html: dict[str, str] = {}

    def reset(self) -> None:
        """The page was reloaded: the next patch rebuilds the whole body."""
        self._keys = []
        self._starts = []

    def patch(self, text: str) -> BodyPatch:
        if uses_reference_definitions(text):
            # Reference links resolve across blocks: render the body as one block.
            blocks = [(text, 0)]
        else:
            blocks = [(block.text, block.start_line) for block in split_blocks(text)]
        keys = [block_text for block_text, _start in blocks]
        starts = [start for _text, start in blocks]
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
        self._keys, self._starts = keys, starts
        if len(self._html) > 2 * len(keys) + 64:
            wanted = set(keys)
            self._html = {key: value for key, value in self._html.items() if key in wanted}
        return BodyPatch(
            start=prefix,
            remove=len(old) - prefix - suffix,
            insert=html,
            insert_starts=inserted_starts,
            starts=changed_starts,
        )

    def _render(self, block_text: str) -> str:
        cached = self._html.get(block_text)
        if cached is None:
            cached = render_markdown_template(block_text).render(0)
            self._html[block_text] = cached
        return cached
