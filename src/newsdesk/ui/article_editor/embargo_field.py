"""The editor's "Embargoed until" field: a box to tick and a time in the reader's zone.

The time is shown and typed in the computer's own zone; the story keeps it in UTC.
While an embargo holds, the box is shown in the embargo colour so nobody misses it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget

from newsdesk.ui.naming import named

EMBARGO_COLOUR = "#b91c1c"
"""The embargo's colour in the list's badge, the editor and the preview's banner."""


class EmbargoField(QWidget):
    changed = Signal()
    """The user ticked, unticked or changed the time (loads do not count)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = named(QCheckBox(self.tr("Embargoed until")), "embargoCheck")
        self.check.setAccessibleName(self.tr("Embargoed until"))
        self.check.setToolTip(
            self.tr("Nobody may publish the story, and no export carries it, before this time")
        )
        self.time = named(QDateTimeEdit(), "embargoTime")
        self.time.setAccessibleName(self.tr("Embargo time"))
        self.time.setCalendarPopup(True)
        self.time.setTimeZone(QTimeZone.systemTimeZone())
        self.time.setDisplayFormat("yyyy-MM-dd HH:mm")
        # The zone in the tip, not in the field: a zone section breaks Qt's parser in
        # some languages (Persian).
        zone = datetime.now().astimezone().strftime("%Z")
        self.time.setToolTip(self.tr("In this computer's time zone (%1)").replace("%1", zone))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.time, 1)
        self._loading = False
        self._kept: tuple[datetime, int] | None = None
        """The loaded embargo and the time the field shows for it: read back unchanged,
        the story's own value (to the microsecond) comes back."""
        self.check.toggled.connect(self._toggled)
        self.time.dateTimeChanged.connect(self._time_changed)
        self.set_moment(None)

    def moment(self) -> datetime | None:
        """The embargo in UTC, or None when the box is not ticked."""
        if not self.check.isChecked():
            return None
        seconds = self.time.dateTime().toSecsSinceEpoch()
        if self._kept is not None and self._kept[1] == seconds:
            return self._kept[0]
        return datetime.fromtimestamp(seconds, UTC)

    def set_moment(self, moment: datetime | None) -> None:
        self._loading = True
        try:
            self.check.setChecked(moment is not None)
            shown = moment or datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(
                hours=1
            )
            self.time.setDateTime(QDateTime.fromSecsSinceEpoch(int(shown.timestamp())))
            self.time.setEnabled(moment is not None and self.check.isEnabled())
            shown_seconds = self.time.dateTime().toSecsSinceEpoch()
            self._kept = (moment, shown_seconds) if moment is not None else None
        finally:
            self._loading = False
        self._colour()

    def set_editable(self, editable: bool) -> None:
        self.check.setEnabled(editable)
        self.time.setEnabled(editable and self.check.isChecked())

    def _toggled(self, checked: bool) -> None:
        self.time.setEnabled(checked and self.check.isEnabled())
        self._colour()
        if not self._loading:
            self.changed.emit()

    def _time_changed(self) -> None:
        if not self._loading and self.check.isChecked():
            self.changed.emit()

    def _colour(self) -> None:
        style = f"color: {EMBARGO_COLOUR}; font-weight: bold;" if self.check.isChecked() else ""
        self.check.setStyleSheet(style)
