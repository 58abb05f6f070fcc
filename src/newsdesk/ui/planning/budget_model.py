"""The budget as a table: one row a plan item, by section, with planned vs actual words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from newsdesk.domain.planning import AssignmentRole, PlanItem, PlanStatus
from newsdesk.ui.bidi import isolated
from newsdesk.ui.locale_format import clock, number
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP

ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("BudgetModel", "Slug"),
    QT_TRANSLATE_NOOP("BudgetModel", "Section"),
    QT_TRANSLATE_NOOP("BudgetModel", "Who"),
    QT_TRANSLATE_NOOP("BudgetModel", "Status"),
    QT_TRANSLATE_NOOP("BudgetModel", "Words"),
    QT_TRANSLATE_NOOP("BudgetModel", "Due"),
)
STATUS_NAMES = {
    PlanStatus.IDEA: QT_TRANSLATE_NOOP("PlanStatus", "idea"),
    PlanStatus.ASSIGNED: QT_TRANSLATE_NOOP("PlanStatus", "assigned"),
    PlanStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanStatus", "in progress"),
    PlanStatus.FILED: QT_TRANSLATE_NOOP("PlanStatus", "filed"),
    PlanStatus.PUBLISHED: QT_TRANSLATE_NOOP("PlanStatus", "published"),
    PlanStatus.SPIKED: QT_TRANSLATE_NOOP("PlanStatus", "spiked"),
}
ROLE_NAMES = {
    AssignmentRole.WRITER: QT_TRANSLATE_NOOP("AssignmentRole", "writer"),
    AssignmentRole.PHOTOGRAPHER: QT_TRANSLATE_NOOP("AssignmentRole", "photographer"),
    AssignmentRole.EDITOR: QT_TRANSLATE_NOOP("AssignmentRole", "editor"),
}
LATE_COLOUR = "#b91c1c"


SCREENFUL = 100
"""Items built at first and at each scroll past the last (a filter answers with ids)."""


class BudgetModel(QAbstractTableModel):
    more_wanted = Signal(object)
    """The ids of the next screenful (a list), for the panel to read on its worker."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: tuple[int, ...] = ()
        self._items: list[PlanItem] = []
        self._asked = False
        self._next = 0
        """Where in `_ids` the next screenful starts (rows gone meanwhile are not built,
        so it can be past len(_items))."""
        self._live_words: dict[int, int] = {}
        """Story id → its words as the editor has them now (typed, not yet read back)."""

    def set_items(self, items: Sequence[PlanItem], ids: Sequence[int] | None = None) -> None:
        """The rows: `items` built, of all `ids` the filter gave (the rest come with
        `fetchMore`, a screenful at a time)."""
        self.beginResetModel()
        self._items = list(items)
        self._ids = tuple(ids) if ids is not None else tuple(item.id for item in items)
        self._next = self._ids.index(self._items[-1].id) + 1 if self._items else 0
        self._asked = False
        self._live_words = {}
        self.endResetModel()

    def items(self) -> list[PlanItem]:
        return list(self._items)

    def ids(self) -> tuple[int, ...]:
        """Every item's id the filter gave, built or not, in order."""
        return self._ids

    def complete(self) -> bool:
        return self._next >= len(self._ids)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._asked and not self.complete()

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._asked = True
            self.more_wanted.emit(list(self._ids[self._next : self._next + SCREENFUL]))

    def add_items(self, wanted: Sequence[int], items: Sequence[PlanItem]) -> None:
        """The screenful read for `wanted` (ignored when the rows changed meanwhile)."""
        if tuple(wanted) != self._ids[self._next : self._next + len(wanted)]:
            return
        self._asked = False
        self._next += len(wanted)  # past the rows gone meanwhile too
        if not items:
            return
        start = len(self._items)
        self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
        self._items.extend(items)
        self.endInsertRows()

    def more_failed(self) -> None:
        """The screenful could not be read: the next scroll asks again."""
        self._asked = False

    def item_at(self, row: int) -> PlanItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return None

    def set_live_words(self, story_id: int, words: int) -> None:
        """The open story's words as typed: its line follows without a query."""
        for row, item in enumerate(self._items):
            if item.story_id == story_id and self._live_words.get(story_id) != words:
                self._live_words[story_id] = words
                index = self.index(row, 4)
                self.dataChanged.emit(index, index)

    def starts_section(self, row: int) -> bool:
        """Whether `row` is the first of its section's lines (the budget is by section)."""
        if row <= 0:
            return True
        return self._items[row - 1].section_id != self._items[row].section_id

    def words_shown(self, item: PlanItem) -> int | None:
        if item.story_id is not None and item.story_id in self._live_words:
            return self._live_words[item.story_id]
        return item.words_actual

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row())
        if item is None:
            return None
        column = index.column()
        late = item.minutes_late(datetime.now(UTC))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1 and not self.starts_section(index.row()):
                return ""  # the budget reads by section: its name heads its first line only
            return self._display(item, column, late)
        if role == Qt.ItemDataRole.FontRole and column == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and late:
            return QColor(LATE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and item.pitch:
            return item.pitch
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(item, column, late)
        return None

    def _display(self, item: PlanItem, column: int, late: int) -> str:
        if column == 0:
            return isolated(item.slug)
        if column == 1:
            return isolated(item.section_name) or self.tr("(no section)")
        if column == 2:
            return ", ".join(isolated(a.name) for a in item.assignees)
        if column == 3:
            return QCoreApplication.translate("PlanStatus", STATUS_NAMES[item.status])
        if column == 4:
            actual = self.words_shown(item)
            planned = number(item.words_planned) if item.words_planned else "–"
            return f"{number(actual) if actual is not None else '–'} / {planned}"
        if item.due_at is None:
            return ""
        due = clock(item.due_at)
        if late:
            return self.tr("%1 (%2 min late)").replace("%1", due).replace("%2", number(late))
        return due
