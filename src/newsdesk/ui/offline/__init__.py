"""Offline work in the main window: take stories offline, see them badged, sync them back
(by hand or by itself), merge what both sides changed in the same place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the Offline menu, the Sync button and the status bar's count to `window`."""
    from newsdesk.ui.offline.controller import OfflineWork

    work = OfflineWork(window, TaskRunner("offline", window))
    window.offline = work  # type: ignore[attr-defined]
    window.runners.append(work)  # closing the window stops a running sync first
