"""Published stories as IPTC NewsML-G2 news items (2.35, power conformance).

The mapping: the story's UUID → guid (`urn:uuid:…`), its version → version; itemMeta
says text (`ninat:text`), the newsroom as provider, the times, pubStatus (published and
corrected stories are usable, a killed one canceled) and, for a corrected story, the
`sig:correction` signal with the correction note as the editors' note; contentMeta
carries the dateline (located), byline (creator), credit (infoSource), language,
section path (subjects), tags (keywords), slug (slugline), headline and standfirst
(description); the body is the sanitized HTML as XHTML in `inlineXML`. Drafts, stories
in the trash and private stories never go out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html
from sqlalchemy import select

from newsdesk.domain.entities import Article
from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.output_paths import export_folder, writing
from newsdesk.services.publishing import layout
from newsdesk.services.publishing.embargoes import embargoed_ids, export_time
from newsdesk.services.publishing.manifest import write_atomically
from newsdesk.services.publishing.ninjs import story_body_html, story_uri
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.publishing.snapshot import load_sections
from newsdesk.services.publishing.stories import load_stories
from newsdesk.storage import orm
from newsdesk.storage.database import Database

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STANDARD_VERSION = "2.35"
IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"
PROVIDER = "Newsdesk"
EXPORTED = (ArticleStatus.PUBLISHED, ArticleStatus.CORRECTED, ArticleStatus.KILLED)


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _add(parent: etree._Element, name: str, text: str = "", **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{NAR}}}{name}", attributes)
    if text:
        element.text = text
    return element


def _named(parent: etree._Element, name: str, label: str, **attributes: str) -> None:
    _add(_add(parent, name, **attributes), "name", label)


def _xhtml(article: Article) -> etree._Element:
    """The story as an XHTML document: its sanitized HTML, made well-formed XML."""
    page = etree.Element(f"{{{XHTML}}}html", nsmap={None: XHTML})
    head = etree.SubElement(page, f"{{{XHTML}}}head")
    etree.SubElement(head, f"{{{XHTML}}}title").text = article.headline
    body = etree.SubElement(page, f"{{{XHTML}}}body")
    html = story_body_html(article).strip()
    if html:
        holder = lxml_html.fragment_fromstring(html, create_parent="div")
        for node in holder.iter():
            if isinstance(node.tag, str):
                node.tag = f"{{{XHTML}}}{node.tag}"
        body.text = holder.text
        for child in holder:
            if isinstance(child.tag, str):
                body.append(child)
    return page


def news_item(article: Article) -> etree._Element:
    """One story as a NewsML-G2 `newsItem` element."""
    status = ArticleStatus(article.status)
    item = etree.Element(
        f"{{{NAR}}}newsItem",
        {
            "guid": story_uri(article.uuid),
            "version": str(max(article.version, 1)),
            "standard": "NewsML-G2",
            "standardversion": STANDARD_VERSION,
            "conformance": "power",
            XML_LANG: article.language or "en",
        },
        nsmap={None: NAR},
    )
    _add(item, "catalogRef", href=IPTC_CATALOG)
    meta = _add(item, "itemMeta")
    _add(meta, "itemClass", qcode="ninat:text")
    _add(meta, "provider", literal=PROVIDER)
    _add(meta, "versionCreated", _time(article.updated_at))
    _add(meta, "firstCreated", _time(article.created_at))
    usable = "stat:canceled" if status is ArticleStatus.KILLED else "stat:usable"
    _add(meta, "pubStatus", qcode=usable)
    if status is ArticleStatus.CORRECTED and article.correction_note.strip():
        _add(meta, "edNote", article.correction_note.strip())
    if status is ArticleStatus.CORRECTED:
        _add(meta, "signal", qcode="sig:correction")
    content = _add(item, "contentMeta")
    if article.published_at is not None:
        _add(content, "contentCreated", _time(article.published_at))
    _add(content, "contentModified", _time(article.updated_at))
    if article.dateline.strip():
        _named(content, "located", article.dateline.strip())
    if article.byline.strip():
        _named(content, "creator", article.byline.strip())
    if article.credit.strip():
        _named(content, "infoSource", article.credit.strip().strip("()"))
    _add(content, "language", tag=article.language or "en")
    for name in article.section_path:
        _named(content, "subject", name, type="cpnat:abstract")
    for tag in article.tags:
        _add(content, "keyword", tag)
    _add(content, "slugline", article.slug)
    _add(content, "headline", article.headline)
    if article.standfirst.strip():
        _add(content, "description", article.standfirst.strip(), role="drol:summary")
    content_set = _add(item, "contentSet")
    inline = _add(content_set, "inlineXML", contenttype="application/xhtml+xml")
    inline.append(_xhtml(article))
    return item


def news_item_bytes(article: Article) -> bytes:
    return bytes(
        etree.tostring(
            news_item(article), xml_declaration=True, encoding="UTF-8", pretty_print=True
        )
    )


@dataclass(frozen=True, slots=True)
class NewsmlReport:
    written: tuple[Path, ...]


def export_newsml(
    database: Database,
    folder: Path,
    *,
    article_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> NewsmlReport:
    """One `SLUG.xml` per published, corrected or killed story (or those of `article_ids`
    that are), private ones left out, and any still embargoed at `now` (the clock by
    default): the database lets no story out before its embargo, this holds if one did."""
    progress = progress or Progress()
    export_folder(folder)
    with writing(folder):
        return _write(database, folder, article_ids, progress, export_time(now))


def _write(
    database: Database,
    folder: Path,
    article_ids: Sequence[int] | None,
    progress: Progress,
    held_at: datetime,
) -> NewsmlReport:
    written: list[Path] = []
    with database.transaction() as session:
        statement = (
            select(orm.Article.id)
            .where(orm.Article.trashed_at.is_(None))
            .where(orm.Article.private.is_(False))
            .where(orm.Article.status.in_([s.value for s in EXPORTED]))
            .order_by(orm.Article.id)
        )
        held = embargoed_ids(session, held_at)
        ids = [article_id for article_id in session.scalars(statement) if article_id not in held]
        if article_ids is not None:
            wanted = set(article_ids)
            ids = [article_id for article_id in ids if article_id in wanted]
        progress.start(len(ids), "Writing NewsML-G2 items")
        sections = load_sections(session)
        for story in load_stories(
            session, ids, sections, with_comments=False, public_links_only=True
        ):
            article = story.article
            name = layout.safe_name(article.slug, f"story-{article.id}")
            target = folder / f"{name}.xml"
            write_atomically(target, news_item_bytes(article))
            written.append(target)
            progress.step()
    return NewsmlReport(written=tuple(written))
