"""The Keyboard shortcuts sheet: every key of the window by where it works, with a filter.

The list is read from the window each time the sheet is shown (`catalogue.collect`), so
it always says what the keys do now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMainWindow, QTreeWidgetItem

from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.shortcuts_dialog_form import Ui_ShortcutsDialog
from newsdesk.ui.shortcuts.catalogue import Shortcut, collect


class ShortcutsDialog(FormWidget, QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.ui = self.set_up_form(Ui_ShortcutsDialog())
        self._window = window
        self.shortcuts: list[Shortcut] = []
        """What the sheet lists now (tests read it)."""

        self.filter = self.ui.shortcutsFilter
        self.tree = self.ui.shortcutsList
        self.empty = self.ui.shortcutsEmpty
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._apply_filter)

    def showEvent(self, event: QShowEvent) -> None:
        self.populate()
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        """The interface language changed: list the commands in it."""
        if self.isVisible():
            self.populate()

    def populate(self) -> None:
        """Read the window's shortcuts again and list them."""
        self.shortcuts = collect(self._window)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in self.shortcuts:
            group = groups.get(shortcut.group)
            if group is None:
                group = groups[shortcut.group] = QTreeWidgetItem([shortcut.group, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(group)
            item = QTreeWidgetItem([shortcut.what, shortcut.keys])
            item.setToolTip(0, f"{shortcut.group}: {shortcut.what}")
            group.addChild(item)
        self.tree.expandAll()
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        shown = 0
        for row in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(row)
            if group is None:
                continue
            in_group = 0
            for index in range(group.childCount()):
                item = group.child(index)
                if item is None:
                    continue
                haystack = f"{group.text(0)} {item.text(0)} {item.text(1)}".casefold()
                matches = all(word in haystack for word in words)
                item.setHidden(not matches)
                in_group += matches
            group.setHidden(in_group == 0)
            shown += in_group
        self.empty.setVisible(shown == 0)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """(group, command, keys) of every row the filter lets through."""
        rows = []
        for row in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(row)
            if group is None or group.isHidden():
                continue
            for index in range(group.childCount()):
                item = group.child(index)
                if item is not None and not item.isHidden():
                    rows.append((group.text(0), item.text(0), item.text(1)))
        return rows
