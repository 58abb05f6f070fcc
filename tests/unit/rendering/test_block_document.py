"""The blocks kept edit by edit are always those of splitting the whole text afresh."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.unit.rendering.test_rendering_blocks import SNIPPETS

from newsdesk.rendering import split_blocks, uses_reference_definitions
from newsdesk.rendering.block_document import BlockDocument, LineEdit

SEPARATORS = ["\n", "\n\n", "\n\n\n", "\n \n", "\n\t\n"]
pieces = st.one_of(
    st.sampled_from(SNIPPETS),
    st.text(alphabet="ab -*>`~<!/|#=[]:\"'\n\t1.", max_size=12),
)
documents = st.lists(st.tuples(pieces, st.sampled_from(SEPARATORS)), max_size=16).map(
    lambda pairs: "".join(a + b for a, b in pairs).replace("\r", "")
)


def line_edit(text: str, start: int, end: int, inserted: str) -> tuple[str, LineEdit]:
    """The new text, and the lines it replaced as the editor's text mirror reports them."""
    new = text[:start] + inserted + text[end:]
    first = text.count("\n", 0, start)
    removed = text.count("\n", start, end) + 1
    added = removed - text.count("\n", start, end) + inserted.count("\n")
    lines = tuple(new.split("\n")[first : first + added])
    return new, LineEdit(first, removed, lines)


def loaded(text: str) -> BlockDocument:
    document = BlockDocument()
    document.load(text.split("\n"))
    return document


def assert_fresh(document: BlockDocument, text: str) -> None:
    fresh = split_blocks(text)
    assert document.texts == [block.text for block in fresh]
    assert document.starts == [block.start_line for block in fresh]
    assert document.uses_references == uses_reference_definitions(text)


def test_a_keystroke_re_splits_only_around_its_line() -> None:
    text = "".join(f"Paragraph {n} of the story.\n\n" for n in range(200))
    document = loaded(text)
    start = text.index("Paragraph 100") + 9
    new, edit = line_edit(text, start, start, "X")
    change = document.apply(edit)
    assert change.start >= 98 and change.removed <= 3 and change.inserted <= 3
    assert_fresh(document, new)


def test_opening_a_fence_takes_the_rest_and_closing_it_gives_it_back() -> None:
    text = "".join(f"Paragraph {n}.\n\n" for n in range(30))
    document = loaded(text)
    position = text.index("Paragraph 10")
    fenced, edit = line_edit(text, position, position, "```\n\n")
    change = document.apply(edit)
    assert change.start + change.inserted == len(document.texts)  # runs to the end
    assert_fresh(document, fenced)
    closed, edit = line_edit(fenced, len(fenced), len(fenced), "```\n")
    document.apply(edit)
    assert_fresh(document, closed)


def test_an_edit_outside_the_text_is_refused() -> None:
    document = loaded("one\n\ntwo")
    try:
        document.apply(LineEdit(2, 5, ("x",)))
    except ValueError:
        pass
    else:
        raise AssertionError("an edit past the end was taken")
    assert_fresh(document, "one\n\ntwo")


def test_a_line_holding_its_own_break_splits_the_whole_text() -> None:
    document = loaded("one\n\ntwo")
    document.apply(LineEdit(2, 1, ("two\rthree",)))
    assert "".join(document.texts) == "one\n\ntwo\nthree"
    document.apply(LineEdit(2, 1, ("two",)))
    assert_fresh(document, "one\n\ntwo")


@st.composite
def edits(draw: st.DrawFn, text: str) -> tuple[int, int, str]:
    start = draw(st.integers(min_value=0, max_value=len(text)))
    end = draw(st.integers(min_value=start, max_value=min(len(text), start + 30)))
    inserted = draw(st.one_of(pieces, st.sampled_from(SEPARATORS), st.just("")))
    return start, end, inserted.replace("\r", "")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.data())
def test_any_edits_leave_the_blocks_of_a_fresh_split(text: str, data: st.DataObject) -> None:
    document = loaded(text)
    assert_fresh(document, text)
    for _ in range(data.draw(st.integers(min_value=1, max_value=8), label="edits")):
        start, end, inserted = data.draw(edits(text), label="edit")
        text, edit = line_edit(text, start, end, inserted)
        document.apply(edit)
        assert_fresh(document, text)
        assert document.text() == text
