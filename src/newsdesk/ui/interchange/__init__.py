"""Publishing and interchange in the main window: export and import from the File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.ui.interchange.menu import InterchangeMenu
from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the export and import actions to `window`'s File menu and wire them."""
    menu = InterchangeMenu(window, TaskRunner("interchange", window))
    window.interchange = menu  # type: ignore[attr-defined]
    window.runners.append(menu)  # closing the window cancels a running job first
