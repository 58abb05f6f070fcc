"""Object names for widgets that tests and style sheets find by name."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Named = TypeVar("Named", bound=QObject)


def named(qt_object: Named, name: str) -> Named:
    qt_object.setObjectName(name)
    return qt_object
