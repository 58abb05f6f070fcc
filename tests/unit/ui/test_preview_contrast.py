"""Readable in every theme: the preview's page CSS and the window's palettes keep text at
WCAG's 4.5:1 at least (7:1, AAA, for the high-contrast theme), edges at 3:1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from newsdesk.ui.contrast import MINIMUM_CONTRAST, contrast
from newsdesk.ui.theme.palettes import DARK, EDGE, HIGH_CONTRAST, LIGHT, ThemeColours

CSS = (Path(__file__).resolve().parents[3] / "resources" / "preview" / "article.css").read_text(
    encoding="utf-8"
)
AAA = 7.0


def variables(selector: str) -> dict[str, str]:
    """The custom properties a rule sets (the first rule with exactly that selector)."""
    match = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", CSS)
    assert match, selector
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})", match.group(1)))


THEMES = {
    "light": variables(":root"),
    "dark": variables(':root[data-theme="dark"]'),
    "dark (system)": variables(':root:not([data-theme="light"])'),
    "high contrast": variables(':root[data-theme="high-contrast"]'),
}
TEXTS = ("ink", "muted", "link", "link-visited", "accent")
"""Body text, bylines and captions, links (visited too), the accent (link hover, notes)."""


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("text", TEXTS)
def test_preview_text_reads_on_the_page(theme: str, text: str) -> None:
    colours = THEMES[theme]
    minimum = AAA if theme == "high contrast" else MINIMUM_CONTRAST
    for background in ("paper", "box"):
        ratio = contrast(QColor(colours[text]), QColor(colours[background]))
        assert ratio >= minimum, f"{theme}: {text} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", THEMES)
def test_code_reads_on_its_shading(theme: str) -> None:
    colours = THEMES[theme]
    assert contrast(QColor(colours["ink"]), QColor(colours["code"])) >= MINIMUM_CONTRAST


def test_dark_and_system_dark_pages_are_the_same() -> None:
    assert THEMES["dark"] == THEMES["dark (system)"]


Role = QPalette.ColorRole
PAIRS = (
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
)


PALETTES = {"light": (LIGHT, 4.5), "dark": (DARK, 4.5), "high contrast": (HIGH_CONTRAST, AAA)}
Group = QPalette.ColorGroup


@pytest.mark.parametrize("theme", PALETTES)
def test_the_window_palettes_keep_text_readable(theme: str) -> None:
    colours, minimum = PALETTES[theme]
    palette = colours.palette()
    low = []
    for text, background in (*PAIRS, (Role.PlaceholderText, Role.Window)):
        ratio = contrast(palette.color(text), palette.color(background))
        if ratio < minimum:
            low.append(f"{text.name} on {background.name}: {ratio:.2f}")
    assert low == []
    # Disabled labels still read at 4.5:1 (WCAG exempts them; we do not).
    for text, background in ((Role.WindowText, Role.Window), (Role.Text, Role.Base)):
        ratio = contrast(
            palette.color(Group.Disabled, text), palette.color(Group.Disabled, background)
        )
        assert ratio >= MINIMUM_CONTRAST, f"disabled {text.name}: {ratio:.2f}"


@pytest.mark.parametrize("theme", PALETTES)
def test_edges_and_disabled_controls_show(theme: str) -> None:
    """A field's edge stands out at 3:1 from the window and from its own base; a disabled
    control's ink (caption and icon) at 3:1 from its button and 3:1 from the enabled ink."""
    colours: ThemeColours = PALETTES[theme][0]
    palette = colours.palette()
    for background in (Role.Window, Role.Base, Role.Button):
        assert contrast(palette.color(EDGE), palette.color(background)) >= 3, background.name
    enabled = palette.color(Group.Active, Role.ButtonText)
    disabled = palette.color(Group.Disabled, Role.ButtonText)
    for background in (Role.Window, Role.Button):
        assert contrast(disabled, palette.color(Group.Disabled, background)) >= 3
    assert contrast(enabled, disabled) >= 3
