"""Text from outside loses exactly the characters XML and HTML cannot carry, and counts them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsdesk.domain.text_cleaning import clean_text, removed_phrase, uncarried
from newsdesk.services.interchange.html_text import (
    html_to_line,
    html_to_markdown,
    html_to_plain_text,
)

# Every code point, lone surrogates included, weighted towards the troublesome ones.
ANY_CHARACTER = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, categories=None)
TROUBLE = st.sampled_from([
    "\x00", "\x01", "\x08", "\x0b", "\x1f", "\x7f", "\x81", "\x96", "\ud800", "\udfff",
    "\ufffe", "\uffff", "\t", "\n", "\r", "&", "#", ";", "x", "1",
])  # fmt: skip
REFERENCES = st.sampled_from([
    "&#1;", "&#x1F;", "&#X1f;", "&#0;", "&#00000001;", "&#1", "&#xD800;", "&#57343;",
    "&#65534;", "&#xFFFF;", "&#x110000;", "&#99999999999;", "&#127;", "&#129;", "&#150;",
    "&#x96;", "&#9;", "&#10;", "&#13;", "&#8217;", "&amp;#1;", "&#&#1;1;",
])  # fmt: skip
OUTSIDE_TEXT = st.lists(
    st.one_of(st.text(ANY_CHARACTER, max_size=8), TROUBLE, REFERENCES), max_size=20
).map("".join)

RAW_UNCARRIED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def is_subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(character in rest for character in short)


@given(OUTSIDE_TEXT, st.booleans())
def test_what_is_left_holds_nothing_uncarried_and_only_loses_characters(
    text: str, markup: bool
) -> None:
    cleaned = clean_text(text, markup=markup)
    assert RAW_UNCARRIED.search(cleaned.text) is None
    assert is_subsequence(cleaned.text, text)
    assert (cleaned.removed == 0) == (cleaned.text == text)
    assert cleaned.removed <= len(text) - len(cleaned.text)
    again = clean_text(cleaned.text, markup=markup)
    assert again == type(cleaned)(cleaned.text, 0)


@given(OUTSIDE_TEXT)
def test_cleaned_markup_goes_through_every_html_conversion_and_into_xml(text: str) -> None:
    cleaned = clean_text(text, markup=True).text
    for converted in (
        html_to_plain_text(cleaned),
        html_to_line(cleaned),
        html_to_markdown(cleaned),
    ):
        assert RAW_UNCARRIED.search(converted) is None
    etree.Element("title").text = cleaned  # lxml refuses any character XML cannot carry


@given(st.text(ANY_CHARACTER, max_size=40))
def test_plain_text_keeps_references_as_typed(text: str) -> None:
    typed = f"{text} &#1; &#x0;"
    assert clean_text(typed).text.endswith(" &#1; &#x0;")


@pytest.mark.parametrize(
    ("text", "markup", "left", "removed"),
    [
        ("Bad &#1; title", True, "Bad  title", 1),
        ("Bad &#1; title", False, "Bad &#1; title", 0),
        ("a\x01b\x7fc\x9fd", False, "abcd", 3),
        ("tab\tline\ncr\r", False, "tab\tline\ncr\r", 0),
        ("&#9;&#10;&#13;&#8217;", True, "&#9;&#10;&#13;&#8217;", 0),
        ("en&#150;dash", True, "en&#150;dash", 0),  # HTML reads it as Windows-1252's "–"
        ("&#129;&#x8D;&#143;&#144;&#157;", True, "", 5),  # no Windows-1252 character
        ("&#0;&#xD800;&#65535;&#x110000;&#1", True, "", 5),
        ("&#&#1;1;", True, "", 2),
        ("&amp;#1; is how you write it", True, "&amp;#1; is how you write it", 0),
        ("lone \ud83d surrogate \ufffe", False, "lone  surrogate ", 2),
        ("&#" + "0" * 5000 + "1;", True, "", 1),
        ("&#" + "9" * 5000 + ";", True, "", 1),
    ],
)
def test_examples(text: str, markup: bool, left: str, removed: int) -> None:
    assert clean_text(text, markup=markup) == type(clean_text(""))(left, removed)


def test_what_counts_as_uncarried() -> None:
    assert [code for code in range(0x20) if not uncarried(code)] == [9, 10, 13]
    assert all(uncarried(code) for code in (0x7F, 0x80, 0x9F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF))
    assert not any(uncarried(code) for code in (0x20, 0xA0, 0xFFFD, 0x10000, 0x10FFFF))


def test_the_phrase_the_imports_use() -> None:
    assert removed_phrase(1) == "removed 1 control character"
    assert removed_phrase(1234) == "removed 1,234 control characters"
