"""The app's open main windows.

Main windows have no parent: this list keeps their Python side (and so the window)
alive while they are open. A window that switches to another newsroom puts a fresh
window in its own place and hands it over here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

_open: list[QMainWindow] = []


def keep(window: QMainWindow) -> None:
    _open.append(window)
    window.destroyed.connect(lambda: _open.remove(window))


def open_windows() -> list[QMainWindow]:
    return list(_open)
