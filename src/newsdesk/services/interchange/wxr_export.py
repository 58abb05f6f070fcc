"""The newsroom as a WordPress export (WXR 1.2): every story, section, tag and comment.

Bodies go out as the same sanitized HTML the site shows (no script, event handler or
``javascript:`` link can be in it), comments as their plain text rendered the way the
site renders it, and our own fields as ``_newsdesk_*`` custom fields (see `wxr_format`),
so importing the file into a fresh newsroom gives back the same stories, sections and
comment threads. Trashed stories go as WordPress's trash.

The file is the newsroom's own backup, so commenters' e-mail addresses and IP addresses
are in it, as in any WordPress export, and so are private stories (imported private or
password-protected posts), as WordPress's private posts; ``include_private=False``
leaves all of that out for a file that will leave the newsroom. Whether a story's
comments are open is written as WordPress's ``comment_status``. Stories are read in
batches and written one by one (lxml's incremental writer) to a temporary file renamed
into place at the end, so a failed or cancelled export leaves no half-written file.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import BinaryIO

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk import __version__
from newsdesk.domain.enums import ArticleStatus, CommentKind, CommentStatus
from newsdesk.domain.slugs import slugify
from newsdesk.rendering import render_markdown
from newsdesk.rendering.pictures import place_pictures
from newsdesk.rendering.sanitize import LINE_ATTRIBUTE, render_comment_body, scrub_surrogates
from newsdesk.services.interchange import wxr_format as fmt
from newsdesk.services.interchange.wxr_media import ALT_KEY, FEATURED_KEY
from newsdesk.services.interchange.wxr_media_export import (
    ExportedPicture,
    attachment_id,
    exported_pictures,
    leads_of,
    pictures_of,
)
from newsdesk.services.moderation_settings import newsroom_name
from newsdesk.services.output_paths import export_file, writing
from newsdesk.services.publishing.embargoes import embargoed_ids, export_time
from newsdesk.services.publishing.layout import absolute, story_path
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.rows import tags_by_article
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.database import Database

BATCH = 500
DEFAULT_BASE_URL = "http://localhost:8000/"

WP = f"{{{fmt.WP_NS}}}"
DC = f"{{{fmt.DC_NS}}}"
CONTENT = f"{{{fmt.CONTENT_NS}}}"
EXCERPT = f"{{{fmt.EXCERPT_NS}}}"
NSMAP = {
    "excerpt": fmt.EXCERPT_NS,
    "content": fmt.CONTENT_NS,
    "wfw": fmt.WFW_NS,
    "dc": fmt.DC_NS,
    "wp": fmt.WP_NS,
}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LINE_MARK = re.compile(rf' {LINE_ATTRIBUTE}="\d+"')


@dataclass(frozen=True, slots=True)
class WxrExportOptions:
    base_url: str = DEFAULT_BASE_URL
    """Where the newsroom's site is served: story links are made from it."""
    include_private: bool = True
    """Commenters' e-mail and IP addresses, and private stories (the newsroom's own backup
    needs them)."""
    include_embargoed: bool = False
    """Stories whose embargo has not lifted at `now` (left out unless asked for)."""
    now: datetime | None = None
    """The moment embargoes are held against (the clock when None)."""


@dataclass(frozen=True, slots=True)
class WxrExportReport:
    path: Path
    posts: int
    comments: int
    categories: int
    tags: int
    bytes: int
    seconds: float
    embargoed: int = 0
    """Stories left out: embargoed, the embargo not lifted yet."""
    attachments: int = 0
    """The pictures the stories show, as attachment items."""


def _clean(text: str) -> str:
    return _NOT_XML.sub("", scrub_surrogates(text))


def _add(parent: etree._Element, tag: str, text: str = "", *, cdata: bool = False) -> None:
    element = etree.SubElement(parent, tag)
    value = _clean(text)
    if cdata and value and "]]>" not in value:
        element.text = etree.CDATA(value)
    elif value:
        element.text = value


def _escaped(text: str) -> str:
    """Names and titles are HTML in WordPress: markup typed into them stays text."""
    return html.escape(text, quote=False)


def body_html(markdown: str) -> str:
    return _LINE_MARK.sub("", render_markdown(markdown))


class _Writer:
    def __init__(self, session: Session, options: WxrExportOptions) -> None:
        self.session = session
        self.options = options
        self.logins: dict[str, str] = {}
        self.comments = 0
        self.pictures: dict[int, ExportedPicture] = {}
        """The pictures the exported stories show, by id."""
        self.leads: dict[int, int] = {}
        """Story id → lead picture id, for the batch in hand."""

    def login(self, byline: str) -> str:
        if byline not in self.logins:
            base = slugify(byline) if byline.strip() else "newsroom"
            taken = set(self.logins.values())
            login, counter = base, 1
            while login in taken:
                counter += 1
                login = f"{base}-{counter}"
            self.logins[byline] = login
        return self.logins[byline]

    def channel_head(self) -> list[etree._Element]:
        base = self.options.base_url
        fields = (
            ("title", _escaped(newsroom_name(self.session))),
            ("link", base),
            ("description", ""),
            ("pubDate", format_datetime(datetime.now(UTC))),
            ("language", "en"),
            (WP + "wxr_version", "1.2"),
            (WP + "base_site_url", base),
            (WP + "base_blog_url", base),
        )
        elements = []
        for tag, text in fields:
            element = etree.Element(tag, nsmap=NSMAP)
            element.text = _clean(text) or None
            elements.append(element)
        return elements

    def authors(self) -> Iterator[etree._Element]:
        separator = fmt.BYLINE_SEPARATOR.strip()
        people = {
            part.strip()
            for byline in self.session.scalars(select(orm.Article.byline).distinct())
            for part in (byline.split(separator) if separator in byline else [byline])
        }
        for number, byline in enumerate(sorted(people), start=1):
            author = etree.Element(WP + "author", nsmap=NSMAP)
            _add(author, WP + "author_id", str(number))
            _add(author, WP + "author_login", self.login(byline), cdata=True)
            _add(author, WP + "author_email", "")
            _add(author, WP + "author_display_name", _escaped(byline or "Newsroom"), cdata=True)
            _add(author, WP + "author_first_name", "", cdata=True)
            _add(author, WP + "author_last_name", "", cdata=True)
            yield author

    def sections(self) -> tuple[list[etree._Element], dict[int, orm.Section]]:
        rows = list(
            self.session.scalars(select(orm.Section).order_by(orm.Section.position, orm.Section.id))
        )
        by_id = {row.id: row for row in rows}
        ordered: list[orm.Section] = []
        placed: set[int] = set()

        def place(parent_id: int | None) -> None:
            for row in rows:
                if row.parent_id == parent_id and row.id not in placed:
                    placed.add(row.id)
                    ordered.append(row)
                    place(row.id)

        place(None)
        ordered.extend(row for row in rows if row.id not in placed)
        elements = []
        for row in ordered:
            category = etree.Element(WP + "category", nsmap=NSMAP)
            _add(category, WP + "term_id", str(row.id))
            _add(category, WP + "category_nicename", row.slug, cdata=True)
            parent = by_id.get(row.parent_id) if row.parent_id is not None else None
            _add(category, WP + "category_parent", parent.slug if parent else "", cdata=True)
            _add(category, WP + "cat_name", _escaped(row.name), cdata=True)
            elements.append(category)
        return elements, by_id

    def tags(self) -> list[etree._Element]:
        elements = []
        for row in self.session.scalars(select(orm.Tag).order_by(orm.Tag.name)):
            tag = etree.Element(WP + "tag", nsmap=NSMAP)
            _add(tag, WP + "term_id", str(row.id))
            _add(tag, WP + "tag_slug", slugify(row.name), cdata=True)
            _add(tag, WP + "tag_name", _escaped(row.name), cdata=True)
            elements.append(tag)
        return elements

    def item(
        self,
        row: orm.Article,
        section: orm.Section | None,
        tags: Sequence[str],
        comments: Sequence[orm.Comment],
    ) -> etree._Element:
        status = ArticleStatus(row.status)
        wp_status = fmt.TO_WORDPRESS[status]
        if status is ArticleStatus.READY and row.scheduled_at is not None:
            wp_status = "future"
        if row.private:
            wp_status = "private"  # WordPress keeps it from readers too
        posted = row.published_at or row.scheduled_at or row.created_at
        item = etree.Element("item", nsmap=NSMAP)
        _add(item, "title", _escaped(row.headline), cdata=True)
        _add(item, "link", absolute(self.options.base_url, story_path(row.slug, row.id)))
        _add(item, "pubDate", format_datetime(posted.astimezone(UTC)))
        bylines = [b.strip() for b in row.byline.split(fmt.BYLINE_SEPARATOR.strip()) if b.strip()]
        _add(item, DC + "creator", self.login(bylines[0] if bylines else ""), cdata=True)
        guid = etree.SubElement(item, "guid", isPermaLink="false")
        guid.text = f"urn:uuid:{row.uuid}"
        _add(item, "description", "")
        views = {picture_id: picture.view for picture_id, picture in self.pictures.items()}
        _add(item, CONTENT + "encoded", place_pictures(body_html(row.body), views), cdata=True)
        _add(item, EXCERPT + "encoded", _escaped(row.standfirst), cdata=True)
        _add(item, WP + "post_id", str(row.id))
        _add(item, WP + "post_date", fmt.wp_date(posted), cdata=True)
        _add(item, WP + "post_date_gmt", fmt.wp_date(posted), cdata=True)
        _add(item, WP + "post_modified", fmt.wp_date(row.updated_at), cdata=True)
        _add(item, WP + "post_modified_gmt", fmt.wp_date(row.updated_at), cdata=True)
        _add(item, WP + "comment_status", "open" if row.comments_open else "closed", cdata=True)
        _add(item, WP + "ping_status", "closed", cdata=True)
        _add(item, WP + "post_name", row.slug, cdata=True)
        _add(item, WP + "status", "trash" if row.trashed_at else wp_status, cdata=True)
        _add(item, WP + "post_parent", "0")
        _add(item, WP + "menu_order", "0")
        _add(item, WP + "post_type", "post", cdata=True)
        _add(item, WP + "post_password", "", cdata=True)
        _add(item, WP + "is_sticky", "0")
        if section is not None:
            category = etree.SubElement(item, "category", domain="category", nicename=section.slug)
            category.text = etree.CDATA(_clean(_escaped(section.name)))
        for name in tags:
            tag = etree.SubElement(item, "category", domain="post_tag", nicename=slugify(name))
            tag.text = etree.CDATA(_clean(_escaped(name)))
        if len(bylines) > 1:  # Co-Authors Plus's way of naming every author, in order
            for byline in bylines:
                login = self.login(byline)
                author = etree.SubElement(
                    item, "category", domain=fmt.COAUTHOR_TAXONOMY, nicename=f"cap-{login}"
                )
                author.text = etree.CDATA(login)
        for key, value in self._meta(row, wp_status):
            meta = etree.SubElement(item, WP + "postmeta")
            _add(meta, WP + "meta_key", key, cdata=True)
            _add(meta, WP + "meta_value", value, cdata=True)
        for comment in comments:
            self.comment(item, comment)
        return item

    def _meta(self, row: orm.Article, wp_status: str) -> Iterator[tuple[str, str]]:
        yield fmt.META_STATUS, row.status
        if row.private:
            yield fmt.META_PRIVATE, "1"
        if fmt.markdown_is_inert(row.body):
            yield fmt.META_MARKDOWN, row.body
        for key, value in (
            (fmt.META_DATELINE, _escaped(row.dateline)),
            (fmt.META_CREDIT, _escaped(row.credit)),
            (fmt.META_BYLINE, _escaped(row.byline)),
            (fmt.META_LANGUAGE, row.language),
            (fmt.META_CORRECTION, _escaped(row.correction_note)),
            (fmt.META_CREATED, fmt.iso(row.created_at)),
            (fmt.META_UPDATED, fmt.iso(row.updated_at)),
            (fmt.META_PUBLISHED, fmt.iso(row.published_at)),
            (fmt.META_SCHEDULED, fmt.iso(row.scheduled_at)),
        ):
            if value or key == fmt.META_BYLINE:  # an empty byline must stay empty
                yield key, value
        if row.trashed_at is not None:
            yield fmt.WP_TRASH_STATUS, wp_status
        lead = self.leads.get(row.id)
        if lead is not None and lead in self.pictures:
            yield FEATURED_KEY, str(attachment_id(lead))

    def attachment(self, picture: ExportedPicture) -> etree._Element:
        """A picture as WordPress's attachment post: its file, title, caption (excerpt),
        description (content) and alt text."""
        item = etree.Element("item", nsmap=NSMAP)
        view = picture.view
        _add(item, "title", _escaped(picture.filename), cdata=True)
        _add(item, "link", picture.url)
        guid = etree.SubElement(item, "guid", isPermaLink="false")
        guid.text = picture.url
        _add(item, CONTENT + "encoded", _escaped(picture.description), cdata=True)
        _add(item, EXCERPT + "encoded", _escaped(view.caption), cdata=True)
        _add(item, WP + "post_id", str(attachment_id(picture.id)))
        _add(item, WP + "post_name", slugify(picture.filename) or f"picture-{picture.id}")
        _add(item, WP + "status", "inherit", cdata=True)
        _add(item, WP + "post_parent", "0")
        _add(item, WP + "post_type", "attachment", cdata=True)
        _add(item, WP + "attachment_url", picture.url, cdata=True)
        for key, value in ((ALT_KEY, view.alt), (fmt.META_CREDIT, _escaped(view.credit))):
            if value:
                meta = etree.SubElement(item, WP + "postmeta")
                _add(meta, WP + "meta_key", key, cdata=True)
                _add(meta, WP + "meta_value", value, cdata=True)
        return item

    def comment(self, item: etree._Element, row: orm.Comment) -> None:
        private = self.options.include_private
        element = etree.SubElement(item, WP + "comment")
        _add(element, WP + "comment_id", str(row.id))
        _add(element, WP + "comment_author", _escaped(row.author_name), cdata=True)
        _add(element, WP + "comment_author_email", row.author_email if private else "", cdata=True)
        _add(element, WP + "comment_author_url", row.author_url)
        _add(element, WP + "comment_author_IP", row.ip if private else "")
        _add(element, WP + "comment_date", fmt.wp_date(row.submitted_at), cdata=True)
        _add(element, WP + "comment_date_gmt", fmt.wp_date(row.submitted_at), cdata=True)
        _add(element, WP + "comment_content", render_comment_body(row.body), cdata=True)
        _add(element, WP + "comment_approved", fmt.COMMENT_TO_WORDPRESS[CommentStatus(row.status)])
        kind = CommentKind(row.kind)
        _add(element, WP + "comment_type", "" if kind is CommentKind.COMMENT else kind.value)
        _add(element, WP + "comment_parent", str(row.parent_id or 0))
        _add(element, WP + "comment_user_id", "0")
        meta = [(fmt.META_UUID, row.uuid), (fmt.META_COMMENT_TEXT, _escaped(row.body))]
        if row.newsroom_reply:
            meta.append((fmt.META_REPLY, "1"))
        for key, value in meta:
            entry = etree.SubElement(element, WP + "commentmeta")
            _add(entry, WP + "meta_key", key, cdata=True)
            _add(entry, WP + "meta_value", value, cdata=True)
        self.comments += 1


def _batch_comments(session: Session, ids: Sequence[int]) -> dict[int, list[orm.Comment]]:
    comments: dict[int, list[orm.Comment]] = {}
    rows = session.scalars(
        select(orm.Comment)
        .where(orm.Comment.article_id.in_(ids))
        .order_by(orm.Comment.article_id, orm.Comment.submitted_at, orm.Comment.id)
    )
    for row in rows:
        comments.setdefault(row.article_id, []).append(row)
    return comments


_DECLARATIONS = "".join(f' xmlns:{prefix}="{uri}"' for prefix, uri in NSMAP.items())
_OPENING = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n'
    "<!-- A WordPress eXtended RSS (WXR 1.2) export of a Newsdesk newsroom. -->\n"
    f'<rss version="2.0"{_DECLARATIONS}>\n<channel>\n'
)
_CLOSING = "</channel>\n</rss>\n"


def _serialized(element: etree._Element) -> bytes:
    """One element, its namespaces left to the <rss> that declares them all."""
    text = etree.tostring(element, encoding="unicode", pretty_print=True)
    return text.replace(_DECLARATIONS, "", 1).encode("utf-8")


def _write(
    session: Session,
    handle: BinaryIO,
    options: WxrExportOptions,
    progress: Progress | None,
) -> tuple[int, int, int, int, int, int]:
    writer = _Writer(session, options)
    listed = select(orm.Article.id).order_by(orm.Article.id)
    if not options.include_private:
        listed = listed.where(orm.Article.private.is_(False))
    ids = list(session.scalars(listed))
    held = set() if options.include_embargoed else embargoed_ids(session, export_time(options.now))
    left_out = sum(1 for article_id in ids if article_id in held)
    ids = [article_id for article_id in ids if article_id not in held]
    if progress is not None:
        progress.start(len(ids), "Writing the WordPress export")
    writer.pictures = exported_pictures(session, pictures_of(session, ids), options.base_url)
    head = writer.channel_head()
    sections, by_id = writer.sections()
    tags = writer.tags()
    handle.write(_OPENING.encode("utf-8"))
    for element in (*head, *writer.authors(), *sections, *tags):
        handle.write(_serialized(element))
    handle.write(f"<generator>Newsdesk/{__version__}</generator>\n".encode())
    for batch in chunks(ids, BATCH):
        rows = session.scalars(select(orm.Article).where(orm.Article.id.in_(batch)))
        by_article = {row.id: row for row in rows}
        batch_tags = tags_by_article(session, batch)
        batch_comments = _batch_comments(session, batch)
        writer.leads = leads_of(session, batch)
        for article_id in batch:
            row = by_article[article_id]
            section = by_id.get(row.section_id) if row.section_id else None
            item = writer.item(
                row, section, batch_tags.get(article_id, ()), batch_comments.get(article_id, [])
            )
            handle.write(_serialized(item))
            if progress is not None:
                progress.step(message=row.headline)
        session.expunge_all()  # sections stay readable: their fields are loaded
    for picture in writer.pictures.values():
        handle.write(_serialized(writer.attachment(picture)))
    handle.write(_CLOSING.encode("utf-8"))
    return len(ids), writer.comments, len(sections), len(tags), left_out, len(writer.pictures)


def export_wxr(
    database: Database,
    path: Path,
    options: WxrExportOptions | None = None,
    progress: Progress | None = None,
) -> WxrExportReport:
    """Write the whole newsroom to `path` as WXR 1.2 (replacing the file only when done)."""
    started = time.perf_counter()
    options = options or WxrExportOptions()
    folder = export_file(path)
    with writing(path):
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(descriptor, "wb") as handle, database.transaction() as session:
                counts = _write(session, handle, options, progress)
                posts, comments, categories, tags, held, attachments = counts
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return WxrExportReport(
        path=path,
        posts=posts,
        comments=comments,
        categories=categories,
        tags=tags,
        bytes=path.stat().st_size,
        seconds=time.perf_counter() - started,
        embargoed=held,
        attachments=attachments,
    )


__all__ = ["WxrExportOptions", "WxrExportReport", "body_html", "export_wxr"]
