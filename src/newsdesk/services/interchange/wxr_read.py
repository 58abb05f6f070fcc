"""Reading a WordPress export (WXR 1.0 to 1.2) into plain records, with no database.

lxml parses the file strictly first. When that fails, a recovering parse lists every
problem with its line: a file whose only flaws are ones a reader can live with (a bare
``&`` in a URL, an HTML entity such as ``&nbsp;``, a ``]]>`` inside text, a control
character, an odd namespace URI) is repaired where that loses nothing and read as far as
it goes, and the flaws are reported; anything else (a tag left open, tags crossed, a file
cut short, bytes that are not the declared encoding) refuses the whole file with the
line and the reason. A file without a known ``wp:wxr_version`` is not a WordPress export.

Elements count as WordPress's only in the WordPress export namespace (1.0, 1.1 or 1.2,
http or https), so a file that redefines the ``wp`` prefix cannot pass its own fields off
as ours. Entities are never expanded and nothing is fetched from the network.
"""

from __future__ import annotations

import html.entities
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from lxml import etree

from newsdesk.domain.errors import InvalidInput

MAX_FILE_BYTES = 512 * 1024 * 1024
VERSIONS = ("1.0", "1.1", "1.2")

_WP = re.compile(r"^https?://wordpress\.org/export/1\.[0-2]/$")
_EXCERPT = re.compile(r"^https?://wordpress\.org/export/1\.[0-2]/excerpt/$")
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"

# Parser errors a file can carry and still be read: what each means to the reader.
_TOLERATED = {
    "ERR_MISPLACED_CDATA_END": "a ']]>' inside text (a CDATA section nested in another); "
    "the text around it may be cut",
    "ERR_ENTITYREF_SEMICOL_MISSING": "a bare '&' (read as a plain ampersand)",
    "ERR_NAME_REQUIRED": "a bare '&' (read as a plain ampersand)",
    "ERR_UNDECLARED_ENTITY": "an HTML entity XML does not know (read as its character)",
    "WAR_UNDECLARED_ENTITY": "an HTML entity XML does not know (read as its character)",
    "ERR_INVALID_CHAR": "a control character XML does not allow (left out)",
}
_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.DOTALL)
_AMPERSAND = re.compile(rb"&(?!#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


class WxrRefused(InvalidInput):
    """The file cannot be imported at all; `line` is where the trouble is (0: the file)."""

    def __init__(self, path: Path, line: int, reason: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {reason}; nothing was imported")
        self.path = path
        self.line = line
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Flaw:
    """Something wrong in the file that was read around rather than refused."""

    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class WxrAuthor:
    login: str
    display_name: str
    email: str


@dataclass(frozen=True, slots=True)
class WxrTerm:
    """A category, a tag or another taxonomy's term declared in the channel."""

    line: int
    taxonomy: str
    slug: str
    name: str
    parent_slug: str
    description: str


@dataclass(frozen=True, slots=True)
class WxrItemTerm:
    taxonomy: str
    slug: str
    name: str


@dataclass(frozen=True, slots=True)
class WxrComment:
    line: int
    wp_id: str
    author: str
    email: str
    url: str
    ip: str
    date: datetime | None
    content: str
    approved: str
    kind: str
    parent_id: str
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class WxrItem:
    line: int
    title: str
    link: str
    guid: str
    creator: str
    content: str
    excerpt: str
    post_id: str
    date: datetime | None
    modified: datetime | None
    post_name: str
    status: str
    post_type: str
    password: str
    terms: tuple[WxrItemTerm, ...]
    meta: dict[str, str]
    comments: tuple[WxrComment, ...]


@dataclass(frozen=True, slots=True)
class WxrDocument:
    version: str
    title: str
    site_url: str
    language: str
    generator: str
    authors: dict[str, WxrAuthor]
    terms: tuple[WxrTerm, ...]
    items: tuple[WxrItem, ...]
    flaws: tuple[Flaw, ...]


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _namespace(element: etree._Element) -> str:
    return etree.QName(element).namespace or ""


def _is_wp(element: etree._Element) -> bool:
    return bool(_WP.match(_namespace(element)))


def _text(element: etree._Element | None) -> str:
    """All the text inside, CDATA sections joined; surrounding whitespace dropped."""
    if element is None:
        return ""
    return "".join(element.itertext()).strip()


def _raw_text(element: etree._Element | None) -> str:
    """Like `_text`, but inner blank lines and indentation kept (bodies and comments)."""
    if element is None:
        return ""
    return "".join(element.itertext()).strip("\n\r\t ")


def _children(parent: etree._Element) -> Iterator[etree._Element]:
    for child in parent:
        if isinstance(child.tag, str):
            yield child


def _wp(parent: etree._Element, name: str) -> etree._Element | None:
    for child in _children(parent):
        if _is_wp(child) and _local(child) == name:
            return child
    return None


def _wp_text(parent: etree._Element, name: str) -> str:
    return _text(_wp(parent, name))


def _wp_all(parent: etree._Element, name: str) -> Iterator[etree._Element]:
    for child in _children(parent):
        if _is_wp(child) and _local(child) == name:
            yield child


def _plain(parent: etree._Element, name: str, namespace: str = "") -> etree._Element | None:
    for child in _children(parent):
        if _local(child) == name and _namespace(child) == namespace:
            return child
    return None


def parse_wp_date(value: str) -> datetime | None:
    """WordPress's `YYYY-MM-DD HH:MM:SS` (taken as UTC); the all-zero date means none."""
    value = value.strip()
    if not value or value.startswith("0000-00-00"):
        return None
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_rss_date(value: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _meta(parent: etree._Element, name: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for entry in _wp_all(parent, name):
        key = _wp_text(entry, "meta_key")
        if key:
            meta.setdefault(key, _raw_text(_wp(entry, "meta_value")))
    return meta


def _comment(element: etree._Element) -> WxrComment:
    return WxrComment(
        line=element.sourceline or 0,
        wp_id=_wp_text(element, "comment_id"),
        author=_wp_text(element, "comment_author"),
        email=_wp_text(element, "comment_author_email"),
        url=_wp_text(element, "comment_author_url"),
        ip=_wp_text(element, "comment_author_IP"),
        date=parse_wp_date(_wp_text(element, "comment_date_gmt"))
        or parse_wp_date(_wp_text(element, "comment_date")),
        content=_raw_text(_wp(element, "comment_content")),
        approved=_wp_text(element, "comment_approved"),
        kind=_wp_text(element, "comment_type"),
        parent_id=_wp_text(element, "comment_parent"),
        meta=_meta(element, "commentmeta"),
    )


def _item(element: etree._Element) -> WxrItem:
    excerpt = next(
        (c for c in _children(element) if _EXCERPT.match(_namespace(c)) and _local(c) == "encoded"),
        None,
    )
    terms = tuple(
        WxrItemTerm(
            taxonomy=child.get("domain", "category"),
            slug=child.get("nicename", ""),
            name=_text(child),
        )
        for child in _children(element)
        if _local(child) == "category" and not _namespace(child)
    )
    date = parse_wp_date(_wp_text(element, "post_date_gmt")) or parse_wp_date(
        _wp_text(element, "post_date")
    )
    if date is None:
        date = parse_rss_date(_text(_plain(element, "pubDate")))
    return WxrItem(
        line=element.sourceline or 0,
        title=_text(_plain(element, "title")),
        link=_text(_plain(element, "link")),
        guid=_text(_plain(element, "guid")),
        creator=_text(_plain(element, "creator", DC_NS)),
        content=_raw_text(_plain(element, "encoded", CONTENT_NS)),
        excerpt=_raw_text(excerpt),
        post_id=_wp_text(element, "post_id"),
        date=date,
        modified=parse_wp_date(_wp_text(element, "post_modified_gmt"))
        or parse_wp_date(_wp_text(element, "post_modified")),
        post_name=_wp_text(element, "post_name"),
        status=_wp_text(element, "status"),
        post_type=_wp_text(element, "post_type"),
        password=_wp_text(element, "post_password"),
        terms=terms,
        meta=_meta(element, "postmeta"),
        comments=tuple(_comment(c) for c in _wp_all(element, "comment")),
    )


def _term(element: etree._Element) -> WxrTerm | None:
    kind = _local(element)
    line = element.sourceline or 0
    if kind == "category":
        return WxrTerm(
            line,
            "category",
            _wp_text(element, "category_nicename"),
            _wp_text(element, "cat_name"),
            _wp_text(element, "category_parent"),
            _wp_text(element, "category_description"),
        )
    if kind == "tag":
        return WxrTerm(
            line,
            "post_tag",
            _wp_text(element, "tag_slug"),
            _wp_text(element, "tag_name"),
            "",
            _wp_text(element, "tag_description"),
        )
    if kind == "term":
        return WxrTerm(
            line,
            _wp_text(element, "term_taxonomy"),
            _wp_text(element, "term_slug"),
            _wp_text(element, "term_name"),
            _wp_text(element, "term_parent"),
            _wp_text(element, "term_description"),
        )
    return None


def _author(element: etree._Element) -> WxrAuthor:
    login = _wp_text(element, "author_login")
    first = _wp_text(element, "author_first_name")
    last = _wp_text(element, "author_last_name")
    display = _wp_text(element, "author_display_name") or f"{first} {last}".strip() or login
    return WxrAuthor(login=login, display_name=display, email=_wp_text(element, "author_email"))


def _parser(*, recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        recover=recover,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_blank_text=False,
    )


def _repair(data: bytes) -> bytes:
    """Bare ampersands escaped and HTML entities made numeric, outside CDATA only.

    Lines stay where they were, so every line number still points into the file.
    """

    def fix(segment: bytes) -> bytes:
        def entity(match: re.Match[bytes]) -> bytes:
            name = match.group(1)
            if name in _XML_ENTITIES:
                return match.group(0)
            code = html.entities.name2codepoint.get(name.decode("ascii"))
            return b"&#%d;" % code if code is not None else b"&amp;" + name + b";"

        return _NAMED_ENTITY.sub(entity, _AMPERSAND.sub(b"&amp;", segment))

    out: list[bytes] = []
    cursor = 0
    for match in _CDATA.finditer(data):
        out.append(fix(data[cursor : match.start()]))
        out.append(match.group(0))
        cursor = match.end()
    out.append(fix(data[cursor:]))
    return b"".join(out)


def _tolerated(error: etree._LogEntry) -> str | None:
    if error.domain_name == "NAMESPACE":
        return f"a namespace problem ({error.message.strip()}); elements in it are ignored"
    reason = _TOLERATED.get(error.type_name)
    if error.type_name == "ERR_INVALID_CHAR" and "invalid Char value" not in error.message:
        return None
    return reason


def parse_document(data: bytes, path: Path) -> tuple[etree._Element, tuple[Flaw, ...]]:
    """The root element, strictly parsed or, for tolerable flaws only, recovered."""
    try:
        return etree.fromstring(data, _parser(recover=False)), ()
    except etree.XMLSyntaxError:
        pass
    probe = _parser(recover=True)
    try:
        etree.fromstring(data, probe)
    except etree.XMLSyntaxError as error:  # not even a recovering parse finds a root
        raise WxrRefused(path, error.lineno or 0, f"not XML ({error.msg})") from None
    for entry in probe.error_log:
        if _tolerated(entry) is None:
            raise WxrRefused(path, entry.line, entry.message.strip())
    parser = _parser(recover=True)
    try:
        root = etree.fromstring(_repair(data), parser)
    except etree.XMLSyntaxError as error:
        raise WxrRefused(path, error.lineno or 0, f"not XML ({error.msg})") from None
    if root is None:
        raise WxrRefused(path, 0, "no XML element in the file")
    flaws = tuple(
        dict.fromkeys(
            Flaw(entry.line, _tolerated(entry) or entry.message.strip())
            for entry in probe.error_log
        )
    )
    return root, flaws


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WxrRefused(path, 0, f"the file is {size:,} bytes; at most 512 MB can be read")
        return path.read_bytes()
    except OSError as error:
        raise InvalidInput(f"Cannot read {path}: {error.strerror or error}") from None


def read_wxr(path: Path) -> WxrDocument:
    """The export at `path`; WxrRefused (with a line) when it cannot be imported at all."""
    data = read_bytes(path)
    if not data.strip():
        raise WxrRefused(path, 0, "the file is empty")
    root, flaws = parse_document(data, path)
    if _local(root) != "rss":
        raise WxrRefused(
            path, root.sourceline or 0, f"<{_local(root)}> is not an RSS document (WXR is RSS 2.0)"
        )
    channel = _plain(root, "channel")
    if channel is None:
        raise WxrRefused(path, root.sourceline or 0, "no <channel> in the RSS document")
    version_element = _wp(channel, "wxr_version")
    if version_element is None:
        raise WxrRefused(
            path, channel.sourceline or 0, "no wp:wxr_version: this is not a WordPress export"
        )
    version = _text(version_element)
    if version not in VERSIONS:
        raise WxrRefused(
            path,
            version_element.sourceline or 0,
            f"WXR version {version!r} is not one this importer reads ({', '.join(VERSIONS)})",
        )
    authors: dict[str, WxrAuthor] = {}
    terms: list[WxrTerm] = []
    items: list[WxrItem] = []
    for child in _children(channel):
        if _is_wp(child) and _local(child) == "author":
            author = _author(child)
            if author.login:
                authors.setdefault(author.login, author)
        elif _is_wp(child):
            term = _term(child)
            if term is not None:
                terms.append(term)
        elif _local(child) == "item" and not _namespace(child):
            items.append(_item(child))
    site = _wp_text(channel, "base_blog_url") or _wp_text(channel, "base_site_url")
    return WxrDocument(
        version=version,
        title=_text(_plain(channel, "title")),
        site_url=site or _text(_plain(channel, "link")),
        language=_text(_plain(channel, "language")),
        generator=_text(_plain(channel, "generator")),
        authors=authors,
        terms=tuple(terms),
        items=tuple(items),
        flaws=flaws,
    )
