"""The published page's own words, dates and numbers in the story's language.

A Persian story's page says "خانه", "این را هم بخوانید" and "دیدگاهتان را بنویسید", and
dates it "۱۵ مارس ۲۰۲۴"; a French one "Accueil" and "15 mars 2024". Dates, month names,
plural rules and the language's digits come from Babel (the Unicode CLDR data, kept up to
date by the Babel project); the page's fifteen or so phrases from one small TOML file per
language in ``resources/page-words/``, read by the standard library: a handful of words
needs neither gettext's compile step nor a binary catalogue, and a unit test keeps every
language's keys and placeholders equal to English. A story in a language without a file
gets an English page, dates too, rather than German dates beside English words. Dates
are Gregorian (Babel formats no other calendar), in the language's month names and
digits.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal

from newsdesk.resources_path import resource_path

SOURCE_LANGUAGE = "en"
WORDS_FOLDER = ("page-words",)

ZERO_DIGITS = {
    "arab": "\u0660",  # Arabic-Indic
    "arabext": "\u06f0",  # Extended Arabic-Indic (Persian, Urdu, Pashto)
    "beng": "\u09e6",
    "deva": "\u0966",
    "mymr": "\u1040",
    "tibt": "\u0f20",
    "nkoo": "\u07c0",
    "olck": "\u1c50",
    "adlm": "\U0001e950",
    "cakm": "\U00011136",
    "mtei": "\uabf0",
    "hmnp": "\U0001e140",
}
"""The zero of each numbering system a CLDR locale writes by default; its other nine digits
follow it in Unicode."""


def primary(language: str) -> str:
    """The language subtag of a tag ("fa" of "fa-IR"); "" when it is not one."""
    code = language.strip().replace("_", "-").split("-")[0].lower()
    return code if code.isascii() and code.isalpha() and 2 <= len(code) <= 8 else ""


@lru_cache(maxsize=16)
def _catalogue(language: str) -> dict[str, Any]:
    path = resource_path(*WORDS_FOLDER, f"{language}.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def has_words(language: str) -> bool:
    code = primary(language)
    return bool(code) and resource_path(*WORDS_FOLDER, f"{code}.toml").is_file()


def _locale(language: str) -> Locale:
    tag = language.strip().replace("-", "_")
    for candidate in (tag, primary(language) or SOURCE_LANGUAGE, SOURCE_LANGUAGE):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return Locale.parse(SOURCE_LANGUAGE)


@dataclass(frozen=True, slots=True)
class PageWords:
    """What the page says, in one language."""

    language: str
    locale: Locale
    words: dict[str, Any]
    digits: dict[int, str]

    def __getitem__(self, key: str) -> str:
        found = self.words.get(key)
        return found if isinstance(found, str) else str(_catalogue(SOURCE_LANGUAGE)[key])

    def count(self, key: str, count: int) -> str:
        """ "3 Responses": the plural form the language's rules choose for `count`."""
        forms = self.words.get(key) or _catalogue(SOURCE_LANGUAGE)[key]
        form = forms.get(self.locale.plural_form(count)) or forms["other"]
        return str(form).format(count=self.number(count))

    def number(self, value: int) -> str:
        grouped = format_decimal(value, locale=self.locale, numbering_system="default")
        return self.digits_of(grouped)

    def digits_of(self, text: str) -> str:
        """`text` with its ASCII digits in the language's own."""
        return text.translate(self.digits) if self.digits else text

    def date(self, moment: datetime) -> str:
        return self.digits_of(format_date(moment.date(), format="long", locale=self.locale))

    def date_at_time(self, moment: datetime) -> str:
        time = self.digits_of(f"{moment:%H:%M}")
        return self["date_at_time"].format(date=self.date(moment), time=time)


@lru_cache(maxsize=32)
def page_words(language: str) -> PageWords:
    """The page's words for a story in `language` (a BCP 47 tag such as "fa" or "fr-CA")."""
    spoken = has_words(language)
    code = primary(language) if spoken else SOURCE_LANGUAGE
    locale = _locale(language if spoken else SOURCE_LANGUAGE)
    zero = ZERO_DIGITS.get(locale.default_numbering_system or "latn")
    digits = {ord("0") + n: chr(ord(zero) + n) for n in range(10)} if zero else {}
    return PageWords(code, locale, _catalogue(code), digits)
