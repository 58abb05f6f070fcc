"""A picture pasted or dropped as data (not as files): its encoded bytes when the
clipboard carries them, so it is decoded on a worker and not on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage

ENCODED_PICTURE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif")
"""Clipboard formats whose bytes the media library decodes itself, in the order tried."""


def pasted_picture(source: QMimeData) -> bytes | QImage | None:
    """The picture `source` holds: its bytes as the clipboard has them (copying them is
    all the GUI thread does), or else the image Qt decoded; None when there is none."""
    for kind in ENCODED_PICTURE_TYPES:
        if source.hasFormat(kind):
            data = bytes(source.data(kind).data())
            if data:
                return data
    if not source.hasImage():
        return None
    image = QImage(source.imageData())
    return None if image.isNull() else image
