"""Word-level diffs of revisions."""

from __future__ import annotations

import random

from newsdesk.domain.diff import DiffKind, diff_words, word_changes


def test_changed_words_inside_a_paragraph() -> None:
    result = diff_words(
        "The cat sat on the mat.\n\nSame.\n", "The dog sat on the red mat.\n\nSame.\n"
    )
    kinds = [(s.kind, s.text) for s in result.spans if s.kind is not DiffKind.EQUAL]
    assert kinds == [(DiffKind.DELETE, "cat"), (DiffKind.INSERT, "dog"), (DiffKind.INSERT, "red ")]
    assert (result.words_added, result.words_removed) == (2, 1)


def test_both_sides_rebuild_the_texts() -> None:
    rng = random.Random(4)
    words = [f"w{rng.randrange(50)}" for _ in range(400)]
    old = "\n\n".join(" ".join(words[i : i + 40]) for i in range(0, 400, 40))
    changed = words[:]
    for _ in range(30):
        changed[rng.randrange(len(changed))] = "new"
    new = "\n\n".join(" ".join(changed[i : i + 40]) for i in range(0, 400, 40)) + "\n\nEnd."
    result = diff_words(old, new)
    assert "".join(s.text for s in result.old_spans()) == old
    assert "".join(s.text for s in result.new_spans()) == new


def test_identical_texts_have_no_changes() -> None:
    assert not diff_words("a b", "a b").changed
    assert word_changes("", "one two three") == (3, 0)
    assert word_changes("one two three", "") == (0, 3)
