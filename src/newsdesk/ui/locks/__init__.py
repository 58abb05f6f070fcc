"""Edit locks in the main window: one window edits a story, the others watch or take over."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


def install(workbench: Workbench) -> None:
    """Lock the story the window opens, show who else edits, offer "Take over"."""
    from newsdesk.services.locks import LockService
    from newsdesk.ui.locks.controller import EditLocks

    newsroom = workbench.newsroom
    workbench.features.add(EditLocks(workbench, LockService(newsroom.database, newsroom.identity)))
