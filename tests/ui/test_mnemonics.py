"""No two controls a user can reach at once share an Alt mnemonic.

When two do, Qt finds the key ambiguous and only moves the focus between them: Alt+C
went to neither the History panel's Compare nor the Comments menu. The scopes are what
one Alt+letter searches: the main window (its menu bar with every panel and the toolbar
on show, each panel raised in turn, and the Moderation view), each menu, and each dialog
(each of its pages), in English, French and Persian. A dialog's standard buttons get
their mnemonics from the desktop (GNOME and KDE word them "&OK", "&Apply"…), so in
English they count as the desktop words them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.test_accessibility import dialogs, each_page, each_panel_raised
from tests.ui.test_conflict_view import colleague_saves, type_at_end, wait_for_dialog
from tests.ui.window_helpers import SEED_SLUG, moderation_of, open_story

from newsdesk.ui.copydesk.diff_dialog import DiffDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.preferences.language import apply_language

Button = QDialogButtonBox.StandardButton
DESKTOP_TEXTS = {
    Button.Ok: "&OK",
    Button.Save: "&Save",
    Button.Open: "&Open",
    Button.Cancel: "&Cancel",
    Button.Close: "&Close",
    Button.Apply: "&Apply",
    Button.Reset: "&Reset",
    Button.Help: "&Help",
    Button.Yes: "&Yes",
    Button.No: "&No",
}
"""A standard button's text as a Linux desktop's platform theme gives it (offscreen Qt
leaves the ampersands out)."""


def mnemonic(text: str) -> str | None:
    """The letter Alt goes with in `text` ("&&" is a plain ampersand)."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(text, what it is) for each control on show under `root` that has a mnemonic."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QAbstractButton):
            yield _button_text(widget), f"button {widget.text()!r}"
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield widget.text(), f"label {widget.text()!r}"
        elif isinstance(widget, QGroupBox):
            yield widget.title(), f"group {widget.title()!r}"
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    yield widget.tabText(index), f"tab {widget.tabText(index)!r}"


def _button_text(button: QAbstractButton) -> str:
    """A standard button keeping its own words is worded by the desktop."""
    box = button.parentWidget()
    if isinstance(box, QDialogButtonBox):
        desktop = DESKTOP_TEXTS.get(box.standardButton(button), "")
        if desktop.replace("&", "") == button.text().replace("&", ""):
            return desktop
    return button.text()


def clashes(scope: str, found: Iterable[tuple[str, str]]) -> set[str]:
    holders: dict[str, set[str]] = defaultdict(set)
    for text, what in found:
        letter = mnemonic(text)
        if letter is not None:
            holders[letter].add(what)
    return {
        f"{scope}: Alt+{letter.upper()} for {', '.join(sorted(whats))}"
        for letter, whats in holders.items()
        if len(whats) > 1
    }


def menu_texts(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    return [(a.text(), f"menu {a.text()!r}") for a in actions if a.isVisible() and a.text()]


def menus_under(actions: Iterable[QAction]) -> Iterator[QMenu]:
    for action in actions:
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu
            yield from menus_under(menu.actions())


def window_clashes(window: MainWindow) -> set[str]:
    bar = menu_texts(window.menuBar().actions())
    return clashes("main window", [*bar, *texts(window)])


@pytest.fixture(params=["en", "fr", "fa"])
def language(request: pytest.FixtureRequest, qapp: QApplication, window: MainWindow) -> str:
    """The window, and what is opened from it, in each language (English again after)."""
    apply_language(qapp, request.param)
    QApplication.processEvents()
    return str(request.param)


# ---- the window and its menus --------------------------------------------------------------
def test_no_two_controls_of_the_window_share_a_mnemonic(
    language: str, qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    found: set[str] = set()
    for _dock in each_panel_raised(window):
        found |= window_clashes(window)
    moderation = moderation_of(window)
    moderation.toggle.setChecked(True)
    qtbot.waitUntil(moderation.view.isVisible)
    found |= window_clashes(window)
    moderation.toggle.setChecked(False)
    assert not found, "\n".join(sorted(found))


def test_no_two_items_of_a_menu_share_a_mnemonic(
    language: str, qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    found: set[str] = set()
    for menu in menus_under(window.menuBar().actions()):
        menu.aboutToShow.emit()  # menus that fill themselves when they open
        found |= clashes(f"menu {menu.title()!r}", menu_texts(menu.actions()))
    assert not found, "\n".join(sorted(found))


# ---- the dialogs ---------------------------------------------------------------------------
def test_no_two_controls_of_a_dialog_share_a_mnemonic(
    language: str, qtbot: QtBot, window: MainWindow
) -> None:
    found: set[str] = set()
    for title, dialog in [*dialogs(window), ("Compare revisions", DiffDialog(window))]:
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        for page in each_page(dialog):
            found |= clashes(f"{title} (page {page})", texts(dialog))
        dialog.close()
    assert not found, "\n".join(sorted(found))


def test_no_two_choices_of_the_conflict_view_share_a_mnemonic(
    language: str, qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    first = window.editor_panel.editor.markdown().split("\n\n")[0]
    colleague_saves(window, lambda body: body.replace(first, first + " (theirs)", 1))
    type_at_end(qtbot, window, "Ours.")
    dialog: QDialog = wait_for_dialog(qtbot, window)
    found = clashes("conflict view", texts(dialog))
    dialog.reject()
    QApplication.processEvents()
    assert not found, "\n".join(sorted(found))
