"""The interface language: loading a translation, and switching a running window to it.

One `NewsdeskTranslator` stays installed for the whole session. It answers from the
chosen language's ``newsdesk_<code>.qm`` and remembers, for every text it hands out,
which source text (and context) that was. When the language changes, `retranslate`
walks a window and puts each text it finds there (menus, actions, dock titles, labels,
buttons, placeholders, tabs, headers, combo box items…) into the new language by that
record, so no widget has to rebuild itself. Texts made of pieces (a count in a label)
are redone by widgets that define ``retranslate_ui()``; the walk calls each of them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeWidget,
    QWidget,
)

from newsdesk.resources_path import resource_path
from newsdesk.ui.preferences.settings import RTL_UI_LANGUAGES
from newsdesk.ui.vocabulary import FALLBACK_CONTEXTS

log = logging.getLogger(__name__)

TRANSLATIONS = resource_path("i18n")
MAX_SOURCES = 6
"""Contexts remembered per shown text (a subclass's tr() tries each base class in turn)."""

Source = tuple[str, str, str | None, int]
"""(context, source text, disambiguation, n) as given to QCoreApplication.translate."""

_WITH_TAIL = re.compile(r"^(?P<head>.+?)(?P<tail>(?:\t| \().*)$", re.DOTALL)
"""A text with a key hint ("Approve\tA") or a count or keys in brackets ("Spam (3)")."""


class NewsdeskTranslator(QTranslator):
    """Newsdesk's own translation, and the memory of where every shown text came from."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = "en"
        self._catalogue: QTranslator | None = None
        self._sources: dict[str, list[Source]] = {}

    def load_language(self, code: str, folder: Path) -> bool:
        """Answer in `code` from now on; False (and English) when there is no file for it.

        English has a file too, with the plural forms of "%n story(ies)" texts.
        """
        self.code = code
        self._catalogue = None
        catalogue = QTranslator(self)
        if not catalogue.load(f"newsdesk_{code}", str(folder)):
            return code == "en"  # English is the source; its file only adds plural forms
        self._catalogue = catalogue
        return True

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return self.code

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = self._lookup(context, source, disambiguation, n)
        if not found and source in FALLBACK_CONTEXTS and context != FALLBACK_CONTEXTS[source]:
            found = self._lookup(FALLBACK_CONTEXTS[source], source, disambiguation, n)
        self._remember(found or source, (context, source, disambiguation, n))
        return found or None  # None, not "": Qt then asks the next translator

    def _lookup(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        if self._catalogue is None:
            return ""
        return self._catalogue.translate(context, source, disambiguation, n) or ""

    def _remember(self, shown: str, origin: Source) -> None:
        known = self._sources.setdefault(shown, [])
        if origin not in known and len(known) < MAX_SOURCES:
            known.append(origin)

    def again(self, shown: str) -> str | None:
        """`shown` (a text this translator handed out) in the current language, or None."""
        origins = self._sources.get(shown)
        if not origins:
            return None
        for context, source, disambiguation, n in origins:
            text = QCoreApplication.translate(context, source, disambiguation, n)
            if text != source:
                return text
        return origins[0][1]


_translator: NewsdeskTranslator | None = None
_qt_translator: QTranslator | None = None


def translator() -> NewsdeskTranslator:
    """The session's translator, installed on first use (before any window is built)."""
    global _translator
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations need a QCoreApplication")
    if _translator is None:
        _translator = NewsdeskTranslator(app)
        _translator.load_language("en", TRANSLATIONS)
        app.installTranslator(_translator)
    return _translator


def current_language() -> str:
    return translator().code


def apply_language(app: QApplication, code: str, directory: Path | None = None) -> bool:
    """Show the interface in `code` from now on (open windows follow: see `retranslate`).

    Loads ``newsdesk_<code>.qm`` (and Qt's own ``qtbase_<code>``) when present and sets
    the layout direction (right to left for Arabic, Persian, Hebrew, Urdu). Returns
    whether Newsdesk's own translation was found; without one the text stays English.
    """
    global _qt_translator
    ours = translator()
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    rtl = code in RTL_UI_LANGUAGES
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)
    folder = directory or TRANSLATIONS
    found = ours.load_language(code, folder)
    if not found:
        log.info("no Newsdesk translation for %s in %s; the interface stays English", code, folder)
    if code != "en":
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", qt_folder):
            app.installTranslator(qt_own)
            _qt_translator = qt_own
    # Ours answers first (Qt asks the last installed first), and its change is announced.
    app.removeTranslator(ours)
    app.installTranslator(ours)
    return found


# ---- putting a window into the new language ------------------------------------------------
def retranslate(root: QWidget) -> None:
    """Every text under `root` in the current language, then each ``retranslate_ui()``."""
    again = translator().again

    def text(value: str) -> str | None:
        if not value:
            return None
        direct = again(value)
        if direct is not None:
            return direct
        match = _WITH_TAIL.match(value)
        if match:
            head = again(match["head"])
            if head is not None:
                return head + match["tail"]
        return None

    def put(value: str, setter: Callable[[str], None]) -> None:
        new = text(value)
        if new is not None and new != value:
            setter(new)

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        _retranslate_widget(widget, put)
    for action in root.findChildren(QAction):
        _retranslate_action(action, put, text)
    for obj in _with_hook(root):
        obj.retranslate_ui()  # type: ignore[attr-defined]


Put = Callable[[str, Callable[[str], None]], None]


def _retranslate_widget(widget: QWidget, put: Put) -> None:
    if widget.isWindow() or isinstance(widget, QDockWidget | QToolBar):
        put(widget.windowTitle(), widget.setWindowTitle)
    put(widget.toolTip(), widget.setToolTip)
    put(widget.statusTip(), widget.setStatusTip)
    put(widget.accessibleName(), widget.setAccessibleName)
    put(widget.accessibleDescription(), widget.setAccessibleDescription)
    if isinstance(widget, QMenu):
        put(widget.title(), widget.setTitle)
    elif isinstance(widget, QLabel | QAbstractButton):
        put(widget.text(), widget.setText)
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        put(widget.placeholderText(), widget.setPlaceholderText)
    elif isinstance(widget, QGroupBox):
        put(widget.title(), widget.setTitle)
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            put(widget.itemText(index), partial(widget.setItemText, index))
    elif isinstance(widget, QTabWidget | QTabBar):
        for index in range(widget.count()):
            put(widget.tabText(index), partial(widget.setTabText, index))
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        put(widget.suffix(), widget.setSuffix)
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        if header is not None:
            for column in range(header.columnCount()):
                put(header.text(column), partial(header.setText, column))
        for row in range(widget.topLevelItemCount()):
            top = widget.topLevelItem(row)
            if top is not None:
                put(top.text(0), partial(top.setText, 0))
    elif isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            heading = widget.horizontalHeaderItem(column)
            if heading is not None:
                put(heading.text(), heading.setText)
    if isinstance(widget, QHeaderView) and widget.count():
        widget.headerDataChanged(widget.orientation(), 0, widget.count() - 1)
    if isinstance(widget, QAbstractItemView | QAbstractSpinBox):
        widget.update()
        if isinstance(widget, QAbstractItemView):
            widget.viewport().update()


def _retranslate_action(action: QAction, put: Put, text: Callable[[str], str | None]) -> None:
    before = action.text()
    plain_before = _plain(before)
    put(before, action.setText)
    plain_after = _plain(action.text())
    for value, setter in (
        (action.toolTip(), action.setToolTip),
        (action.statusTip(), action.setStatusTip),
    ):
        if plain_before and plain_before != plain_after and value.startswith(plain_before):
            setter(plain_after + value[len(plain_before) :])  # a tip made from the text
        else:
            put(value, setter)
    put(action.iconText(), action.setIconText)


def _plain(text: str) -> str:
    """An action's text as Qt shows it in a tooltip: no mnemonic, no trailing dots."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    return plain.removesuffix("...")


def _with_hook(root: QObject) -> Iterator[QObject]:
    for obj in [root, *root.findChildren(QObject)]:
        hook = getattr(obj, "retranslate_ui", None)
        if callable(hook):
            yield obj
