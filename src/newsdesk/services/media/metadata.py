"""A picture's texts read from its own metadata: IPTC-IIM, XMP and Exif, read by Exiv2.

When the same text is in more than one block, the Metadata Working Group's reading rules
say which wins:

- Exif's own fields (description, artist, copyright, date taken) come first: a camera
  or a tool that edits Exif writes them there, and XMP only mirrors them;
- between IPTC-IIM and XMP the IPTC digest decides (Photoshop resource 0x0425, the MD5 of
  the IIM block when XMP was last written): matching, the IIM is a copy and XMP wins;
  different, an older tool edited the IIM after, and it wins; no digest, XMP wins where
  it has the value, the IIM fills what it lacks.

Placeholders cameras write into the Exif description ("OLYMPUS DIGITAL CAMERA") are not
captions. Metadata Exiv2 cannot read leaves the texts empty: the picture is still good.
"""

from __future__ import annotations

import hashlib
import logging
import struct
import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pyexiv2

from newsdesk.domain.media import PictureText

log = logging.getLogger(__name__)

_EXIV2 = threading.Lock()
"""Exiv2's library state is not for two threads at once."""
pyexiv2.set_log_level(4)  # Exiv2's own complaints about odd files go nowhere

CAMERA_PLACEHOLDERS = frozenset(
    {"olympus digital camera", "sony dsc", "digital camera", "default", "sony digital camera"}
)

IPTC_RESOURCE = 0x0404
DIGEST_RESOURCE = 0x0425


def photoshop_resource(block: bytes, wanted: int) -> bytes | None:
    """One resource of a Photoshop image-resource block ("8BIM" entries), or None; a
    broken block simply has none."""
    at = 0
    while at + 12 <= len(block):
        if block[at : at + 4] != b"8BIM":
            return None
        (resource,) = struct.unpack_from(">H", block, at + 4)
        name_length = block[at + 6]
        at += 6 + ((name_length + 2) & ~1)  # a Pascal string padded to an even length
        if at + 4 > len(block):
            return None
        (size,) = struct.unpack_from(">I", block, at)
        at += 4
        if at + size > len(block):
            return None
        if resource == wanted:
            return block[at : at + size]
        at += size + (size & 1)
    return None


def iptc_digest_state(block: bytes) -> bool | None:
    """Whether the IIM block matches the digest XMP was written with; None: no digest."""
    digest = photoshop_resource(block, DIGEST_RESOURCE)
    iim = photoshop_resource(block, IPTC_RESOURCE)
    if digest is None or iim is None:
        return None
    return hashlib.md5(iim, usedforsecurity=False).digest() == digest


def read_picture_text(data: bytes, photoshop_resources: bytes = b"") -> PictureText:
    """The texts the file carries (empty where it has none, or its metadata is broken)."""
    try:
        with _EXIV2:
            image = pyexiv2.ImageData(data)
            try:
                exif = _safely(image.read_exif)
                iptc = _iptc(image)
                xmp = _safely(image.read_xmp)
            finally:
                image.close()
    except Exception as error:  # Exiv2 refuses what it cannot parse
        log.info("picture metadata unreadable: %s", error)
        return PictureText()
    digest = iptc_digest_state(photoshop_resources) if photoshop_resources else None
    iim_first = digest is False

    def pick(exif_key: str | None, iptc_key: str | None, xmp_key: str | None) -> str:
        exif_value = _exif_text(exif, exif_key) if exif_key else ""
        if exif_value:
            return exif_value
        iim_value = _text(iptc.get(iptc_key)) if iptc_key else ""
        xmp_value = _text(xmp.get(xmp_key)) if xmp_key else ""
        if iim_first:
            return iim_value or xmp_value
        return xmp_value or iim_value

    keywords = _list(iptc.get("Iptc.Application2.Keywords"))
    xmp_keywords = _list(xmp.get("Xmp.dc.subject"))
    return PictureText(
        caption=pick(
            "Exif.Image.ImageDescription", "Iptc.Application2.Caption", "Xmp.dc.description"
        ),
        alt=_text(xmp.get("Xmp.iptc.AltTextAccessibility")),
        credit=pick(None, "Iptc.Application2.Credit", "Xmp.photoshop.Credit"),
        creator=pick("Exif.Image.Artist", "Iptc.Application2.Byline", "Xmp.dc.creator"),
        copyright=pick("Exif.Image.Copyright", "Iptc.Application2.Copyright", "Xmp.dc.rights"),
        usage_terms=_text(xmp.get("Xmp.xmpRights.UsageTerms")),
        taken=_exif_taken(exif) or _taken_by_digest(iptc, xmp, iim_first),
        keywords=tuple((keywords or xmp_keywords) if iim_first else (xmp_keywords or keywords)),
    )


def _safely(read: Any) -> dict[str, Any]:
    try:
        found = read()
    except Exception:
        return {}
    return found if isinstance(found, dict) else {}


def _iptc(image: Any) -> dict[str, Any]:
    """IIM texts: UTF-8 when the file says so (or they decode as it), else Latin-1."""
    try:
        return dict(image.read_iptc(encoding="utf-8"))
    except Exception:
        return _safely(lambda: image.read_iptc(encoding="iso-8859-1"))


def _text(value: Any) -> str:
    """One text of a value Exiv2 hands back: a string, a list (the first), or a
    language alternative ({'lang="x-default"': …}: the default, else the first)."""
    if isinstance(value, Mapping):
        if not value:
            return ""
        chosen = value.get('lang="x-default"', next(iter(value.values())))
        return _text(chosen)
    if isinstance(value, list | tuple):
        return "; ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, str):
        return " ".join(value.replace("\x00", " ").split())
    return ""


def _list(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return []
    return [t for t in (_text(v) for v in value) if t]


def _exif_text(exif: Mapping[str, Any], key: str) -> str:
    text = _text(exif.get(key))
    if text.lower() in CAMERA_PLACEHOLDERS:
        return ""
    return text


def _exif_taken(exif: Mapping[str, Any]) -> datetime | None:
    raw = _text(exif.get("Exif.Photo.DateTimeOriginal"))
    try:
        taken = datetime.strptime(raw, "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = _offset(_text(exif.get("Exif.Photo.OffsetTimeOriginal")))
    return taken.replace(tzinfo=offset or UTC).astimezone(UTC)


def _taken_by_digest(
    iptc: Mapping[str, Any], xmp: Mapping[str, Any], iim_first: bool
) -> datetime | None:
    iim = _iim_taken(iptc)
    from_xmp = _xmp_taken(_text(xmp.get("Xmp.photoshop.DateCreated")))
    return (iim or from_xmp) if iim_first else (from_xmp or iim)


def _iim_taken(iptc: Mapping[str, Any]) -> datetime | None:
    day = _text(iptc.get("Iptc.Application2.DateCreated"))
    time = _text(iptc.get("Iptc.Application2.TimeCreated")) or "00:00:00+00:00"
    return _xmp_taken(f"{day}T{time}") if day else None


def _xmp_taken(raw: str) -> datetime | None:
    """An ISO 8601 date or date-time (XMP and Exiv2's IIM), as UTC; a date alone is noon
    UTC, so it stays the same day wherever it is read."""
    if not raw:
        return None
    try:
        if len(raw) == 10:
            return datetime.fromisoformat(raw).replace(hour=12, tzinfo=UTC)
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)


def _offset(raw: str) -> timezone | None:
    if len(raw) != 6 or raw[0] not in "+-" or raw[3] != ":":
        return None
    try:
        hours, minutes = int(raw[1:3]), int(raw[4:6])
    except ValueError:
        return None
    if hours > 14 or minutes > 59:
        return None
    sign = -1 if raw[0] == "-" else 1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
