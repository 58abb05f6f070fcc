"""The colours of the light, dark and high-contrast themes: the one place a widget's
colours come from.

Each theme is a table of palette roles, chosen for contrast against what they are drawn
on: text 4.5:1 at least on the window, the base and the buttons (high contrast: 7:1);
the edge of a field, a check box or a button (the `Mid` role, which the theme's style
draws: `style.py`) 3:1; a disabled control's ink (`ButtonText` in the Disabled group, its
caption and its icon) 3:1 on its background and 3:1 apart from the enabled ink, so a
button that does nothing looks it. Disabled labels keep 4.5:1 (`WindowText`, `Text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

EDGE = Role.Mid
"""The role a field's frame, a check box and a button's outline are drawn in."""


@dataclass(frozen=True)
class ThemeColours:
    """Colours by role for the enabled window (active and inactive alike), and the ones
    that differ when a control is disabled."""

    enabled: dict[QPalette.ColorRole, str]
    disabled: dict[QPalette.ColorRole, str] = field(default_factory=dict)

    def palette(self) -> QPalette:
        palette = QPalette()
        for group in (Group.Active, Group.Inactive, Group.Disabled):
            for role, colour in self.enabled.items():
                palette.setColor(group, role, QColor(colour))
        for role, colour in self.disabled.items():
            palette.setColor(Group.Disabled, role, QColor(colour))
        return palette


LIGHT = ThemeColours(
    enabled={
        Role.Window: "#efefef",
        Role.WindowText: "#000000",
        Role.Base: "#ffffff",
        Role.AlternateBase: "#f7f7f7",
        Role.ToolTipBase: "#ffffdc",
        Role.ToolTipText: "#000000",
        Role.PlaceholderText: "#616161",
        Role.Text: "#000000",
        Role.Button: "#efefef",
        Role.ButtonText: "#000000",
        Role.BrightText: "#ffffff",
        Role.Light: "#ffffff",
        Role.Midlight: "#cacaca",
        EDGE: "#808080",
        Role.Dark: "#9f9f9f",
        Role.Shadow: "#767676",
        Role.Highlight: "#2470b0",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#0000ee",
        Role.LinkVisited: "#551a8b",
    },
    disabled={
        Role.WindowText: "#666666",
        Role.Text: "#666666",
        Role.ButtonText: "#808080",
        Role.Base: "#efefef",
        Role.Highlight: "#767676",
    },
)

DARK = ThemeColours(
    enabled={
        Role.Window: "#2b2b2b",
        Role.WindowText: "#e8e6e3",
        Role.Base: "#1f1f1f",
        Role.AlternateBase: "#2f2f2f",
        Role.ToolTipBase: "#3a3a3a",
        Role.ToolTipText: "#e8e6e3",
        Role.PlaceholderText: "#a3a19e",
        Role.Text: "#e8e6e3",
        Role.Button: "#353535",
        Role.ButtonText: "#e8e6e3",
        Role.BrightText: "#ffffff",
        Role.Light: "#4a4a4a",
        Role.Midlight: "#3e3e3e",
        EDGE: "#8a8a8a",
        Role.Dark: "#191919",
        Role.Shadow: "#0a0a0a",
        Role.Highlight: "#3571cf",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#8ab4f8",
        Role.LinkVisited: "#c58af9",
    },
    disabled={
        Role.WindowText: "#a3a19e",
        Role.Text: "#a3a19e",
        Role.ButtonText: "#808080",
        Role.Base: "#262626",
        Role.Button: "#303030",
        Role.Highlight: "#4a4a4a",
        Role.HighlightedText: "#a3a19e",
    },
)

HIGH_CONTRAST = ThemeColours(
    enabled={
        Role.Window: "#000000",
        Role.WindowText: "#ffffff",
        Role.Base: "#000000",
        Role.AlternateBase: "#141414",
        Role.ToolTipBase: "#000000",
        Role.ToolTipText: "#ffffff",
        Role.PlaceholderText: "#c8c8c8",
        Role.Text: "#ffffff",
        Role.Button: "#000000",
        Role.ButtonText: "#ffffff",
        Role.BrightText: "#ffffff",
        Role.Light: "#ffffff",
        Role.Midlight: "#ffffff",
        EDGE: "#ffffff",
        Role.Dark: "#ffffff",
        Role.Shadow: "#ffffff",
        Role.Highlight: "#ffd700",
        Role.HighlightedText: "#000000",
        Role.Link: "#ffff00",
        Role.LinkVisited: "#ff9eff",
    },
    disabled={
        Role.WindowText: "#a6a6a6",
        Role.Text: "#a6a6a6",
        Role.ButtonText: "#767676",
        Role.Highlight: "#595959",
        Role.HighlightedText: "#ffffff",
    },
)
