"""The learned filter's model: scores in [0, 1] for any input, stored as numbers only."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.domain.comment_features import CommentText
from newsdesk.services.spam_model import SpamModel, starter_model


def test_the_starter_model_tells_channel_spam_from_a_remark() -> None:
    model = starter_model()
    spam, remark = model.score_many(
        [
            CommentText("Check out my channel and subscribe!! http://promo.example.com"),
            CommentText("A thoughtful remark about the talks.", "Rita Reader"),
        ]
    )
    assert spam > 0.9 > 0.5 > remark


@pytest.mark.parametrize(
    "body",
    ["", "\x00" * 10, "\ud800\udfff", "x" * 5_000_000, "http://" * 10_000, "\n" * 100_000],
)
def test_hostile_comments_are_scored_not_crashed_on(body: str) -> None:
    model = starter_model()
    (score,) = model.score_many([CommentText(body, body[:300], body[:100], body[:200])])
    assert 0.0 <= score <= 1.0
    model.weighed(CommentText(body))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_scores_between_0_and_1(bodies: list[str]) -> None:
    scores = starter_model().score_many([CommentText(b) for b in bodies])
    assert len(scores) == len(bodies) and all(0.0 <= s <= 1.0 for s in scores)


def test_a_model_round_trips_as_numbers_and_refuses_anything_else() -> None:
    model = starter_model()
    again = SpamModel.from_bytes(model.to_bytes())
    comments = [CommentText("Subscribe to my channel"), CommentText("Good reporting.")]
    assert again.score_many(comments) == pytest.approx(model.score_many(comments), abs=1e-4)
    for data in (b"", b"PK\x03\x04 not a zip", pickle.dumps([1, 2, 3])):
        with pytest.raises(ValueError, match="not a stored spam model"):
            SpamModel.from_bytes(data)
