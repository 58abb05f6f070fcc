"""The section tree with drag-and-drop moves reported as (section, new parent, position)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from newsdesk.domain.entities import Section
from newsdesk.ui.locale_format import number

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SectionTreeWidget(QTreeWidget):
    move_requested = Signal(int, object, int)
    """(section id, new parent id or None for the top level, position among siblings)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionTree")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Section"), self.tr("Stories")])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.ResizeToContents)
        self.home = QTreeWidgetItem([self.tr("Home"), ""])
        self.home.setData(0, SECTION_ID_ROLE, None)
        self.home.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )
        self.addTopLevelItem(self.home)

    def populate(self, sections: list[Section]) -> None:
        selected = self.selected_section_id()
        expanded = {
            item.data(0, SECTION_ID_ROLE) for item in self._all_items() if item.isExpanded()
        }
        first_fill = self.home.childCount() == 0
        self.home.takeChildren()
        items: dict[int, QTreeWidgetItem] = {}
        total = 0
        for section in sections:
            parent = items.get(section.parent_id) if section.parent_id else self.home
            item = QTreeWidgetItem(
                parent or self.home, [section.name, number(section.article_count)]
            )
            item.setData(0, SECTION_ID_ROLE, section.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, f"/{section.slug}/")
            items[section.id] = item
            total += section.article_count
        self.home.setText(1, number(total))
        self.home.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.home.setExpanded(True)
        for section_id, item in items.items():
            item.setExpanded(first_fill or section_id in expanded)
        self.blockSignals(True)
        target = items.get(selected) if selected is not None else self.home
        self.setCurrentItem(target or self.home)
        self.blockSignals(False)

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.home]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(child for i in range(item.childCount()) if (child := item.child(i)))
        return found

    def selected_section_id(self) -> int | None:
        item = self.currentItem()
        return item.data(0, SECTION_ID_ROLE) if item is not None else None

    def select_section(self, section_id: int | None) -> None:
        for item in self._all_items():
            if item.data(0, SECTION_ID_ROLE) == section_id:
                self.setCurrentItem(item)
                return

    def dropEvent(self, event: QDropEvent) -> None:
        moving = self.currentItem()
        if moving is None or moving is self.home:
            event.ignore()
            return
        super().dropEvent(event)
        parent = moving.parent()
        if parent is None:  # dropped beside Home: put it back under Home
            index = self.indexOfTopLevelItem(moving)
            self.takeTopLevelItem(index)
            self.home.addChild(moving)
            parent = self.home
        section_id = moving.data(0, SECTION_ID_ROLE)
        self.move_requested.emit(
            section_id, parent.data(0, SECTION_ID_ROLE), parent.indexOfChild(moving)
        )
