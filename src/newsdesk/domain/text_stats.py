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
