"""A saved news page becomes a draft: the story kept, the page's furniture left out.

Trafilatura finds the article in the page (navigation, ads, share buttons, sidebars and
comment forms are left behind) and gives its text as Markdown with its metadata:
headline, author, date and the page's own address (canonical link or og:url). What the
page declares itself (its language, its publication time with the hour and zone) comes
first, and bylines and the body are tidied of site furniture (`page_facts`). A leading
"PLACE –" becomes the dateline and a closing "(Desk name)" the credit, as our pages
print them. The source address is kept as the draft's first related link.

The page's text is cleaned (`clean_text`) before the extractor reads it: a control
character, raw or as ``&#1;``, would make it find no article at all. A story longer than
a save can store (`domain.limits`) is refused before anything is written; its other
fields are cut to their limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import lxml.etree
import lxml.html
import trafilatura

from newsdesk.domain import limits
from newsdesk.domain.entities import User
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput, NewsdeskError
from newsdesk.domain.text_cleaning import clean_text
from newsdesk.services.interchange.newsroom_writes import free_article_slug, now, require_editor
from newsdesk.services.interchange.page_facts import (
    better_byline,
    declared_language,
    guessed_language,
    page_site_name,
    plain_title,
    published_time,
    tidy_body,
)
from newsdesk.services.media.library import (
    PreparedPicture,
    prepare_picture,
    read_picture_file,
    store_prepared,
)
from newsdesk.services.related_links import validate_external_url
from newsdesk.services.revisions import add_revision
from newsdesk.services.rows import set_article_tags
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_media import ArticlePicture

MAX_PAGE_BYTES = 20_000_000
MIN_WORDS = 20

_DATELINE = re.compile(
    r"^(?:\*\*|__)?(?P<place>[A-Z][A-Z .'’,-]{1,40}?)(?:\*\*|__)?\s*[–—-]{1,2}\s+(?P<rest>\S)"
)
_CREDIT = re.compile(r"^\((?P<credit>[^()]{2,120})\)$")


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    headline: str
    byline: str
    date: datetime | None
    dateline: str
    credit: str
    body: str
    """Markdown paragraphs."""
    source_url: str | None
    site_name: str
    language: str
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WebPageImport:
    article_id: int
    slug: str
    page: ExtractedPage
    removed: int = 0
    """Control characters taken out of the page before its story was read."""
    lead_picture: int | None = None
    """The library picture the page's lead image became, when the saved page had it."""


def local_lead_image(html: str, page: Path) -> Path | None:
    """The page's lead image (og:image, twitter:image, else the first image) when the
    saved page has it beside it ("Save page, complete" keeps it in PAGE_files/): a path
    inside the page's folder, never one that climbs out of it."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    candidates = [
        *tree.xpath("//meta[@property='og:image' or @name='og:image']/@content"),
        *tree.xpath("//meta[@name='twitter:image' or @property='twitter:image']/@content"),
        *tree.xpath("//article//img/@src"),
        *tree.xpath("//img/@src")[:1],
    ]
    folder = page.resolve().parent
    for candidate in candidates:
        reference = unquote(str(candidate).strip().split("#", 1)[0].split("?", 1)[0])
        if not reference or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", reference):
            continue  # a web address (or data:): not on this computer
        target = (folder / reference).resolve()
        if target.is_relative_to(folder) and target.is_file():
            return target
    return None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _split_dateline(body: str) -> tuple[str, str]:
    match = _DATELINE.match(body)
    if match is None:
        return "", body
    return match.group("place").strip(" ,"), body[match.start("rest") :]


def _split_credit(body: str) -> tuple[str, str]:
    paragraphs = body.rstrip().split("\n\n")
    match = _CREDIT.match(paragraphs[-1].strip()) if paragraphs else None
    if match is None or len(paragraphs) < 2:
        return "", body
    return match.group("credit").strip(), "\n\n".join(paragraphs[:-1])


def _source(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return validate_external_url(url)
    except InvalidInput:
        return None


def extract_page(html: str) -> ExtractedPage:
    """The story in a saved page; InvalidInput when no article text can be found."""
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_links=False,
        include_formatting=True,
        include_tables=True,
        output_format="python",
    )
    body = trafilatura.extract(
        html,
        output_format="markdown",
        include_comments=False,
        include_links=False,
        include_formatting=True,
        include_tables=True,
    )
    if document is None or not body or len(body.split()) < MIN_WORDS:
        raise InvalidInput("No article text was found in that page")
    metadata = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    site_name = " ".join((metadata.get("sitename") or "").split())
    headline = plain_title(
        " ".join((metadata.get("title") or "").split()), (site_name, page_site_name(html))
    )
    headline = headline or "Untitled"
    body = tidy_body(re.sub(r"\n{3,}", "\n\n", body.strip()), headline)
    if len(body.split()) < MIN_WORDS:
        raise InvalidInput("No article text was found in that page")
    dateline, body = _split_dateline(body)
    credit, body = _split_credit(body)
    language = (
        declared_language(html)
        or guessed_language(body)
        or (metadata.get("language") or "").strip()
        or "en"
    )
    if not all(part.isalnum() for part in language.split("-")) or limits.LANGUAGE.excess(language):
        language = "en"
    return ExtractedPage(
        headline=headline[: limits.HEADLINE.most],
        byline=better_byline(metadata.get("author") or "", html)[: limits.BYLINE.most],
        date=published_time(html) or _date(metadata.get("date")),
        dateline=dateline[: limits.DATELINE.most],
        credit=credit[: limits.CREDIT.most],
        body=body + "\n",
        source_url=_source(metadata.get("url")),
        site_name=site_name,
        language=language,
        tags=tuple(
            dict.fromkeys(
                t.strip()[: limits.TAG.most] for t in metadata.get("tags") or [] if t.strip()
            )
        ),
    )


def read_page(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise InvalidInput(f"{path} is {size:,} bytes; a saved page may hold at most 20 MB")
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput(f"Cannot read {path}: {error.strerror or error}") from None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def import_web_page(
    database: Database, user: User, path: Path, section_id: int | None = None
) -> WebPageImport:
    """Make a draft of the story in the saved page at `path` (one transaction)."""
    require_editor(user)
    cleaned = clean_text(read_page(path), markup=True)
    page = extract_page(cleaned.text)
    if limits.BODY.excess(page.body) is not None:
        raise InvalidInput(
            f"{path}: the story in the page is {len(page.body):,} characters; a story may "
            f"hold at most {limits.BODY.most:,}, so nothing was imported"
        )
    lead = _prepared_lead(cleaned.text, path)
    with database.transaction() as session:
        if section_id is not None and session.get(orm.Section, section_id) is None:
            raise InvalidInput(f"Section {section_id} does not exist")
        moment = now()
        # Field by field: each is what the page's own markup gave (a page has no standfirst).
        row = orm.Article(
            slug=free_article_slug(session, page.headline),
            headline=page.headline,
            standfirst="",
            body=page.body,
            dateline=page.dateline,
            byline=page.byline,
            credit=page.credit,
            section_id=section_id,
            language=page.language,
            status=ArticleStatus.DRAFT.value,
            author_id=user.id,
            version=1,
            created_at=page.date or moment,
            updated_at=moment,
        )
        session.add(row)
        session.flush()
        set_article_tags(session, row.id, page.tags)
        if page.source_url:
            session.add(
                orm.RelatedLink(
                    article_id=row.id,
                    url=page.source_url,
                    title=page.headline
                    if not page.site_name
                    else f"{page.site_name}: {page.headline}",
                    summary="The page this draft was imported from",
                    position=0,
                )
            )
        lead_id = None
        if lead is not None:
            lead_id = store_prepared(session, lead, user.id, moment)
            session.add(
                ArticlePicture(
                    article_id=row.id,
                    role="lead",
                    picture_id=lead_id,
                    caption="",
                    credit="",
                    alt="",
                )
            )
        add_revision(session, row, user.id, f"imported from {path.name}", moment)
        return WebPageImport(
            article_id=row.id,
            slug=row.slug,
            page=page,
            removed=cleaned.removed,
            lead_picture=lead_id,
        )


def _prepared_lead(html: str, path: Path) -> PreparedPicture | None:
    """The page's lead image decoded, or None (not saved with the page, or not a picture
    we take: the story is imported without it)."""
    found = local_lead_image(html, path)
    if found is None:
        return None
    try:
        return prepare_picture(read_picture_file(found), found.name)
    except NewsdeskError:
        return None
