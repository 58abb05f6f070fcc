"""What our WXR files and WordPress's have in common: states both ways, our own fields.

WordPress knows fewer story states than the copy desk, so an export also writes each
story's exact state, dateline, credit, byline, language, times, whether it is private
until published and (when it carries no raw HTML, see `markdown_is_inert`) its Markdown
as ``_newsdesk_*`` custom fields; whether comments are open is WordPress's own
``wp:comment_status``. A
WordPress site keeps them as hidden custom fields; importing the file back here reads
them, so a round trip gives back the same stories.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

from markdown_it import MarkdownIt

from newsdesk.domain.enums import ArticleStatus, CommentStatus

WP_NS = "http://wordpress.org/export/1.2/"
EXCERPT_NS = "http://wordpress.org/export/1.2/excerpt/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
WFW_NS = "http://wellformedweb.org/CommentAPI/"
DC_NS = "http://purl.org/dc/elements/1.1/"

#: Namespace of the UUIDs given to stories and comments that arrive without ours.
IMPORT_NAMESPACE = uuid.UUID("0b8f6a52-6d1e-4f0c-9a57-3c2b7e1d9f40")

META_STATUS = "_newsdesk_status"
META_MARKDOWN = "_newsdesk_markdown"
META_DATELINE = "_newsdesk_dateline"
META_CREDIT = "_newsdesk_credit"
META_BYLINE = "_newsdesk_byline"
META_LANGUAGE = "_newsdesk_language"
META_CORRECTION = "_newsdesk_correction_note"
META_CREATED = "_newsdesk_created"
META_UPDATED = "_newsdesk_updated"
META_PUBLISHED = "_newsdesk_published"
META_SCHEDULED = "_newsdesk_scheduled"
META_UUID = "_newsdesk_uuid"
META_REPLY = "_newsdesk_newsroom_reply"
META_PRIVATE = "_newsdesk_private"
BYLINE_SEPARATOR = "; "
"""Between the bylines of a story with several authors, in order."""
COAUTHOR_TAXONOMY = "author"
"""Co-Authors Plus keeps each co-author as a term of this taxonomy (nicename `cap-LOGIN`)."""
META_COMMENT_TEXT = "_newsdesk_text"
"""A comment's text exactly as the reader typed it, HTML-escaped (WordPress gets HTML)."""
"""1 on a story private until published (WordPress has it as a private post)."""
WP_TRASH_STATUS = "_wp_trash_meta_status"

#: WordPress post status -> our state (a `_newsdesk_status` field wins over this).
FROM_WORDPRESS: dict[str, ArticleStatus] = {
    "publish": ArticleStatus.PUBLISHED,
    "future": ArticleStatus.READY,
    "draft": ArticleStatus.DRAFT,
    "pending": ArticleStatus.SUBMITTED,
    "private": ArticleStatus.DRAFT,
}

#: Our state -> the nearest WordPress post status.
TO_WORDPRESS: dict[ArticleStatus, str] = {
    ArticleStatus.DRAFT: "draft",
    ArticleStatus.SUBMITTED: "pending",
    ArticleStatus.EDITING: "pending",
    ArticleStatus.SENT_BACK: "draft",
    ArticleStatus.READY: "pending",
    ArticleStatus.PUBLISHED: "publish",
    ArticleStatus.CORRECTED: "publish",
    ArticleStatus.KILLED: "private",
}

#: wp:comment_approved -> our moderation state.
COMMENT_FROM_WORDPRESS: dict[str, CommentStatus] = {
    "1": CommentStatus.APPROVED,
    "approve": CommentStatus.APPROVED,
    "approved": CommentStatus.APPROVED,
    "0": CommentStatus.PENDING,
    "hold": CommentStatus.PENDING,
    "": CommentStatus.PENDING,
    "spam": CommentStatus.SPAM,
    "trash": CommentStatus.TRASH,
    "post-trashed": CommentStatus.TRASH,
}

COMMENT_TO_WORDPRESS: dict[CommentStatus, str] = {
    CommentStatus.APPROVED: "1",
    CommentStatus.PENDING: "0",
    CommentStatus.SPAM: "spam",
    CommentStatus.TRASH: "trash",
}

_HTML_TOKENS = frozenset({"html_block", "html_inline"})
_SCRIPT_SCHEME = re.compile(r"(?i)\b(?:javascript|vbscript|data)\s*:")
_INERT_PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def markdown_is_inert(text: str) -> bool:
    """True when the Markdown holds no raw HTML and names no script-like URL scheme.

    Only such Markdown travels verbatim in `_newsdesk_markdown`; any other story goes
    as its sanitized HTML alone, so nothing hostile typed into a story reaches the file.
    """
    if _SCRIPT_SCHEME.search(text):
        return False
    for token in _INERT_PARSER.parse(text):
        if token.type in _HTML_TOKENS:
            return False
        if token.children and any(child.type in _HTML_TOKENS for child in token.children):
            return False
    return True


def iso(moment: datetime | None) -> str:
    return moment.astimezone(UTC).isoformat() if moment else ""


def from_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def wp_date(moment: datetime | None) -> str:
    """WordPress's `YYYY-MM-DD HH:MM:SS` in UTC; the all-zero date for none."""
    if moment is None:
        return "0000-00-00 00:00:00"
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
