"""Copy checks on plain text, and on the seed story exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.domain.checks import (
    CheckContext,
    CheckInput,
    CheckKind,
    Finding,
    FindingCode,
    StyleRule,
    run_checks,
)
from newsdesk.domain.checks.findings import ENGLISH

SEED = Path(__file__).resolve().parents[3] / "resources/demo/articles/us-russia-relations.md"
COMPLETE = {"dateline": "MOSCOW", "byline": "B", "credit": "C", "has_section": True}


def kinds(text: str, **fields: object) -> list[tuple[CheckKind, int]]:
    story = CheckInput(body=text, **{**COMPLETE, **fields})  # type: ignore[arg-type]
    return [(f.kind, f.line) for f in run_checks(story) if f.kind is not CheckKind.SPELLING]


def test_seed_story_has_exactly_two_unbalanced_quotations() -> None:
    story = CheckInput(body=SEED.read_text(encoding="utf-8"), **COMPLETE)  # type: ignore[arg-type]
    findings = run_checks(story)
    unbalanced = [f for f in findings if f.kind in (CheckKind.QUOTES, CheckKind.BRACKETS)]
    assert [(f.kind, f.line) for f in unbalanced] == [(CheckKind.QUOTES, 1), (CheckKind.QUOTES, 9)]
    assert "Paragraph 1 " in unbalanced[0].message and "Paragraph 5 " in unbalanced[1].message


def test_seed_names_are_unknown_until_the_word_list_has_them() -> None:
    story = CheckInput(body=SEED.read_text(encoding="utf-8"), **COMPLETE)  # type: ignore[arg-type]
    unknown = {f.word for f in run_checks(story) if f.kind is CheckKind.SPELLING}
    assert {"Pompeo", "Lavrov"} <= unknown
    known = CheckContext(words=frozenset({"pompeo", "lavrov"}))
    unknown = {f.word for f in run_checks(story, known) if f.kind is CheckKind.SPELLING}
    assert not unknown & {"Pompeo", "Lavrov", "Pompeo’s"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes” and (quietly) left.", []),
        ("He said “yes and left.", [(CheckKind.QUOTES, 1)]),
        ("Closing ” without opening.", []),
        ('A "straight quote.', [(CheckKind.QUOTES, 1)]),
        ("It’s the teachers’ union’s call.", []),
        ("An (open bracket.", [(CheckKind.BRACKETS, 1)]),
        ("A close) alone.", [(CheckKind.BRACKETS, 1)]),
        ("1) a list item\n2) another", []),
        ("See [the link](https://x.test/a_(b)) here.", []),
        ("Code `“` is fine.", []),
        ("the the end", [(CheckKind.DOUBLED_WORD, 1)]),
        ("two  spaces", [(CheckKind.DOUBLE_SPACE, 1)]),
        ("hard break  \nnext", []),
        ("before , comma", [(CheckKind.SPACE_BEFORE_PUNCTUATION, 1)]),
        ("a .45 calibre", []),
    ],
)
def test_rules(text: str, expected: list[tuple[CheckKind, int]]) -> None:
    assert kinds(text) == expected


def test_german_quotes() -> None:
    assert kinds("Er sagte „ja“ und ging.", language="de") == []
    assert kinds("Er sagte „ja und ging.", language="de") == [(CheckKind.QUOTES, 1)]


def test_french_spaces_before_high_punctuation() -> None:
    assert kinds("Vraiment ? Oui !", language="fr") == []


def test_lengths_and_required_fields() -> None:
    long_sentence = " ".join(["word"] * 41) + "."
    story = CheckInput(headline="H" * 71, standfirst="S" * 251, body=f"Short.\n\n{long_sentence}")
    found = [(f.kind, f.field, f.line) for f in run_checks(story)]
    assert (CheckKind.LONG_SENTENCE, "body", 3) in found
    assert (CheckKind.HEADLINE_LENGTH, "headline", 0) in found
    assert (CheckKind.STANDFIRST_LENGTH, "standfirst", 0) in found
    missing = {f.field for f in run_checks(story) if f.kind is CheckKind.MISSING_FIELD}
    assert missing == {"dateline", "section", "byline", "credit"}


def test_style_list_suggests_a_replacement_in_the_same_case() -> None:
    context = CheckContext(style=(StyleRule("special advocate", "special counsel"),))
    story = CheckInput(body="Special advocate Mueller, the special  advocate.", **COMPLETE)  # type: ignore[arg-type]
    style = [f for f in run_checks(story, context) if f.kind is CheckKind.STYLE]
    assert [f.replacement for f in style] == ["Special counsel", "special counsel"]
    assert (style[0].start, style[0].end) == (0, 16)


def test_findings_are_codes_with_values_and_read_in_english() -> None:
    story = CheckInput(
        headline="Talks  end",
        body="He said “yes and left.\n\nAn (open bracket.\n\nthe the end , Pompeo",
        dateline="MOSCOW",
        has_section=True,
        language="en",
    )
    found = {(f.code, f.params): f.message for f in run_checks(story)}
    assert found == {
        (FindingCode.MISSING_FIELD, ("byline",)): (
            "Missing byline: required before the story can be passed as ready"
        ),
        (FindingCode.MISSING_FIELD, ("credit",)): (
            "Missing credit line: required before the story can be passed as ready"
        ),
        (FindingCode.DOUBLE_SPACE, ()): "Double space",
        (FindingCode.QUOTE_NOT_CLOSED, (1, "“")): (
            "Paragraph 1 opens a quotation (“) it never closes"
        ),
        (FindingCode.BRACKET_NOT_CLOSED, (2, "(")): (
            "Paragraph 2 opens a bracket (() it never closes"
        ),
        (FindingCode.DOUBLED_WORD, ("the", "the")): "Doubled word: “the the”",
        (FindingCode.SPACE_BEFORE_PUNCTUATION, (",",)): "Space before “,”",
        (FindingCode.UNKNOWN_WORD, ("Pompeo",)): "Unknown word: “Pompeo”",
    }


def test_every_code_has_its_kind_and_english() -> None:
    assert set(ENGLISH) == set(FindingCode)
    assert {code.kind for code in FindingCode} == set(CheckKind)
    two_open = Finding(FindingCode.QUOTES_NOT_CLOSED, (3, "«", 2))
    assert two_open.kind is CheckKind.QUOTES
    assert two_open.message == "Paragraph 3 opens a quotation («) it never closes (2 open)"
