"""Publishing and interchange in the main window: export and import from the File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the export and import actions to `window`'s File menu and wire them."""
