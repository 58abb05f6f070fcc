"""Accent colours that stay readable whichever theme is on.

Panels pick their status and finding colours for a light background; on a dark palette
the same dark reds and purples fall to about 2.5:1. `readable` keeps a colour's hue and
moves its lightness away from the background until it reaches WCAG's 4.5:1. A label in
an accent colour is `tint`ed: its colour is worked out again whenever the theme changes
(`retint`), where a style sheet would keep the old theme's colour.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

MINIMUM_CONTRAST = 4.5

TINT = "newsdeskTint"
"""The dynamic property that holds a tinted widget's colour as chosen for a light window."""


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@lru_cache(maxsize=512)
def _moved(colour: str, background: int) -> QColor:
    base = QColor.fromRgb(background)
    result = QColor(colour)
    hue, saturation, lightness = result.hslHueF(), result.hslSaturationF(), result.lightnessF()
    step = 0.04 if base.lightness() < 128 else -0.04
    while contrast(result, base) < MINIMUM_CONTRAST and 0.05 < lightness < 0.95:
        lightness = min(0.95, max(0.05, lightness + step))
        result = QColor.fromHslF(hue, saturation, lightness)
    return result


def readable(colour: str, background: QColor | None = None) -> QColor:
    """`colour` as it is on a light palette, lightened on a dark `background` (darkened on
    a light one) until it reads; the palette's base by default."""
    if background is None:
        background = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor(_moved(colour, background.rgb()))


def tint(widget: QWidget, colour: str | None) -> None:
    """`widget`'s text in `colour` (None: the theme's own ink again), kept readable on the
    theme's window through theme changes."""
    widget.setProperty(TINT, colour)
    _apply_tint(widget)


def retint() -> None:
    """After a theme change: each tinted widget's colour worked out for the new window."""
    for widget in QApplication.allWidgets():
        if widget.property(TINT):
            _apply_tint(widget)


def _apply_tint(widget: QWidget) -> None:
    colour = widget.property(TINT)
    if not colour:
        widget.setPalette(QPalette())  # back to what the application gives
        return
    palette = QApplication.palette(widget)
    background = palette.color(widget.backgroundRole())
    palette.setColor(widget.foregroundRole(), readable(str(colour), background))
    widget.setPalette(palette)


def muted(label: QLabel) -> QLabel:
    """A caption or a hint in the theme's quieter ink (the placeholder colour, which each
    theme keeps at 4.5:1 on its window and its fields)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
