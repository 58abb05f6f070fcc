"""Marking a text for translation where it is defined, to translate it where it is shown.

Qt's own ``QT_TRANSLATE_NOOP`` is typed as returning ``object``; this one keeps ``str``.
`pyside6-lupdate` finds the calls by their name, whichever module they come from.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, unchanged: lupdate collects it under `context`; show it through
    ``QCoreApplication.translate(context, text)`` (or ``tr`` in a class named `context`)."""
    return text
