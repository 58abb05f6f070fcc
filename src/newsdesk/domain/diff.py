"""Word-level differences between two texts, for comparing revisions.

Lines are matched first (`difflib.SequenceMatcher` over paragraphs), then only the
paragraphs that changed are compared word by word. Stories change a few paragraphs at a
time, so a 5,000-word story diffs in milliseconds instead of comparing every word with
every other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]", re.UNICODE)
# Word-by-word matching of a changed block larger than this (tokens × tokens) is replaced
# by "all of it removed, all of it added": quadratic work is not worth it there.
MAX_WORD_MATCH_WORK = 16_000_000
# Pairing the lines of a changed block costs lines × lines; past this it is skipped.
MAX_LINE_PAIRING_WORK = 250_000
PAIRING_THRESHOLD = 0.4


class DiffKind(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class DiffSpan:
    kind: DiffKind
    text: str


@dataclass(frozen=True, slots=True)
class TextDiff:
    spans: tuple[DiffSpan, ...]
    words_added: int
    words_removed: int

    @property
    def changed(self) -> bool:
        return any(span.kind is not DiffKind.EQUAL for span in self.spans)

    def old_spans(self) -> tuple[DiffSpan, ...]:
        """What the left side of a side-by-side view shows: the old text, deletions marked."""
        return tuple(s for s in self.spans if s.kind is not DiffKind.INSERT)

    def new_spans(self) -> tuple[DiffSpan, ...]:
        """The right side: the new text, insertions marked."""
        return tuple(s for s in self.spans if s.kind is not DiffKind.DELETE)


_UNIT_START = re.compile(r"(?<=\n)(?!\n)")


def _units(text: str) -> list[str]:
    """Lines, each with the blank lines after it: blank lines alone would match anywhere
    and pair a paragraph with the wrong neighbour."""
    return [unit for unit in _UNIT_START.split(text) if unit]


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _is_word(token: str) -> bool:
    return token[:1].isalnum() or token[:1] == "_"


class _Builder:
    def __init__(self) -> None:
        self.spans: list[DiffSpan] = []
        self.added = 0
        self.removed = 0

    def add(self, kind: DiffKind, parts: list[str]) -> None:
        if not parts:
            return
        if kind is DiffKind.INSERT:
            self.added += sum(1 for t in parts if _is_word(t))
        elif kind is DiffKind.DELETE:
            self.removed += sum(1 for t in parts if _is_word(t))
        text = "".join(parts)
        if self.spans and self.spans[-1].kind is kind:
            self.spans[-1] = DiffSpan(kind, self.spans[-1].text + text)
        else:
            self.spans.append(DiffSpan(kind, text))

    def words(self, old: list[str], new: list[str]) -> None:
        if len(old) * len(new) > MAX_WORD_MATCH_WORK:
            self.add(DiffKind.DELETE, old)
            self.add(DiffKind.INSERT, new)
            return
        matcher = SequenceMatcher(None, old, new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                self.add(DiffKind.EQUAL, old[i1:i2])
            else:
                self.add(DiffKind.DELETE, old[i1:i2])
                self.add(DiffKind.INSERT, new[j1:j2])


def _replace_block(builder: _Builder, old: list[str], new: list[str]) -> None:
    """Changed paragraphs: pair each edited one with its new form, then compare words."""
    if len(old) == 1 or len(new) == 1 or len(old) * len(new) > MAX_LINE_PAIRING_WORK:
        builder.words(tokens("".join(old)), tokens("".join(new)))
        return
    for old_index, new_index in pair_lines(old, new):
        if old_index is None:
            builder.add(DiffKind.INSERT, tokens(new[new_index]))  # type: ignore[index]
        elif new_index is None:
            builder.add(DiffKind.DELETE, tokens(old[old_index]))
        else:
            builder.words(tokens(old[old_index]), tokens(new[new_index]))


def pair_lines(old: list[str], new: list[str]) -> list[tuple[int | None, int | None]]:
    """An order-keeping pairing of similar lines (most shared words), the rest unpaired.
    It costs len(old) × len(new): callers keep that under MAX_LINE_PAIRING_WORK."""
    old_words = [frozenset(line.split()) for line in old]
    new_words = [frozenset(line.split()) for line in new]

    def similarity(a: frozenset[str], b: frozenset[str]) -> float:
        if not a and not b:
            return 1.0
        shared = len(a & b)
        return shared / max(len(a), len(b)) if shared else 0.0

    rows, columns = len(old), len(new)
    score = [[0.0] * (columns + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        row, below = score[i], score[i + 1]
        a = old_words[i]
        for j in range(columns - 1, -1, -1):
            best = below[j] if below[j] > row[j + 1] else row[j + 1]
            alike = similarity(a, new_words[j])
            if alike >= PAIRING_THRESHOLD and below[j + 1] + alike > best:
                best = below[j + 1] + alike
            row[j] = best
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < rows and j < columns:
        alike = similarity(old_words[i], new_words[j])
        if alike >= PAIRING_THRESHOLD and score[i][j] == score[i + 1][j + 1] + alike:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif score[i + 1][j] >= score[i][j + 1]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs.extend((k, None) for k in range(i, rows))
    pairs.extend((None, k) for k in range(j, columns))
    return pairs


def diff_words(old: str, new: str) -> TextDiff:
    """The spans that turn `old` into `new`, deletions before insertions at each change."""
    builder = _Builder()
    if old == new:
        builder.add(DiffKind.EQUAL, [old])
        return TextDiff(tuple(builder.spans), 0, 0)
    old_lines = _units(old)
    new_lines = _units(new)
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            builder.add(DiffKind.EQUAL, old_lines[i1:i2])
        elif tag == "delete":
            builder.add(DiffKind.DELETE, tokens("".join(old_lines[i1:i2])))
        elif tag == "insert":
            builder.add(DiffKind.INSERT, tokens("".join(new_lines[j1:j2])))
        else:
            _replace_block(builder, old_lines[i1:i2], new_lines[j1:j2])
    return TextDiff(tuple(builder.spans), builder.added, builder.removed)


def word_changes(old: str, new: str) -> tuple[int, int]:
    """(words added, words removed) going from `old` to `new`."""
    result = diff_words(old, new)
    return result.words_added, result.words_removed
