"""Library pictures on the page: `![alt](media:12 "caption")` in a story becomes a figure
whose space the page reserves (width and height), with its sizes for 1x and 2x screens
(srcset), its alt text, and a caption that names its credit.

Markdown and raw HTML are sanitized first (`sanitize`, which lets a `media:` address
through and nothing else of ours); the figures are put in afterwards from the library's
values, every text escaped here: a caption, credit or alt text is text, never markup.
Where the files are is the caller's: the preview serves them through its own URL
scheme, the site export writes them beside the pages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

PAGE_SIZES = "(max-width: 760px) 100vw, 720px"
"""The body column is at most 720 CSS pixels wide (resources/preview/article.css)."""


@dataclass(frozen=True, slots=True)
class PictureSource:
    url: str
    width: int


@dataclass(frozen=True, slots=True)
class PictureView:
    """A picture as a page shows it: its 1x size and address, its other sizes, its texts."""

    id: int
    src: str
    width: int
    height: int
    srcset: tuple[PictureSource, ...] = ()
    alt: str = ""
    caption: str = ""
    credit: str = ""


_ALONE = re.compile(r'<p((?: data-line="\d+")?)>\s*(<img\s[^>]*>)\s*</p>')
_IMAGE = re.compile(r"<img\s[^>]*>")
_ATTRIBUTE = re.compile(r'([a-zA-Z-]+)="([^"]*)"')
_MEDIA = re.compile(r"media:(\d{1,12})$")

Missing = Callable[[int], str]


def _no_picture(_picture_id: int) -> str:
    return ""


def place_pictures(
    body_html: str, pictures: Mapping[int, PictureView], missing: Missing | None = None
) -> str:
    """Sanitized body HTML with each `media:` picture in place: a figure when it stands
    alone in its paragraph, an image in the line otherwise; `missing` says what stands
    for a picture the library lacks (nothing, on a published page)."""
    if "media:" not in body_html:
        return body_html
    missing = missing or _no_picture

    def alone(match: re.Match[str]) -> str:
        found = _reference(match.group(2))
        if found is None:
            return match.group(0)
        picture_id, attributes = found
        view = pictures.get(picture_id)
        if view is None:
            return missing(picture_id)
        return figure_html(
            view,
            alt=attributes.get("alt"),
            caption=attributes.get("title"),
            line_attribute=match.group(1),
        )

    def inline(match: re.Match[str]) -> str:
        found = _reference(match.group(0))
        if found is None:
            return match.group(0)
        picture_id, attributes = found
        view = pictures.get(picture_id)
        if view is None:
            return missing(picture_id)
        return image_html(view, alt=attributes.get("alt"))

    return _IMAGE.sub(inline, _ALONE.sub(alone, body_html))


def _reference(tag: str) -> tuple[int, dict[str, str]] | None:
    attributes = {name.lower(): html.unescape(value) for name, value in _ATTRIBUTE.findall(tag)}
    found = _MEDIA.match(attributes.get("src", ""))
    return None if found is None else (int(found.group(1)), attributes)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def image_html(view: PictureView, *, alt: str | None = None, lazy: bool = True) -> str:
    """The `<img>` of a picture: its space reserved, its sizes offered, its alt text (the
    story's own when it gives one)."""
    srcset = ", ".join(f"{_esc(s.url)} {s.width}w" for s in view.srcset)
    offered = f' srcset="{srcset}" sizes="{PAGE_SIZES}"' if srcset else ""
    loading = ' loading="lazy"' if lazy else ' fetchpriority="high"'
    return (
        f'<img src="{_esc(view.src)}"{offered} width="{view.width}" height="{view.height}" '
        f'alt="{_esc(alt if alt else view.alt)}"{loading} decoding="async">'
    )


def figure_html(
    view: PictureView,
    *,
    alt: str | None = None,
    caption: str | None = None,
    line_attribute: str = "",
    lead: bool = False,
) -> str:
    """A picture with its caption and credit under it."""
    shown = " ".join((caption or view.caption).split())
    credit = " ".join(view.credit.split())
    parts = []
    if shown:
        parts.append(f'<span class="picture-caption">{_esc(shown)}</span>')
    if credit:
        parts.append(f'<span class="picture-credit">{_esc(credit)}</span>')
    figcaption = f"<figcaption>{' '.join(parts)}</figcaption>" if parts else ""
    css_class = "picture lead-picture" if lead else "picture"
    return (
        f'<figure class="{css_class}"{line_attribute}>'
        f"{image_html(view, alt=alt, lazy=not lead)}{figcaption}</figure>"
    )
