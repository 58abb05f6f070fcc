"""Text of one direction inside a line of the other, isolated so it reads as written.

In a right-to-left interface a Latin name ("Vadim K.") laid out right to left shows its
full stop on the wrong side (".Vadim K"), and an English word quoted in a Persian finding
pulls the quotation marks apart; a Persian headline in an English list does the same the
other way. Wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (the Unicode
isolates Qt's text layout follows), the text takes its own direction from its first strong
letter and sits in the line as one piece. Text that already runs the interface's way is
left as it is, so a line of one direction reads, copies and compares as before.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

FSI = "\u2068"
PDI = "\u2069"
_LEFT_TO_RIGHT = frozenset({"L"})
_RIGHT_TO_LEFT = frozenset({"R", "AL"})


def first_strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of `text`'s first letter that has one (None: digits, marks only)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _LEFT_TO_RIGHT:
            return Qt.LayoutDirection.LeftToRight
        if kind in _RIGHT_TO_LEFT:
            return Qt.LayoutDirection.RightToLeft
    return None


def isolated(text: str, around: Qt.LayoutDirection | None = None) -> str:
    """`text` isolated when it runs against `around` (the interface's direction)."""
    if not text or text.startswith(FSI):
        return text
    own = first_strong_direction(text)
    line = around if around is not None else QGuiApplication.layoutDirection()
    if own is None or own == line:
        return text
    return f"{FSI}{text}{PDI}"
