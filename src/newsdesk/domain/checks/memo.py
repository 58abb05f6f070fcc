"""The body's findings remembered paragraph by paragraph between runs of the checks.

While a story is typed the checks run again a moment after each pause; in a 1 MB story
that was a second of work on the worker for a change to one paragraph (and a worker
holding the GIL that long makes the GUI thread wait too). Each paragraph's findings
depend only on its own lines, its number (quoted in the balance findings), where it
starts, the story's language and the check context; the memo keeps them by the lines,
worked out as paragraph -1 starting at line 0, and moves them to where the paragraph is
now. A different language or context forgets everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from newsdesk.domain.checks.findings import CheckContext, Finding
from newsdesk.domain.checks.text import Paragraph, prose_line

PLACEHOLDER_NUMBER = -1
"""The paragraph number findings are worked out with (no count or column is negative)."""


class BodyMemo:
    """Not thread-safe: one worker uses it, one run at a time."""

    def __init__(self) -> None:
        self._key: tuple[str, CheckContext] | None = None
        self._paragraphs: dict[tuple[str, ...], _Remembered] = {}
        self._prose: dict[str, str] = {}
        self._used: set[tuple[str, ...]] = set()
        self.computed = 0
        """Paragraphs checked afresh in the last run (the rest came from the memo)."""

    def begin(self, language: str, context: CheckContext) -> None:
        """A run starts: forget everything if the language or the context changed."""
        key = (language, context)
        if key != self._key:
            self._key = key
            self._paragraphs.clear()
            self._prose.clear()
        self._used = set()
        self.computed = 0

    def end(self) -> None:
        """A run ended: keep only the paragraphs it saw (the story's current ones)."""
        if len(self._paragraphs) > len(self._used):
            self._paragraphs = {k: v for k, v in self._paragraphs.items() if k in self._used}
        if len(self._prose) > 4 * len(self._used) + 1024:
            self._prose.clear()

    def prose_line(self, line: str) -> str:
        prose = self._prose.get(line)
        if prose is None:
            prose = self._prose[line] = prose_line(line)
        return prose

    def findings(
        self, paragraph: Paragraph, check: Callable[[Paragraph], list[Finding]]
    ) -> list[Finding]:
        """`check(paragraph)`'s findings, from the memo when its lines were seen before."""
        self._used.add(paragraph.lines)
        remembered = self._paragraphs.get(paragraph.lines)
        if remembered is None:
            self.computed += 1
            found = tuple(check(Paragraph(PLACEHOLDER_NUMBER, 0, paragraph.lines)))
            remembered = self._paragraphs[paragraph.lines] = _Remembered(found)
        return list(remembered.at(paragraph))


class _Remembered:
    """One paragraph's findings, worked out at line 0, and as placed the last time.

    A paragraph that has not moved gets the very same findings again: no new objects
    for the garbage collector to follow (a 4 MB story has tens of thousands).
    """

    __slots__ = ("_place", "_placed", "found")

    def __init__(self, found: tuple[Finding, ...]) -> None:
        self.found = found
        self._place: tuple[int, int] | None = None
        self._placed: tuple[Finding, ...] = ()

    def at(self, paragraph: Paragraph) -> tuple[Finding, ...]:
        place = (paragraph.first_line, paragraph.number)
        if place != self._place:
            self._placed = tuple(_moved(finding, paragraph) for finding in self.found)
            self._place = place
        return self._placed


def _moved(finding: Finding, paragraph: Paragraph) -> Finding:
    params = finding.params
    if PLACEHOLDER_NUMBER in params:
        params = tuple(
            paragraph.number if value == PLACEHOLDER_NUMBER and isinstance(value, int) else value
            for value in params
        )
    return replace(finding, line=finding.line + paragraph.first_line, params=params)
