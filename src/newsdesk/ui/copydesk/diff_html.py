"""Revision comparisons as HTML for a QTextBrowser: inline, or side by side.

Insertions are green and underlined, deletions red and struck through; every piece of
text is escaped, so a story holding markup shows it as text.
"""

from __future__ import annotations

from html import escape

from newsdesk.domain.copydesk import RevisionComparison
from newsdesk.domain.diff import DiffKind, DiffSpan, TextDiff

INSERT_STYLE = "background-color:#dcfce7; color:#14532d; text-decoration:underline;"
DELETE_STYLE = "background-color:#fee2e2; color:#7f1d1d; text-decoration:line-through;"
CELL_STYLE = "padding:6px; white-space:pre-wrap; vertical-align:top;"
HEADING_STYLE = "color:#6b7280; font-size:small; margin-top:12px;"


def text_html(text: str) -> str:
    """Plain text as HTML: escaped, its line ends kept."""
    return escape(text).replace("\n", "<br>")


def span_html(span: DiffSpan) -> str:
    if span.kind is DiffKind.INSERT:
        return f'<span style="{INSERT_STYLE}">{text_html(span.text)}</span>'
    if span.kind is DiffKind.DELETE:
        return f'<span style="{DELETE_STYLE}">{text_html(span.text)}</span>'
    return text_html(span.text)


def readable(spans: tuple[DiffSpan, ...]) -> list[DiffSpan]:
    """Spans regrouped for reading: "three months" → "ten weeks" rather than word by word
    ("threeten monthsweeks"). A space between two replacements joins both sides."""
    result: list[DiffSpan] = []
    removed: list[str] = []
    added: list[str] = []

    def flush() -> None:
        if removed:
            result.append(DiffSpan(DiffKind.DELETE, "".join(removed)))
        if added:
            result.append(DiffSpan(DiffKind.INSERT, "".join(added)))
        removed.clear()
        added.clear()

    for index, span in enumerate(spans):
        if span.kind is DiffKind.DELETE:
            removed.append(span.text)
        elif span.kind is DiffKind.INSERT:
            added.append(span.text)
        else:
            following = spans[index + 1] if index + 1 < len(spans) else None
            joins = (
                removed
                and added
                and not span.text.strip()
                and "\n" not in span.text
                and following is not None
                and following.kind is not DiffKind.EQUAL
            )
            if joins:
                removed.append(span.text)
                added.append(span.text)
                continue
            flush()
            result.append(span)
    flush()
    return result


def inline_html(diff: TextDiff) -> str:
    """One text with what changed in it marked: deletions struck, insertions underlined."""
    parts: list[str] = []
    previous: DiffSpan | None = None
    for span in readable(diff.spans):
        if (
            previous is not None
            and previous.kind is DiffKind.DELETE
            and span.kind is DiffKind.INSERT
        ):
            parts.append("\u2009")  # a thin space: "new" struck, then "remarkably", apart
        parts.append(span_html(span))
        previous = span
    return "".join(parts)


def _rows(diff: TextDiff) -> list[tuple[str, str]]:
    """(old, new) rows: both sides break together at the line ends they share, so the
    paragraphs of the two revisions stay side by side."""
    rows: list[tuple[str, str]] = []
    old: list[str] = []
    new: list[str] = []
    for span in readable(diff.spans):
        if span.kind is DiffKind.INSERT:
            new.append(span_html(span))
        elif span.kind is DiffKind.DELETE:
            old.append(span_html(span))
        else:
            pieces = span.text.split("\n")
            for number, piece in enumerate(pieces):
                if number:
                    if old or new:
                        rows.append(("".join(old), "".join(new)))
                    old, new = [], []
                if piece:
                    old.append(escape(piece))
                    new.append(escape(piece))
    if old or new:
        rows.append(("".join(old), "".join(new)))
    return rows


def _side_by_side(diff: TextDiff) -> str:
    cells = "".join(
        f'<tr><td width="50%" style="{CELL_STYLE}">{old}</td>'
        f'<td width="50%" style="{CELL_STYLE}">{new}</td></tr>'
        for old, new in _rows(diff)
        if old.strip() or new.strip()
    )
    return f'<table width="100%" cellspacing="0" cellpadding="4" border="0">{cells}</table>'


def comparison_html(
    comparison: RevisionComparison,
    *,
    side_by_side: bool,
    field_names: tuple[str, str, str] = ("Headline", "Standfirst", "Body"),
    old_title: str = "Before",
    new_title: str = "After",
    unchanged: str = "(unchanged)",
) -> str:
    parts = ['<html><body style="font-size:medium;">']
    if side_by_side:
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="4"><tr>'
            f'<th width="50%" align="left">{escape(old_title)}</th>'
            f'<th width="50%" align="left">{escape(new_title)}</th></tr></table>'
        )
    for name, diff in zip(
        field_names,
        (comparison.headline, comparison.standfirst, comparison.body),
        strict=True,
    ):
        parts.append(f'<p style="{HEADING_STYLE}"><b>{escape(name)}</b>')
        if not diff.changed:
            parts.append(f" {escape(unchanged)}")
        parts.append("</p>")
        if side_by_side:
            parts.append(_side_by_side(diff))
        else:
            parts.append(f'<div style="white-space:pre-wrap;">{inline_html(diff)}</div>')
    parts.append("</body></html>")
    return "".join(parts)
