"""The status bar's word on offline work: "Offline — 3 changes to sync"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from newsdesk.services.sync import OfflineStatus
from newsdesk.ui.contrast import tint

WAITING_COLOUR = "#b45309"
SYNCED_COLOUR = "#15803d"
NEEDS_MERGE_COLOUR = "#b91c1c"


class OfflineStatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineStatus")
        self.setAccessibleName(self.tr("Offline work"))
        self.setContentsMargins(8, 0, 8, 0)
        self.hide()

    def show_status(self, status: OfflineStatus | None, server: str, out_of_reach: bool) -> None:
        """`status` of this laptop (None: nothing offline here), `server` its newsroom."""
        if status is None or status.server_address is None:
            self.clear()
            self.hide()
            return
        changes = status.changes_to_sync
        if changes == 1:
            to_sync = self.tr("1 change to sync")
        else:
            to_sync = self.tr("%1 changes to sync").replace("%1", f"{changes:,}")
        if status.needs_merge:
            to_merge = self.tr("%1 to merge").replace("%1", f"{status.needs_merge:,}")
            text = self.tr("Offline — %1").replace(
                "%1", f"{to_merge} · {to_sync}" if changes else to_merge
            )
        elif changes:
            text = self.tr("Offline — %1").replace("%1", to_sync)
        else:
            text = self.tr("Offline — all synced")
        colour = (
            NEEDS_MERGE_COLOUR
            if status.needs_merge
            else (WAITING_COLOUR if changes else SYNCED_COLOUR)
        )
        tips = [
            self.tr("%1 stories and %2 comments taken offline from %3.")
            .replace("%1", f"{status.stories:,}")
            .replace("%2", f"{status.comments:,}")
            .replace("%3", server)
        ]
        if status.last_sync_at is not None:
            tips.append(
                self.tr("Last synced %1.").replace(
                    "%1", status.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M")
                )
            )
        if out_of_reach:
            tips.append(self.tr("The newsroom is out of reach; changes wait here."))
        self.setText(text)
        self.setToolTip(" ".join(tips))
        tint(self, colour)
        self.show()
