"""The conflict view's three columns as HTML for a QTextBrowser: what they changed from
the base, what you changed from it, and the merge.

One table, so the columns line up from the headline to the last paragraph: a heading row
for each field someone changed, then a row per place (the body, stretch by stretch). A
side that left a place alone shows it as it was, muted; paragraphs nobody changed run
across all three columns once. Every text is escaped, so a story holding markup shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from newsdesk.domain.diff import TextDiff
from newsdesk.ui.copydesk.diff_html import (
    DELETE_STYLE,
    HEADING_STYLE,
    INSERT_STYLE,
    inline_html,
    text_html,
)

CELL_STYLE = "padding:6px; white-space:pre-wrap; vertical-align:top;"
TO_SETTLE_STYLE = "background-color:#fef3c7; color:#78350f;"
"""The merge of a place both changed differently: amber, as the writer is to settle it."""


@dataclass(frozen=True, slots=True)
class Row:
    """One place: each side's change from the base, and what the merge keeps."""

    theirs: TextDiff
    ours: TextDiff
    merged: str
    to_settle: str = ""
    """For a place both changed differently: the line over its merge ("1. Mine")."""


@dataclass(frozen=True, slots=True)
class Untouched:
    """Paragraphs nobody changed."""

    text: str


@dataclass(frozen=True, slots=True)
class Heading:
    """A field's name, over its rows."""

    text: str


Line = Row | Untouched | Heading


@dataclass(frozen=True, slots=True)
class ColumnWords:
    """The view's own words, in the interface's language."""

    theirs: str
    ours: str
    merge: str
    legend_added: str
    legend_removed: str
    legend: str


def columns_html(
    lines: list[Line], words: ColumnWords, *, muted: str, right_to_left: bool = False
) -> str:
    """`muted`: the colour (#rrggbb) of text a side left as it was."""

    start = "right" if right_to_left else "left"

    def ordered(cells: list[str]) -> str:
        return "".join(reversed(cells) if right_to_left else cells)

    def cell(inner: str, style: str = "") -> str:
        return f'<td width="33%" style="{CELL_STYLE}{style}">{inner}</td>'

    def side(diff: TextDiff) -> str:
        if diff.changed:
            return cell(inline_html(diff))
        return cell(text_html("".join(span.text for span in diff.spans)), f"color:{muted};")

    parts = [
        '<html><body style="font-size:medium;">',
        f'<p align="{start}"><span style="color:{muted};">{escape(words.legend)}</span> '
        f'<span style="{INSERT_STYLE}">{escape(words.legend_added)}</span> '
        f'<span style="{DELETE_STYLE}">{escape(words.legend_removed)}</span></p>',
        '<table width="100%" cellspacing="0" cellpadding="4" border="0"><tr>',
        ordered(
            [
                f'<th width="33%" align="{start}">{escape(title)}</th>'
                for title in (words.theirs, words.ours, words.merge)
            ]
        ),
        "</tr>",
    ]
    for line in lines:
        if isinstance(line, Heading):
            parts.append(
                f'<tr><td colspan="3" align="{start}" style="{HEADING_STYLE}">'
                f"<b>{escape(line.text)}</b></td></tr>"
            )
        elif isinstance(line, Untouched):
            style = f"{CELL_STYLE}color:{muted};"
            parts.append(f'<tr><td colspan="3" style="{style}">{text_html(line.text)}</td></tr>')
        else:
            merged = text_html(line.merged)
            if line.to_settle:
                merged = (
                    f'<span style="font-size:small;"><b>{escape(line.to_settle)}</b></span><br>'
                    + merged
                )
            merge_style = TO_SETTLE_STYLE if line.to_settle else ""
            parts.append(
                "<tr>"
                + ordered([side(line.theirs), side(line.ours), cell(merged, merge_style)])
                + "</tr>"
            )
    parts.append("</table></body></html>")
    return "".join(parts)
