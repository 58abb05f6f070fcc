"""The open newsroom's library as the preview sees it: picture views whose addresses are
the preview's own URL scheme (`ui/preview/media_scheme.py`), never file paths."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.domain.media import Picture, RenditionKind
from newsdesk.rendering.pictures import PictureSource, PictureView
from newsdesk.services.media.library import MediaService
from newsdesk.ui.preview.media_scheme import media_url


class LibraryPictures:
    def __init__(self, media: MediaService, source: int) -> None:
        self._media = media
        self._source = source

    def views(self, ids: Sequence[int]) -> dict[int, PictureView]:
        return {
            picture_id: self.view(picture)
            for picture_id, picture in self._media.pictures(ids).items()
        }

    def teaser_views(self, article_ids: Sequence[int]) -> dict[int, PictureView]:
        """The lead thumbnails of the stories `article_ids`, by story, for their teasers."""
        return {
            article_id: PictureView(
                id=picture_id,
                src=media_url(self._source, picture_id, RenditionKind.THUMBNAIL),
                width=thumbnail.width,
                height=thumbnail.height,
            )
            for article_id, (picture_id, thumbnail) in self._media.lead_thumbnails(
                article_ids
            ).items()
        }

    def rendition(self, picture_id: int, kind: RenditionKind) -> tuple[str, bytes]:
        rendition, data = self._media.rendition(picture_id, kind)
        return rendition.mime, data

    def view(self, picture: Picture) -> PictureView:
        page = picture.rendition(RenditionKind.PAGE)
        double = picture.rendition(RenditionKind.PAGE_2X)
        width, height = (page.width, page.height) if page else (picture.width, picture.height)
        srcset: tuple[PictureSource, ...] = ()
        if page and double and double.width > page.width:
            srcset = (
                PictureSource(media_url(self._source, picture.id, RenditionKind.PAGE), page.width),
                PictureSource(
                    media_url(self._source, picture.id, RenditionKind.PAGE_2X), double.width
                ),
            )
        return PictureView(
            id=picture.id,
            src=media_url(self._source, picture.id, RenditionKind.PAGE),
            width=width,
            height=height,
            srcset=srcset,
            alt=picture.text.alt,
            caption=picture.text.caption,
            credit=picture.text.credit,
        )
