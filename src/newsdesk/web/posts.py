"""A reader's post as it arrives: its size checked before it is read whole, then its
fields, from the exported form (application/x-www-form-urlencoded) or from a JSON object
with the same names.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from urllib.parse import parse_qsl

from newsdesk.domain import limits
from newsdesk.rendering import HONEYPOT

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
FIELDS = ("comment", "author", "email", "url", "article_uuid", "form_token", "parent_id", HONEYPOT)
"""The exported form's field names (`rendering.page._reply_form`)."""

_TEXT = (
    limits.COMMENT_BODY.most
    + limits.COMMENT_AUTHOR.most
    + limits.COMMENT_EMAIL.most
    + limits.COMMENT_URL.most
)
MOST_BODY = 12 * _TEXT + 4096
"""Every field at its longest, each character as four UTF-8 bytes percent-encoded
(twelve characters; JSON's escapes of a character beyond the BMP are twelve too), and
room for the rest: a comment the intake would take always fits (about 780 KiB)."""


class PostRefused(Exception):
    """The post cannot be read as a comment; the message is fit to show the reader."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def too_large() -> PostRefused:
    return PostRefused(413, f"The post is larger than a comment can be ({MOST_BODY:,} bytes).")


async def read_body(
    stream: AsyncIterator[bytes], content_length: str | None, most: int = MOST_BODY
) -> bytes:
    """The whole body, refused (413) as soon as it is known to be over `most` bytes: from
    its Content-Length before any of it is read, else while it streams in."""
    if content_length is not None:
        if not content_length.strip().isdigit():
            raise PostRefused(400, "The post's Content-Length is not a number.")
        if int(content_length) > most:
            raise too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in stream:
        size += len(chunk)
        if size > most:
            raise too_large()
        chunks.append(chunk)
    return b"".join(chunks)


def form_fields(body: bytes) -> dict[str, str]:
    """The form's fields; others a browser may add are left out, a field given twice is
    refused (which one would be meant?)."""
    try:
        pairs = parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=4 * len(FIELDS),
        )
    except UnicodeDecodeError:
        raise PostRefused(400, "The post is not UTF-8 text.") from None
    except ValueError:
        raise PostRefused(400, "The post has more fields than the comment form.") from None
    fields: dict[str, str] = {}
    for name, value in pairs:
        if name not in FIELDS:
            continue
        if name in fields:
            raise PostRefused(422, f"The field {name!r} is given twice.")
        fields[name] = value
    return fields


def json_fields(body: bytes) -> dict[str, str]:
    """A JSON object of the form's fields (strictly: an unknown field is refused)."""
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        raise PostRefused(400, "The post is not JSON.") from None
    if not isinstance(value, dict):
        raise PostRefused(422, "A comment is one JSON object.")
    fields: dict[str, str] = {}
    for name, item in value.items():
        if name not in FIELDS:
            shown = name if len(name) <= 40 else name[:40] + "…"
            raise PostRefused(422, f"Unknown field {shown!r}.")
        if item is None:
            item = ""
        if not isinstance(item, str):
            raise PostRefused(422, f"The field {name!r} must be text.")
        fields[name] = item
    return fields
