"""What the ninjs and NewsML-G2 readers share: the refusal, file reading within limits,
times, and the agency's HTML made into our Markdown and one-line texts."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

from newsdesk.domain.text_cleaning import clean_text
from newsdesk.domain.wires import MOST_FILE_BYTES
from newsdesk.services.interchange.html_text import html_to_line, html_to_markdown


class WireRefused(Exception):
    """A file that holds no wire item the newsroom can take, and why (one sentence)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def read_limited(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MOST_FILE_BYTES:
            raise WireRefused(path, f"the file is {size:,} bytes; a wire item is at most 5 MB")
        data = path.read_bytes()
    except OSError as error:
        raise WireRefused(path, f"cannot be read: {error.strerror or error}") from None
    if not data.strip():
        raise WireRefused(path, "the file is empty")
    return data


def moment(value: object) -> datetime | None:
    """An ISO 8601 time as an aware UTC datetime; None when absent or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def line(text: str, most: int) -> str:
    """A headline, a byline, a slugline: plain text on one line, control characters gone."""
    return " ".join(clean_text(text).text.split())[:most]


def html_line(source: str, most: int) -> str:
    return html_to_line(clean_text(source, markup=True).text)[:most]


def body_markdown(html: str) -> str:
    """The agency's HTML as the newsroom's Markdown (scripts and the like never survive)."""
    return html_to_markdown(clean_text(html, markup=True).text, wordpress_paragraphs=False)


def text_markdown(text: str) -> str:
    """Plain agency text: paragraphs at blank lines, Markdown signs kept as text."""
    paragraphs = [p.strip() for p in clean_text(text).text.replace("\r\n", "\n").split("\n\n")]
    html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs if p)
    return body_markdown(html)
