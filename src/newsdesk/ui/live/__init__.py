"""Live updates in the main window: what others change shows up within a second."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


def install(workbench: Workbench) -> None:
    """Watch the window's newsroom and refresh the window from what others change."""
    from newsdesk.ui.live.updates import LiveUpdates

    live = LiveUpdates(workbench)
    workbench.features.add(live)
    workbench.tasks.keep(live)  # closing the window stops the watching thread
