"""Accent colours that stay readable whichever theme is on.

Panels pick their status and finding colours for a light background; on a dark palette
the same dark reds and purples fall to about 2.5:1. `readable` keeps a colour's hue and
raises its lightness until it reaches the WCAG 4.5:1 contrast against the palette's base.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MINIMUM_CONTRAST = 4.5


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
def _lifted(colour: str, background: int) -> QColor:
    base = QColor.fromRgb(background)
    result = QColor(colour)
    hue, saturation, lightness = result.hslHueF(), result.hslSaturationF(), result.lightnessF()
    while contrast(result, base) < MINIMUM_CONTRAST and lightness < 0.95:
        lightness = min(0.95, lightness + 0.04)
        result = QColor.fromHslF(hue, saturation, lightness)
    return result


def readable(colour: str) -> QColor:
    """`colour` as it is on a light palette; lightened until it reads on a dark one."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    if base.lightness() >= 128:
        return QColor(colour)
    return QColor(_lifted(colour, base.rgb()))
