"""The misspellings by line: a screenful of lines answers with exactly its findings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.checks import Finding, FindingCode
from newsdesk.domain.checks.findings_index import FindingsByLine, index_spelling


def misspelt(line: int, start: int = 0) -> Finding:
    return Finding(FindingCode.UNKNOWN_WORD, ("wrod",), "body", line, start, start + 4, "wrod")


def test_only_misspellings_on_body_lines_are_indexed() -> None:
    style = Finding(FindingCode.MISSING_FIELD, ("byline",), "byline", 0)
    headline = Finding(FindingCode.UNKNOWN_WORD, ("wrod",), "headline", 0, 0, 4, "wrod")
    index = index_spelling([style, headline, misspelt(3), misspelt(1)])
    assert len(index) == 2
    assert index.between(0, 10) == [misspelt(1), misspelt(3)]


def test_between_takes_zero_based_lines_both_ends_included() -> None:
    index = FindingsByLine([misspelt(line) for line in (1, 2, 2, 5, 9)])
    assert [f.line for f in index.between(1, 4)] == [2, 2, 5]
    assert index.between(9, 20) == []
    assert [f.line for f in index.between(-40, 0)] == [1]


@given(
    st.lists(st.tuples(st.integers(1, 200), st.integers(0, 50)), max_size=60),
    st.integers(-10, 210),
    st.integers(0, 60),
)
def test_between_matches_a_plain_filter(
    spots: list[tuple[int, int]], first: int, span: int
) -> None:
    findings = [misspelt(line, start) for line, start in spots]
    index = FindingsByLine(findings)
    expected = sorted(
        (f for f in findings if first <= f.line - 1 <= first + span),
        key=lambda f: (f.line, f.start),
    )
    assert index.between(first, first + span) == expected
