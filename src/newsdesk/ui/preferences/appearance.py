"""How the app looks: the theme, applied live (the interface language: `language.py`).

Dark is Qt's Fusion style with a dark palette, the same on every platform; high contrast
is Fusion with white text on black and yellow links; light is Fusion's own light palette;
system gives back the style and palette the platform chose before any theme was applied.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from newsdesk.ui.preferences.language import apply_language
from newsdesk.ui.preferences.settings import Theme

log = logging.getLogger(__name__)

__all__ = ["apply_language", "apply_theme", "dark_palette", "effective_theme"]

FUSION = "Fusion"


@dataclass
class _PlatformLook:
    style: str
    palette: QPalette


_platform: _PlatformLook | None = None

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
    highlight, link = QColor("#3571cf"), QColor("#8ab4f8")
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


def high_contrast_palette() -> QPalette:
    """White on black, a bright highlight and yellow links: for low vision, every text at
    15:1 or more against its background (disabled text still above 7:1)."""
    black, white = QColor("#000000"), QColor("#ffffff")
    muted, highlight = QColor("#c8c8c8"), QColor("#ffd700")
    palette = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for background in (role.Window, role.Base, role.AlternateBase, role.Button):
            palette.setColor(group, background, black)
        palette.setColor(group, role.AlternateBase, QColor("#141414"))
        for ink in (role.WindowText, role.Text, role.ButtonText, role.BrightText):
            palette.setColor(group, ink, white)
        palette.setColor(group, role.ToolTipBase, black)
        palette.setColor(group, role.ToolTipText, white)
        palette.setColor(group, role.PlaceholderText, muted)
        for edge in (role.Light, role.Midlight, role.Mid, role.Dark):
            palette.setColor(group, edge, white)
        palette.setColor(group, role.Shadow, white)
        palette.setColor(group, role.Highlight, highlight)
        palette.setColor(group, role.HighlightedText, black)
        palette.setColor(group, role.Link, QColor("#ffff00"))
        palette.setColor(group, role.LinkVisited, QColor("#ff9eff"))
    disabled = QPalette.ColorGroup.Disabled
    for ink in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, ink, QColor("#a6a6a6"))
    for background in (role.Window, role.Base, role.Button):
        palette.setColor(disabled, background, black)
    palette.setColor(disabled, role.Highlight, QColor("#595959"))
    palette.setColor(disabled, role.HighlightedText, white)
    return palette


PALETTES = {Theme.DARK: dark_palette, Theme.HIGH_CONTRAST: high_contrast_palette}
"""The themes with a palette of their own (light takes Fusion's standard one)."""


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
    _use_style(app, FUSION)
    if hasattr(hints, "setColorScheme"):
        dark = theme in PALETTES
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    make = PALETTES.get(theme)
    _set_palette(app, make() if make is not None else app.style().standardPalette())
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
