"""Pictures with real metadata for the media tests, made here rather than downloaded:
Pillow draws the pixels (a gradient, so JPEG has something to compress) and Exiv2
(through pyexiv2, the library the app reads with) writes IPTC-IIM, XMP and Exif into
them as a photo desk's tools do. Nothing here comes from elsewhere; no licence applies.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Mapping
from typing import Any

import pyexiv2
from PIL import Image

GPS = {
    "Exif.GPSInfo.GPSLatitudeRef": "N",
    "Exif.GPSInfo.GPSLatitude": "55/1 45/1 0/1",
    "Exif.GPSInfo.GPSLongitudeRef": "E",
    "Exif.GPSInfo.GPSLongitude": "37/1 37/1 0/1",
    "Exif.Photo.BodySerialNumber": "CAM-SERIAL-0042",
    "Exif.Photo.LensSerialNumber": "LENS-SERIAL-7",
}


def pixels(width: int, height: int, mode: str = "RGB") -> Image.Image:
    gradient = Image.linear_gradient("L").resize((width, height))
    if mode == "RGBA":
        image = Image.merge("RGBA", (gradient, gradient.rotate(90), gradient, gradient))
    else:
        image = Image.merge(
            "RGB",
            (gradient, gradient.rotate(90), gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT)),
        )
    return image


def encoded(image: Image.Image, fmt: str, **options: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def with_metadata(
    data: bytes,
    *,
    iptc: Mapping[str, Any] | None = None,
    xmp: Mapping[str, Any] | None = None,
    exif: Mapping[str, Any] | None = None,
) -> bytes:
    picture = pyexiv2.ImageData(data)
    try:
        if exif:
            picture.modify_exif(dict(exif))
        if iptc:
            picture.modify_iptc({"Iptc.Envelope.CharacterSet": "\x1b%G", **iptc})
        if xmp:
            picture.modify_xmp(dict(xmp))
        return bytes(picture.get_bytes())
    finally:
        picture.close()


def default(text: str) -> dict[str, str]:
    """An XMP language alternative with only the default language."""
    return {'lang="x-default"': text}


def photo_desk_jpeg(width: int = 1600, height: int = 1200) -> bytes:
    """A JPEG as it reaches the desk: caption, credit, creator, copyright, keywords and
    alt text in IPTC and XMP, the date taken, a GPS position and camera serials in Exif."""
    return with_metadata(
        encoded(pixels(width, height), "JPEG", quality=90),
        iptc={
            "Iptc.Application2.Caption": "Protesters gather in Pushkin Square",
            "Iptc.Application2.Credit": "Sahar News/Reuters",
            "Iptc.Application2.Byline": ["Anna Petrova"],
            "Iptc.Application2.Copyright": "© 2019 Reuters",
            "Iptc.Application2.Keywords": ["Moscow", "protest"],
        },
        xmp={
            "Xmp.dc.description": default("Protesters gather in Pushkin Square"),
            "Xmp.photoshop.Credit": "Sahar News/Reuters",
            "Xmp.dc.creator": ["Anna Petrova"],
            "Xmp.iptc.AltTextAccessibility": default("A crowd with banners in a snowy square"),
            "Xmp.xmpRights.UsageTerms": default("Editorial use only"),
        },
        exif={"Exif.Photo.DateTimeOriginal": "2019:06:22 14:05:00", **GPS},
    )


def with_iptc_digest(data: bytes, digest: bytes) -> bytes:
    """`data` (a JPEG with an IPTC block) with a Photoshop IPTC digest resource added to
    its APP13 segment, as Photoshop writes one."""
    marker = data.index(b"\xff\xed")
    (length,) = struct.unpack_from(">H", data, marker + 2)
    segment = data[marker + 4 : marker + 2 + length]
    resource = b"8BIM" + struct.pack(">H", 0x0425) + b"\x00\x00" + struct.pack(">I", 16) + digest
    segment += resource
    return (
        data[:marker]
        + b"\xff\xed"
        + struct.pack(">H", len(segment) + 2)
        + segment
        + data[marker + 2 + length :]
    )
