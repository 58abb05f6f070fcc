"""Accent colours keep 4.5:1 against the base colour of a dark palette, and keep their hue."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from newsdesk.ui.articles.list_model import STATUS_COLOURS
from newsdesk.ui.contrast import MINIMUM_CONTRAST, contrast, readable, tint
from newsdesk.ui.copydesk.findings_model import KIND_COLOURS
from newsdesk.ui.panels.comments.queue_model import STATUS_COLOURS as COMMENT_COLOURS
from newsdesk.ui.preferences.appearance import apply_theme
from newsdesk.ui.preferences.settings import Theme
from newsdesk.ui.status_bar import SAVE_STATE_COLOURS

COLOURS = sorted(
    {
        *STATUS_COLOURS.values(),
        *KIND_COLOURS.values(),
        *COMMENT_COLOURS.values(),
        *SAVE_STATE_COLOURS.values(),
    }
)


def base() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base)


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("colour", COLOURS)
def test_each_panel_colour_reads_in_both_themes(qapp: QApplication, colour: str) -> None:
    try:
        apply_theme(Theme.LIGHT)
        assert readable(colour) == QColor(colour)
        apply_theme(Theme.DARK)
        lifted = readable(colour)
        assert contrast(lifted, base()) >= MINIMUM_CONTRAST
        assert abs(lifted.hslHue() - QColor(colour).hslHue()) <= 2
    finally:
        apply_theme(Theme.SYSTEM)


def test_a_tinted_label_follows_the_theme(qapp: QApplication) -> None:
    """A style sheet would keep the colour worked out for the theme it was set in."""
    label = QLabel("Saved")
    try:
        apply_theme(Theme.LIGHT)
        tint(label, "#15803d")
        window = label.palette().color(QPalette.ColorRole.Window)
        assert contrast(label.palette().color(QPalette.ColorRole.WindowText), window) >= 4.5
        apply_theme(Theme.DARK)
        window = label.palette().color(QPalette.ColorRole.Window)
        assert window.lightness() < 128
        assert contrast(label.palette().color(QPalette.ColorRole.WindowText), window) >= 4.5
        tint(label, None)
        assert label.palette().color(QPalette.ColorRole.WindowText) == QApplication.palette(
            label
        ).color(QPalette.ColorRole.WindowText)
    finally:
        apply_theme(Theme.SYSTEM)
