"""sitemap.xml: every public page; above 5,000 addresses, a sitemap index of parts.

Stories are split into parts by ranges of their ids, so one changed, added or killed
story changes one part only, and unchanged parts are not rewritten. Parts hold up to
5,000 addresses, a tenth of what the protocol allows, so rewriting one costs some 40 ms,
not 0.4 s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar
from xml.sax.saxutils import escape

from newsdesk.services.publishing import layout

PART_URLS = 5_000
"""Addresses in one file of ours, a single sitemap.xml or each part of an index (the
protocol allows 50,000)."""
_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"

T = TypeVar("T")

Entry = tuple[str, datetime | None]
"""A site path and when it last changed."""


def _lastmod(moment: datetime | None) -> str:
    return f"<lastmod>{moment.strftime('%Y-%m-%dT%H:%M:%SZ')}</lastmod>" if moment else ""


def urlset(base_url: str, entries: Sequence[Entry]) -> bytes:
    lines = [f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{_NAMESPACE}">']
    for path, moment in entries:
        url = escape(layout.absolute(base_url, path))
        lines.append(f"<url><loc>{url}</loc>{_lastmod(moment)}</url>")
    lines.append("</urlset>\n")
    return "\n".join(lines).encode("utf-8")


def sitemap_index(base_url: str, parts: Sequence[Entry]) -> bytes:
    lines = [f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{_NAMESPACE}">']
    for path, moment in parts:
        url = escape(layout.absolute(base_url, path))
        lines.append(f"<sitemap><loc>{url}</loc>{_lastmod(moment)}</sitemap>")
    lines.append("</sitemapindex>\n")
    return "\n".join(lines).encode("utf-8")


def part_path(number: int) -> str:
    return f"sitemaps/sitemap-{number}.xml"


def by_id_range(items: Sequence[T], id_of: Callable[[T], int]) -> dict[int, list[T]]:
    """`items` (in id order) in parts by ranges of PART_URLS ids, keyed by part number
    from 2 (part 1 lists the home and section pages). A story added, killed or deleted
    changes its own part only; counting places instead would shift every later part."""
    parts: dict[int, list[T]] = {}
    for item in items:
        parts.setdefault(2 + id_of(item) // PART_URLS, []).append(item)
    return parts
