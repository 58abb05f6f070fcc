"""The Wires list's rows: the newest version of each agency item, newest delivery first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from newsdesk.services.wires import WireStory
from newsdesk.ui.locale_format import moment

Index = QModelIndex | QPersistentModelIndex


class WireTableModel(QAbstractTableModel):
    TIME, AGENCY, URGENCY, SLUGLINE, HEADLINE, VERSION, STATE = range(7)

    def __init__(self) -> None:
        super().__init__()
        self._stories: list[WireStory] = []

    def set_stories(self, stories: Sequence[WireStory]) -> bool:
        """Show `stories`; False (and the view left alone) when they are the versions
        already shown, as after a change elsewhere that did not touch them."""
        if [(s.id, s.current) for s in stories] == [(s.id, s.current) for s in self._stories]:
            return False
        self.beginResetModel()
        self._stories = list(stories)
        self.endResetModel()
        return True

    def story(self, row: int) -> WireStory | None:
        return self._stories[row] if 0 <= row < len(self._stories) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stories)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"),
            self.tr("Agency"),
            self.tr("Urgency"),
            self.tr("Slugline"),
            self.tr("Headline"),
            self.tr("Version"),
            self.tr("State"),
        )[section]

    def state(self, story: WireStory) -> str:
        item = story.item
        if item.withdrawn:
            return self.tr("Withdrawn")
        if item.signal.value == "correction":
            return self.tr("Corrected")
        if item.status.value == "withheld":
            return self.tr("Withheld")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        story = self.story(index.row())
        if story is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = story.item
        column = index.column()
        if column == self.TIME:
            return moment(item.version_created or story.received_at)
        if column == self.AGENCY:
            return item.agency
        if column == self.URGENCY:
            return "" if item.urgency is None else str(item.urgency)
        if column == self.SLUGLINE:
            return item.slugline
        if column == self.HEADLINE:
            return item.headline
        if column == self.VERSION:
            return str(item.version)
        return self.state(story)
