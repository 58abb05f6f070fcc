"""WordPress attachments into the media library: each attachment whose file is on this
computer becomes a picture, with its title, caption (the excerpt), description and alt
text (`_wp_attachment_image_alt`); a post's featured image (`_thumbnail_id`) becomes the
story's lead picture.

An export names its files by web address. When the address points into
`wp-content/uploads`, the file is taken from the folder given (`--media-dir`, a copy of
that uploads folder) at the same place; any other address, a file not there, or one
that is not a picture we take, is recorded as missing and listed. Files are decoded
before the import's transaction (`prepare`), stored in it (`store`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy.orm import Session

from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.media import clean_picture_text
from newsdesk.services.interchange.html_text import html_to_line, html_to_plain_text
from newsdesk.services.interchange.wxr_read import WxrItem
from newsdesk.services.media.library import (
    PreparedPicture,
    prepare_picture,
    read_picture_file,
    store_prepared,
)

UPLOADS = "/wp-content/uploads/"
ALT_KEY = "_wp_attachment_image_alt"
FEATURED_KEY = "_thumbnail_id"


@dataclass(frozen=True, slots=True)
class MissingMedia:
    line: int
    url: str
    reason: str


@dataclass(frozen=True, slots=True)
class PreparedAttachments:
    pictures: dict[str, PreparedPicture]
    """By the attachment's WordPress post id."""
    missing: tuple[MissingMedia, ...]


def local_file(url: str, media_dir: Path | None) -> Path | str:
    """The attachment's file in `media_dir`, or why there is none."""
    if media_dir is None:
        return "no --media-dir given"
    path = unquote(urlsplit(url).path)
    if UPLOADS not in path:
        return "not in wp-content/uploads"
    relative = path.split(UPLOADS, 1)[1]
    folder = media_dir.resolve()
    target = (folder / relative).resolve()
    if not target.is_relative_to(folder):
        return "outside the media folder"
    if not target.is_file():
        return f"not in {media_dir}"
    return target


def prepare_attachments(items: list[WxrItem], media_dir: Path | None) -> PreparedAttachments:
    pictures: dict[str, PreparedPicture] = {}
    missing: list[MissingMedia] = []
    for item in items:
        if item.post_type != "attachment" or not item.post_id:
            continue
        found = local_file(item.attachment_url, media_dir)
        if isinstance(found, str):
            missing.append(MissingMedia(item.line, item.attachment_url, found))
            continue
        try:
            prepared = prepare_picture(read_picture_file(found), found.name)
        except NewsdeskError as error:
            missing.append(MissingMedia(item.line, item.attachment_url, str(error)))
            continue
        texts = replace(
            prepared.text,
            caption=html_to_plain_text(item.excerpt) or prepared.text.caption,
            alt=html_to_line(item.meta.get(ALT_KEY, "")) or prepared.text.alt,
        )
        pictures[item.post_id] = replace(prepared, text=clean_picture_text(texts))
    return PreparedAttachments(pictures, tuple(missing))


def store_attachments(
    session: Session, prepared: PreparedAttachments, adder: int, moment: datetime
) -> dict[str, int]:
    """The pictures in this transaction's library, by WordPress post id."""
    return {
        post_id: store_prepared(session, picture, adder, moment)
        for post_id, picture in prepared.pictures.items()
    }


def featured_picture(item: WxrItem, pictures: dict[str, int]) -> int | None:
    return pictures.get(item.meta.get(FEATURED_KEY, "").strip())
