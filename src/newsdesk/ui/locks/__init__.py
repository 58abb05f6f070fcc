"""Edit locks in the main window: one window edits a story, the others watch or take over."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Lock the story the window opens, show who else edits, offer "Take over"."""
    from newsdesk.services.locks import LockService
    from newsdesk.ui.locks.controller import EditLocks

    newsroom = window.newsroom
    EditLocks(window, LockService(newsroom.database, newsroom.identity))
