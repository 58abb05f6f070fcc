"""The media feature: the library's Media panel, File ▸ Add pictures…, pictures dropped
on the editor or pasted, their texts edited, and the preview showing them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.ui.media.desk import MediaDesk

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


def install(workbench: Workbench) -> None:
    workbench.features.add(MediaDesk(workbench))
