"""Live updates in the main window: what others change shows up within a second."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Watch the window's newsroom and refresh the window from what others change."""
    from newsdesk.ui.live.updates import LiveUpdates

    live = LiveUpdates(window)
    window.live = live  # type: ignore[attr-defined]
    window.runners.append(live)  # closing the window stops the watching thread
