"""The per-comment intake check: whatever a form or a file hands in, what is taken is clean."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.intake import Refused, Submission, clean

UNCARRIED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
ANYTHING = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, categories=None))
NOISE = st.lists(
    st.sampled_from(["\x00", "\x01", "\x1b", "\x7f", "\x9b", "\ud800", "\uffff", "&#1;"]),
    max_size=4,
).map("".join)


@given(name=ANYTHING, body=ANYTHING, noise=NOISE)
def test_a_taken_comment_holds_no_control_character(name: str, body: str, noise: str) -> None:
    submission = Submission(
        article="story",
        name=f"Rita{noise}{name}",
        email=f"rita{noise}@example.net",
        body=f"{noise}{body} fine",
        submitted_at=datetime(2025, 3, 1, tzinfo=UTC),
        ip=f"192.0.2.1{noise}",
    )
    try:
        tidy, removed = clean(submission)
    except Refused:
        return
    for text in (tidy.name, tidy.email, tidy.body, tidy.ip, tidy.website, tidy.article):
        assert UNCARRIED.search(text) is None
    assert tidy.email == "rita@example.net" and tidy.ip == "192.0.2.1"
    assert removed >= 3 * len(UNCARRIED.findall(noise))
    assert "&#1;" not in noise or "&#1;" in tidy.body  # plain text: kept as typed
