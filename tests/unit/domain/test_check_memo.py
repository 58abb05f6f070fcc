"""Checks remembered paragraph by paragraph find exactly what a fresh run finds."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.domain.checks import BodyMemo, CheckContext, CheckInput, run_checks

PIECES = [
    'He said "hello',
    "“Open quote",
    "(unclosed bracket",
    "closed)",
    "the the doubled",
    "Zorblatt and Quuxify",
    "a plainly fine sentence.",
    "```",
    "- a list item",
    "> quoted",
    "`code span` www.example.com",
    "",
]
body_text = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(["\n", "\n\n", " "])), max_size=25
).map(lambda pairs: "".join(a + b for a, b in pairs))


def story(body: str, language: str = "en") -> CheckInput:
    return CheckInput(headline="Head", standfirst="Stand", body=body, language=language)


def test_an_unchanged_story_is_not_checked_again() -> None:
    memo = BodyMemo()
    body = "One “open.\n\nTwo fine.\n\nThree Zorblatt."
    first = run_checks(story(body), memo=memo)
    assert memo.computed == 3
    again = run_checks(story(body), memo=memo)
    assert again == first
    assert memo.computed == 0
    # The same objects, not copies: nothing new for the garbage collector to follow.
    body_findings = [finding for finding in first if finding.field == "body"]
    assert body_findings and all(
        any(finding is other for other in again) for finding in body_findings
    )


def test_a_paragraph_moved_down_keeps_its_findings_at_its_new_line_and_number() -> None:
    memo = BodyMemo()
    body = "One “open.\n\nTwo fine."
    run_checks(story(body), memo=memo)
    moved = "New first paragraph.\n\n" + body
    assert run_checks(story(moved), memo=memo) == run_checks(story(moved))
    assert memo.computed == 1


def test_another_language_or_context_checks_everything_again() -> None:
    memo = BodyMemo()
    body = "Colour and color.\n\nZorblatt."
    run_checks(story(body), memo=memo)
    assert run_checks(story(body, "fr"), memo=memo) == run_checks(story(body, "fr"))
    assert memo.computed == 2
    context = CheckContext(words=frozenset({"zorblatt"}))
    assert run_checks(story(body, "fr"), context, memo) == run_checks(story(body, "fr"), context)
    assert memo.computed == 2


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body_text, st.data())
def test_any_edits_find_what_a_fresh_run_finds(body: str, data: st.DataObject) -> None:
    memo = BodyMemo()
    checked = story(body)
    assert run_checks(checked, memo=memo) == run_checks(checked)
    for _ in range(data.draw(st.integers(min_value=1, max_value=5), label="edits")):
        text = checked.body
        start = data.draw(st.integers(0, len(text)), label="start")
        end = data.draw(st.integers(start, min(len(text), start + 30)), label="end")
        inserted = data.draw(st.sampled_from([*PIECES, "\n\n", "\n"]), label="inserted")
        checked = replace(checked, body=text[:start] + inserted + text[end:])
        assert run_checks(checked, memo=memo) == run_checks(checked)
