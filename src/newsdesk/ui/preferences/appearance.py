"""How the app looks: the theme, applied live (the interface language: `language.py`).

Light, dark and high contrast are Fusion with the theme's palette and edges
(`ui/theme/`), the same on every platform; system gives back the style and palette the
platform chose before any theme was applied.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from newsdesk.ui import icons as qta
from newsdesk.ui.contrast import retint
from newsdesk.ui.preferences.language import apply_language
from newsdesk.ui.preferences.settings import Theme
from newsdesk.ui.theme.palettes import DARK, HIGH_CONTRAST, LIGHT, ThemeColours
from newsdesk.ui.theme.style import ThemeStyle

log = logging.getLogger(__name__)

__all__ = ["apply_language", "apply_theme", "effective_theme"]


@dataclass
class _PlatformLook:
    style: str
    palette: QPalette


_platform: _PlatformLook | None = None

# QtAwesome resolves an icon's colour when the icon is made, and keeps the very colour
# object it was given. Every icon made without a colour of its own shares these two, so
# recolouring them in place (apply_theme) repaints every such icon in the new theme: a
# control's ink, enabled and disabled (the palette's ButtonText).
ICON_COLOUR = QColor(50, 50, 50)
ICON_COLOUR_DISABLED = QColor(150, 150, 150)
qta.set_global_defaults(color=ICON_COLOUR, color_disabled=ICON_COLOUR_DISABLED)

THEMES: dict[Theme, ThemeColours] = {
    Theme.LIGHT: LIGHT,
    Theme.DARK: DARK,
    Theme.HIGH_CONTRAST: HIGH_CONTRAST,
}


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the theme needs a QApplication")
    return app


def apply_theme(theme: Theme) -> Theme:
    """Restyle every window now; returns what the theme comes to (light, dark or high
    contrast: the preview's page follows it)."""
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
    if not isinstance(app.style(), ThemeStyle):
        app.setStyle(ThemeStyle())
    if hasattr(hints, "setColorScheme"):
        dark = theme is not Theme.LIGHT
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    _set_palette(app, THEMES[theme].palette())
    return theme


def _set_palette(app: QApplication, palette: QPalette) -> None:
    """The icons' shared colours first, so the repaint the palette causes shows them."""
    ink = QPalette.ColorRole.ButtonText
    ICON_COLOUR.setRgba(palette.color(QPalette.ColorGroup.Active, ink).rgba())
    ICON_COLOUR_DISABLED.setRgba(palette.color(QPalette.ColorGroup.Disabled, ink).rgba())
    app.setPalette(palette)
    retint()


def _use_style(app: QApplication, name: str) -> None:
    if isinstance(app.style(), ThemeStyle) or app.style().name().lower() != name.lower():
        app.setStyle(QStyleFactory.create(name) or name)


def effective_theme() -> Theme:
    """Light or dark, as the application's palette now is (what "system" came to)."""
    window = _application().palette().color(QPalette.ColorRole.Window)
    return Theme.DARK if window.lightness() < 128 else Theme.LIGHT
