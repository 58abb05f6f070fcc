"""Where each page of the static site lives, and the URLs between them.

Stories sit flat under `stories/` (a story that changes section keeps its address);
sections under `sections/SLUG/`. Slugs become file names only when they are safe ones;
anything else falls back to the story's id, so no slug can climb out of the output.
"""

from __future__ import annotations

import re
from urllib.parse import quote

STYLESHEET = "style.css"
COMMENT_SCRIPT = "comment-form.js"
HOME = "index.html"
RSS = "feed.xml"
ATOM = "atom.xml"
SITEMAP = "sitemap.xml"

_SAFE_NAME = re.compile(r"^[\w][\w.-]{0,199}$", re.UNICODE)


def safe_name(slug: str, fallback: str) -> str:
    """`slug` if it is a plain file name (letters, digits, - _ .), else `fallback`."""
    if _SAFE_NAME.match(slug) and ".." not in slug and not slug.startswith("."):
        return slug
    return fallback


def story_path(slug: str, article_id: int) -> str:
    return f"stories/{safe_name(slug, f'story-{article_id}')}.html"


def section_dir(slug: str, section_id: int) -> str:
    return f"sections/{safe_name(slug, f'section-{section_id}')}"


def section_path(slug: str, section_id: int) -> str:
    return f"{section_dir(slug, section_id)}/index.html"


def href(path: str) -> str:
    """A site path as it goes into an href (percent-encoded, slashes kept)."""
    return quote(path, safe="/")


def relative(from_path: str, to_path: str) -> str:
    """The relative URL from the page at `from_path` to `to_path` (both site paths)."""
    depth = from_path.count("/")
    return href("../" * depth + to_path)


def absolute(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + "/" + href(path)
