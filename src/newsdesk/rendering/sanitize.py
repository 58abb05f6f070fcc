"""The one HTML policy for everything readers see: article bodies and comments.

Markdown allows raw HTML and comments are typed by strangers, so nothing reaches the
preview or an export without passing through here. The policy is an allowlist (nh3,
i.e. ammonia): no scripts, styles, frames or event handlers, only http(s), mailto and
relative URLs, and every link marked ``nofollow noopener``.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import nh3

from newsdesk.rendering.linkify import QuickLinkify

__all__ = [
    "BLOCK_TAGS",
    "LINE_ATTRIBUTE",
    "render_comment_body",
    "sanitize_html",
    "scrub_surrogates",
]

#: The attribute the live preview scrolls by; allowed on block-level tags only.
LINE_ATTRIBUTE = "data-line"

#: Block-level elements that may carry a source line number.
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    }
)  # fmt: skip

_INLINE_TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "caption", "cite", "code", "col", "colgroup",
        "data", "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "rp", "rt",
        "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "td", "th",
        "time", "u", "var", "wbr",
    }
)  # fmt: skip

# Dropped together with everything inside them, not just unwrapped.
_CLEAN_CONTENT_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "iframe", "object", "embed", "noscript", "template", "textarea",
        "select", "svg", "math", "title", "xmp", "noembed", "noframes", "plaintext",
    }
)  # fmt: skip

# `media:` names a library picture (`![alt](media:12)`); rendering/pictures.py replaces it
# with the picture's own addresses after sanitizing, and drops what it cannot place.
_URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto", "media"})

_ALIGN_CLASSES: frozenset[str] = frozenset({"align-left", "align-center", "align-right"})

_LINK_REL = "nofollow noopener"


def _attributes(line_attribute: str) -> dict[str, set[str]]:
    """Per-tag attribute allowlist; no ``id``/``name`` so content cannot clobber the page."""
    allowed: dict[str, set[str]] = {
        "*": {"title", "lang", "dir"},
        "a": {"href", "hreflang"},
        "img": {"src", "alt", "width", "height", "title"},
        "ol": {"start", "reversed"},
        "td": {"colspan", "rowspan"},
        "th": {"colspan", "rowspan", "scope"},
        "code": {"class"},
        "blockquote": {"cite"},
        "q": {"cite"},
        "del": {"cite", "datetime"},
        "ins": {"cite", "datetime"},
        "time": {"datetime"},
        "data": {"value"},
        "col": {"span"},
        "colgroup": {"span"},
    }
    for tag in BLOCK_TAGS:
        allowed.setdefault(tag, set()).add(line_attribute)
    return allowed


@lru_cache(maxsize=4)
def policy(line_attribute: str = LINE_ATTRIBUTE) -> nh3.Cleaner:
    """The cleaner, parameterised only by the name the line attribute travels under.

    The Markdown renderer marks lines under a secret name so that a ``data-line``
    typed into raw HTML is dropped rather than mistaken for one of ours.
    """
    return nh3.Cleaner(
        tags=set(BLOCK_TAGS | _INLINE_TAGS),
        clean_content_tags=set(_CLEAN_CONTENT_TAGS),
        attributes=_attributes(line_attribute),
        allowed_classes={"td": set(_ALIGN_CLASSES), "th": set(_ALIGN_CLASSES)},
        strip_comments=True,
        link_rel=_LINK_REL,
        url_schemes=set(_URL_SCHEMES),
        url_relative="pass_through",
    )


def scrub_surrogates(text: str) -> str:
    """Replace lone UTF-16 surrogates (a broken paste) that nh3 and UTF-8 cannot carry."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def sanitize_html(html: str) -> str:
    """Reduce any HTML fragment to what the newsroom policy allows."""
    return policy().clean(scrub_surrogates(html))


_LINKIFY = QuickLinkify()
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _linked(text: str) -> str:
    """Escape one paragraph of plain text, turning recognisable URLs into links."""
    # The quick pretest first: most lines of comments hold no link, and a full match
    # costs many times as much.
    matches = _LINKIFY.match(text) if _LINKIFY.pretest(text) else None
    if not matches:
        return html.escape(text)
    out: list[str] = []
    cursor = 0
    for match in matches:
        out.append(html.escape(text[cursor : match.index]))
        href = html.escape(match.url, quote=True)
        out.append(f'<a href="{href}">{html.escape(match.text)}</a>')
        cursor = match.last_index
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def render_comment_body(text: str) -> str:
    """Plain-text comment to HTML: paragraphs, line breaks and nofollow links, nothing else.

    Comments are never Markdown or HTML: what a reader typed is shown as typed.
    """
    normalized = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not normalized:
        return ""
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(normalized) if p.strip()]
    rendered = (
        "<p>" + "<br>\n".join(_linked(line) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
    )
    return sanitize_html("\n".join(rendered))
