"""What a WordPress item says of itself, read in the newsroom's terms.

Its language and web addresses when they are usable, how WordPress kept it from readers,
the state our own export wrote beside WordPress's, a comment's exact text, a UUID.
"""

from __future__ import annotations

import html
import uuid
from urllib.parse import urlsplit

from newsdesk.domain import limits
from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.interchange import wxr_format as fmt
from newsdesk.services.interchange.html_text import html_to_plain_text
from newsdesk.services.interchange.wxr_read import WxrComment, WxrItem


def language_tag(value: str) -> str:
    value = value.strip()
    parts = value.split("-")
    if (
        value
        and len(value) <= limits.LANGUAGE.most
        and all(part.isalnum() and part.isascii() for part in parts)
    ):
        return value
    return ""


def web_address(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc and len(url) <= limits.COMMENT_URL.most:
        return url
    return ""


_ON_THE_WAY_OUT = frozenset({ArticleStatus.PUBLISHED, ArticleStatus.CORRECTED, ArticleStatus.READY})
KEPT_PRIVATE = "that no export carries until someone publishes it"


def hidden_from_readers(item: WxrItem) -> str | None:
    """How WordPress kept the post from readers, if it did."""
    if item.password:
        return "password-protected"
    if item.meta.get(fmt.META_PRIVATE) == "1":
        return "private"
    wp_status = item.meta.get(fmt.WP_TRASH_STATUS, "") if item.status == "trash" else item.status
    return "private" if wp_status == "private" else None


def state_and_privacy(item: WxrItem, status: ArticleStatus) -> tuple[ArticleStatus, str | None]:
    """The state a post takes, and how WordPress kept it from readers (None: it did not).

    Such a post becomes a draft. A state our own export wrote that is no nearer readers
    stays: it writes killed stories as private posts, so only a story it marked private
    comes back private.
    """
    hidden, own = hidden_from_readers(item), own_state(item)
    if own is not None and own not in _ON_THE_WAY_OUT:
        if hidden == "private" and item.meta.get(fmt.META_PRIVATE) != "1":
            hidden = None
        return status, hidden
    return (status if hidden is None else ArticleStatus.DRAFT), hidden


def comments_open(item: WxrItem) -> bool:
    """WordPress's "open" (or no word at all); "closed", and "registered_only" of some
    plugins (the newsroom has no registered readers), close them."""
    return item.comment_status.strip().lower() in ("open", "")


def own_state(item: WxrItem) -> ArticleStatus | None:
    """The exact state our own export wrote beside WordPress's, if it did."""
    ours = item.meta.get(fmt.META_STATUS, "")
    return ArticleStatus(ours) if ours in ArticleStatus.__members__.values() else None


def post_label(item: WxrItem, headline: str) -> str:
    return f"post {item.post_id} “{headline}”" if item.post_id else f"post “{headline}”"


def with_article(status: ArticleStatus) -> str:
    label = status.label.lower()
    return f"an {label}" if label[0] in "aeiou" else f"a {label}"


def comment_text(comment: WxrComment) -> str:
    """Our own export carries the exact text beside the HTML; WordPress's has only HTML."""
    exact = comment.meta.get(fmt.META_COMMENT_TEXT)
    if exact is not None and exact.strip():
        return html.unescape(exact).replace("\r\n", "\n").replace("\r", "\n")
    return html_to_plain_text(comment.content)


def uuid_or_none(value: str) -> str | None:
    value = value.strip()
    if value.lower().startswith("urn:uuid:"):
        value = value[len("urn:uuid:") :]
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None
