"""The library's pictures on the static site: renditions written once under names made of
their content (`media/ab/abcd….jpg`: a changed picture is a new file, an unchanged one is
never written again), and what each story page shows (its lead picture, the pictures in
its text) with addresses relative to the page.

A picture's texts and its renditions count in the story's fingerprint
(`picture_marks`), so an export after one caption changed rewrites only the pages that
show that picture.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import String, and_, cast, or_, select
from sqlalchemy.orm import Session

from newsdesk.domain.media import RenditionKind
from newsdesk.rendering.pictures import PictureSource, PictureView
from newsdesk.services.publishing import layout
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_media import ArticlePicture, Picture, PictureRendition

PAGE_FROM = "stories/x.html"
_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif"}
_PAGE_KINDS = (RenditionKind.PAGE.value, RenditionKind.PAGE_2X.value)


class RenditionWriter(Protocol):
    def current(self, path: str, fingerprint: str) -> bool: ...
    def put(self, path: str, fingerprint: str, data: bytes) -> None: ...


def rendition_path(sha256: str, mime: str) -> str:
    return f"media/{sha256[:2]}/{sha256}.{_EXTENSIONS.get(mime, 'img')}"


@dataclass(frozen=True, slots=True)
class StoryPictures:
    lead: PictureView | None = None
    lead_path: str = ""
    """The site path of the lead's largest page rendition (for og:image and feeds)."""
    inline: dict[int, PictureView] = field(default_factory=dict)


def picture_marks(session: Session) -> dict[int, str]:
    """What of its pictures shows on each story's page, as one short text per story."""
    rows = session.execute(
        select(
            ArticlePicture.article_id,
            ArticlePicture.role,
            ArticlePicture.picture_id,
            ArticlePicture.caption,
            ArticlePicture.credit,
            ArticlePicture.alt,
            cast(Picture.updated_at, String),
        )
        .join(Picture, Picture.id == ArticlePicture.picture_id)
        .order_by(ArticlePicture.article_id, ArticlePicture.role, ArticlePicture.picture_id)
    )
    marks: dict[int, list[str]] = defaultdict(list)
    for article_id, role, picture_id, caption, credit, alt, updated in rows:
        texts = zlib.crc32(f"{caption}\x00{credit}\x00{alt}".encode())
        marks[article_id].append(f"{role}:{picture_id}:{texts}:{updated}")
    # A "Check Also" teaser shows its story's lead thumbnail.
    teasers = session.execute(
        select(orm.RelatedLink.article_id, ArticlePicture.picture_id)
        .join(ArticlePicture, ArticlePicture.article_id == orm.RelatedLink.target_article_id)
        .where(ArticlePicture.role == "lead")
        .order_by(orm.RelatedLink.article_id, ArticlePicture.picture_id)
    )
    for article_id, picture_id in teasers:
        marks[article_id].append(f"teaser:{picture_id}")
    return {article_id: ",".join(parts) for article_id, parts in marks.items()}


def write_renditions(session: Session, writer: RenditionWriter, public: Iterable[int]) -> None:
    """Every page rendition a public story shows, written when the export lacks it; the
    bytes are read only for those. The uses are read in one query and kept for the
    public stories here: the stories' ids in the query (tens of thousands, in batches)
    cost more to send than the few rows of pictures cost to read."""
    shown = set(public)
    wanted: dict[str, tuple[int, str, str]] = {}
    rows = session.execute(
        select(
            ArticlePicture.article_id,
            PictureRendition.picture_id,
            PictureRendition.kind,
            PictureRendition.sha256,
            PictureRendition.mime,
        )
        .join(ArticlePicture, ArticlePicture.picture_id == PictureRendition.picture_id)
        .where(
            or_(
                PictureRendition.kind.in_(_PAGE_KINDS),
                and_(
                    ArticlePicture.role == "lead",
                    PictureRendition.kind == RenditionKind.THUMBNAIL.value,
                ),
            ),
        )
    )
    for article_id, picture_id, kind, sha256, mime in rows:
        if article_id in shown:
            wanted[rendition_path(sha256, mime)] = (picture_id, kind, sha256)
    for path, (picture_id, kind, sha256) in sorted(wanted.items()):
        if writer.current(path, sha256):
            continue
        data = session.scalar(
            select(PictureRendition.data).where(
                PictureRendition.picture_id == picture_id, PictureRendition.kind == kind
            )
        )
        if data is not None:
            writer.put(path, sha256, data)


def story_pictures(session: Session, ids: Iterable[int]) -> dict[int, StoryPictures]:
    """The pictures of the stories `ids`, as their pages show them."""
    uses: dict[int, list[ArticlePicture]] = defaultdict(list)
    for batch in chunks(list(ids), 10_000):
        for use in session.scalars(
            select(ArticlePicture).where(ArticlePicture.article_id.in_(batch))
        ):
            uses[use.article_id].append(use)
    picture_ids = {use.picture_id for found in uses.values() for use in found}
    views = _views(session, picture_ids)
    shown: dict[int, StoryPictures] = {}
    for article_id, found in uses.items():
        lead: PictureView | None = None
        lead_path = ""
        inline: dict[int, PictureView] = {}
        for use in found:
            view = views.get(use.picture_id)
            if view is None:
                continue
            picture, largest = view
            if use.role == "lead":
                lead = PictureView(
                    id=picture.id,
                    src=picture.src,
                    width=picture.width,
                    height=picture.height,
                    srcset=picture.srcset,
                    alt=use.alt or picture.alt,
                    caption=use.caption or picture.caption,
                    credit=use.credit or picture.credit,
                )
                lead_path = largest
            else:
                inline[use.picture_id] = picture
        shown[article_id] = StoryPictures(lead, lead_path, inline)
    return shown


def _views(session: Session, ids: set[int]) -> dict[int, tuple[PictureView, str]]:
    if not ids:
        return {}
    renditions: dict[int, dict[str, PictureRendition]] = defaultdict(dict)
    texts: dict[int, tuple[str, str, str]] = {}
    for batch in chunks(sorted(ids), 10_000):
        for made in session.scalars(
            select(PictureRendition).where(
                PictureRendition.picture_id.in_(batch), PictureRendition.kind.in_(_PAGE_KINDS)
            )
        ):
            renditions[made.picture_id][made.kind] = made
        for picture_id, alt, caption, credit in session.execute(
            select(Picture.id, Picture.alt, Picture.caption, Picture.credit).where(
                Picture.id.in_(batch)
            )
        ):
            texts[picture_id] = (alt, caption, credit)
    views: dict[int, tuple[PictureView, str]] = {}
    for picture_id, (alt, caption, credit) in texts.items():
        sizes = renditions.get(picture_id, {})
        page = sizes.get(RenditionKind.PAGE.value)
        if page is None:
            continue
        sources = [page, *([sizes[_PAGE_KINDS[1]]] if _PAGE_KINDS[1] in sizes else [])]
        paths = [rendition_path(s.sha256, s.mime) for s in sources]
        srcset = tuple(
            dict.fromkeys(
                PictureSource(layout.relative(PAGE_FROM, path), made.width)
                for path, made in zip(paths, sources, strict=True)
            )
        )
        view = PictureView(
            id=picture_id,
            src=layout.relative(PAGE_FROM, paths[0]),
            width=page.width,
            height=page.height,
            srcset=srcset if len(srcset) > 1 else (),
            alt=alt,
            caption=caption,
            credit=credit,
        )
        views[picture_id] = (view, paths[-1])
    return views


@dataclass(frozen=True, slots=True)
class FeedImage:
    """A story's lead picture as a feed encloses it: the site path of its largest page
    rendition, its type and size in bytes."""

    path: str
    mime: str
    length: int


def lead_images(session: Session, ids: Iterable[int]) -> dict[int, FeedImage]:
    images: dict[int, FeedImage] = {}
    for batch in chunks(list(ids), 10_000):
        rows = session.execute(
            select(
                ArticlePicture.article_id,
                PictureRendition.kind,
                PictureRendition.sha256,
                PictureRendition.mime,
                PictureRendition.byte_size,
            )
            .join(PictureRendition, PictureRendition.picture_id == ArticlePicture.picture_id)
            .where(
                ArticlePicture.article_id.in_(batch),
                ArticlePicture.role == "lead",
                PictureRendition.kind.in_(_PAGE_KINDS),
            )
            .order_by(ArticlePicture.article_id, PictureRendition.width)
        )
        for article_id, _kind, sha256, mime, length in rows:
            images[article_id] = FeedImage(rendition_path(sha256, mime), mime, length)
    return images


def teaser_thumbnails(session: Session, ids: Iterable[int]) -> dict[int, PictureView]:
    """The lead thumbnails of the stories `ids` (the targets of "Check Also" links), with
    addresses relative to a story page."""
    found: dict[int, PictureView] = {}
    for batch in chunks(list(ids), 10_000):
        rows = session.execute(
            select(
                ArticlePicture.article_id,
                PictureRendition.picture_id,
                PictureRendition.width,
                PictureRendition.height,
                PictureRendition.sha256,
                PictureRendition.mime,
            )
            .join(PictureRendition, PictureRendition.picture_id == ArticlePicture.picture_id)
            .where(
                ArticlePicture.article_id.in_(batch),
                ArticlePicture.role == "lead",
                PictureRendition.kind == RenditionKind.THUMBNAIL.value,
            )
        )
        for article_id, picture_id, width, height, sha256, mime in rows:
            found[article_id] = PictureView(
                id=picture_id,
                src=layout.relative(PAGE_FROM, rendition_path(sha256, mime)),
                width=width,
                height=height,
            )
    return found
