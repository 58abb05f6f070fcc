"""The home page and the section pages: lists of teasers around the shared stylesheet.

Article pages come from `rendering.render_article_page` (the preview's template); these
listing pages are built here in the same markup family (breadcrumb, teasers), escaped
throughout, and link the same `style.css`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.rendering import excerpt, text_direction
from newsdesk.services.publishing import layout
from newsdesk.services.publishing.snapshot import SiteSection, StoryListing

_SEPARATOR = ' <span class="sep" aria-hidden="true">/</span> '
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class SiteInfo:
    title: str = "Newsroom"
    language: str = "en"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _teaser(story: StoryListing, from_path: str) -> str:
    url = layout.relative(from_path, layout.story_path(story.slug, story.id))
    moment = story.shown_at
    label = f"{_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"
    summary = excerpt(story.standfirst)
    summary_html = f'\n<p class="teaser-excerpt">{_esc(summary)}</p>' if summary else ""
    byline = f'<span class="byline">{_esc(story.byline)}</span> ' if story.byline.strip() else ""
    return (
        f'<article class="teaser" lang="{_esc(story.language or "und")}" '
        f'dir="{text_direction(story.language)}">\n'
        f'<h2 class="teaser-title"><a href="{_esc(url)}">{_esc(story.headline)}</a></h2>\n'
        f'<p class="story-meta">{byline}<time datetime="{moment.isoformat(timespec="seconds")}">'
        f"{label}</time></p>{summary_html}\n</article>"
    )


def _section_links(sections: Sequence[SiteSection], from_path: str) -> str:
    if not sections:
        return ""
    items = "\n".join(
        f'<li><a href="{_esc(layout.relative(from_path, layout.section_path(s.slug, s.id)))}">'
        f"{_esc(s.name)}</a></li>"
        for s in sections
    )
    return f'<nav class="sections" aria-label="Sections">\n<ul>\n{items}\n</ul>\n</nav>'


def _document(
    info: SiteInfo,
    *,
    title: str,
    page_path: str,
    breadcrumb: str,
    heading: str,
    content: str,
    feed_dir: str,
) -> str:
    css = layout.relative(page_path, layout.STYLESHEET)
    rss = layout.relative(page_path, f"{feed_dir}{layout.RSS}")
    atom = layout.relative(page_path, f"{feed_dir}{layout.ATOM}")
    return f"""<!DOCTYPE html>
<html lang="{_esc(info.language)}" dir="{text_direction(info.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<link rel="stylesheet" href="{_esc(css)}">
<link rel="alternate" type="application/rss+xml" title="{_esc(title)} (RSS)" href="{_esc(rss)}">
<link rel="alternate" type="application/atom+xml" title="{_esc(title)} (Atom)" \
href="{_esc(atom)}">
</head>
<body>
<div class="page">
<nav class="breadcrumb" aria-label="Breadcrumb">{breadcrumb}</nav>
<main>
<h1 class="headline">{_esc(heading)}</h1>
{content}
</main>
</div>
</body>
</html>
"""


def render_home(
    info: SiteInfo, stories: Sequence[StoryListing], top_sections: Sequence[SiteSection]
) -> str:
    path = layout.HOME
    teasers = "\n".join(_teaser(story, path) for story in stories)
    content = _section_links(top_sections, path) + "\n" + teasers
    breadcrumb = '<span aria-current="page">Home</span>'
    return _document(
        info,
        title=info.title,
        page_path=path,
        breadcrumb=breadcrumb,
        heading=info.title,
        content=content,
        feed_dir="",
    )


def render_section(
    info: SiteInfo,
    section: SiteSection,
    sections: dict[int, SiteSection],
    stories: Sequence[StoryListing],
    children: Sequence[SiteSection],
) -> str:
    path = layout.section_path(section.slug, section.id)
    crumbs = [f'<a href="{_esc(layout.relative(path, layout.HOME))}">Home</a>']
    for ancestor_id in section.ancestry[:-1]:
        ancestor = sections[ancestor_id]
        url = layout.relative(path, layout.section_path(ancestor.slug, ancestor.id))
        crumbs.append(f'<a href="{_esc(url)}">{_esc(ancestor.name)}</a>')
    crumbs.append(f'<span aria-current="page">{_esc(section.name)}</span>')
    teasers = "\n".join(_teaser(story, path) for story in stories)
    if not stories:
        teasers = "<p>No stories yet.</p>"
    content = _section_links(children, path) + "\n" + teasers
    return _document(
        info,
        title=f"{section.name} — {info.title}",
        page_path=path,
        breadcrumb=_SEPARATOR.join(crumbs),
        heading=section.name,
        content=content,
        feed_dir=layout.section_dir(section.slug, section.id) + "/",
    )
