"""How much a story's and a comment's fields may hold: stated here once, checked at every
door.

A save refuses a story over these limits (`validate_edit`), so every way in (a saved web
page, a WordPress export, a paste into the editor, a comment handed in) checks the same
limits before anything is written: whatever came in can always be saved again. The line
fields are as long as their database columns; a comment's fields are WordPress's
(`wp_get_comment_fields_max_lengths`), so the public form and an export agree with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limit:
    what: str
    """How a message names the field: "the body"."""
    most: int
    """Characters."""

    def excess(self, text: str) -> str | None:
        """Why `text` does not fit, or None when it does."""
        if len(text) <= self.most:
            return None
        return f"{self.what} is longer than {self.most:,} characters ({len(text):,})"

    def fits_after(self, length: int, removed: int, added: int) -> bool:
        """Whether a text of `length` still fits once `removed` characters of it are
        replaced by `added` new ones (a paste over a selection)."""
        return length - removed + added <= self.most


HEADLINE = Limit("the headline", 500)
BODY = Limit("the body", 5_000_000)
DATELINE = Limit("the dateline", 200)
BYLINE = Limit("the byline", 200)
CREDIT = Limit("the credit", 200)
TAG = Limit("a tag", 100)
LANGUAGE = Limit("the language tag", 35)

STORY: Mapping[str, Limit] = {
    "headline": HEADLINE,
    "body": BODY,
    "dateline": DATELINE,
    "byline": BYLINE,
    "credit": CREDIT,
    "language": LANGUAGE,
}
"""A story's limited fields, by their names in `ArticleEdit`."""

COMMENT_AUTHOR = Limit("the name", 245)
COMMENT_EMAIL = Limit("the e-mail address", 100)
COMMENT_URL = Limit("the website", 200)
COMMENT_BODY = Limit("the comment", 65_525)
COMMENT_IP = Limit("the IP address", 45)


def story_excess(fields: Mapping[str, str]) -> str | None:
    """Why the first of a story's fields that does not fit is refused (None: all fit)."""
    for name, text in fields.items():
        limit = STORY.get(name)
        problem = limit.excess(text) if limit is not None else None
        if problem is not None:
            return problem
    return None
