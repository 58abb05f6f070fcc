"""Counts the status bar shows while a story is written."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_WORD = re.compile(r"[\w’'-]+", re.UNICODE)
WORDS_PER_MINUTE = 230


@dataclass(frozen=True, slots=True)
class TextStats:
    words: int
    characters: int

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE)) if self.words else 0


def text_stats(text: str) -> TextStats:
    return TextStats(words=len(_WORD.findall(text)), characters=len(text))


class LineWordCounts:
    """Counts a text given as lines, remembering each distinct line's count.

    After a keystroke only the edited line is counted again, and the work goes line by
    line, so a thread doing it gives way to the GUI thread between lines instead of
    holding the interpreter for one long regular-expression pass over the whole text.
    """

    def __init__(self, limit: int = 200_000) -> None:
        self._counts: dict[str, int] = {}
        self._limit = limit

    def stats(self, lines: list[str]) -> TextStats:
        counts = self._counts
        if len(counts) > self._limit:
            counts.clear()
        words = 0
        for line in lines:
            count = counts.get(line)
            if count is None:
                count = counts[line] = len(_WORD.findall(line))
            words += count
        characters = sum(map(len, lines)) + max(0, len(lines) - 1)
        return TextStats(words=words, characters=characters)
