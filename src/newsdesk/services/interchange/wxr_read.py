"""Reading a WordPress export (WXR 1.0 to 1.2) into plain records, with no database.

lxml parses the file strictly first. When that fails, a recovering parse lists every
problem with its line: a file whose only flaws are ones a reader can live with (a bare
``&`` in a URL, an HTML entity such as ``&nbsp;``, a ``]]>`` inside text, a control
character, an odd namespace URI) is repaired where that loses nothing and read as far as
it goes, and the flaws are reported; anything else (a tag left open, tags crossed, a file
cut short, bytes that are not the declared encoding) refuses the whole file with the
line and the reason. A file without a known ``wp:wxr_version`` is not a WordPress export.

Characters XML cannot carry (a control character, raw or as ``&#1;``) are no flaw of the
file's structure: before parsing, each becomes the text of its reference, which the parser
reads as text; then every text of the tree passes `clean_text`, which removes them, and
each post, comment and category counts what it lost (`removed`), for the report.

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
from newsdesk.domain.text_cleaning import clean_text

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
# Characters XML cannot carry, as bytes: the C0 controls (any ASCII-compatible encoding)
# and, in UTF-8, U+FFFE and U+FFFF. A scan finds them beside CDATA sections and references.
_C0 = rb"[\x00-\x08\x0b\x0c\x0e-\x1f]"
_UNCARRIED_C0 = re.compile(_C0)
_UNCARRIED_UTF8 = re.compile(_C0 + rb"|\xef\xbf[\xbe\xbf]")
_SCAN = (
    rb"(?P<cdata><!\[CDATA\[.*?\]\]>)|&#(?:x(?P<hex>[0-9a-fA-F]+)|(?P<decimal>[0-9]+));"
    rb"|(?P<raw>%s)"
)
_SCAN_C0 = re.compile(_SCAN % _C0, re.DOTALL)
_SCAN_UTF8 = re.compile(_SCAN % (_C0 + rb"|\xef\xbf[\xbe\xbf]"), re.DOTALL)
# References that may name a character XML cannot carry (most of WordPress's, such as
# &#8217;, cannot): below 32, five digits and more, hex below 0x20 or of four digits or more.
_SUSPECT_REFERENCE = re.compile(
    rb"&#(?:0*(?:[0-9]|[12][0-9]|3[01]|[0-9]{5,})"
    rb"|x0*(?:[0-9a-fA-F]|1[0-9a-fA-F]|[0-9a-fA-F]{4,}));"
)
_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)")


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
    removed: int = 0
    """Control characters taken out of its texts."""


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
    removed: int = 0
    """Control characters taken out of its texts."""


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
    comment_status: str
    """WordPress's "open" or "closed" ("" when the file does not say)."""
    terms: tuple[WxrItemTerm, ...]
    meta: dict[str, str]
    comments: tuple[WxrComment, ...]
    removed: int = 0
    """Control characters taken out of its texts (its comments count their own)."""
    creators: tuple[str, ...] = ()
    """Every `dc:creator`, in order (some exports name each co-author so)."""
    attachment_url: str = ""
    """An attachment's file address (`wp:attachment_url`)."""


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
    removed: int = 0
    """Control characters taken out of the channel's own texts (title, authors…)."""


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


def _removed_from(text: str | None) -> tuple[str, int]:
    if not text:
        return "", 0
    cleaned = clean_text(text, markup=True)
    return cleaned.text, cleaned.removed


def _cleaned(element: etree._Element) -> int:
    """Every text and attribute inside `element` through `clean_text` (its own tail is its
    parent's); how many characters went."""
    removed = 0
    for node in element.iter():
        text, count = _removed_from(node.text)
        if count:
            node.text, removed = text, removed + count
        text, count = _removed_from(node.tail) if node is not element else ("", 0)
        if count:
            node.tail, removed = text, removed + count
        if isinstance(node.tag, str):
            for key, value in node.attrib.items():
                text, count = _removed_from(value)
                if count:
                    node.set(key, text)
                    removed += count
    return removed


def _comment(element: etree._Element) -> WxrComment:
    removed = _cleaned(element)
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
        removed=removed,
    )


def _item(element: etree._Element) -> WxrItem:
    comments = tuple(_comment(c) for c in _wp_all(element, "comment"))
    removed = _cleaned(element)  # what the comments lost they count themselves
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
        creators=tuple(
            _text(child)
            for child in _children(element)
            if _local(child) == "creator" and _namespace(child) == DC_NS and _text(child)
        ),
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
        comment_status=_wp_text(element, "comment_status"),
        terms=terms,
        meta=_meta(element, "postmeta"),
        comments=comments,
        removed=removed,
        attachment_url=_wp_text(element, "attachment_url"),
    )


_TERMS = ("category", "tag", "term")


def _term(element: etree._Element) -> WxrTerm:
    kind = _local(element)
    line = element.sourceline or 0
    removed = _cleaned(element)
    if kind == "category":
        return WxrTerm(
            line,
            "category",
            _wp_text(element, "category_nicename"),
            _wp_text(element, "cat_name"),
            _wp_text(element, "category_parent"),
            _wp_text(element, "category_description"),
            removed,
        )
    if kind == "tag":
        return WxrTerm(
            line,
            "post_tag",
            _wp_text(element, "tag_slug"),
            _wp_text(element, "tag_name"),
            "",
            _wp_text(element, "tag_description"),
            removed,
        )
    return WxrTerm(
        line,
        _wp_text(element, "term_taxonomy"),
        _wp_text(element, "term_slug"),
        _wp_text(element, "term_name"),
        _wp_text(element, "term_parent"),
        _wp_text(element, "term_description"),
        removed,
    )


def _is_item(element: etree._Element) -> bool:
    return _local(element) == "item" and not _namespace(element)


def _is_term(element: etree._Element) -> bool:
    return _is_wp(element) and _local(element) in _TERMS


def _cleaned_channel(channel: etree._Element) -> int:
    """The channel's own texts cleaned (title, authors, version…); items and terms are
    cleaned as they are read, each counting what it lost."""
    removed = 0
    for child in _children(channel):
        if not _is_item(child) and not _is_term(child):
            removed += _cleaned(child)
    text, count = _removed_from(channel.text)
    if count:
        channel.text, removed = text, removed + count
    for child in channel:
        text, count = _removed_from(child.tail)
        if count:
            child.tail, removed = text, removed + count
    return removed


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


def _encoding(data: bytes) -> str | None:
    """The declared encoding ("utf-8" when none is), or None for UTF-16 and UTF-32, whose
    ASCII characters are not single bytes."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:
        return None
    declared = _ENCODING.match(data.removeprefix(b"\xef\xbb\xbf"))
    name = declared.group(1).decode("ascii").lower().replace("_", "-") if declared else "utf-8"
    return "utf-8" if name in ("utf-8", "utf8") else name


def _xml_char(code: int) -> bool:
    """XML 1.0's `Char`: what a document may hold, raw or as a reference."""
    return (
        code in (0x09, 0x0A, 0x0D)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def _reference_text(raw: bytes) -> bytes:
    """A raw C0 control (one byte) or U+FFFE/U+FFFF (UTF-8) as the text `&#N;`."""
    code = raw[0] if len(raw) == 1 else (0xFFFE if raw.endswith(b"\xbe") else 0xFFFF)
    return b"&#%d;" % code


def uncarried_as_text(data: bytes) -> bytes:
    """Each character XML cannot carry, raw or referenced, written as the *text* of a
    reference (``&amp;#1;`` outside CDATA, ``&#1;`` inside), so the parser reads on and
    `clean_text` removes and counts it with the post it is in.

    Lines stay where they were. Only for an encoding that keeps ASCII bytes as ASCII
    (U+FFFE and U+FFFF are looked for in UTF-8 only); UTF-16 is left to the parser.
    """
    encoding = _encoding(data)
    if encoding is None:
        return data
    uncarried = _UNCARRIED_UTF8 if encoding == "utf-8" else _UNCARRIED_C0
    scan = _SCAN_UTF8 if encoding == "utf-8" else _SCAN_C0

    def replace(match: re.Match[bytes]) -> bytes:
        whole = match.group(0)
        if match.group("cdata") is not None:  # its text is read as it is: "&#1;" stays text
            return uncarried.sub(lambda raw: _reference_text(raw.group(0)), whole)
        if match.group("raw") is not None:
            return b"&amp;" + _reference_text(whole)[1:]
        digits = (match.group("hex") or match.group("decimal")).lstrip(b"0")
        base = 16 if match.group("hex") is not None else 10
        code = int(digits or b"0", base) if len(digits) <= 8 else -1
        return whole if _xml_char(code) else b"&amp;" + whole[1:]

    if uncarried.search(data) is None and _SUSPECT_REFERENCE.search(data) is None:
        return data
    return scan.sub(replace, data)


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
    root, flaws = parse_document(uncarried_as_text(data), path)
    if _local(root) != "rss":
        raise WxrRefused(
            path, root.sourceline or 0, f"<{_local(root)}> is not an RSS document (WXR is RSS 2.0)"
        )
    channel = _plain(root, "channel")
    if channel is None:
        raise WxrRefused(path, root.sourceline or 0, "no <channel> in the RSS document")
    removed = _cleaned_channel(channel)
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
        elif _is_term(child):
            terms.append(_term(child))
        elif _is_item(child):
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
        removed=removed,
    )
