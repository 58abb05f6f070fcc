"""Preferences in the main window: Edit ▸ Preferences… (Ctrl+,), applied at start too.

The person's preferences (theme, preview font size, autosave delay, spelling language,
interface language) live in QSettings (`settings.py`); the newsroom's word list, style
list, check limits and intake rules live in its database and are edited here by those
whose roles allow it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from newsdesk.ui import icons as qta
from newsdesk.ui.preferences.apply import apply_preferences
from newsdesk.ui.preferences.settings import load_preferences

if TYPE_CHECKING:
    from newsdesk.ui.preferences.dialog import PreferencesDialog
    from newsdesk.ui.workbench import Workbench

SHORTCUT = "Ctrl+,"


def install(workbench: Workbench) -> None:
    """Apply the stored preferences to `window` and add Edit ▸ Preferences…."""
    apply_preferences(workbench, load_preferences(workbench.settings))
    translate = QCoreApplication.translate
    action = QAction(
        qta.icon("mdi6.cog-outline"), translate("Preferences", "&Preferences…"), workbench.host
    )
    action.setObjectName("preferencesAction")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setToolTip(translate("Preferences", "Preferences (%1)").replace("%1", SHORTCUT))
    action.triggered.connect(lambda: open_preferences(workbench))
    workbench.menus.edit.addSeparator()
    workbench.menus.edit.addAction(action)


def open_preferences(workbench: Workbench) -> PreferencesDialog:
    """The Preferences dialog, raised if it is open already."""
    # Not at the top: the dialog's form imports this package's pages, and so this package.
    from newsdesk.ui.preferences.dialog import PreferencesDialog

    for existing in workbench.host.findChildren(PreferencesDialog):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    dialog = PreferencesDialog(workbench)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
