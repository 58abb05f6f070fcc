"""Revision comparisons as HTML: grouped for reading, coloured, and always escaped."""

from __future__ import annotations

from newsdesk.domain.copydesk import RevisionComparison
from newsdesk.domain.diff import DiffKind, diff_words
from newsdesk.ui.copydesk.diff_html import DELETE_STYLE, INSERT_STYLE, comparison_html, readable


def comparison(old: str, new: str) -> RevisionComparison:
    same = diff_words("Headline", "Headline")
    return RevisionComparison(1, 2, same, diff_words("", ""), diff_words(old, new))


def test_replaced_words_read_as_one_change() -> None:
    spans = readable(diff_words("after three months of", "after ten weeks of").spans)
    assert [(s.kind, s.text) for s in spans if s.kind is not DiffKind.EQUAL] == [
        (DiffKind.DELETE, "three months"),
        (DiffKind.INSERT, "ten weeks"),
    ]


def test_inline_and_side_by_side_mark_both_changes() -> None:
    for side_by_side in (False, True):
        html = comparison_html(
            comparison("after three months.", "after ten weeks."), side_by_side=side_by_side
        )
        assert f'<span style="{DELETE_STYLE}">three months</span>' in html
        assert f'<span style="{INSERT_STYLE}">ten weeks</span>' in html


def test_markup_in_a_story_is_shown_as_text() -> None:
    html = comparison_html(
        comparison("Safe.", "Safe. <script>alert('x')</script> & <b>bold</b>"), side_by_side=False
    )
    assert "<script>" not in html and "<b>bold" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def test_side_by_side_keeps_paragraphs_level() -> None:
    old = "One.\n\nTwo words.\n\nThree."
    new = "One.\n\nTwo new words.\n\nThree."
    html = comparison_html(comparison(old, new), side_by_side=True)
    body = html.split("<b>Body</b>")[1]
    assert body.count("<tr>") == 3  # one row per paragraph, both sides
