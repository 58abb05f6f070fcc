"""The copy desk in the main window: workflow actions, saved views, history, notes, checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


def install(workbench: Workbench) -> None:
    """Add the copy desk's panels and actions to `window` and wire their signals."""
    from newsdesk.ui.copydesk.desk import CopyDesk

    CopyDesk(workbench)
