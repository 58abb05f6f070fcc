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
        self._paragraphs: dict[tuple[str, ...], tuple[Finding, ...]] = {}
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
        found = self._paragraphs.get(paragraph.lines)
        if found is None:
            self.computed += 1
            found = tuple(check(Paragraph(PLACEHOLDER_NUMBER, 0, paragraph.lines)))
            self._paragraphs[paragraph.lines] = found
        return [_moved(finding, paragraph) for finding in found]


def _moved(finding: Finding, paragraph: Paragraph) -> Finding:
    params = finding.params
    if PLACEHOLDER_NUMBER in params:
        params = tuple(
            paragraph.number if value == PLACEHOLDER_NUMBER and isinstance(value, int) else value
            for value in params
        )
    return replace(finding, line=finding.line + paragraph.first_line, params=params)
