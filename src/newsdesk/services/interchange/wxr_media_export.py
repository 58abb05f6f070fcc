"""The pictures a WordPress export carries: each picture a story shows becomes an
attachment item (its file the page rendition the site export publishes, its title,
caption, description and alt text), each lead picture the post's featured image
(`_thumbnail_id`), and the pictures in a body `<img>` tags with the same addresses."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.media import RenditionKind
from newsdesk.rendering.pictures import PictureSource, PictureView
from newsdesk.services.publishing.layout import absolute
from newsdesk.services.publishing.pictures import rendition_path
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_media import ArticlePicture, Picture, PictureRendition

ATTACHMENT_BASE = 1_000_000_000
"""Attachments' WordPress post ids: ours plus this, apart from the posts' (story ids);
WordPress gives them new ids on import and follows `_thumbnail_id` to them."""


def attachment_id(picture_id: int) -> int:
    return ATTACHMENT_BASE + picture_id


@dataclass(frozen=True, slots=True)
class ExportedPicture:
    id: int
    filename: str
    url: str
    """The absolute address of its largest page rendition on the site."""
    view: PictureView
    description: str
    added_at_iso: str


def leads_of(session: Session, ids: Sequence[int]) -> dict[int, int]:
    """Story id → its lead picture's id."""
    found: dict[int, int] = {}
    for batch in chunks(list(ids), 10_000):
        rows = session.execute(
            select(ArticlePicture.article_id, ArticlePicture.picture_id).where(
                ArticlePicture.article_id.in_(batch), ArticlePicture.role == "lead"
            )
        )
        for article_id, picture_id in rows:
            found[article_id] = picture_id
    return found


def pictures_of(session: Session, ids: Iterable[int]) -> list[int]:
    """The pictures the stories `ids` show (lead or in their text), in id order."""
    found: set[int] = set()
    for batch in chunks(list(ids), 10_000):
        found.update(
            session.scalars(
                select(ArticlePicture.picture_id).where(ArticlePicture.article_id.in_(batch))
            )
        )
    return sorted(found)


def exported_pictures(
    session: Session, ids: Sequence[int], base_url: str
) -> dict[int, ExportedPicture]:
    pages = (RenditionKind.PAGE.value, RenditionKind.PAGE_2X.value)
    found: dict[int, ExportedPicture] = {}
    for batch in chunks(list(ids), 10_000):
        sizes: dict[int, list[PictureRendition]] = {}
        for made in session.scalars(
            select(PictureRendition)
            .where(PictureRendition.picture_id.in_(batch), PictureRendition.kind.in_(pages))
            .order_by(PictureRendition.width)
        ):
            sizes.setdefault(made.picture_id, []).append(made)
        for row in session.scalars(select(Picture).where(Picture.id.in_(batch))):
            made_sizes = sizes.get(row.id, [])
            if not made_sizes:
                continue
            urls = [absolute(base_url, rendition_path(m.sha256, m.mime)) for m in made_sizes]
            page = made_sizes[0]
            sources = tuple(
                dict.fromkeys(
                    PictureSource(u, m.width) for u, m in zip(urls, made_sizes, strict=True)
                )
            )
            found[row.id] = ExportedPicture(
                id=row.id,
                filename=row.filename,
                url=urls[-1],
                view=PictureView(
                    id=row.id,
                    src=urls[0],
                    width=page.width,
                    height=page.height,
                    srcset=sources if len(sources) > 1 else (),
                    alt=row.alt,
                    caption=row.caption,
                    credit=row.credit,
                ),
                description=row.usage_terms,
                added_at_iso=row.added_at.isoformat(),
            )
    return found
