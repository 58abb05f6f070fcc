"""Keyboard use of the main window: Help ▸ Keyboard shortcuts (and `?`), F6 between areas.

The sheet is generated from the window's actions and the lists' key tables each time it
opens (`catalogue.py`), so it never goes stale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from newsdesk.ui import icons as qta
from newsdesk.ui.shortcuts.areas import TabLeavesThePage, step
from newsdesk.ui.shortcuts.dialog import ShortcutsDialog

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

SHEET_KEYS = ("?",)
"""`?` opens the sheet wherever typing a question mark means nothing (not in a text)."""


def install(workbench: Workbench) -> None:
    """Add Help ▸ Keyboard shortcuts (`?`) and View ▸ Next/Previous area (F6/Shift+F6)."""
    window = workbench.host
    translate = QCoreApplication.translate
    sheet = QAction(
        qta.icon("mdi6.keyboard-outline"),
        translate("ShortcutsSheet", "&Keyboard shortcuts"),
        window,
    )
    sheet.setObjectName("keyboardShortcutsAction")
    sheet.setShortcuts([QKeySequence(keys) for keys in SHEET_KEYS])
    # A text field takes a typed "?" for itself (Qt's shortcut override), so `?` opens
    # the sheet only from lists, buttons and panels.
    sheet.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    sheet.triggered.connect(lambda: show_shortcuts(window))
    help_menu = workbench.menus.help
    if help_menu.actions():
        first = help_menu.actions()[0]
        help_menu.insertAction(first, sheet)
        help_menu.insertSeparator(first)
    else:
        help_menu.addAction(sheet)

    next_area = QAction(translate("ShortcutsSheet", "Ne&xt area"), window)
    next_area.setObjectName("nextAreaAction")
    next_area.setShortcut(QKeySequence(Qt.Key.Key_F6))
    next_area.triggered.connect(lambda: step(window, forward=True))
    previous_area = QAction(translate("ShortcutsSheet", "Pre&vious area"), window)
    previous_area.setObjectName("previousAreaAction")
    previous_area.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6))
    previous_area.triggered.connect(lambda: step(window, forward=False))
    TabLeavesThePage(workbench.preview)
    view_menu = workbench.menus.view
    docks_start = next((a for a in view_menu.actions() if a.isSeparator()), None)
    if docks_start is None:
        view_menu.addActions([next_area, previous_area])
    else:
        view_menu.insertActions(docks_start, [next_area, previous_area])


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """The sheet (made on first use), read afresh from the window and raised."""
    dialog = window.findChild(ShortcutsDialog)
    if dialog is None:
        dialog = ShortcutsDialog(window)
    if dialog.isVisible():
        dialog.populate()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.filter.setFocus(Qt.FocusReason.OtherFocusReason)
    return dialog
