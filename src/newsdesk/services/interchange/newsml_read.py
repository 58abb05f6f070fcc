"""IPTC NewsML-G2 news items read as wire items.

A `newsItem` (or each text `newsItem` of a `newsMessage`'s `itemSet`, first one taken)
gives the guid and version (attributes), `itemMeta` the provider, pubStatus and signals,
`contentMeta` the headline, slugline, byline, dateline, urgency and language, and
`contentSet` the text: NITF's `body.content`, XHTML's `body`, or plain `inlineData`.

The parser is lxml with entities left unexpanded, no DTD loaded, nothing fetched from
the network and no huge trees; a document that declares a DOCTYPE is refused outright,
since NewsML-G2 never needs one and entity bombs live there.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

from lxml import etree

from newsdesk.domain import limits
from newsdesk.domain.wires import (
    WireItem,
    WireSignal,
    WireStatus,
    agency_from_guid,
    version_number,
)
from newsdesk.services.interchange.wire_common import (
    WireRefused,
    body_markdown,
    line,
    moment,
    read_limited,
    text_markdown,
)

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
_SPACES = re.compile(r"\s+")
_SIGNALS = {"correction": WireSignal.CORRECTION, "update": WireSignal.UPDATE}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _child(element: etree._Element | None, name: str) -> etree._Element | None:
    if element is None:
        return None
    for child in element:
        if _local(child) == name:
            return child
    return None


def _children(element: etree._Element | None, name: str) -> list[etree._Element]:
    if element is None:
        return []
    return [child for child in element if _local(child) == name]


def _text(element: etree._Element | None) -> str:
    return "" if element is None else " ".join("".join(element.itertext()).split())


def _name(element: etree._Element | None) -> str:
    """A concept's name (`<name>` child), else its qcode's code, else its literal."""
    if element is None:
        return ""
    name = _text(_child(element, "name"))
    if name:
        return name
    uri = element.get("uri") or ""
    if uri.lower().startswith("http"):
        return (urlparse(uri).hostname or "").removeprefix("www.")
    qcode = element.get("qcode") or element.get("literal") or uri
    return qcode.split(":", 1)[-1]


def _code(element: etree._Element | None) -> str:
    return ((element.get("qcode") or "") if element is not None else "").split(":", 1)[-1].lower()


def _as_html(element: etree._Element) -> str:
    """An XML element's content as HTML: namespaces dropped, NITF's tags read as HTML."""
    copy = etree.fromstring(etree.tostring(element), _parser())
    for node in copy.iter():
        node.text = _SPACES.sub(" ", node.text) if node.text else node.text
        node.tail = _SPACES.sub(" ", node.tail) if node.tail else node.tail
        if isinstance(node.tag, str):
            node.tag = etree.QName(node).localname
            for key in list(node.attrib):
                if key.startswith("{"):
                    del node.attrib[key]
    etree.cleanup_namespaces(copy)
    inner = (copy.text or "") + "".join(
        etree.tostring(child, encoding="unicode", method="html") for child in copy
    )
    return inner.replace("<hl2", "<h2").replace("</hl2>", "</h2>")


def _body(content_set: etree._Element | None) -> str:
    for inline in _children(content_set, "inlineXML"):
        for node in inline.iter():
            if _local(node) == "body.content":
                return body_markdown(_as_html(node))
        for node in inline.iter():
            if _local(node) == "body" and etree.QName(node).namespace == XHTML:
                return body_markdown(_as_html(node))
        return body_markdown(_as_html(inline))
    for inline in _children(content_set, "inlineData"):
        kind = (inline.get("contenttype") or "").lower()
        raw = "".join(inline.itertext())
        return body_markdown(raw) if "html" in kind else text_markdown(raw)
    return ""


def _news_item(root: etree._Element, path: Path) -> etree._Element:
    if _local(root) == "newsItem":
        return root
    if _local(root) == "newsMessage":
        for node in root.iter():
            if _local(node) == "newsItem":
                return node
        raise WireRefused(path, "a news message with no news item in it")
    raise WireRefused(
        path, f"<{_local(root) or 'unknown'}> is not a NewsML-G2 news item (<newsItem>)"
    )


def wire_item_from_newsml(root: etree._Element, path: Path, source: str) -> WireItem:
    if etree.QName(root).namespace != NAR:
        raise WireRefused(path, "not NewsML-G2: the root is not in IPTC's NAR namespace")
    item = _news_item(root, path)
    guid = (item.get("guid") or "").strip()
    if not guid:
        raise WireRefused(path, "the news item has no guid")
    if len(guid) > 500:
        raise WireRefused(path, "the guid is longer than 500 characters")
    try:
        version = version_number(item.get("version"))
    except ValueError as error:
        raise WireRefused(path, str(error)) from None
    item_meta = _child(item, "itemMeta")
    content_meta = _child(item, "contentMeta")
    item_class = _code(_child(item_meta, "itemClass"))
    if item_class and item_class != "text":
        raise WireRefused(
            path, f"the item's class is {item_class!r}: only text becomes a wire story"
        )
    status_code = _code(_child(item_meta, "pubStatus")) or "usable"
    try:
        status = WireStatus(status_code)
    except ValueError:
        raise WireRefused(path, f"pubStatus {status_code[:40]!r} is not an IPTC status") from None
    signal = WireSignal.NONE
    for element in _children(item_meta, "signal"):
        signal = _SIGNALS.get(_code(element), signal)
        if signal is WireSignal.CORRECTION:
            break
    headline = line(_text(_child(content_meta, "headline")), limits.HEADLINE.most)
    body = _body(_child(item, "contentSet"))
    if not headline and not body.strip():
        raise WireRefused(path, "neither a headline nor a body")
    creators = [_name(c) for c in _children(content_meta, "creator")]
    by = _text(_child(content_meta, "by")) or ", ".join(c for c in creators if c)
    provider = _name(_child(item_meta, "provider"))
    sources = [_name(s) for s in _children(content_meta, "infoSource")]
    agency = provider or next((s for s in sources if s), "") or agency_from_guid(guid)
    urgency_text = _text(_child(content_meta, "urgency"))
    urgency = int(urgency_text) if urgency_text in tuple("0123456789") else None
    language = _child(content_meta, "language")
    lang = (
        language.get("tag")
        if language is not None
        else item.get("{http://www.w3.org/XML/1998/namespace}lang")
    ) or ""
    description = _text(_child(content_meta, "description"))
    dateline = _text(_child(content_meta, "dateline")) or _name(_child(content_meta, "located"))
    ed_note = _text(_child(item_meta, "edNote"))
    return WireItem(
        guid=guid,
        version=version,
        agency=line(agency, 120),
        headline=headline or "Untitled",
        body=body,
        source_format="newsml",
        source=source,
        slugline=line(_text(_child(content_meta, "slugline")), 200),
        byline=line(by, limits.BYLINE.most),
        dateline=line(dateline, limits.DATELINE.most),
        summary=line(description, 2000),
        language=line(lang, 35),
        urgency=urgency,
        status=status,
        signal=signal,
        correction=line(ed_note, 2000) if signal is WireSignal.CORRECTION else "",
        version_created=moment(_text(_child(item_meta, "versionCreated"))),
        first_created=moment(_text(_child(item_meta, "firstCreated"))),
    )


def parse_newsml(data: bytes, path: Path) -> etree._Element:
    """The document's root, parsed safely; WireRefused for a DOCTYPE or broken XML."""
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise WireRefused(path, "the document declares a DOCTYPE or entities; NewsML-G2 has none")
    try:
        tree = etree.fromstring(data, _parser()).getroottree()
    except etree.XMLSyntaxError as error:
        line_number = error.lineno or 0
        raise WireRefused(path, f"not well-formed XML (line {line_number}): {error.msg}") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise WireRefused(path, "the document declares a DOCTYPE; NewsML-G2 has none")
    return tree.getroot()


def read_newsml(path: Path) -> WireItem:
    """The NewsML-G2 news item in the file at `path`."""
    data = read_limited(path)
    root = parse_newsml(data, path)
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        source = etree.tostring(root, encoding="unicode")
    return wire_item_from_newsml(root, path, source)
