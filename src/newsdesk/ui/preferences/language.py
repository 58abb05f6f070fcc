"""The interface language: loading a translation, and switching a running window to it.

One `NewsdeskTranslator` stays installed for the whole session. It answers from the
chosen language's ``newsdesk_<code>.qm`` and remembers, for every text it hands out,
which source text (and context) that was. When the language changes, `retranslate`
walks a window and puts each text it finds there (menus, actions, dock titles, labels,
buttons, placeholders, tabs, headers, combo box items…) into the new language by that
record, so no widget has to rebuild itself. Texts made of pieces (a count in a label)
are redone by widgets that define ``retranslate_ui()``; the walk calls each of them.
Dialogs and pages built by a Designer form (`form_widget.FormWidget`) put every text of
theirs into the new language themselves; the walk leaves them, and all inside, alone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
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
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.preferences.settings import RTL_UI_LANGUAGES
from newsdesk.ui.vocabulary import FALLBACK_CONTEXTS

log = logging.getLogger(__name__)

TRANSLATIONS = resource_path("i18n")
MAX_SOURCES = 6
"""Contexts remembered per shown text (a subclass's tr() tries each base class in turn)."""

Source = tuple[str, str, str | None, int]
"""(context, source text, disambiguation, n) as given to QCoreApplication.translate."""

_QT_CONTEXT = re.compile(r"Q[A-Z]")
"""Qt's own classes ("QShortcut"), whose texts Qt's translations answer."""
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

    def origins(self, shown: str, near: tuple[str, ...] = ()) -> list[Source]:
        """Where `shown` (a text this translator handed out) may have come from, likeliest
        first: the contexts `near` it (the widget's own classes), then Newsdesk's, then
        Qt's own (a "History" key name is not the History panel)."""

        def rank(origin: Source) -> tuple[int, int]:
            context = origin[0]
            closeness = near.index(context) if context in near else len(near)
            return (bool(_QT_CONTEXT.match(context)), closeness)

        return sorted(self._sources.get(shown, ()), key=rank)

    def translate_origin(self, origin: Source) -> str:
        """The text of `origin` in the current language (its source when it has none).
        Whatever another translator answers (Qt's own) is remembered too, so the next
        change of language finds it."""
        context, source, disambiguation, n = origin
        text = QCoreApplication.translate(context, source, disambiguation, n)
        self._remember(text, origin)
        return text


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


def has_translation(code: str, folder: Path | None = None) -> bool:
    """Whether the interface can be shown in `code` (English always can)."""
    return code == "en" or (folder or TRANSLATIONS).joinpath(f"newsdesk_{code}.qm").is_file()


def current_language() -> str:
    return translator().code


def apply_language(app: QApplication, code: str, directory: Path | None = None) -> bool:
    """Show the interface in `code` from now on (open windows follow: see `retranslate`).

    Loads ``newsdesk_<code>.qm`` (and Qt's own ``qtbase_<code>``) when present and sets
    the layout direction (right to left for Arabic, Persian, Hebrew, Urdu) and the default
    locale (the digits of "%Ln" counts). Returns
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
    # Counts a translation writes as "%Ln" take the language's digits (see locale_format).
    QLocale.setDefault(QLocale(code))
    # Open windows take it too: their date and time fields (the embargo, the budget's
    # day) write the language's digits. QApplication hands the new default to every
    # widget that has no locale of its own.
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LocaleChange))
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
Slot = tuple[int, str]
"""One text of one object: (id of the object, which text)."""

_chosen: dict[int, dict[Slot, tuple[str, Source]]] = {}
"""Per window: the text each slot was last given and where it came from, so that texts
that read alike in one language ("En relecture": "Editing" and "In editing") go back to
what they were."""


def retranslate(root: QWidget) -> None:
    """Every text under `root` in the current language, then each ``retranslate_ui()``;
    not those of form widgets, which do theirs themselves (see `form_widget`)."""
    walk = _Retranslation(translator(), _chosen.get(id(root), {}))
    found = list(_outside_forms(root))
    for obj in found:
        if isinstance(obj, QWidget):
            walk.widget(obj)
    for obj in found:
        if isinstance(obj, QAction):
            walk.action(obj)
    _chosen[id(root)] = walk.chosen
    for obj in found:
        hook = getattr(obj, "retranslate_ui", None)
        if callable(hook):
            hook()


class _Retranslation:
    def __init__(self, translator: NewsdeskTranslator, before: dict[Slot, tuple[str, Source]]):
        self._translator = translator
        self._before = before
        self.chosen: dict[Slot, tuple[str, Source]] = {}
        self._near: tuple[str, ...] = ()

    # ---- one text -------------------------------------------------------------------------
    def text(self, slot: Slot, value: str) -> str | None:
        """`value` in the current language, or None when it is no text we handed out."""
        if not value:
            return None
        found = self._again(slot, value)
        if found is not None:
            return found
        match = _WITH_TAIL.match(value)
        if match:
            head = self._again((slot[0], f"{slot[1]}:head"), match["head"])
            if head is not None:
                return head + match["tail"]
        return None

    def _again(self, slot: Slot, value: str) -> str | None:
        remembered = self._before.get(slot)
        if remembered is not None and remembered[0] == value:
            origin = remembered[1]
            text = self._translator.translate_origin(origin)
            self.chosen[slot] = (text, origin)
            return text
        origins = self._translator.origins(value, self._near)
        if not origins:
            return None
        for origin in origins:  # the first that this language translates…
            text = self._translator.translate_origin(origin)
            if text != origin[1]:
                self.chosen[slot] = (text, origin)
                return text
        self.chosen[slot] = (origins[0][1], origins[0])  # …or the English source
        return origins[0][1]

    def put(self, obj: object, name: str, value: str, setter: Callable[[str], None]) -> None:
        new = self.text((id(obj), name), value)
        if new is not None and new != value:
            setter(new)

    # ---- one object -------------------------------------------------------------------------
    def widget(self, widget: QWidget) -> None:
        self._near = _contexts_near(widget)
        put = self.put
        if widget.isWindow() or isinstance(widget, QDockWidget | QToolBar):
            put(widget, "title", widget.windowTitle(), widget.setWindowTitle)
        put(widget, "tip", widget.toolTip(), widget.setToolTip)
        put(widget, "status", widget.statusTip(), widget.setStatusTip)
        put(widget, "name", widget.accessibleName(), widget.setAccessibleName)
        put(widget, "description", widget.accessibleDescription(), widget.setAccessibleDescription)
        if isinstance(widget, QMenu):
            put(widget, "menu", widget.title(), widget.setTitle)
        elif isinstance(widget, QLabel | QAbstractButton):
            put(widget, "text", widget.text(), widget.setText)
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            put(widget, "placeholder", widget.placeholderText(), widget.setPlaceholderText)
        elif isinstance(widget, QGroupBox):
            put(widget, "group", widget.title(), widget.setTitle)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                put(
                    widget,
                    f"item{index}",
                    widget.itemText(index),
                    partial(widget.setItemText, index),
                )
        elif isinstance(widget, QTabWidget | QTabBar):
            for index in range(widget.count()):
                put(widget, f"tab{index}", widget.tabText(index), partial(widget.setTabText, index))
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            put(widget, "suffix", widget.suffix(), widget.setSuffix)
        if isinstance(widget, QTreeWidget):
            self._tree(widget)
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                heading = widget.horizontalHeaderItem(column)
                if heading is not None:
                    put(heading, "heading", heading.text(), heading.setText)
        if isinstance(widget, QHeaderView) and widget.count():
            widget.headerDataChanged(widget.orientation(), 0, widget.count() - 1)
        if isinstance(widget, QAbstractItemView):
            widget.viewport().update()

    def _tree(self, tree: QTreeWidget) -> None:
        header = tree.headerItem()
        if header is not None:
            for column in range(header.columnCount()):
                self.put(
                    header, f"heading{column}", header.text(column), partial(header.setText, column)
                )
        for row in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(row)
            if top is not None:
                self.put(top, "text", top.text(0), partial(top.setText, 0))

    def action(self, action: QAction) -> None:
        parent = action.parent()
        self._near = _contexts_near(parent) if isinstance(parent, QObject) else ()
        before = action.text()
        plain_before = _plain(before)
        self.put(action, "text", before, action.setText)
        plain_after = _plain(action.text())
        for name, value, setter in (
            ("tip", action.toolTip(), action.setToolTip),
            ("status", action.statusTip(), action.setStatusTip),
        ):
            if plain_before and plain_before != plain_after and value.startswith(plain_before):
                setter(plain_after + value[len(plain_before) :])  # a tip made from the text
            else:
                self.put(action, name, value, setter)
        self.put(action, "icon text", action.iconText(), action.setIconText)


def _contexts_near(obj: QObject) -> tuple[str, ...]:
    """The class names of `obj` and its parents: the contexts its texts most likely have."""
    names: list[str] = []
    current: QObject | None = obj
    while current is not None:
        names += [cls.__name__ for cls in type(current).__mro__]
        current = current.parent()
    return tuple(names)


def _plain(text: str) -> str:
    """An action's text as Qt shows it in a tooltip: no mnemonic, no trailing dots."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    return plain.removesuffix("...")


def _outside_forms(root: QObject) -> Iterator[QObject]:
    """`root` and every object under it, but those in a form widget's tree."""
    yield root
    for child in root.children():
        if not isinstance(child, FormWidget):
            yield from _outside_forms(child)
