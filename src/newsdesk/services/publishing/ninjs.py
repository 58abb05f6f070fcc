"""IPTC ninjs (News in JSON) documents of our stories, in version 2.1 or 3.0.

The mapping: headline → headlines, standfirst → descriptions (role "summary"), the body
as sanitized HTML → bodies, byline → by, dateline → located and places, credit →
infosources, section path and tags → subjects, language, times, pubstatus (published
and corrected are usable, killed is canceled, anything else withheld), the correction
note → descriptions (role "correction"), the lead picture and the pictures in the text
→ associations of type "picture" (`ninjs_pictures`; the body leaves them out), related
links → associations. Editorial notes and comments never go out, nor does a private
story (an imported private or password protected WordPress post) until it is published.
3.0 spells the same properties in camelCase.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import Article
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.rendering import render_markdown
from newsdesk.rendering.pictures import place_pictures
from newsdesk.rendering.sanitize import LINE_ATTRIBUTE
from newsdesk.services.output_paths import export_folder, writing
from newsdesk.services.publishing import layout
from newsdesk.services.publishing.embargoes import embargoed_ids, export_time
from newsdesk.services.publishing.manifest import write_atomically
from newsdesk.services.publishing.ninjs_pictures import (
    StoryPictureUse,
    load_story_pictures,
    picture_associations,
    rendition_files,
)
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.publishing.snapshot import load_sections
from newsdesk.services.publishing.stories import load_stories
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_media import PictureRendition

NinjsVersion = Literal["2.1", "3.0"]
VERSIONS: tuple[NinjsVersion, ...] = ("2.1", "3.0")
SCHEMA_URIS = {
    "2.1": "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#",
    "3.0": "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#",
}

# ninjs 2.x names → 3.0 names, where they differ.
_CAMEL = {
    "representationtype": "representationType",
    "firstcreated": "firstCreated",
    "versioncreated": "versionCreated",
    "contentcreated": "contentCreated",
    "pubstatus": "pubStatus",
    "embargoed": "embargoedUntil",
    "contenttype": "contentType",
    "charcount": "charCount",
    "wordcount": "wordCount",
    "infosources": "infoSources",
    "copyrightnotice": "copyrightNotice",
    "usageterms": "usageTerms",
    "sizeinbytes": "sizeInBytes",
}
_PUBSTATUS = {
    ArticleStatus.PUBLISHED: "usable",
    ArticleStatus.CORRECTED: "usable",
    ArticleStatus.KILLED: "canceled",
}
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
_TAG = re.compile(r"<[^>]*>")


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def story_uri(uuid: str) -> str:
    return f"urn:uuid:{uuid}"


def story_body_html(article: Article) -> str:
    # The preview's line markers are of no use to a receiver.
    # Library pictures travel as associations, not as `media:` images in the body.
    body = place_pictures(render_markdown(article.body), {})
    return re.sub(rf' {LINE_ATTRIBUTE}="\d+"', "", body)


def _association(position: int, title: str, summary: str, uri: str) -> dict[str, Any]:
    association: dict[str, Any] = {
        "name": f"related{position}",
        "uri": uri,
        "type": "text",
        "headlines": [{"role": "main", "value": title or uri}],
    }
    if summary.strip():
        association["descriptions"] = [{"role": "summary", "value": summary.strip()}]
    return association


def _associations(article: Article, target_uuids: dict[int, str]) -> list[dict[str, Any]]:
    associations: list[dict[str, Any]] = []
    for link in sorted(article.related_links, key=lambda link: link.position):
        if link.target_article_id is not None:
            target = target_uuids.get(link.target_article_id)
            uri = story_uri(target) if target else None
        else:
            uri = link.url.strip() if link.url else None
        if uri and _URI.match(uri):
            associations.append(_association(len(associations) + 1, link.title, link.summary, uri))
    return associations


def ninjs_document(
    article: Article,
    version: NinjsVersion = "3.0",
    target_uuids: dict[int, str] | None = None,
    pictures: StoryPictureUse | None = None,
) -> dict[str, Any]:
    """One story as a ninjs object (a plain dict, ready for `json.dumps`)."""
    if version not in VERSIONS:
        raise InvalidInput(f"ninjs version {version!r} is not supported (2.1 or 3.0)")
    body = story_body_html(article)
    words = len(_TAG.sub(" ", body).split())
    document: dict[str, Any] = {
        "uri": story_uri(article.uuid),
        "standard": {"name": "ninjs", "version": version, "schema": SCHEMA_URIS[version]},
        "type": "text",
        "representationtype": "full",
        "profile": "newsdesk-text",
        "version": str(article.version),
        "firstcreated": _time(article.created_at),
        "versioncreated": _time(article.updated_at),
        "pubstatus": _PUBSTATUS.get(article.status, "withheld"),
        "language": article.language,
        "slugline": article.slug,
        "headlines": [{"role": "main", "contenttype": "text/plain", "value": article.headline}],
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/html",
                "charcount": len(_TAG.sub("", body)),
                "wordcount": words,
                "value": body,
            }
        ],
    }
    if article.published_at is not None:
        document["contentcreated"] = _time(article.published_at)
    if article.embargoed_until is not None:
        document["embargoed"] = _time(article.embargoed_until)
    descriptions = []
    if article.standfirst.strip():
        descriptions.append(
            {"role": "summary", "contenttype": "text/plain", "value": article.standfirst.strip()}
        )
    if article.correction_note.strip():
        descriptions.append(
            {
                "role": "correction",
                "contenttype": "text/plain",
                "value": article.correction_note.strip(),
            }
        )
    if descriptions:
        document["descriptions"] = descriptions
    if article.byline.strip():
        document["by"] = article.byline.strip()
    if article.dateline.strip():
        document["located"] = article.dateline.strip()
        document["places"] = [{"name": article.dateline.strip(), "rel": "dateline"}]
    if article.credit.strip():
        document["infosources"] = [{"name": article.credit.strip().strip("()"), "role": "credit"}]
    subjects: list[dict[str, Any]] = []
    if article.section_path:
        subjects += [{"name": name, "rel": "section"} for name in article.section_path]
        subjects[-1]["literal"] = article.section_slug
    subjects += [{"name": tag, "rel": "tag"} for tag in article.tags]
    if subjects:
        document["subjects"] = subjects
    associations = picture_associations(article.body, pictures)
    associations += _associations(article, target_uuids or {})
    if associations:
        document["associations"] = associations
    return _camel_case(document) if version == "3.0" else document


def _camel_case(value: Any) -> Any:
    if isinstance(value, dict):
        return {_CAMEL.get(key, key): _camel_case(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_camel_case(item) for item in value]
    return value


def _with_relation(document: dict[str, Any]) -> dict[str, Any]:
    """3.0 says how an association relates; 2.1 has no such property."""
    for association in document.get("associations", []):
        association["rel"] = _RELATIONS.get(association["type"], "related")
    return document


_RELATIONS = {"picture": "illustration"}


@dataclass(frozen=True, slots=True)
class NinjsReport:
    written: tuple[Path, ...]
    private: int = 0
    """Stories left out: private until someone publishes them."""
    embargoed: int = 0
    """Stories left out: embargoed, the embargo not lifted yet."""


def export_ninjs(
    database: Database,
    folder: Path,
    version: NinjsVersion = "3.0",
    *,
    article_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    include_embargoed: bool = False,
    now: datetime | None = None,
) -> NinjsReport:
    """One `SLUG.json` per story (every story not in the trash, or those in `article_ids`),
    private ones left out, and those still embargoed at `now` (the clock by default)
    unless `include_embargoed` (a partner gets them on purpose, `embargoed` set)."""
    if version not in VERSIONS:
        raise InvalidInput(f"ninjs version {version!r} is not supported (2.1 or 3.0)")
    progress = progress or Progress()
    export_folder(folder)
    with writing(folder):
        held_at = None if include_embargoed else export_time(now)
        return _write_ninjs(database, folder, version, article_ids, progress, held_at)


def _write_ninjs(
    database: Database,
    folder: Path,
    version: NinjsVersion,
    article_ids: Sequence[int] | None,
    progress: Progress,
    held_at: datetime | None,
) -> NinjsReport:
    written: list[Path] = []
    with database.transaction() as session:
        if article_ids is None:
            ids = list(
                session.scalars(
                    select(orm.Article.id)
                    .where(orm.Article.trashed_at.is_(None))
                    .order_by(orm.Article.id)
                )
            )
        else:
            ids = list(article_ids)
        private = set(session.scalars(select(orm.Article.id).where(orm.Article.private.is_(True))))
        kept_private = sum(1 for article_id in ids if article_id in private)
        ids = [article_id for article_id in ids if article_id not in private]
        held = embargoed_ids(session, held_at) if held_at is not None else set()
        kept_embargoed = sum(1 for article_id in ids if article_id in held)
        ids = [article_id for article_id in ids if article_id not in held]
        progress.start(len(ids), "Writing ninjs documents")
        uuids = dict(session.execute(select(orm.Article.id, orm.Article.uuid)).all())
        sections = load_sections(session)
        pictures = load_story_pictures(session, ids)
        _write_renditions(session, folder, rendition_files(pictures.values()))
        for story in load_stories(
            session, ids, sections, with_comments=False, public_links_only=False
        ):
            article = story.article
            document = ninjs_document(article, version, uuids, pictures.get(article.id))
            if version == "3.0":
                document = _with_relation(document)
            name = layout.safe_name(article.slug, f"story-{article.id}")
            target = folder / f"{name}.json"
            data = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
            write_atomically(target, data.encode("utf-8"))
            written.append(target)
            progress.step()
    return NinjsReport(written=tuple(written), private=kept_private, embargoed=kept_embargoed)


def _write_renditions(session: Session, folder: Path, files: set[tuple[int, str, str]]) -> None:
    """The renditions the documents name, beside them (each written once: its name is its
    content's hash)."""
    for picture_id, kind, path in sorted(files):
        target = folder / path
        if target.exists():
            continue
        data = session.scalar(
            select(PictureRendition.data).where(
                PictureRendition.picture_id == picture_id, PictureRendition.kind == kind
            )
        )
        if data is not None:
            write_atomically(target, data)
