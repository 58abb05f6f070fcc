"""The quick first look never hides a link linkify-it would find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linkify_it import LinkifyIt

from newsdesk.rendering import render_markdown
from newsdesk.rendering.linkify import QuickLinkify
from newsdesk.rendering.sanitize import render_comment_body

PLAIN = LinkifyIt()
QUICK = QuickLinkify()

# Pieces links are made of, and prose around them.
PIECES = st.sampled_from(
    [
        "http", "https", "ftp", "mailto", ":", "//", "/", ".", "@", "www", "example",
        "com", "org", "рф", "пример", "xn--p1ai", "COM", "Example", "co.uk", "1", "42",
        " ", "\n", "-", "_", "?", "#", "=", "&", "(", ")", "a", "é", "the", "e.g", "3.5",
        "。", "．", "localhost", "127.0.0.1", "%",
    ]
)  # fmt: skip


@given(st.lists(PIECES, max_size=14).map("".join))
@settings(max_examples=400, deadline=None)
def test_same_links_as_linkify_it(text: str) -> None:
    assert QUICK.test(text) == PLAIN.test(text)
    if PLAIN.pretest(text) and PLAIN.match(text):
        assert QUICK.pretest(text)


@pytest.mark.parametrize(
    "text",
    [
        "see example.com today",
        "write to desk@example.org",
        "www.example.net/path",
        "HTTPS://EXAMPLE.ORG",
        "//cdn.example.com/a.js",
        "пример.рф",
        "mailto:desk@example.org",
    ],
)
def test_links_in_prose_are_still_links(text: str) -> None:
    assert QUICK.pretest(text) and QUICK.test(text)
    assert "<a href=" in render_comment_body(text)
    assert "<a href=" in render_markdown(text)


def test_prose_without_links_is_ruled_out_at_once() -> None:
    assert not QUICK.pretest("The council met. Rates rise 3.5 per cent, e,g: not a link!")
    assert "<a" not in render_comment_body("Good point. Thanks for the story.")
