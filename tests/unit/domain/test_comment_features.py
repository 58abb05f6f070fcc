"""What the learned filter reads of a comment, and that no input breaks it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.domain.comment_features import MAX_WORDS, CommentText, features


def test_features_name_words_links_and_shape() -> None:
    found = features(
        CommentText(
            body="CHECK OUT MY CHANNEL!! http://www.Promo.example.com/x and www.b.example.org",
            name="Cheap Deals",
            email="Seller@Mail.Example.com",
            website="https://shop.example.net/",
        )
    )
    for name in (
        "word: channel",
        "words: my channel",
        "links: 2 or more",
        "links to: promo.example.com",
        "links to: b.example.org",
        "shape: capitals",
        "shape: !! or ??",
        "name: cheap",
        "website: shop.example.net",
        "e-mail at: mail.example.com",
        "length: under 100 characters",
    ):
        assert name in found


def test_a_huge_comment_costs_what_a_long_one_does() -> None:
    found = features(CommentText(body="word " * 1_000_000))
    assert sum(f.startswith("word: ") for f in found) <= MAX_WORDS
    assert "length: 500 characters or more" in found


@pytest.mark.parametrize("body", ["", " ", "\x00\x01\x7f", "\ud800", "ن" * 300, "<script>"])
def test_odd_text_gives_features_not_errors(body: str) -> None:
    assert features(CommentText(body=body, name=body, email=body, website=body))


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text(max_size=50), st.text(max_size=50), st.text(max_size=50))
def test_any_text_gives_features(body: str, name: str, email: str, website: str) -> None:
    found = features(CommentText(body, name, email, website))
    assert all(isinstance(f, str) and f for f in found)
