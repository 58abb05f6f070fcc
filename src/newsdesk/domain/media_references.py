"""Pictures in a story's Markdown: `![alt text](media:12 "caption")`.

A human reads the Markdown as it is: the alt text between the brackets, the picture's
number in the library, the caption in quotes. This module finds those references; the
renderer turns them into figures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MEDIA_SCHEME = "media"
_REFERENCE = re.compile(r"!\[(?:\\.|[^\]\\\n])*\]\(\s*media:(\d{1,12})(?:\s[^\n]*?)?\)")
_REFERENCE_START = re.compile(r"(!\[(?:\\.|[^\]\\\n])*\]\(\s*media:)(\d{1,12})(?=[\s)])")


def picture_references(body: str) -> list[int]:
    """The picture ids a body shows, in order, each once."""
    return list(dict.fromkeys(int(found) for found in _REFERENCE.findall(body)))


def picture_markdown(picture_id: int, alt: str, caption: str) -> str:
    """The Markdown that shows a picture: brackets and quotes in the texts are escaped."""
    alt_text = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    alt_text = " ".join(alt_text.split())
    if not caption.strip():
        return f"![{alt_text}](media:{picture_id})"
    title = " ".join(caption.replace("\\", "\\\\").replace('"', '\\"').split())
    return f'![{alt_text}](media:{picture_id} "{title}")'


def renumber_references(body: str, numbers: Mapping[int, int]) -> str:
    """`body` with each picture reference's number changed as `numbers` says (all at
    once, so 3→4 and 4→3 swap); other numbers and all other text stay as they are."""
    if not numbers:
        return body

    def renumbered(found: re.Match[str]) -> str:
        number = int(found.group(2))
        return found.group(1) + str(numbers.get(number, number))

    return _REFERENCE_START.sub(renumbered, body)
