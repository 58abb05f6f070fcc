"""Rendering: Markdown to safe HTML, block-wise preview rendering, and the article page.

Everything readers see (the live preview and every export) goes through this package,
so it is also where hostile HTML stops. No Qt here: the UI and the CLI both use it.
"""

from newsdesk.rendering.blocks import SourceBlock, split_blocks, uses_reference_definitions
from newsdesk.rendering.markdown import render_markdown
from newsdesk.rendering.page import (
    HELD_NOTE,
    HONEYPOT,
    PUBLISHED_NOTE,
    RTL_LANGUAGES,
    ReplyForm,
    excerpt,
    format_credit,
    format_dateline,
    render_article_page,
    render_preview_shell,
    stylesheet,
    text_direction,
)
from newsdesk.rendering.sanitize import render_comment_body, sanitize_html

__all__ = [
    "HELD_NOTE",
    "HONEYPOT",
    "PUBLISHED_NOTE",
    "RTL_LANGUAGES",
    "ReplyForm",
    "SourceBlock",
    "excerpt",
    "format_credit",
    "format_dateline",
    "render_article_page",
    "render_comment_body",
    "render_markdown",
    "render_preview_shell",
    "sanitize_html",
    "split_blocks",
    "stylesheet",
    "text_direction",
    "uses_reference_definitions",
]
