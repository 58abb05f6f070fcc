"""Spelling in Persian and Arabic against pyspellchecker's lists of stems, and no spelling
at all for a language without a dictionary.

The demo's Persian story (231 words) had 58 "Unknown word" findings when words were split
at the zero-width non-joiner and looked up as written; it has 7 now.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from newsdesk.domain.checks import CheckInput, CheckKind, FindingCode, run_checks
from newsdesk.domain.checks.spelling import SpellingCheck, has_dictionary
from newsdesk.domain.checks.word_forms import plain

DEMO = Path(__file__).resolve().parents[3] / "resources/demo"


def demo_story(language: str) -> CheckInput:
    newsroom = tomllib.loads((DEMO / "newsroom.toml").read_text(encoding="utf-8"))
    story = next(a for a in newsroom["articles"] if a["language"] == language)
    return CheckInput(
        headline=story["headline"],
        standfirst=story["standfirst"],
        body=(DEMO / story["file"]).read_text(encoding="utf-8"),
        dateline=story["dateline"],
        byline=story["byline"],
        credit=story["credit"],
        has_section=True,
        language=language,
    )


def unknown_words(story: CheckInput) -> list[str]:
    return [f.word for f in run_checks(story) if f.kind is CheckKind.SPELLING]


def test_the_persian_demo_story_reads_as_persian() -> None:
    unknown = unknown_words(demo_story("fa"))
    assert len(unknown) <= 7, unknown
    # A word written with non-joiners is one word, found whole.
    assert not {"خوانان", "دهند", "ها", "المللی"} & set(unknown)


def test_the_arabic_demo_story_reads_as_arabic() -> None:
    assert len(unknown_words(demo_story("ar"))) <= 4


@pytest.mark.parametrize(
    "word",
    [
        "بودند",  # a verb's past stem and ending: بودن is listed
        "ناشران",  # a plural
        "می‌دهند",  # prefix, non-joiner, verb
        "کتاب‌خوانان",  # two words joined by a non-joiner
        "كتاب",  # Arabic kaf
        "يک",  # Arabic yeh
        "کِتاب",  # a vowel mark
        "نمایشگاهٔ",  # hamza above: the ezafe
        "کتـاب",  # a kashida
        "بازدیدکنندگان",  # a compound written as one word
    ],
)
def test_persian_forms_are_known(word: str) -> None:
    assert SpellingCheck("fa", frozenset()).is_known(word)


@pytest.mark.parametrize("word", ["کتبا", "نمایشگه", "خیبان", "داشنجو", "کتاپ", "مهربانن"])
def test_persian_typos_are_still_found(word: str) -> None:
    assert not SpellingCheck("fa", frozenset()).is_known(word)


def test_a_persian_finding_marks_the_whole_word() -> None:
    story = CheckInput(body="ناشران کتاپ‌ها را می‌خرند", language="fa")
    [finding] = [f for f in run_checks(story) if f.code is FindingCode.UNKNOWN_WORD]
    assert finding.word == "کتاپ‌ها"
    assert (finding.start, finding.end) == (7, 14)


def test_plain_persian_letters() -> None:
    assert plain("كِتابي", "fa") == "کتابی"
    assert plain("كِتابي", "ar") == "كتابي"  # Arabic keeps its own letters


def test_a_language_without_a_dictionary_is_not_spelt() -> None:
    assert has_dictionary("fa-IR") and has_dictionary("en_GB") and not has_dictionary("sw")
    story = CheckInput(body="Habari za asubuhi, xyzzy", language="sw")
    assert unknown_words(story) == []
