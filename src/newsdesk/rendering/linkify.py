"""Plain-text links found by linkify-it, with a quicker first look.

linkify-it's own quick check (`pretest`) is one regex holding every top-level domain,
case-insensitive: some 12-50 µs a line, called for every paragraph of every article and
every line of every comment (a third of a whole-site export's time). A link needs a
`//`, an `@` or a dot before a letter (`example.com`, `www.`, `пример.рф`), which one
small regex rules out for most lines of prose; linkify-it still decides the rest.
"""

from __future__ import annotations

import re

from linkify_it import LinkifyIt

_MAY_HOLD_A_LINK = re.compile(r"//|@|\.[^\W\d_]")


class QuickLinkify(LinkifyIt):  # type: ignore[misc]
    """LinkifyIt answering "no link here" at once when no link can be there."""

    def pretest(self, text: str) -> bool:
        return _MAY_HOLD_A_LINK.search(text) is not None and bool(super().pretest(text))

    def test(self, text: str) -> bool:
        return _MAY_HOLD_A_LINK.search(text) is not None and bool(super().test(text))
