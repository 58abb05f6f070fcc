from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.changes import Changes
from newsdesk.domain.slugs import slugify, unique_slug
from newsdesk.domain.text_stats import LineWordCounts, text_stats


def test_slugify_keeps_words_of_any_script() -> None:
    assert (
        slugify("US And Russian Authorities: Show Desire!")
        == "us-and-russian-authorities-show-desire"
    )
    assert slugify("Café au lait — déjà vu") == "cafe-au-lait-deja-vu"
    assert slugify("نمایشگاه کتاب") == "نمایشگاه-کتاب"
    assert slugify("   ") == "untitled"
    assert len(slugify("word " * 100)) <= 80


def test_unique_slug_counts_up() -> None:
    taken = {"news", "news-2"}
    assert unique_slug("news", taken.__contains__) == "news-3"
    assert unique_slug("fresh", taken.__contains__) == "fresh"


def test_text_stats_counts_words_characters_and_reading_time() -> None:
    stats = text_stats("Pompeo said “it’s productive” — twice.\n\nSecond paragraph here.")
    assert stats.words == 8
    assert stats.characters == len(
        "Pompeo said “it’s productive” — twice.\n\nSecond paragraph here."
    )
    assert stats.reading_minutes == 1
    assert text_stats("").reading_minutes == 0
    assert text_stats("word " * 1000).reading_minutes == 5


def test_changes_combine() -> None:
    combined = Changes(articles=frozenset({1}), sections=True) | Changes(
        articles=frozenset({2}), comments=True
    )
    assert combined == Changes(articles=frozenset({1, 2}), sections=True, comments=True)


@given(
    st.lists(st.text(alphabet=st.characters(exclude_characters="\n\r"), max_size=30), max_size=20)
)
def test_line_word_counts_match_counting_the_whole_text(lines: list[str]) -> None:
    counts = LineWordCounts()
    assert counts.stats(lines) == text_stats("\n".join(lines))
    assert counts.stats(lines) == text_stats("\n".join(lines))  # from the cache too
