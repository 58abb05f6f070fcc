"""The per-person preferences: one typed value, read from and written to QSettings.

Newsroom-wide settings (word lists, style list, check limits, intake rules) live in the
newsroom's database instead; these follow the person on this computer. A stored value
that is missing, unreadable or out of range falls back to its default, so a damaged
settings file never stops the app from starting.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import PurePath

from PySide6.QtCore import QCoreApplication, QSettings

from newsdesk.domain.checks.spelling import DICTIONARY_LANGUAGES
from newsdesk.domain.errors import InvalidInput

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the messages show in the Preferences dialog

GROUP = "preferences"

AUTOSAVE_MIN_MS = 500
AUTOSAVE_MAX_MS = 30_000
FONT_MIN_PX = 10
FONT_MAX_PX = 32
MOST_WIRE_FOLDERS = 20
MOST_AGENCY_CHARACTERS = 120

UI_LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ar": "العربية",
    "fa": "فارسی",
}
"""Languages the interface may be shown in, by their own names (translations follow)."""

RTL_UI_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})

STORY_LANGUAGE = ""
"""The spelling language that follows each story's own language."""


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"
    """White on black, yellow links: every text far above the 4.5:1 contrast minimum."""


class InvalidPreference(InvalidInput):
    """A preference out of range; `field` names the one at fault (the dialog focuses it)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class Preferences:
    autosave_delay_ms: int = 1000
    """Saving starts this long after typing pauses (and at least this often while typing)."""
    spelling_language: str = STORY_LANGUAGE
    """A pyspellchecker language code, or "" to spell-check each story in its language."""
    preview_font_px: int = 18
    theme: Theme = Theme.SYSTEM
    ui_language: str = "en"
    wire_folders: str = ""
    """Folders where agencies drop wire items, one per line (watched by the window), each
    optionally followed by " = " and the agency to credit: ``/srv/wires/afp = AFP``."""

    @property
    def agency_folders(self) -> tuple[tuple[str, str], ...]:
        """Each line's folder and agency ("" when the line names none)."""
        return tuple(
            split_agency_folder(line) for line in self.wire_folders.splitlines() if line.strip()
        )

    @property
    def wire_folder_list(self) -> tuple[str, ...]:
        return tuple(folder for folder, _agency in self.agency_folders)

    def validated(self) -> Preferences:
        """These preferences, or InvalidPreference saying what is wrong and what is allowed."""
        seconds = self.autosave_delay_ms / 1000
        if not AUTOSAVE_MIN_MS <= self.autosave_delay_ms <= AUTOSAVE_MAX_MS:
            raise InvalidPreference(
                "autosave_delay_ms",
                translate(
                    "Preferences", "The autosave delay must be between %1 and %2 seconds (not %3)."
                )
                .replace("%1", f"{AUTOSAVE_MIN_MS / 1000:g}")
                .replace("%2", f"{AUTOSAVE_MAX_MS / 1000:g}")
                .replace("%3", f"{seconds:g}"),
            )
        if not FONT_MIN_PX <= self.preview_font_px <= FONT_MAX_PX:
            raise InvalidPreference(
                "preview_font_px",
                translate(
                    "Preferences", "The preview font size must be between %1 and %2 px (not %3)."
                )
                .replace("%1", str(FONT_MIN_PX))
                .replace("%2", str(FONT_MAX_PX))
                .replace("%3", str(self.preview_font_px)),
            )
        if self.spelling_language not in (STORY_LANGUAGE, *DICTIONARY_LANGUAGES):
            raise InvalidPreference(
                "spelling_language",
                translate(
                    "Preferences", "There is no spelling dictionary for %1; choose one of %2."
                )
                .replace("%1", repr(self.spelling_language))
                .replace("%2", ", ".join(sorted(DICTIONARY_LANGUAGES))),
            )
        if not isinstance(self.theme, Theme):
            raise InvalidPreference(
                "theme",
                translate("Preferences", "Unknown theme %1.").replace("%1", repr(self.theme)),
            )
        if self.ui_language not in UI_LANGUAGES:
            raise InvalidPreference(
                "ui_language",
                translate("Preferences", "Newsdesk cannot be shown in %1; choose one of %2.")
                .replace("%1", repr(self.ui_language))
                .replace("%2", ", ".join(sorted(UI_LANGUAGES))),
            )
        folders = self.wire_folder_list
        if len(folders) > MOST_WIRE_FOLDERS:
            raise InvalidPreference(
                "wire_folders",
                translate("Preferences", "At most %1 agency folders can be watched (not %2).")
                .replace("%1", str(MOST_WIRE_FOLDERS))
                .replace("%2", str(len(folders))),
            )
        for folder, agency in self.agency_folders:
            if len(agency) > MOST_AGENCY_CHARACTERS or _has_control_characters(agency):
                raise InvalidPreference(
                    "wire_folders",
                    translate(
                        "Preferences", "An agency's name is plain text of at most %1 characters: %2"
                    )
                    .replace("%1", str(MOST_AGENCY_CHARACTERS))
                    .replace("%2", agency if len(agency) <= 40 else agency[:40] + "…"),
                )
            if not PurePath(folder).is_absolute() or "\0" in folder:
                raise InvalidPreference(
                    "wire_folders",
                    translate(
                        "Preferences", "An agency folder must be a full path, from the root: %1"
                    ).replace("%1", folder),
                )
        return self


AGENCY_SEPARATOR = " = "


def _has_control_characters(text: str) -> bool:
    """Control characters (category Cc); a Persian name's zero-width non-joiner, a format
    character, is ordinary spelling and allowed."""
    return any(unicodedata.category(character) == "Cc" for character in text)


def split_agency_folder(line: str) -> tuple[str, str]:
    """``/srv/wires/afp = AFP`` → (``/srv/wires/afp``, ``AFP``); a bare folder → (folder, "")."""
    line = line.strip()
    if line.endswith(AGENCY_SEPARATOR.rstrip()):  # "/srv/afp =": the agency left out
        line += " "
    folder, separator, agency = line.rpartition(AGENCY_SEPARATOR)
    if not separator:
        return line.strip(), ""
    return folder.strip(), " ".join(agency.split())


def parse_font_size(text: str) -> int:
    """The font size typed in the dialog ("20", "20 px"), or InvalidPreference."""
    cleaned = text.strip().lower().removesuffix("px").strip()
    try:
        return int(cleaned)
    except ValueError:
        raise InvalidPreference(
            "preview_font_px",
            translate(
                "Preferences",
                "The preview font size must be a whole number of pixels "
                "between %1 and %2 (not %3).",
            )
            .replace("%1", str(FONT_MIN_PX))
            .replace("%2", str(FONT_MAX_PX))
            .replace("%3", repr(text.strip())),
        ) from None


def _key(name: str) -> str:
    return f"{GROUP}/{name}"


def _stored(settings: QSettings, name: str, default: object) -> object:
    value = settings.value(_key(name), default)
    if isinstance(default, int) and not isinstance(default, bool):
        return int(str(value))
    if isinstance(default, Theme):
        return Theme(str(value))
    return str(value)


def load_preferences(settings: QSettings) -> Preferences:
    """The stored preferences; each unreadable or invalid one falls back to its default."""
    defaults = Preferences()
    values: dict[str, object] = {}
    for field in fields(Preferences):
        default = getattr(defaults, field.name)
        try:
            value = _stored(settings, field.name, default)
            Preferences(**{field.name: value}).validated()  # type: ignore[arg-type]
        except (ValueError, TypeError, InvalidInput) as error:
            log.warning("preference %s ignored: %s", field.name, error)
            continue
        values[field.name] = value
    return Preferences(**values)  # type: ignore[arg-type]


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    """Store `preferences` (validated first: nothing is written when one is wrong)."""
    preferences.validated()
    for field in fields(Preferences):
        value = getattr(preferences, field.name)
        settings.setValue(_key(field.name), str(value) if isinstance(value, Theme) else value)
    settings.sync()
