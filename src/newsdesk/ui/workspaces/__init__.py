"""Workspaces in the main window: Write, Copy desk, Moderation, Wires and Budget, each
with its own remembered layout, switched from View ▸ Workspace, the toolbar and
Ctrl+Alt+1…5; and a focus mode (F11) with the editor and the preview alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


def install(workbench: Workbench) -> None:
    """After the moderation feature: the Moderation workspace is its view."""
    from newsdesk.ui.workspaces.controller import Workspaces

    workbench.features.add(Workspaces(workbench))
