"""URL slugs for stories and sections, readable in any script."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)
MAX_SLUG_LENGTH = 80


def slugify(text: str) -> str:
    """Lower-case words joined by hyphens; Latin accents dropped, other scripts kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    recomposed = unicodedata.normalize("NFC", stripped).lower().replace("_", " ")
    slug = _NOT_WORD.sub("-", recomposed).strip("-")
    return slug[:MAX_SLUG_LENGTH].rstrip("-") or "untitled"


def unique_slug(base: str, taken: Callable[[str], bool]) -> str:
    """`base`, or `base-2`, `base-3`… whichever is free first."""
    candidate, counter = base, 1
    while taken(candidate):
        counter += 1
        candidate = f"{base}-{counter}"
    return candidate
