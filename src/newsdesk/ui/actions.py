"""The window's actions: one place that names them, gives them keys and icons."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from newsdesk.ui import icons as qta


@dataclass(frozen=True)
class MainActions:
    new_article: QAction
    duplicate: QAction
    save: QAction
    trash: QAction
    restore: QAction
    close_article: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    replace: QAction
    focus_list: QAction
    focus_editor: QAction
    focus_preview: QAction
    focus_filter: QAction
    about: QAction
    connect_newsroom: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def _action(
    parent: QWidget,
    text: str,
    icon: str | None = None,
    shortcut: QKeySequence.StandardKey | str | None = None,
    tip: str | None = None,
) -> QAction:
    action = QAction(text, parent)
    if icon:
        action.setIcon(qta.icon(icon))
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    hint = tip or text.replace("&", "").rstrip("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{hint} ({keys})" if keys else hint)
    action.setStatusTip(hint)
    return action


def build_actions(window: QWidget) -> MainActions:
    translate = QCoreApplication.translate  # the main window's own context, for lupdate
    keys = QKeySequence.StandardKey
    return MainActions(
        new_article=_action(
            window,
            translate("MainWindow", "&New story"),
            "mdi6.file-document-plus-outline",
            keys.New,
        ),
        duplicate=_action(
            window,
            translate("MainWindow", "D&uplicate story"),
            "mdi6.content-duplicate",
            "Ctrl+Shift+D",
        ),
        save=_action(
            window,
            translate("MainWindow", "&Save now"),
            "mdi6.content-save-outline",
            keys.Save,
            translate("MainWindow", "Stories save themselves; this saves at once"),
        ),
        trash=_action(
            window,
            translate("MainWindow", "Move to &trash"),
            "mdi6.trash-can-outline",
            "Ctrl+Delete",
        ),
        restore=_action(
            window, translate("MainWindow", "&Restore from trash"), "mdi6.restore", "Ctrl+Shift+R"
        ),
        close_article=_action(window, translate("MainWindow", "&Close story"), None, keys.Close),
        quit=_action(window, translate("MainWindow", "&Quit"), "mdi6.exit-to-app", keys.Quit),
        undo=_action(window, translate("MainWindow", "&Undo"), "mdi6.undo", keys.Undo),
        redo=_action(window, translate("MainWindow", "&Redo"), "mdi6.redo", keys.Redo),
        find=_action(window, translate("MainWindow", "&Find…"), "mdi6.magnify", keys.Find),
        replace=_action(
            window, translate("MainWindow", "Find &and replace…"), "mdi6.find-replace", keys.Replace
        ),
        focus_list=_action(window, translate("MainWindow", "Go to story &list"), None, "Ctrl+1"),
        focus_editor=_action(window, translate("MainWindow", "Go to &editor"), None, "Ctrl+2"),
        focus_preview=_action(window, translate("MainWindow", "Go to &preview"), None, "Ctrl+3"),
        focus_filter=_action(
            window, translate("MainWindow", "Search &stories"), "mdi6.text-search", "Ctrl+Shift+F"
        ),
        about=_action(
            window, translate("MainWindow", "&About Newsdesk"), "mdi6.information-outline"
        ),
        connect_newsroom=_action(
            window,
            translate("MainWindow", "Connect to newsr&oom…"),
            "mdi6.server-network",
            "Ctrl+Shift+O",
        ),
    )
