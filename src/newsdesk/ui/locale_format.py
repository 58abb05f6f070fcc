"""Numbers and times as the interface's language writes them.

One kind of digits per language: a Persian interface shows ۱۲۳ in every count, date and
score, a French one groups thousands its own way. The language is the interface's (never
the desktop's locale, which may be another), through QLocale.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from newsdesk.ui.preferences.language import current_language

DATE_TIME = "yyyy-MM-dd HH:mm"
DATE = "yyyy-MM-dd"


@lru_cache(maxsize=8)
def _locale(code: str) -> QLocale:
    return QLocale(code)


def ui_locale() -> QLocale:
    """The locale of the interface's language."""
    return _locale(current_language())


def number(value: int) -> str:
    """A count, grouped and in the interface language's digits."""
    return ui_locale().toString(value)


def decimal(value: float, places: int = 2) -> str:
    return ui_locale().toString(value, "f", places)


def moment(when: datetime, pattern: str = DATE_TIME) -> str:
    """A time in the computer's time zone, written with the interface language's digits
    (and, for patterns with month names, its month names)."""
    local = when.astimezone()
    day = QDate(local.year, local.month, local.day)
    clock = QTime(local.hour, local.minute, local.second)
    return ui_locale().toString(QDateTime(day, clock), pattern)


def moment_in_zone(when: datetime, pattern: str = DATE_TIME) -> str:
    """`moment`, followed by the computer's zone as it abbreviates it ("CET", "+0330"),
    any digits in it the language's ("+۰۳۳۰" in Persian)."""
    zone = when.astimezone().strftime("%Z")
    locale = ui_locale()
    zone = "".join(locale.toString(int(c)) if c.isascii() and c.isdigit() else c for c in zone)
    return f"{moment(when, pattern)} {zone}".strip()


def clock(when: datetime) -> str:
    """The hour and minute of `when` in the computer's zone, in the language's digits."""
    return moment(when, "HH:mm")


def separator() -> str:
    """What sets the parts of a line apart: " · ", or in Persian, where a middle dot
    beside a number reads as the digit zero (۰), the Persian comma."""
    return QCoreApplication.translate("Separator", " · ")
