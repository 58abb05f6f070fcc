"""How the app looks and speaks: the theme (applied live) and the interface language.

Dark is Qt's Fusion style with a dark palette, the same on every platform; light is
Fusion's own light palette; system gives back the style and palette the platform chose
before any theme was applied.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from newsdesk.resources_path import resource_path
from newsdesk.ui.preferences.settings import RTL_UI_LANGUAGES, Theme

log = logging.getLogger(__name__)

TRANSLATIONS = resource_path("i18n")
FUSION = "Fusion"


@dataclass
class _PlatformLook:
    style: str
    palette: QPalette


_platform: _PlatformLook | None = None
_translators: list[QTranslator] = []

# QtAwesome resolves an icon's colour when the icon is made, and keeps the very colour
# object it was given. Every icon made without a colour of its own shares these two, so
# recolouring them in place (apply_theme) repaints every such icon in the new theme.
ICON_COLOUR = QColor(50, 50, 50)
ICON_COLOUR_DISABLED = QColor(150, 150, 150)
qta.set_global_defaults(color=ICON_COLOUR, color_disabled=ICON_COLOUR_DISABLED)


def dark_palette() -> QPalette:
    """A dark palette with text that keeps at least 4.5:1 contrast on its background."""
    window, base, alternate = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#2f2f2f")
    text, disabled_text = QColor("#e8e6e3"), QColor("#8c8a87")
    highlight, link = QColor("#3d7bd9"), QColor("#8ab4f8")
    palette = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, window)
        palette.setColor(group, role.WindowText, text)
        palette.setColor(group, role.Base, base)
        palette.setColor(group, role.AlternateBase, alternate)
        palette.setColor(group, role.ToolTipBase, QColor("#3a3a3a"))
        palette.setColor(group, role.ToolTipText, text)
        palette.setColor(group, role.PlaceholderText, disabled_text)
        palette.setColor(group, role.Text, text)
        palette.setColor(group, role.Button, QColor("#353535"))
        palette.setColor(group, role.ButtonText, text)
        palette.setColor(group, role.BrightText, QColor("#ff8a80"))
        palette.setColor(group, role.Light, QColor("#4a4a4a"))
        palette.setColor(group, role.Midlight, QColor("#3e3e3e"))
        palette.setColor(group, role.Mid, QColor("#303030"))
        palette.setColor(group, role.Dark, QColor("#191919"))
        palette.setColor(group, role.Shadow, QColor("#0a0a0a"))
        palette.setColor(group, role.Highlight, highlight)
        palette.setColor(group, role.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, role.Link, link)
        palette.setColor(group, role.LinkVisited, QColor("#c58af9"))
    disabled = QPalette.ColorGroup.Disabled
    for muted in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, muted, disabled_text)
    palette.setColor(disabled, role.Base, QColor("#262626"))
    palette.setColor(disabled, role.Window, window)
    palette.setColor(disabled, role.Button, QColor("#303030"))
    palette.setColor(disabled, role.Highlight, QColor("#4a4a4a"))
    palette.setColor(disabled, role.HighlightedText, disabled_text)
    return palette


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the theme needs a QApplication")
    return app


def apply_theme(theme: Theme) -> Theme:
    """Restyle every window now; returns what the theme comes to (light or dark)."""
    global _platform
    app = _application()
    if _platform is None:
        _platform = _PlatformLook(app.style().name(), QPalette(app.palette()))
    hints = QGuiApplication.styleHints()
    if theme is Theme.SYSTEM:
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        _use_style(app, _platform.style)
        _set_palette(app, _platform.palette)
        return effective_theme()
    _use_style(app, FUSION)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if theme is Theme.DARK else Qt.ColorScheme.Light)
    _set_palette(app, dark_palette() if theme is Theme.DARK else app.style().standardPalette())
    return theme


def _set_palette(app: QApplication, palette: QPalette) -> None:
    """The icons' shared colours first, so the repaint the palette causes shows them."""
    text = QPalette.ColorRole.Text
    ICON_COLOUR.setRgba(palette.color(QPalette.ColorGroup.Active, text).rgba())
    ICON_COLOUR_DISABLED.setRgba(palette.color(QPalette.ColorGroup.Disabled, text).rgba())
    app.setPalette(palette)


def _use_style(app: QApplication, name: str) -> None:
    if app.style().name().lower() != name.lower():
        app.setStyle(QStyleFactory.create(name) or name)


def effective_theme() -> Theme:
    """Light or dark, as the application's palette now is (what "system" came to)."""
    window = _application().palette().color(QPalette.ColorRole.Window)
    return Theme.DARK if window.lightness() < 128 else Theme.LIGHT


def apply_language(app: QApplication, code: str, directory: Path | None = None) -> bool:
    """Show the interface in `code` from now on; call before the first window is built.

    Loads ``newsdesk_<code>.qm`` (and Qt's own ``qtbase_<code>``) when present and sets
    the layout direction (right to left for Arabic, Persian, Hebrew, Urdu). Returns
    whether Newsdesk's own translation was found; without one the text stays English.
    """
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    direction = Qt.LayoutDirection
    rtl = code in RTL_UI_LANGUAGES
    app.setLayoutDirection(direction.RightToLeft if rtl else direction.LeftToRight)
    if code == "en":
        return True
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _translators.append(qt_own)
    ours = QTranslator(app)
    folder = directory or TRANSLATIONS
    if not ours.load(f"newsdesk_{code}", str(folder)):
        log.info("no Newsdesk translation for %s in %s; the interface stays English", code, folder)
        return False
    app.installTranslator(ours)
    _translators.append(ours)
    return True
