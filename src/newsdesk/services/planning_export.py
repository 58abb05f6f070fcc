"""The day's budget as a file: an HTML page to read or print, or CSV for a spreadsheet.

Both carry what the Budget view shows: by section, each item's slug, pitch, planned and
actual words, due time, how late it is, status and who is on it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, date, datetime
from html import escape
from itertools import groupby
from pathlib import Path
from typing import Literal

from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.planning import PlanItem
from newsdesk.services.output_paths import export_file, writing
from newsdesk.services.publishing.manifest import write_atomically

BudgetFormat = Literal["html", "csv"]
FORMATS: tuple[BudgetFormat, ...] = ("html", "csv")
COLUMNS = (
    "section",
    "slug",
    "pitch",
    "words_planned",
    "words_actual",
    "due",
    "minutes_late",
    "status",
    "assignees",
    "story",
)


def _due(item: PlanItem) -> str:
    return item.due_at.astimezone().strftime("%H:%M") if item.due_at else ""


def _people(item: PlanItem) -> str:
    return ", ".join(f"{a.name} ({a.role.value})" for a in item.assignees)


def _values(item: PlanItem, now: datetime) -> list[str]:
    return [
        item.section_name,
        item.slug,
        item.pitch,
        "" if item.words_planned is None else str(item.words_planned),
        "" if item.words_actual is None else str(item.words_actual),
        _due(item),
        str(item.minutes_late(now) or ""),
        item.status.value,
        _people(item),
        item.story_slug,
    ]


def _cell(text: str) -> str:
    """A spreadsheet never runs a cell as a formula (=, +, -, @ at the start)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def budget_csv(items: Sequence[PlanItem], now: datetime) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in items:
        writer.writerow([_cell(value) for value in _values(item, now)])
    return out.getvalue()


def budget_html(items: Sequence[PlanItem], edition: date, now: datetime) -> str:
    title = f"Budget for {edition.isoformat()}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        "<style>body{font-family:sans-serif}table{border-collapse:collapse;width:100%}"
        "th,td{border:1px solid #999;padding:4px;text-align:start;vertical-align:top}"
        ".late{color:#b91c1c;font-weight:bold}</style>",
        f"</head><body><h1>{escape(title)}</h1>",
    ]
    headings = "".join(f"<th>{escape(name.replace('_', ' '))}</th>" for name in COLUMNS[1:])
    for section, group in groupby(items, key=lambda item: item.section_name):
        parts.append(f"<h2>{escape(section or 'No section')}</h2>")
        parts.append(f"<table><thead><tr>{headings}</tr></thead><tbody>")
        for item in group:
            values = _values(item, now)[1:]
            cells = []
            for name, value in zip(COLUMNS[1:], values, strict=True):
                late = ' class="late"' if name == "minutes_late" and value else ""
                cells.append(f"<td{late}>{escape(value)}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</tbody></table>")
    if not items:
        parts.append("<p>Nothing is planned for this day.</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_budget(
    items: Sequence[PlanItem],
    edition: date,
    path: Path,
    form: str,
    now: datetime | None = None,
) -> int:
    """Write the budget to `path` (replaced only once whole); how many items it holds."""
    if form not in FORMATS:
        raise InvalidInput(f"{form!r} is not a budget format (html or csv)")
    moment = now or datetime.now(UTC)
    text = budget_html(items, edition, moment) if form == "html" else budget_csv(items, moment)
    export_file(path)
    with writing(path):
        write_atomically(path, text.encode("utf-8"))
    return len(items)
