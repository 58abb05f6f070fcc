"""The misspellings of a body by line, so the editor underlines only the lines in view.

Built on the checks' worker; `between` answers for a screenful of lines by bisection, in
time that follows the lines asked for, not the story's length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from newsdesk.domain.checks.findings import CheckKind, Finding


class FindingsByLine:
    """Findings of the body ordered by line (1-based, as `Finding.line`); immutable."""

    __slots__ = ("_findings", "_lines")

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        ordered = sorted(findings, key=lambda finding: (finding.line, finding.start))
        self._findings: tuple[Finding, ...] = tuple(ordered)
        self._lines: tuple[int, ...] = tuple(finding.line for finding in ordered)

    def __len__(self) -> int:
        return len(self._findings)

    def between(self, first: int, last: int) -> list[Finding]:
        """The findings on 0-based lines `first` to `last`, both included."""
        low = bisect_left(self._lines, first + 1)
        high = bisect_right(self._lines, last + 1)
        return list(self._findings[low:high])


def index_spelling(findings: Iterable[Finding]) -> FindingsByLine:
    """The misspelt words on lines of the body, the ones the editor underlines."""
    return FindingsByLine(
        finding
        for finding in findings
        if finding.kind is CheckKind.SPELLING and finding.field == "body" and finding.line > 0
    )
