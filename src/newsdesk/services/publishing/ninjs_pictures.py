"""A story's pictures as ninjs associations: the lead picture (`featureimage`) and the
pictures in its text (`picture1`…), each a ninjs object of type "picture" with its
caption and alt text (descriptions), creator (by), credit (infosources), copyright
notice, usage terms and renditions. The renditions' files are written beside the
documents (`media/…`, named by their content) and named in each rendition's title: the
ninjs export has no web address to give them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.media_references import picture_references
from newsdesk.services.publishing.pictures import rendition_path
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_media import ArticlePicture, Picture, PictureRendition


@dataclass(frozen=True, slots=True)
class NinjsRendition:
    picture_id: int
    kind: str
    width: int
    height: int
    mime: str
    sha256: str
    byte_size: int

    @property
    def path(self) -> str:
        return rendition_path(self.sha256, self.mime)


@dataclass(frozen=True, slots=True)
class NinjsPicture:
    id: int
    sha256: str
    caption: str
    alt: str
    credit: str
    creator: str
    copyright: str
    usage_terms: str
    renditions: tuple[NinjsRendition, ...]


@dataclass(frozen=True, slots=True)
class StoryPictureUse:
    lead: NinjsPicture | None
    inline: tuple[NinjsPicture, ...]


def load_story_pictures(session: Session, ids: Iterable[int]) -> dict[int, StoryPictureUse]:
    uses: dict[int, list[ArticlePicture]] = defaultdict(list)
    for batch in chunks(list(ids), 10_000):
        for use in session.scalars(
            select(ArticlePicture).where(ArticlePicture.article_id.in_(batch))
        ):
            uses[use.article_id].append(use)
    wanted = sorted({use.picture_id for found in uses.values() for use in found})
    pictures: dict[int, Picture] = {}
    renditions: dict[int, list[NinjsRendition]] = defaultdict(list)
    for batch in chunks(wanted, 10_000):
        pictures.update(
            (p.id, p) for p in session.scalars(select(Picture).where(Picture.id.in_(batch)))
        )
        for made in session.scalars(
            select(PictureRendition)
            .where(PictureRendition.picture_id.in_(batch))
            .order_by(PictureRendition.picture_id, PictureRendition.width)
        ):
            renditions[made.picture_id].append(
                NinjsRendition(
                    made.picture_id,
                    made.kind,
                    made.width,
                    made.height,
                    made.mime,
                    made.sha256,
                    made.byte_size,
                )
            )
    found: dict[int, StoryPictureUse] = {}
    for article_id, story_uses in uses.items():
        lead = None
        inline = []
        for use in story_uses:
            row = pictures.get(use.picture_id)
            if row is None:
                continue
            picture = NinjsPicture(
                id=row.id,
                sha256=row.sha256,
                caption=use.caption or row.caption,
                alt=use.alt or row.alt,
                credit=use.credit or row.credit,
                creator=row.creator,
                copyright=row.copyright,
                usage_terms=row.usage_terms,
                renditions=tuple(renditions.get(row.id, ())),
            )
            if use.role == "lead":
                lead = picture
            else:
                inline.append(picture)
        found[article_id] = StoryPictureUse(lead, tuple(inline))
    return found


def picture_associations(body: str, use: StoryPictureUse | None) -> list[dict[str, Any]]:
    """The associations, in 2.1's spelling (the caller camel-cases them for 3.0)."""
    if use is None:
        return []
    associations = []
    if use.lead is not None:
        associations.append(_association("featureimage", use.lead))
    order = {picture_id: place for place, picture_id in enumerate(picture_references(body))}
    shown = sorted(use.inline, key=lambda p: order.get(p.id, len(order)))
    for number, picture in enumerate(shown, start=1):
        associations.append(_association(f"picture{number}", picture))
    return associations


def _association(name: str, picture: NinjsPicture) -> dict[str, Any]:
    association: dict[str, Any] = {
        "name": name,
        "uri": f"urn:newsdesk:picture:{picture.sha256}",
        "type": "picture",
        "representationtype": "full",
    }
    descriptions = [
        {"role": role, "contenttype": "text/plain", "value": value}
        for role, value in (("caption", picture.caption), ("alt", picture.alt))
        if value.strip()
    ]
    if descriptions:
        association["descriptions"] = descriptions
    if picture.creator.strip():
        association["by"] = picture.creator.strip()
    if picture.credit.strip():
        association["infosources"] = [{"name": picture.credit.strip(), "role": "credit"}]
    if picture.copyright.strip():
        association["copyrightnotice"] = picture.copyright.strip()
    if picture.usage_terms.strip():
        association["usageterms"] = picture.usage_terms.strip()
    association["renditions"] = [
        {
            "name": made.kind,
            "title": made.path,
            "contenttype": made.mime,
            "width": made.width,
            "height": made.height,
            "sizeinbytes": made.byte_size,
        }
        for made in picture.renditions
    ]
    return association


def rendition_files(uses: Iterable[StoryPictureUse]) -> set[tuple[int, str, str]]:
    """(picture id, kind, path) of every rendition the documents name."""
    files: set[tuple[int, str, str]] = set()
    for use in uses:
        for picture in (use.lead, *use.inline):
            if picture is not None:
                files.update((r.picture_id, r.kind, r.path) for r in picture.renditions)
    return files
