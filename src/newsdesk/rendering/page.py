"""The published article page, shared by the live preview and every static export.

One template (``resources/templates/article.html``) and one stylesheet
(``resources/preview/article.css``) so the preview shows exactly what readers get. All
text is escaped here; the body is HTML already sanitized by the Markdown renderer (and
sanitized again, in case a caller hands in something else). Only approved comments
appear, and a commenter's e-mail address is never read. The page's own words and dates
are in the story's language (`page_words`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from string import Template
from typing import Literal

from newsdesk.domain import limits
from newsdesk.domain.entities import Article, Comment, RelatedLink
from newsdesk.domain.enums import CommentStatus
from newsdesk.rendering.markdown import render_markdown
from newsdesk.rendering.page_words import PageWords, page_words
from newsdesk.rendering.pictures import (
    Missing,
    PictureView,
    figure_html,
    image_html,
    place_pictures,
)
from newsdesk.rendering.sanitize import render_comment_body, sanitize_html
from newsdesk.resources_path import resource_path

__all__ = [
    "HELD_NOTE",
    "HONEYPOT",
    "PUBLISHED_NOTE",
    "RTL_LANGUAGES",
    "ReplyForm",
    "excerpt",
    "format_credit",
    "format_dateline",
    "render_article_page",
    "render_preview_shell",
    "stylesheet",
    "text_direction",
]

#: Languages written right to left (primary subtags).
RTL_LANGUAGES: frozenset[str] = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"})
# Script subtags that decide direction on their own, e.g. "pa-Arab", "az-Latn".
_RTL_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"})
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
_DASHES = " \t\u2013\u2014-"
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_EXCERPT_LIMIT = 200
_MAX_COMMENT_DEPTH = 5
_SEPARATOR = ' <span class="sep" aria-hidden="true">/</span> '


def text_direction(language: str) -> Literal["rtl", "ltr"]:
    """Direction of a language tag such as "fa", "ar-EG", "ku-Arab" or "en_GB"."""
    subtags = language.strip().replace("_", "-").lower().split("-")
    scripts = [tag for tag in subtags[1:] if len(tag) == 4 and tag.isalpha()]
    if scripts:
        return "rtl" if scripts[0] in _RTL_SCRIPTS else "ltr"
    return "rtl" if subtags[0] in RTL_LANGUAGES else "ltr"


def format_dateline(dateline: str) -> str:
    """ "MOSCOW" becomes "MOSCOW –", the way the dateline leads into the first paragraph."""
    place = dateline.strip().rstrip(_DASHES)
    return f"{place} \u2013" if place else ""


def format_credit(credit: str) -> str:
    """The credit line is printed in parentheses: "(Sahar News Monitoring Desk)"."""
    text = credit.strip()
    if not text or (text.startswith("(") and text.endswith(")")):
        return text
    return f"({text})"


def excerpt(text: str, limit: int = _EXCERPT_LIMIT) -> str:
    """Shorten a summary at a word boundary, ending in "…" like the seed page's teaser."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(",;:-\u2013\u2014 ") + " \u2026"


def _safe_href(url: str | None, *, absolute: bool = False) -> str | None:
    """``url`` if it is http(s) (or relative, unless ``absolute``); None for javascript:,
    data:, mailto: and the like. Browsers ignore tabs and newlines inside URLs, so do we."""
    if not url:
        return None
    cleaned = re.sub(r"[\t\n\r]", "", url).strip(_C0_AND_SPACE)
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", cleaned)
    if scheme is None:
        return None if absolute or not cleaned else cleaned
    if scheme.group(1).lower() not in ("http", "https"):
        return None
    if absolute and not re.match(r"[A-Za-z]+://[^/?#\s]", cleaned):
        return None
    return cleaned


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _link(text: str, url: str | None, rel: str = "", *, absolute: bool = False) -> str:
    href = _safe_href(url, absolute=absolute)
    if href is None:
        return _esc(text)
    rel_attribute = f' rel="{rel}"' if rel else ""
    return f'<a href="{_esc(href)}"{rel_attribute}>{_esc(text)}</a>'


def _time(
    moment: datetime, words: PageWords, *, with_clock: bool = False, css_class: str = ""
) -> str:
    """A date (and time) in the page's language, independent of the process locale."""
    label = words.date_at_time(moment) if with_clock else words.date(moment)
    class_attribute = f' class="{css_class}"' if css_class else ""
    iso = moment.isoformat(timespec="seconds")
    return f'<time{class_attribute} datetime="{_esc(iso)}">{_esc(label)}</time>'


def _language(article: Article) -> str:
    language = article.language.strip().replace("_", "-")
    return language if _LANGUAGE_TAG.match(language) else "und"


def _breadcrumb(
    article: Article, words: PageWords, home_url: str, section_url: Callable[[str], str]
) -> str:
    path = article.section_path or ((article.section_name,) if article.section_name else ())
    crumbs = [_link(words["home"], home_url)]
    for index, name in enumerate(path):
        is_own_section = index == len(path) - 1 and bool(article.section_slug)
        url = section_url(article.section_slug) if is_own_section else None
        crumbs.append(_link(name, url) if url else f"<span>{_esc(name)}</span>")
    crumbs.append(f'<span aria-current="page">{_esc(article.headline)}</span>')
    return _SEPARATOR.join(crumbs)


def _meta(article: Article, words: PageWords) -> str:
    parts: list[str] = []
    if article.byline.strip():
        parts.append(f'<span id="article-byline" class="byline">{_esc(article.byline)}</span>')
    moment = article.published_at or article.scheduled_at or article.updated_at
    if moment is not None:
        parts.append(_time(moment, words, css_class="published"))
    return " ".join(parts)


def _correction(article: Article, words: PageWords) -> str:
    note = article.correction_note.strip()
    if not note:
        return ""
    return (
        '<aside id="article-correction" class="correction" role="note">'
        f"<strong>{_esc(words['correction'])}</strong> {_esc(note)}</aside>"
    )


def _teaser(
    link: RelatedLink, article_url: Callable[[str], str], thumbnail: PictureView | None = None
) -> str:
    url = article_url(link.target_slug) if link.target_slug else link.url
    rel = "" if link.target_slug else "noopener"
    summary = excerpt(link.summary)
    summary_html = f'\n<p class="teaser-excerpt">{_esc(summary)}</p>' if summary else ""
    # The linked story's lead thumbnail, as the seed's page shows it: decorative (the
    # title beside it is the link a screen reader follows).
    image = (
        f'<a class="teaser-image" href="{_esc(_safe_href(url) or "")}" tabindex="-1" '
        f'aria-hidden="true">{image_html(thumbnail, alt="")}</a>\n'
        if thumbnail is not None and _safe_href(url)
        else ""
    )
    return (
        '<article class="teaser">\n'
        f'{image}<h3 class="teaser-title">{_link(link.title, url, rel)}</h3>{summary_html}\n'
        "</article>"
    )


def _check_also(
    article: Article,
    words: PageWords,
    article_url: Callable[[str], str],
    thumbnails: Mapping[int, PictureView] | None = None,
) -> str:
    links = sorted(article.related_links, key=lambda link: link.position)
    if not links:
        return '<section id="check-also" class="check-also" hidden></section>'
    shown = thumbnails or {}
    teasers = "\n".join(
        _teaser(
            link,
            article_url,
            shown.get(link.target_article_id) if link.target_article_id is not None else None,
        )
        for link in links
    )
    return (
        '<section id="check-also" class="check-also" aria-labelledby="check-also-title">\n'
        f'<h2 id="check-also-title">{_esc(words["check_also"])}</h2>\n'
        f"{teasers}\n</section>"
    )


def _threads(
    comments: Sequence[Comment],
) -> tuple[list[Comment], dict[int, list[Comment]], list[Comment]]:
    """Approved comments as (roots, replies by parent id, all in time order).

    A reply whose parent is not shown becomes a root, so it is never lost.
    """
    approved = sorted(
        (c for c in comments if c.status == CommentStatus.APPROVED),
        key=lambda c: (c.submitted_at, c.id),
    )
    shown = {c.id for c in approved}
    roots: list[Comment] = []
    replies: dict[int, list[Comment]] = {}
    for comment in approved:
        parent = comment.parent_id
        if parent is not None and parent in shown and parent != comment.id:
            replies.setdefault(parent, []).append(comment)
        else:
            roots.append(comment)
    return roots, replies, approved


def _comment_item(comment: Comment, words: PageWords, depth: int, nested: list[str]) -> str:
    name = comment.author_name.strip() or words["anonymous"]
    author = _link(name, comment.author_url, "nofollow ugc", absolute=True)
    children = '\n<ol class="children">\n' + "\n".join(nested) + "\n</ol>" if nested else ""
    return (
        f'<li id="comment-{comment.id}" class="comment depth-{depth}">\n'
        '<article class="comment-body">\n'
        f'<footer class="comment-meta"><b class="comment-author">{author}</b> '
        f"{_time(comment.submitted_at, words, with_clock=True, css_class='comment-time')}"
        "</footer>\n"
        f'<div class="comment-content" dir="auto">{render_comment_body(comment.body)}</div>\n'
        f"</article>{children}\n</li>"
    )


def _comment_items(
    comments: list[Comment],
    replies: dict[int, list[Comment]],
    depth: int,
    seen: set[int],
    words: PageWords,
) -> list[str]:
    """List items for a thread level; below the deepest level replies continue flat."""
    items: list[str] = []
    for comment in comments:
        if comment.id in seen:
            continue
        seen.add(comment.id)
        children = replies.get(comment.id, [])
        if depth < _MAX_COMMENT_DEPTH:
            nested = _comment_items(children, replies, depth + 1, seen, words)
            items.append(_comment_item(comment, words, depth, nested))
            continue
        items.append(_comment_item(comment, words, depth, []))
        stack = list(reversed(children))
        while stack:  # iterative: a long reply chain must not exhaust the call stack
            reply = stack.pop()
            if reply.id not in seen:
                seen.add(reply.id)
                items.append(_comment_item(reply, words, depth, []))
                stack.extend(reversed(replies.get(reply.id, [])))
    return items


def _comments(comments: Sequence[Comment], words: PageWords | None = None) -> str:
    words = words or page_words("en")
    roots, replies, approved = _threads(comments)
    if not approved:
        return ""
    seen: set[int] = set()
    items = _comment_items(roots, replies, 1, seen, words)
    # Replies caught in a parent loop reach no root; show them rather than drop them.
    items += _comment_items([c for c in approved if c.id not in seen], replies, 1, seen, words)
    title = _esc(words.count("responses", len(approved)))
    return (
        '<section id="comments" class="comments">\n'
        f'<h2 class="comments-title">{title}</h2>\n'
        '<ol class="comment-list">\n' + "\n".join(items) + "\n</ol>\n</section>"
    )


HONEYPOT = "subject"
"""A field the form hides from people: a bot that fills it in is refused."""
HELD_NOTE = "comment-held"
PUBLISHED_NOTE = "comment-published"
"""The notes' ids: the comment receiver sends the reader back to the story's page with
one of them as the fragment, and the stylesheet shows the note that is the target (no
script needed)."""


@dataclass(frozen=True, slots=True)
class ReplyForm:
    """Where the "Leave a Reply" form posts, and what proves a post came from this page."""

    action: str
    token: str = ""
    """The story's page token (`domain.form_tokens.page_token`)."""
    token_url: str = ""
    """Where the page's script asks for a fresh token when the reader starts writing."""
    script_href: str = ""
    """The page's one script (`resources/site/comment-form.js`), which does that."""


def _reply_form(article: Article, words: PageWords, form: ReplyForm | None) -> str:
    """The "Leave a Reply" form, in the story's language; without a `form` (the preview)
    it cannot be sent."""
    disabled = " disabled" if form is None else ""
    say = {key: _esc(words[key]) for key in _FORM_WORDS}
    most_body, most_name = limits.COMMENT_BODY.most, limits.COMMENT_AUTHOR.most
    most_email, most_url = limits.COMMENT_EMAIL.most, limits.COMMENT_URL.most
    token_url = f' data-token-url="{_esc(form.token_url)}"' if form and form.token_url else ""
    script = (
        f'\n<script src="{_esc(form.script_href)}" defer></script>'
        if form and form.script_href
        else ""
    )
    return f"""<section id="respond" class="respond">
<h2 id="reply-title">{say["leave_a_reply"]}</h2>
<p id="{HELD_NOTE}" class="comment-note" role="status">{say["held_note"]}</p>
<p id="{PUBLISHED_NOTE}" class="comment-note" role="status">{say["published_note"]}</p>
<form action="{_esc(form.action if form else "#")}" method="post" id="commentform" \
class="comment-form"{token_url}>
<p class="comment-notes"><span id="email-notes">{say["email_notes"]}\
</span> {say["required_notes"]} <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">{say["comment"]} \
<span class="required">*</span></label>
<textarea id="comment" name="comment" rows="8" maxlength="{most_body}" required></textarea></p>
<p class="comment-form-author"><label for="author">{say["name"]} <span class="required">*</span>\
</label>
<input id="author" name="author" type="text" maxlength="{most_name}" autocomplete="name" \
required></p>
<p class="comment-form-email"><label for="email">{say["email"]} <span class="required">*</span>\
</label>
<input id="email" name="email" type="email" maxlength="{most_email}" autocomplete="email" \
aria-describedby="email-notes" required></p>
<p class="comment-form-url"><label for="url">{say["website"]}</label>
<input id="url" name="url" type="url" maxlength="{most_url}" autocomplete="url"></p>
<p class="comment-form-{HONEYPOT}" aria-hidden="true"><label for="{HONEYPOT}">Leave this \
field empty</label>
<input id="{HONEYPOT}" name="{HONEYPOT}" type="text" tabindex="-1" autocomplete="off"></p>
<p class="form-submit"><button type="submit" id="submit" class="submit"{disabled}>\
{say["post_comment"]}</button>
<input type="hidden" name="article_uuid" value="{_esc(article.uuid)}">
<input type="hidden" name="form_token" value="{_esc(form.token if form else "")}">
<input type="hidden" name="parent_id" value=""></p>
</form>{script}
</section>"""


_FORM_WORDS = (
    "leave_a_reply",
    "email_notes",
    "required_notes",
    "comment",
    "name",
    "email",
    "website",
    "post_comment",
    "held_note",
    "published_note",
)


def _comments_closed(words: PageWords) -> str:
    """Where the reply form would be, on a story closed to comments (as WordPress says it)."""
    return f'<p id="comments-closed" class="no-comments">{_esc(words["comments_closed"])}</p>'


def _respond(article: Article, words: PageWords, form: ReplyForm | None) -> str:
    if not article.comments_open:
        return _comments_closed(words)
    return _reply_form(article, words, form)


@lru_cache(maxsize=1)
def _template() -> Template:
    return Template(resource_path("templates", "article.html").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The page CSS, as inlined into pages and copied next to exports."""
    return resource_path("preview", "article.css").read_text(encoding="utf-8")


_SCRIPT_POLICY = (
    '<meta http-equiv="Content-Security-Policy" '
    "content=\"script-src 'self'; object-src 'none'; base-uri 'none'\">"
)
"""On a page with the reply form's script: no other script runs, whatever a story holds."""


def _styles(stylesheet_href: str | None, inline_css: bool, *, policy: bool = False) -> str:
    styles: list[str] = [_SCRIPT_POLICY] if policy else []
    if inline_css:
        styles.append(f"<style>\n{stylesheet()}</style>")
    if stylesheet_href:
        styles.append(f'<link rel="stylesheet" href="{_esc(stylesheet_href)}">')
    return "\n".join(styles)


def _page(
    article: Article,
    *,
    body_html: str,
    discussion: str,
    article_url: Callable[[str], str],
    stylesheet_href: str | None,
    inline_css: bool,
    home_url: str,
    section_url: Callable[[str], str],
    script_policy: bool = False,
    lead: PictureView | None = None,
    head_extra: str = "",
    thumbnails: Mapping[int, PictureView] | None = None,
) -> str:
    words = page_words(article.language)
    return _template().substitute(
        lead=figure_html(lead, lead=True) if lead else "",
        head_extra=head_extra,
        lang=_esc(_language(article)),
        dir=text_direction(article.language),
        title=_esc(article.headline),
        description=_esc(" ".join(article.standfirst.split())),
        styles=_styles(stylesheet_href, inline_css, policy=script_policy),
        breadcrumb_label=_esc(words["breadcrumb"]),
        breadcrumb=_breadcrumb(article, words, home_url, section_url),
        headline=_esc(article.headline),
        standfirst=_esc(article.standfirst.strip()),
        meta=_meta(article, words),
        dateline=_esc(format_dateline(article.dateline)),
        body=body_html,
        credit=_esc(format_credit(article.credit)),
        correction=_correction(article, words),
        check_also=_check_also(article, words, article_url, thumbnails),
        discussion=discussion,
    )


def render_article_page(
    article: Article,
    comments: Sequence[Comment] = (),
    *,
    body_html: str | None = None,
    reply_form: ReplyForm | None = None,
    article_url: Callable[[str], str] = lambda slug: f"{slug}.html",
    stylesheet_href: str | None = None,
    inline_css: bool = True,
    home_url: str = "index.html",
    section_url: Callable[[str], str] = lambda slug: f"{slug}/index.html",
    pictures: Mapping[int, PictureView] | None = None,
    lead: PictureView | None = None,
    lead_image_url: str = "",
    teaser_thumbnails: Mapping[int, PictureView] | None = None,
) -> str:
    """The whole HTML5 page of one story, with its approved comments and the reply form
    (or, on a story closed to comments, a line saying so); its lead picture and the
    library pictures its text shows (`pictures`; one missing is left out), and the lead's
    absolute address for `og:image` when the site has one (`lead_image_url`).

    Without ``reply_form`` the form is shown but cannot be sent (preview mode).
    """
    body = render_markdown(article.body) if body_html is None else sanitize_html(body_html)
    body = place_pictures(body, pictures or {})
    words = page_words(article.language)
    discussion = "\n".join(
        part for part in (_comments(comments, words), _respond(article, words, reply_form)) if part
    )
    return _page(
        article,
        body_html=body,
        discussion=discussion,
        article_url=article_url,
        stylesheet_href=stylesheet_href,
        inline_css=inline_css,
        home_url=home_url,
        section_url=section_url,
        script_policy=reply_form is not None and bool(reply_form.script_href),
        lead=lead,
        thumbnails=teaser_thumbnails,
        head_extra=(
            f'<meta property="og:image" content="{_esc(lead_image_url)}">' if lead_image_url else ""
        ),
    )


def render_preview_shell(
    article: Article,
    *,
    body_html: str,
    comments: Sequence[Comment] = (),
    with_form: bool = True,
    pictures: Mapping[int, PictureView] | None = None,
    lead: PictureView | None = None,
    missing: Missing | None = None,
    thumbnails: Mapping[int, PictureView] | None = None,
) -> str:
    """The same page as readers get, for the live preview (the "Check Also" teasers with
    their stories' lead `thumbnails`, by story id): its approved comments threaded, and
    the "Leave a Reply" form greyed (it cannot be sent from here) unless `with_form` is
    off; a story closed to comments says so where the form would be."""
    words = page_words(article.language)
    respond = _respond(article, words, None) if with_form or not article.comments_open else ""
    if respond.startswith('<section id="respond"'):
        respond = respond.replace('class="respond"', 'class="respond preview-only"', 1)
    body = sanitize_html(body_html)
    return _page(
        article,
        body_html=place_pictures(body, pictures or {}, missing),
        # One part that is always there, so comments arriving or the form being hidden
        # replace it in place instead of loading the page again.
        discussion='<div id="discussion">\n'
        + "\n".join(part for part in (_comments(comments, words), respond) if part)
        + "\n</div>",
        article_url=lambda slug: f"{slug}.html",
        stylesheet_href=None,
        inline_css=True,
        home_url="index.html",
        section_url=lambda slug: f"{slug}/index.html",
        lead=lead,
        thumbnails=thumbnails,
    )
