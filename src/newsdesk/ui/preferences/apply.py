"""Putting a person's preferences to work in a main window, at start and after OK/Apply."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from newsdesk.ui.preferences.appearance import apply_theme, effective_theme
from newsdesk.ui.preferences.language import apply_language, current_language
from newsdesk.ui.preferences.settings import Preferences
from newsdesk.ui.preview.view import PreviewLook

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


def apply_preferences(workbench: Workbench, preferences: Preferences) -> None:
    """Theme, preview, autosave, spelling and the interface language follow `preferences`
    at once (a new language retranslates the open windows: see `language.retranslate`)."""
    if preferences.ui_language != current_language():
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_language(app, preferences.ui_language)
    before = effective_theme()
    theme = apply_theme(preferences.theme)
    workbench.preview.set_look(PreviewLook(theme.value, preferences.preview_font_px))
    workbench.story.autosave.set_delay(preferences.autosave_delay_ms)
    checks = workbench.newsroom.checks
    language_changed = checks.spelling_language != preferences.spelling_language
    checks.set_spelling_language(preferences.spelling_language)
    if language_changed or theme is not before:
        workbench.checks_changed.emit()  # the findings again, in the new language or colours
