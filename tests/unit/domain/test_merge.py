"""Three-way merge by paragraph and field."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsdesk.domain.diff import DiffKind, TextDiff
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.merge import (
    Change,
    Written,
    join_paragraphs,
    merge_edits,
    merge_text,
    split_paragraphs,
)
from newsdesk.domain.three_way import ThreeWayComparison

BASE = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n\nFourth paragraph."


def test_paragraphs_join_back_to_the_text() -> None:
    text = "One.\n\n\nTwo\nstill two.\n \nThree"
    assert split_paragraphs(text) == ["One.\n\n\n", "Two\nstill two.\n \n", "Three"]
    assert "".join(split_paragraphs(text)) == text


def test_edits_to_different_paragraphs_merge_cleanly() -> None:
    ours = BASE.replace("First paragraph.", "First paragraph, edited by us.")
    theirs = BASE.replace("Third paragraph.", "Third paragraph, edited by them.")
    merged = merge_text(BASE, ours, theirs)
    assert merged.clean
    assert merged.text() == (
        "First paragraph, edited by us.\n\nSecond paragraph.\n\n"
        "Third paragraph, edited by them.\n\nFourth paragraph."
    )


def test_edits_to_neighbouring_paragraphs_merge_too() -> None:
    ours = BASE.replace("Second", "2nd")
    theirs = BASE.replace("Third", "3rd")
    merged = merge_text(BASE, ours, theirs)
    assert merged.clean
    assert "2nd paragraph." in merged.text() and "3rd paragraph." in merged.text()


def test_a_paragraph_added_at_the_end_and_an_edit_at_the_start() -> None:
    ours = BASE + "\n\nA fifth paragraph."
    theirs = BASE.replace("First", "Opening")
    merged = merge_text(BASE, ours, theirs)
    assert merged.clean
    assert merged.text() == (
        "Opening paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n\n"
        "Fourth paragraph.\n\nA fifth paragraph."
    )


def test_the_same_paragraph_changed_differently_is_a_conflict_with_both_texts() -> None:
    ours = BASE.replace("Second paragraph.", "Second paragraph as we see it.")
    theirs = BASE.replace("Second paragraph.", "Second paragraph as they see it.")
    merged = merge_text(BASE, ours, theirs)
    assert not merged.clean
    (conflict,) = merged.conflicts
    assert conflict.ours[0].startswith("Second paragraph as we see it.")
    assert conflict.theirs[0].startswith("Second paragraph as they see it.")
    assert "as we see it" in merged.text("ours") and "as they" not in merged.text("ours")
    assert "as they see it" in merged.text("theirs")
    both = merged.text_with_both("Your version", "Their version")
    assert both.index("<<<<<<< Your version") < both.index("as we see it")
    assert both.index("======= Their version") < both.index("as they see it")
    assert "First paragraph." in both and "Fourth paragraph." in both


def test_fields_merge_one_by_one_and_tags_as_sets() -> None:
    base = ArticleEdit(headline="Council votes", byline="Ana", body=BASE, tags=("city", "vote"))
    ours = ArticleEdit(
        headline="Council votes to close pool",
        byline="Ana",
        body=BASE,
        tags=("city", "vote", "pool"),
    )
    theirs = ArticleEdit(headline="Council votes", byline="Ana Ruiz", body=BASE, tags=("city",))
    merged = merge_edits(base, ours, theirs)
    assert merged.clean
    result = merged.result()
    assert result.headline == "Council votes to close pool"
    assert result.byline == "Ana Ruiz"
    assert result.tags == ("city", "pool")


def test_a_field_changed_differently_on_both_sides_is_named() -> None:
    base = ArticleEdit(headline="Council votes")
    merged = merge_edits(
        base, ArticleEdit(headline="Council says yes"), ArticleEdit(headline="Council says no")
    )
    assert merged.field_conflicts == ("headline",)
    assert merged.result("theirs").headline == "Council says no"


paragraph = st.text(alphabet="abc XYZ.", min_size=1, max_size=12).map(str.strip).filter(bool)


@given(
    st.lists(paragraph, min_size=2, max_size=8),
    st.data(),
)
def test_two_edits_to_different_paragraphs_always_merge_keeping_both(
    paragraphs: list[str], data: st.DataObject
) -> None:
    first = data.draw(st.integers(0, len(paragraphs) - 1))
    second = data.draw(st.integers(0, len(paragraphs) - 1).filter(lambda i: i != first))
    ours_list, theirs_list = list(paragraphs), list(paragraphs)
    ours_list[first] = "OURS " + paragraphs[first]
    theirs_list[second] = "THEIRS " + paragraphs[second]
    base, ours, theirs = ("\n\n".join(p) for p in (paragraphs, ours_list, theirs_list))
    merged = merge_text(base, ours, theirs)
    assert merged.clean
    expected = list(paragraphs)
    expected[first], expected[second] = ours_list[first], theirs_list[second]
    assert merged.text() == "\n\n".join(expected)


@given(st.text(max_size=60), st.text(max_size=60))
def test_one_sided_changes_win_silently(base: str, changed: str) -> None:
    assert merge_text(base, changed, base).text() == changed
    assert merge_text(base, base, changed).text() == changed


def test_each_conflict_can_be_settled_its_own_way() -> None:
    ours = BASE.replace("First", "Our first").replace("Third", "Our third")
    theirs = BASE.replace("First", "Their first").replace("Third", "Their third")
    merged = merge_text(BASE, ours, theirs)
    assert len(merged.conflicts) == 2
    text = merged.text_choosing(["both", "theirs"])
    assert text == (
        "Our first paragraph.\n\nTheir first paragraph.\n\nSecond paragraph.\n\n"
        "Their third paragraph.\n\nFourth paragraph."
    )


# ---- who changed what: the three-way facts ------------------------------------------------
untidy_text = st.lists(st.text(alphabet="ab .\n\t", max_size=10), max_size=6).map("\n\n".join)


@given(untidy_text, untidy_text, untidy_text)
def test_the_stretches_hold_each_side_whole(base: str, ours: str, theirs: str) -> None:
    """Taking mine everywhere gives my text, theirs everywhere theirs, whatever the texts."""
    merged = merge_text(base, ours, theirs)
    assert merged.side("ours") == ours
    assert merged.side("theirs") == theirs
    assert merged.side("base") == base
    if merged.clean and theirs == base:
        assert merged.text() == ours


# What each side did to one paragraph of the base.
KEPT, THEIRS, OURS, BOTH_ALIKE, OURS_DELETED, THEIRS_DELETED = range(6)
FACT = {
    KEPT: Change.UNCHANGED,
    THEIRS: Change.THEIRS,
    OURS: Change.OURS,
    BOTH_ALIKE: Change.SAME,
    OURS_DELETED: Change.OURS,
    THEIRS_DELETED: Change.THEIRS,
}


def edited(paragraphs: list[str], fates: list[int], ours: bool) -> list[str]:
    out = []
    for paragraph, fate in zip(paragraphs, fates, strict=True):
        if fate == BOTH_ALIKE:
            out.append("BOTH " + paragraph)
        elif fate == (OURS if ours else THEIRS):
            out.append(("OURS " if ours else "THEIRS ") + paragraph)
        elif fate != (OURS_DELETED if ours else THEIRS_DELETED):
            out.append(paragraph)
    return out


@given(
    st.lists(paragraph, min_size=1, max_size=8, unique=True),
    st.data(),
    st.sampled_from(["", "ours", "theirs"]),
)
def test_changes_to_different_paragraphs_merge_and_say_who_made_them(
    paragraphs: list[str], data: st.DataObject, writes_on: str
) -> None:
    """Edits, deletions and a paragraph added at the end, by either side or both alike:
    none overlaps, so the merge keeps them all and each paragraph says who changed it."""
    fates = data.draw(st.lists(st.sampled_from(list(FACT)), min_size=len(paragraphs)))
    fates = fates[: len(paragraphs)]
    assume(not writes_on or fates[-1] != BOTH_ALIKE)  # that and an addition after it overlap
    ours_list, theirs_list = edited(paragraphs, fates, True), edited(paragraphs, fates, False)
    if writes_on:
        (ours_list if writes_on == "ours" else theirs_list).append("ADDED")
    base, ours, theirs = ("\n\n".join(p) for p in (paragraphs, ours_list, theirs_list))
    merged = merge_text(base, ours, theirs)
    assert merged.clean
    expected = [
        p
        for p, fate in zip(paragraphs, fates, strict=True)
        for p in edited([p], [fate], fate in (OURS, OURS_DELETED, BOTH_ALIKE))
    ]
    assert merged.text() == "\n\n".join(expected + (["ADDED"] if writes_on else []))
    facts = [stretch.change for stretch in merged.stretches for _ in stretch.base]
    assert facts == [FACT[fate] for fate in fates]
    if writes_on:
        assert merged.stretches[-1].change == Change(writes_on)
        assert merged.stretches[-1].side(writes_on)[-1] == "ADDED"  # type: ignore[arg-type]


def test_a_paragraph_added_after_one_the_other_side_changed_merges() -> None:
    ours = BASE + "\n\nA fifth paragraph."
    theirs = BASE.replace("Fourth paragraph.", "Fourth paragraph, revised.")
    merged = merge_text(BASE, ours, theirs)
    assert merged.clean
    assert merged.text().endswith("Fourth paragraph, revised.\n\nA fifth paragraph.")
    assert [s.change for s in merged.stretches] == [Change.UNCHANGED, Change.THEIRS, Change.OURS]


def test_a_recurring_paragraph_pairs_with_its_own_place() -> None:
    base = "* * *\n\nOne.\n\n* * *\n\nTwo."
    merged = merge_text(base, base.replace("One.", "One!"), base.replace("Two.", "Two!"))
    assert merged.text() == "* * *\n\nOne!\n\n* * *\n\nTwo!"


def test_a_conflict_settled_by_hand_takes_what_was_written() -> None:
    ours = BASE.replace("Second paragraph.", "Second paragraph as we see it.")
    theirs = BASE.replace("Second paragraph.", "Second paragraph as they see it.")
    merged = merge_text(BASE, ours, theirs)
    (conflict,) = merged.conflicts
    assert (conflict.base, conflict.change) == (("Second paragraph.\n\n",), Change.CONFLICT)
    assert merged.text_choosing([Written("Second, as we agreed.")]) == BASE.replace(
        "Second paragraph.", "Second, as we agreed."
    )
    assert merged.text_choosing([Written("")]) == BASE.replace("Second paragraph.\n\n", "")
    assert merged.text_choosing(["both"]) == BASE.replace(
        "Second paragraph.",
        "Second paragraph as we see it.\n\nSecond paragraph as they see it.",
    )


def test_paragraphs_join_with_a_blank_line_where_one_lacks_it() -> None:
    assert join_paragraphs(["Last of one", "", "First of another.\n\n", "End"]) == (
        "Last of one\n\nFirst of another.\n\nEnd"
    )


def test_a_field_both_changed_is_settled_by_hand_if_it_is_text() -> None:
    base = ArticleEdit(headline="Council votes", language="en")
    ours = ArticleEdit(headline="Council says yes", language="fr")
    theirs = ArticleEdit(headline="Council says no", language="de")
    merged = merge_edits(base, ours, theirs)
    assert merged.field_change("headline") is Change.CONFLICT
    assert merged.field_change("byline") is Change.UNCHANGED
    settled = merged.settled([], {"headline": Written("Council splits"), "language": "theirs"})
    assert (settled.headline, settled.language) == ("Council splits", "de")
    with pytest.raises(ValueError):
        merged.settled([], {"language": Written("es")})


# ---- what each side changed, from the base ------------------------------------------------
def test_each_side_is_compared_with_the_base_not_with_the_other() -> None:
    base = ArticleEdit(headline="Talks in Sochi", body=BASE)
    theirs = ArticleEdit(headline="Talks in Sochi end", body=BASE.replace("First", "Opening"))
    ours = ArticleEdit(headline="Talks in Sochi", body=BASE.replace("Third", "Closing"))
    changes = ThreeWayComparison.of(merge_edits(base, ours, theirs))

    def marked(diff: TextDiff, kind: DiffKind) -> list[str]:
        return [span.text for span in diff.spans if span.kind is kind]

    headline = changes.fields["headline"]
    assert headline.change is Change.THEIRS
    assert marked(headline.theirs, DiffKind.INSERT) == [" end"]
    assert not headline.ours.changed  # the untouched original is nobody's change
    first, _unchanged, third, _rest = changes.body
    assert (first.change, third.change) == (Change.THEIRS, Change.OURS)
    assert marked(first.theirs, DiffKind.DELETE) == ["First"]
    assert marked(first.theirs, DiffKind.INSERT) == ["Opening"]
    assert not first.ours.changed and not third.theirs.changed
    assert marked(third.ours, DiffKind.INSERT) == ["Closing"]
