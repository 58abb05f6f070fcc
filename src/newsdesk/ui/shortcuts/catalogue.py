"""Every keyboard shortcut of a main window, read from the window itself.

Menus give their actions' shortcuts, panels (docks) the shortcuts of their own actions,
and the comment queue and the find bar the keys they read from their data tables. Nothing
here is written by hand, so the sheet shows what the keys do now, in the interface's
language, after any change to an action's shortcut.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from newsdesk.ui.editor.find_bar import FIND_BAR_KEYS
from newsdesk.ui.panels.comments.keys import QUEUE_KEYS

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True, slots=True)
class Shortcut:
    group: str
    """Where it works: a menu's title, a panel's title, "Comment queue"."""
    what: str
    keys: str
    """As the platform writes them ("Ctrl+Shift+F"); several are separated by commas."""


def plain(text: str) -> str:
    """A menu text without its mnemonic, its key hint or its trailing ellipsis."""
    text = text.split("\t", 1)[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _native(portable: str) -> str:
    return QKeySequence(portable).toString(NATIVE)


def keys_of(action: QAction) -> str:
    """The action's shortcuts, leaving out the keys only special keyboards have (the
    "New" or "Undo" key that Qt's standard shortcuts add on some platforms)."""
    return ", ".join(
        sequence.toString(NATIVE) for sequence in action.shortcuts() if _on_a_keyboard(sequence)
    )


def _on_a_keyboard(sequence: QKeySequence) -> bool:
    if sequence.count() != 1:
        return True
    combination = sequence[0]  # type: ignore[index]
    return combination.keyboardModifiers() != Qt.KeyboardModifier.NoModifier or (
        combination.key().value < Qt.Key.Key_Back.value
    )


def collect(window: QMainWindow) -> list[Shortcut]:
    """The window's shortcuts, grouped as the sheet lists them (menus first, in order)."""
    found: list[Shortcut] = []
    listed: set[QAction] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            found += _menu(menu, plain(menu.title()), listed)
    for dock in window.findChildren(QDockWidget):
        inside = dock.widget()
        if inside is not None:
            found += _panel(inside, plain(dock.windowTitle()), listed)
    queue = QCoreApplication.translate("ShortcutsSheet", "Comment queue (keys of its list)")
    found += [Shortcut(queue, key.what(), key.keys()) for key in QUEUE_KEYS]
    find_bar = QCoreApplication.translate("ShortcutsSheet", "Find bar")
    found += [
        Shortcut(find_bar, QCoreApplication.translate("FindBar", what), _native(keys))
        for keys, what in FIND_BAR_KEYS
    ]
    return found


def _menu(menu: QMenu, group: str, listed: set[QAction]) -> list[Shortcut]:
    found: list[Shortcut] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _menu(submenu, f"{group} ▸ {plain(submenu.title())}", listed)
        elif not action.isSeparator() and action.isVisible() and not action.shortcut().isEmpty():
            listed.add(action)
            found.append(Shortcut(group, plain(action.text()), keys_of(action)))
    return found


def _panel(panel: QWidget, group: str, listed: set[QAction]) -> list[Shortcut]:
    """Shortcuts of a panel's own actions that no menu lists (F2 to rename a section)."""
    found: list[Shortcut] = []
    for widget in [panel, *panel.findChildren(QWidget)]:
        for action in widget.actions():
            if action in listed or action.shortcut().isEmpty() or action.isSeparator():
                continue
            listed.add(action)
            found.append(Shortcut(group, plain(action.text()), keys_of(action)))
    return found


def markdown_table(shortcuts: list[Shortcut]) -> str:
    """The shortcuts as the README's key table (scripts/key-table.py writes it there)."""
    lines = ["| where | keys | does |", "| --- | --- | --- |"]
    for shortcut in shortcuts:
        cells = (shortcut.group, shortcut.keys, shortcut.what)
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"
