"""RSS 2.0 and Atom feeds of the latest public stories, written by feedgen.

Feeds carry the headline, the standfirst as plain-text summary, the byline and times,
and the lead picture as an enclosure (RSS `enclosure`, Atom `link rel="enclosure"`);
never a body or a comment, so no reader's text and no e-mail address can reach them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from feedgen.feed import FeedGenerator
from lxml import etree

from newsdesk.services.publishing import layout
from newsdesk.services.publishing.pictures import FeedImage
from newsdesk.services.publishing.snapshot import StoryListing

FEED_LENGTH = 30
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)

# Characters XML 1.0 cannot carry at all (lxml refuses them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


@dataclass(frozen=True, slots=True)
class Feeds:
    rss: bytes
    atom: bytes


def _generator(
    *, title: str, description: str, language: str, page_url: str, self_url: str,
    base_url: str, stories: Sequence[StoryListing], images: Mapping[int, FeedImage],
) -> FeedGenerator:  # fmt: skip
    generator = FeedGenerator()
    generator.id(page_url)
    generator.title(xml_text(title) or "Newsroom")
    generator.description(xml_text(description) or xml_text(title) or "Newsroom")
    generator.link(href=page_url, rel="alternate")
    generator.link(href=self_url, rel="self")
    generator.language(language)
    generator.generator("Newsdesk")
    generator.updated(max((s.updated_at for s in stories), default=_EPOCH))
    for story in reversed(stories):  # feedgen prepends: the newest ends up first
        entry = generator.add_entry()
        entry.guid(f"urn:uuid:{story.uuid}", permalink=False)
        entry.title(xml_text(story.headline) or "Untitled")
        entry.link(href=layout.absolute(base_url, layout.story_path(story.slug, story.id)))
        summary = xml_text(" ".join(story.standfirst.split()))
        if summary:
            entry.description(summary)
        if story.byline.strip():
            entry.author({"name": xml_text(story.byline.strip())})
        image = images.get(story.id)
        if image is not None:
            url = layout.absolute(base_url, image.path)
            entry.enclosure(url, str(image.length), image.mime)
        entry.published(story.shown_at)
        entry.updated(story.updated_at)
    return generator


def build_feeds(
    *,
    title: str,
    description: str,
    language: str,
    base_url: str,
    page_path: str,
    feed_dir: str,
    stories: Sequence[StoryListing],
    images: Mapping[int, FeedImage] | None = None,
) -> Feeds:
    """Both feeds for one listing page (the home page or a section page)."""
    common = {
        "title": title,
        "description": description,
        "language": language,
        "page_url": layout.absolute(base_url, page_path),
        "base_url": base_url,
        "stories": list(stories[:FEED_LENGTH]),
        "images": images or {},
    }
    rss_url = layout.absolute(base_url, f"{feed_dir}{layout.RSS}")
    atom_url = layout.absolute(base_url, f"{feed_dir}{layout.ATOM}")
    rss = _generator(self_url=rss_url, **common).rss_str(pretty=True)  # type: ignore[arg-type]
    atom = _generator(self_url=atom_url, **common).atom_str(pretty=True)  # type: ignore[arg-type]
    enclosed = {layout.absolute(base_url, image.path): image for image in (images or {}).values()}
    return Feeds(rss=rss, atom=_mark_enclosures(atom, enclosed) if enclosed else atom)


def _mark_enclosures(atom: bytes, enclosed: Mapping[str, FeedImage]) -> bytes:
    """feedgen writes an entry's enclosure into Atom as a bare link: it becomes
    `rel="enclosure"` with its type and length here."""
    root = etree.fromstring(atom, parser=etree.XMLParser(resolve_entities=False))
    for link in root.iterfind("{*}entry/{*}link"):
        image = enclosed.get(link.get("href", ""))
        if image is not None:
            link.set("rel", "enclosure")
            link.set("type", image.mime)
            link.set("length", str(image.length))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
