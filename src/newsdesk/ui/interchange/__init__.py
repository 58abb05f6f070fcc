"""Publishing and interchange in the main window: export and import from the File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.ui.interchange.menu import InterchangeMenu
from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


def install(workbench: Workbench) -> None:
    """Add the export and import actions to `window`'s File menu and wire them."""
    menu = workbench.features.add(InterchangeMenu(workbench, TaskRunner("interchange", workbench)))
    workbench.tasks.keep(menu)  # closing the window cancels a running job first
