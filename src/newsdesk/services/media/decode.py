"""Untrusted picture files decoded with limits, and their renditions made in one pass.

A file is refused before decoding when it is too large or not one of the four formats
(by its own signature, never by its name); then Pillow decodes all of it, so a corrupt
or truncated file is refused here and nothing is stored. Renditions are re-encoded
pixels only: no Exif, IPTC or XMP (no GPS position, no camera serial) goes with them.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from PIL import Image, ImageOps

from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.media import (
    MAX_FILE_BYTES,
    MAX_PIXELS,
    MIME_TYPES,
    RENDITION_WIDTHS,
    RenditionKind,
)

Image.MAX_IMAGE_PIXELS = MAX_PIXELS
MAX_FRAMES = 1_000
"""An animated GIF or WebP with more frames is refused (each frame is decoded to test it)."""
JPEG_QUALITY = 82

_SIGNATURES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)


@dataclass(frozen=True, slots=True)
class RenditionBytes:
    kind: RenditionKind
    width: int
    height: int
    mime: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True, slots=True)
class DecodedPicture:
    """A file Pillow decoded whole: its type, its size as shown (Exif orientation
    applied), its renditions, and the Photoshop resources of a JPEG (for the IPTC digest)."""

    mime: str
    width: int
    height: int
    renditions: tuple[RenditionBytes, ...]
    photoshop_resources: bytes = b""


def sniff_format(data: bytes) -> str:
    """The format named by the file's first bytes; refuses anything but the four."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data.lstrip()[:5].lower() in (b"<?xml", b"<svg ", b"<svg>"):
        raise InvalidInput("SVG pictures are not accepted (only JPEG, PNG, WebP and GIF)")
    raise InvalidInput("not a JPEG, PNG, WebP or GIF picture")


def decode_picture(data: bytes) -> DecodedPicture:
    """Decode `data` whole and make its renditions; InvalidInput (one line) otherwise."""
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(
            f"the file is {len(data) / 1024 / 1024:.0f} MB; pictures may be at most "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB"
        )
    expected = sniff_format(data)
    try:
        return _decode(data, expected)
    except InvalidInput:
        raise
    except Image.DecompressionBombError:
        raise InvalidInput(_too_many_pixels()) from None
    except MemoryError:
        raise InvalidInput("the picture is too large to decode") from None
    except Exception as error:  # Pillow raises many kinds on a broken file
        raise InvalidInput(f"the picture is corrupt or truncated ({_reason(error)})") from None


def _decode(data: bytes, expected: str) -> DecodedPicture:
    with Image.open(io.BytesIO(data), formats=[expected]) as image:
        if image.format != expected:
            raise InvalidInput("not a JPEG, PNG, WebP or GIF picture")
        if image.width * image.height > MAX_PIXELS:
            raise InvalidInput(_too_many_pixels())
        frames = getattr(image, "n_frames", 1)
        if frames > MAX_FRAMES:
            raise InvalidInput(f"the picture has {frames:,} frames; at most {MAX_FRAMES:,}")
        resources = _photoshop_resources(image)
        full_size = image.size
        if expected == "JPEG":
            # Decoding at a fraction of the size still reads every byte of the file
            # (a truncated one fails), at a fraction of the cost.
            widest = max(RENDITION_WIDTHS.values())
            image.draft("RGB", (widest, widest))
        image.load()
        for frame in range(1, frames):
            image.seek(frame)
            image.load()
        if frames > 1:
            image.seek(0)
        turned = image.getexif().get(0x0112, 1) not in (None, 1)
        shown = ImageOps.exif_transpose(image) if turned else image
        width, height = _oriented_size(image, full_size)
        return DecodedPicture(
            mime=MIME_TYPES[expected],
            width=width,
            height=height,
            renditions=_renditions(shown),
            photoshop_resources=resources,
        )


def _oriented_size(image: Image.Image, original: tuple[int, int]) -> tuple[int, int]:
    """The full picture's size as shown: width and height swap when Exif says it is
    turned a quarter (the draft-decoded `image` may be smaller than the file)."""
    orientation = image.getexif().get(0x0112, 1)
    if orientation in (5, 6, 7, 8):
        return original[1], original[0]
    return original


def _renditions(image: Image.Image) -> tuple[RenditionBytes, ...]:
    """Widest first, each made from the one before (less to resample each time)."""
    alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if alpha else "RGB"
    pixels = image if image.mode == mode else image.convert(mode)
    made = []
    for kind, widest in sorted(RENDITION_WIDTHS.items(), key=lambda item: -item[1]):
        if pixels.width > widest:
            height = max(1, round(pixels.height * widest / pixels.width))
            pixels = pixels.resize((widest, height), Image.Resampling.BICUBIC, reducing_gap=2.0)
        made.append(_encode(kind, pixels, alpha))
    return tuple(reversed(made))


def _encode(kind: RenditionKind, image: Image.Image, alpha: bool) -> RenditionBytes:
    out = io.BytesIO()
    if alpha:
        image.save(out, "PNG", optimize=kind is RenditionKind.THUMBNAIL)
        mime = "image/png"
    else:
        image.save(out, "JPEG", quality=JPEG_QUALITY, progressive=True, optimize=True)
        mime = "image/jpeg"
    return RenditionBytes(kind, image.width, image.height, mime, out.getvalue())


def _photoshop_resources(image: Image.Image) -> bytes:
    """A JPEG's APP13 "Photoshop 3.0" resource block, where the IPTC digest lives."""
    for marker, payload in getattr(image, "applist", ()):
        if marker == "APP13" and payload.startswith(b"Photoshop 3.0\x00"):
            return bytes(payload[len(b"Photoshop 3.0\x00") :])
    return b""


def _too_many_pixels() -> str:
    return f"the picture has more than {MAX_PIXELS / 1_000_000:.0f} million pixels"


def _reason(error: Exception) -> str:
    text = " ".join(str(error).split())[:120]
    return text or type(error).__name__
