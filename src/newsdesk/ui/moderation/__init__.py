"""Comment moderation in the main window: the full Moderation view and its actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the moderation view and actions to `window` and wire their signals."""
