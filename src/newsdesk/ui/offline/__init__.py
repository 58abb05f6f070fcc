"""Offline work in the main window: take stories offline, see them badged, sync them back
(by hand or by itself), merge what both sides changed in the same place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


def install(workbench: Workbench) -> None:
    """Add the Offline menu, the Sync button and the status bar's count to `window`."""
    from newsdesk.ui.offline.controller import OfflineWork

    work = workbench.features.add(OfflineWork(workbench, TaskRunner("offline", workbench)))
    workbench.tasks.keep(work)  # closing the window stops a running sync first
