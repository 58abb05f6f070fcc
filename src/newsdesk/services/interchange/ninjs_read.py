"""IPTC ninjs news items (1.x, 2.x, 3.0) read as wire items.

ninjs 1.x names its texts `headline`, `body_html`, `body_text`, `description_text`,
`byline`; 2.x made them lists (`headlines`, `bodies`, `descriptions`, `by`); 3.0 spells
the 2.x names in camelCase. Keys are compared in lower case, so one reader serves all
three. Events, planning items and pictures are refused: only text becomes a wire story.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

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
    html_line,
    line,
    moment,
    read_limited,
    text_markdown,
)

_NOT_TEXT = ("picture", "image", "video", "audio", "graphic", "component")


def _lowered(value: Any, depth: int = 0) -> Any:
    if depth > 40:
        raise ValueError("nested more than 40 levels deep")
    if isinstance(value, dict):
        return {str(k).lower(): _lowered(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_lowered(v, depth + 1) for v in value]
    return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _by_role(entries: Any, roles: tuple[str, ...]) -> dict[str, Any] | None:
    """The first entry of a 2.x list whose role is one of `roles` (in that order of
    preference), else the first entry with a value."""
    if not isinstance(entries, list):
        return None
    usable = [e for e in entries if isinstance(e, dict) and isinstance(e.get("value"), str)]
    for role in roles:
        for entry in usable:
            if _text(entry.get("role")).lower() == role:
                return entry
    return usable[0] if usable else None


def _headline(doc: dict[str, Any]) -> str:
    entry = _by_role(doc.get("headlines"), ("main", "headline"))
    if entry is not None:
        return html_line(entry["value"], limits.HEADLINE.most)
    return line(_text(doc.get("headline")) or _text(doc.get("title")), limits.HEADLINE.most)


def _body(doc: dict[str, Any]) -> str:
    bodies = doc.get("bodies")
    if isinstance(bodies, list):
        usable = [b for b in bodies if isinstance(b, dict) and isinstance(b.get("value"), str)]
        for entry in usable:
            if "html" in _text(entry.get("contenttype")).lower():
                return body_markdown(entry["value"])
        for entry in usable:
            if _text(entry.get("role")).lower() in ("html", "main") and "<" in entry["value"]:
                return body_markdown(entry["value"])
        if usable:
            return text_markdown(usable[0]["value"])
    for key in ("body_html", "body_xhtml"):
        if isinstance(doc.get(key), str):
            return body_markdown(doc[key])
    return text_markdown(_text(doc.get("body_text")))


def _summary_and_correction(doc: dict[str, Any]) -> tuple[str, str]:
    descriptions = doc.get("descriptions")
    summary = correction = ""
    if isinstance(descriptions, list):
        for entry in descriptions:
            if not isinstance(entry, dict) or not isinstance(entry.get("value"), str):
                continue
            role = _text(entry.get("role")).lower()
            if role == "correction" and not correction:
                correction = html_line(entry["value"], 2000)
            elif role in ("summary", "abstract", "text", "") and not summary:
                summary = html_line(entry["value"], 2000)
    else:
        summary = html_line(
            _text(doc.get("description_text")) or _text(doc.get("description_html")), 2000
        )
    return summary, correction


def _byline(doc: dict[str, Any]) -> str:
    return line(_text(doc.get("by")) or _text(doc.get("byline")), limits.BYLINE.most)


def _agency(doc: dict[str, Any], guid: str) -> str:
    for key in ("infosources", "infosource"):
        sources = doc.get(key)
        if isinstance(sources, dict):
            sources = [sources]
        if isinstance(sources, list):
            for source in sources:
                if isinstance(source, dict) and _text(source.get("role")).lower() != "credit":
                    name = _text(source.get("name")) or _text(source.get("literal"))
                    if name.strip():
                        return line(name, 120)
    holder = doc.get("copyrightholder")
    if isinstance(holder, dict):
        holder = holder.get("name")
    if isinstance(holder, str) and holder.strip():
        return line(holder, 120)
    host = urlparse(guid).hostname or "" if guid.lower().startswith("http") else ""
    return line(agency_from_guid(guid) or host.removeprefix("www."), 120)


def _dateline(doc: dict[str, Any]) -> str:
    located = doc.get("located")
    if isinstance(located, str):
        return line(located, limits.DATELINE.most)
    return ""


def _urgency(doc: dict[str, Any]) -> int | None:
    value = doc.get("urgency")
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 0 <= value <= 9:
        return value
    if isinstance(value, str) and value.strip() in tuple("0123456789"):
        return int(value.strip())
    return None


def wire_item_from_ninjs(document: Any, path: Path, source: str) -> WireItem:
    """One ninjs object as a wire item; WireRefused when it is not a text news item."""
    if not isinstance(document, dict):
        raise WireRefused(path, "not a ninjs object (the file holds a JSON list or value)")
    try:
        doc = _lowered(document)
    except ValueError as error:
        raise WireRefused(path, f"the document is {error}") from None
    guid = _text(doc.get("uri")).strip() or _text(doc.get("guid")).strip()
    if not guid:
        raise WireRefused(path, "no uri: a ninjs item without one cannot be followed")
    if len(guid) > 500:
        raise WireRefused(path, "the uri is longer than 500 characters")
    kind = _text(doc.get("type")).lower()
    if kind in _NOT_TEXT:
        raise WireRefused(path, f"the item is of type {kind!r}: only text becomes a wire story")
    if "eventdetails" in doc or "planningdetails" in doc or kind in ("event", "planning"):
        raise WireRefused(path, "an event or planning item: only news items become wire stories")
    try:
        version = version_number(doc.get("version"))
    except ValueError as error:
        raise WireRefused(path, str(error)) from None
    headline = _headline(doc)
    body = _body(doc)
    summary, correction = _summary_and_correction(doc)
    if not body.strip() and summary:
        body, summary = text_markdown(summary), ""  # an item whose only text is its description
    if kind == "composite" and not body.strip():
        raise WireRefused(path, "a composite item with no text: only text becomes a wire story")
    if not headline and not body.strip():
        raise WireRefused(path, "neither a headline nor a body")
    status_name = _text(doc.get("pubstatus")).lower() or "usable"
    try:
        status = WireStatus(status_name)
    except ValueError:
        raise WireRefused(path, f"pubstatus {status_name[:40]!r} is not an IPTC status") from None
    signal = WireSignal.CORRECTION if correction else WireSignal.NONE
    return WireItem(
        guid=guid,
        version=version,
        agency=_agency(doc, guid),
        headline=headline or "Untitled",
        body=body,
        source_format="ninjs",
        source=source,
        slugline=line(_text(doc.get("slugline")), 200),
        byline=_byline(doc),
        dateline=_dateline(doc),
        summary=summary,
        language=line(_text(doc.get("language")), 35),
        urgency=_urgency(doc),
        status=status,
        signal=signal,
        correction=correction,
        version_created=moment(doc.get("versioncreated")),
        first_created=moment(doc.get("firstcreated")),
    )


def read_ninjs(path: Path) -> WireItem:
    """The ninjs item in the file at `path`."""
    data = read_limited(path)
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise WireRefused(path, f"not UTF-8 (byte {error.start:,})") from None
    try:
        document = json.loads(source)
    except json.JSONDecodeError as error:
        raise WireRefused(path, f"not JSON: {error.msg} (line {error.lineno})") from None
    except RecursionError:
        raise WireRefused(path, "not JSON the newsroom can read: nested too deep") from None
    except ValueError:  # a number of thousands of digits, which Python will not read
        raise WireRefused(path, "not JSON the newsroom can read: a number too long") from None
    return wire_item_from_ninjs(document, path, source)
