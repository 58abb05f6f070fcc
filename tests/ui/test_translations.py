"""The window in another language: every text it shows is translated, and a change of
language in Preferences retranslates the open window at once.

"Translated" is checked against the same window in English: a text that reads the same
in both is a failure unless it is the newsroom's own content (headlines, sections,
names) or a word French shares with English (`SAME_IN_FRENCH`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import SEED_SLUG, close_window, open_story

from newsdesk.services.articles import ArticleQuery
from newsdesk.ui.article_editor.panel import LANGUAGES
from newsdesk.ui.connection import open_connection_dialog
from newsdesk.ui.interchange.ninjs_dialog import NinjsExportDialog
from newsdesk.ui.interchange.site_dialog import SiteExportDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.preferences import open_preferences
from newsdesk.ui.preferences.language import apply_language, current_language
from newsdesk.ui.preferences.settings import Preferences, save_preferences

SAME_IN_FRENCH = {
    *("Newsdesk", "Markdown", "IPTC", "ninjs", "WordPress", "WXR", "OK"),
    *("Notes", "Note", "Style", "Score", "Version", "Qt", "PySide6", "Python"),
}
"""Names and words French shares with English: a text made only of these may stay."""


# ---- reading what the window shows ------------------------------------------------------
def _key(widget: QWidget, window: QWidget) -> str:
    """Where a widget sits in the window: the same in two windows built alike."""
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not window:
        parent = current.parent()
        name = current.objectName()
        if not name and parent is not None:
            alike = [
                child
                for child in parent.children()
                if type(child) is type(current) and not child.objectName()
            ]
            name = f"#{alike.index(current)}"
        parts.append(f"{type(current).__name__}:{name}")
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _menu_texts(menu: QMenu, path: str, texts: dict[str, str]) -> None:
    texts[f"menu:{path}"] = menu.title()
    for index, action in enumerate(menu.actions()):
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _menu_texts(submenu, f"{path}/{index}", texts)
        else:
            texts[f"menu:{path}/{index}"] = action.text()


def _widget_texts(widget: QWidget, key: str, texts: dict[str, str]) -> None:
    if (isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText) or isinstance(
        widget, QAbstractButton
    ):
        texts[f"{key}:text"] = widget.text()
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        texts[f"{key}:placeholder"] = widget.placeholderText()
    elif isinstance(widget, QGroupBox):
        texts[f"{key}:title"] = widget.title()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            texts[f"{key}:tab{index}"] = widget.tabText(index)
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        for index in range(widget.count()):
            texts[f"{key}:item{index}"] = widget.itemText(index)
    elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        model = widget.model()
        if model is not None:
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    heading = model.headerData(section, Qt.Orientation.Horizontal)
                    texts[f"{key}:heading{section}"] = str(heading or "")


def shown_texts(window: MainWindow) -> dict[str, str]:
    """Every text a person sees: menus, toolbar, panel titles, list headings, status bar,
    and the labels, buttons, tabs, fields and choices of every panel (each raised in turn)."""
    texts: dict[str, str] = {"title": window.windowTitle()}
    for index, top in enumerate(window.menuBar().actions()):
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            _menu_texts(menu, str(index), texts)
    for index, action in enumerate(window.toolbar.actions()):
        if action.isVisible() and not action.isSeparator():
            texts[f"toolbar:{index}"] = action.iconText()
    docks = window.findChildren(QDockWidget)
    for dock in docks:
        texts[f"dock:{dock.objectName()}"] = dock.windowTitle()
    for raised in [None, *docks]:
        if raised is not None:
            raised.show()
            raised.raise_()
        QApplication.processEvents()
        for widget in window.findChildren(QWidget):
            if widget.isVisibleTo(window) and not widget.isWindow():
                _widget_texts(widget, _key(widget, window), texts)
    return {key: text for key, text in texts.items() if text.strip()}


def content_texts(window: MainWindow) -> set[str]:
    """What the newsroom itself says (headlines, sections, names): never translated."""
    newsroom = window.newsroom
    found = {window.newsroom.database.description, window.status.database.text()}
    for section in newsroom.sections.tree():
        found |= {section.name, f"    {section.name}", f"        {section.name}"}
    rows = newsroom.articles.rows(newsroom.articles.list_ids(ArticleQuery()))
    for row in rows.values():
        found |= {row.headline, row.byline, row.section_name}
    for user in newsroom.users.everyone():
        found.add(user.display_name)
    found |= {f"{name} ({code})" for code, name in LANGUAGES}
    article = window.editing.article
    if article is not None:
        found |= {article.headline, article.byline, article.dateline, article.credit}
    return {text for text in found if text}


def untranslated(english: dict[str, str], french: dict[str, str], content: set[str]) -> list:  # type: ignore[type-arg]
    same = []
    for key, text in english.items():
        if key not in french or french[key] != text:
            continue
        words = re.findall(r"[^\W\d_]+", text.replace("&", ""))
        if text in content or all(word in SAME_IN_FRENCH for word in words):
            continue  # the newsroom's own words, names, numbers and signs
        same.append((key, text))
    return same


# ---- fixtures ---------------------------------------------------------------------------
@pytest.fixture
def window_in(
    qtbot: QtBot, qapp: QApplication, demo_url: str, settings_file: Path
) -> Iterator[Callable[[str], MainWindow]]:
    """A window on the demo newsroom, its story open and its find bar out, in a language."""
    opened: list[MainWindow] = []

    def open_in(language: str) -> MainWindow:
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        save_preferences(settings, Preferences(ui_language=language))
        apply_language(qapp, language)  # as the app does before its first window
        from tests.ui.window_helpers import wait_for_rows

        from newsdesk.app import build_main_window

        window = build_main_window(demo_url, settings)
        opened.append(window)
        window.show()
        qtbot.waitExposed(window)
        wait_for_rows(qtbot, window)
        open_story(qtbot, window, SEED_SLUG)
        window.editor_panel.find_bar.open_replace()
        qtbot.waitUntil(lambda: window.comments_panel.model.rowCount() > 0, timeout=10000)
        return window

    yield open_in
    for window in opened:
        if shiboken6.isValid(window):
            close_window(window)


# ---- tests ------------------------------------------------------------------------------
def test_every_text_the_window_shows_is_french(window_in: Callable[[str], MainWindow]) -> None:
    english_window = window_in("en")
    english = shown_texts(english_window)
    content = content_texts(english_window)
    close_window(english_window)

    window = window_in("fr")
    french = shown_texts(window)
    assert len(french) > 150  # menus, toolbar, panels, headings, status bar…
    assert untranslated(english, french, content) == []
    # A few a newsroom reads every minute, in newsroom French.
    assert french["menu:0"] == "&Fichier"
    assert "Rubriques" in french.values()  # the Sections panel
    assert "À lire aussi" in french.values()  # Check Also
    assert "Commentaires en attente" in french.values()  # the comment queue
    assert "Brouillon" in {
        window.article_list.model.data(window.article_list.model.index(r, 2))
        for r in range(window.article_list.model.rowCount())
    } | {
        window.article_list.status_filter.itemText(i)
        for i in range(window.article_list.status_filter.count())
    }
    assert window.article_list.count_label.text().endswith("articles")


def test_english_counts_read_as_english(window_in: Callable[[str], MainWindow]) -> None:
    window = window_in("en")
    panel = window.article_list
    assert panel.count_label.text() == f"{panel.model.rowCount()} stories"
    panel._shown = 1
    panel.retranslate_ui()
    assert panel.count_label.text() == "1 story"


def test_choosing_a_language_in_preferences_retranslates_the_open_window(
    qtbot: QtBot, window_in: Callable[[str], MainWindow]
) -> None:
    window = window_in("en")
    english = shown_texts(window)

    dialog = open_preferences(window.workbench)
    qtbot.waitUntil(dialog.isVisible)
    dialog.general.ui_language.setCurrentIndex(dialog.general.ui_language.findData("fr"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier", timeout=5000)
    assert current_language() == "fr"
    # The dialog itself follows, and says so in French.
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Préférences")
    assert "français" in dialog.message.text().lower()
    dialog.close()

    live = shown_texts(window)
    assert live["title"].endswith("Newsdesk")
    assert window.actions_.save.text() == "&Enregistrer maintenant"
    assert window.actions_.new_article.toolTip() == "Nouvel article (Ctrl+N)"
    assert window.actions_.save.toolTip().startswith("Les articles s'enregistrent")
    assert window.sections_dock.windowTitle() == "Rubriques"
    assert window.related_dock.windowTitle() == "À lire aussi"
    headings = window.article_list.model
    assert headings.headerData(0, Qt.Orientation.Horizontal) == "Titre"
    assert window.status.counts.text().endswith("min de lecture")
    # Counts the panels read again (the comment queue's, the checks') follow shortly.
    content = content_texts(window)
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: untranslated(english, shown_texts(window), content) == [])
    assert untranslated(english, shown_texts(window), content) == []

    # And back to English, at once.
    apply_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=5000)

    def differ() -> dict[str, tuple[str, str | None]]:
        back = shown_texts(window)
        return {
            key: (text, back.get(key)) for key, text in english.items() if text != back.get(key)
        }

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: differ() == {})
    assert differ() == {}


def test_dialogs_built_from_forms_follow_a_change_of_language(qtbot, qapp, window_in) -> None:  # type: ignore[no-untyped-def]
    """A form's texts, and those its dialog sets itself (a button box's "Export", the TLS
    modes' hints, a check box about the open story), change language at once and back."""
    window = window_in("en")
    site = SiteExportDialog(window.settings, window)
    ninjs = NinjsExportDialog(window.settings, None, window)
    for dialog in (site, ninjs):
        dialog.show()
    connection = open_connection_dialog(window.workbench)
    qtbot.waitUntil(connection.isVisible)
    export = site.buttons.button(QDialogButtonBox.StandardButton.Ok)

    apply_language(qapp, "fr")
    qtbot.waitUntil(lambda: site.windowTitle() == "Exporter le site statique", timeout=5000)
    QApplication.processEvents()
    assert export.text() == "E&xporter"  # not the button box's own "OK"
    assert ninjs.only_open.text() == "Seulement l'article ouvert (aucun n'est ouvert)"
    assert connection.windowTitle() == "Se connecter à une rédaction"
    assert connection.connect_button.text() == "Se conn&ecter"
    assert connection.tls_mode.currentText() == "prefer — chiffrer quand le serveur le peut"

    apply_language(qapp, "en")
    qtbot.waitUntil(lambda: site.windowTitle() == "Export static site", timeout=5000)
    QApplication.processEvents()
    assert export.text() == "&Export"
    assert ninjs.only_open.text() == "Only the open story (none is open)"
    assert connection.connect_button.text() == "C&onnect"
    assert connection.tls_mode.currentText() == "prefer — encrypt when the server can"
    for dialog in (site, ninjs):
        dialog.reject()
    connection.reject()
