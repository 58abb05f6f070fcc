"""Pictures in the newsroom: what a picture is, the texts that go with it, its renditions.

A picture's texts are kept apart because readers meet them apart: the caption says what
is shown, the alt text describes it for someone who cannot see it, the credit line names
who to thank, the copyright notice who owns it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from newsdesk.domain.errors import InvalidInput

MAX_FILE_BYTES = 50 * 1024 * 1024
"""A file over this is refused before any decoding (a camera JPEG is 3-15 MB)."""
MAX_PIXELS = 120_000_000
"""Pillow's decompression-bomb guard is set to this: a 100-megapixel back is accepted,
a small file claiming a huge canvas is not."""
MAX_TEXT = 2_000
"""Caption, alt text, credit, creator, copyright and usage terms: at most this many
characters each (a caption is a paragraph, not a story)."""
MAX_FILENAME = 255
MAX_KEYWORDS = 100

MIME_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}
"""The only formats taken in: what every browser shows. SVG is never accepted (it is a
document that can carry script)."""


class RenditionKind(StrEnum):
    """A picture's sizes: a thumbnail for lists, and the page's width at 1x and 2x."""

    THUMBNAIL = "thumbnail"
    PAGE = "page"
    PAGE_2X = "page-2x"


RENDITION_WIDTHS = {
    RenditionKind.THUMBNAIL: 320,
    RenditionKind.PAGE: 720,
    RenditionKind.PAGE_2X: 1440,
}
"""The widest each rendition may be; a smaller picture is never enlarged."""


@dataclass(frozen=True, slots=True)
class PictureText:
    """The texts a picture carries: read from the file, then edited by people."""

    caption: str = ""
    alt: str = ""
    credit: str = ""
    creator: str = ""
    copyright: str = ""
    usage_terms: str = ""
    taken: datetime | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rendition:
    kind: RenditionKind
    width: int
    height: int
    mime: str
    sha256: str
    byte_size: int


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture of the library, without its bytes."""

    id: int
    filename: str
    sha256: str
    width: int
    height: int
    mime: str
    byte_size: int
    text: PictureText
    added_at: datetime
    added_by: str
    stories: tuple[int, ...] = ()
    """The stories that use it (as lead picture or in the text), by id."""
    renditions: tuple[Rendition, ...] = ()

    def rendition(self, kind: RenditionKind) -> Rendition | None:
        return next((r for r in self.renditions if r.kind is kind), None)


@dataclass(frozen=True, slots=True)
class AddedPicture:
    """What adding a file did: the picture, and whether these bytes were there already."""

    picture: Picture
    already_there: bool


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    """One picture text as stored: control characters gone, spaces trimmed, limited."""
    cleaned = _CONTROL.sub("", value).strip()
    if len(cleaned) > limit:
        raise InvalidInput(f"A picture's {what} may hold at most {limit:,} characters")
    return cleaned


def clean_picture_text(text: PictureText) -> PictureText:
    keywords = tuple(
        dict.fromkeys(k for k in (clean_text(k, "keyword", 200) for k in text.keywords) if k)
    )
    if len(keywords) > MAX_KEYWORDS:
        raise InvalidInput(f"A picture may carry at most {MAX_KEYWORDS} keywords")
    return PictureText(
        caption=clean_text(text.caption, "caption"),
        alt=clean_text(text.alt, "alt text"),
        credit=clean_text(text.credit, "credit"),
        creator=clean_text(text.creator, "creator"),
        copyright=clean_text(text.copyright, "copyright notice"),
        usage_terms=clean_text(text.usage_terms, "usage terms"),
        taken=text.taken,
        keywords=keywords,
    )


def clean_filename(name: str) -> str:
    """The file's own name (no folders), as shown in the library."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return clean_text(base, "file name", MAX_FILENAME) or "picture"


@dataclass(frozen=True, slots=True)
class LeadTexts:
    """A story's own texts for its lead picture; an empty one means the picture's own."""

    caption: str = ""
    credit: str = ""
    alt: str = ""


@dataclass(frozen=True, slots=True)
class LeadUse:
    """A story's lead picture as the library has it, and the story's own texts for it."""

    picture: Picture
    own: LeadTexts
