"""The recent newsrooms, kept in the settings as plain data (never with a password)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from newsdesk.services.connections import (
    NewsroomConnection,
    dump_recent,
    find_recent,
    forget,
    load_recent,
    remember,
)

SETTINGS_RECENT = "connections/recent"


class RecentConnections:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def load(self) -> list[NewsroomConnection]:
        value = self._settings.value(SETTINGS_RECENT)
        return load_recent(value if isinstance(value, str) else None)

    def latest(self) -> NewsroomConnection | None:
        recent = self.load()
        return recent[0] if recent else None

    def find(self, connection: NewsroomConnection) -> NewsroomConnection | None:
        return find_recent(self.load(), connection)

    def remember(self, connection: NewsroomConnection) -> None:
        self._save(remember(self.load(), connection))

    def forget(self, connection: NewsroomConnection) -> None:
        self._save(forget(self.load(), connection))

    def _save(self, recent: list[NewsroomConnection]) -> None:
        self._settings.setValue(SETTINGS_RECENT, dump_recent(recent))
        self._settings.sync()
