"""The live preview's body: each keystroke's patch turns the old blocks into a fresh render.

`PreviewBody` below does in Python what the preview page's `ndPatch` (ui/preview/
preview.js) does to the DOM with a patch that `ArticlePreview._apply` sends it: remove
`remove` wrappers at `start`, insert one wrapper per inserted block, then set every
wrapper's `data-start` when `starts` is given. What a reader sees after any edits must
be what a freshly opened story shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdesk.rendering.block_document as block_document_module
import newsdesk.rendering.incremental as incremental_module
from newsdesk.rendering import render_markdown, split_blocks, uses_reference_definitions
from newsdesk.rendering.block_document import BlockDocument, LineEdit
from newsdesk.rendering.blocks import SourceBlock
from newsdesk.rendering.incremental import BodyPatch, IncrementalBodyRenderer
from newsdesk.rendering.markdown import LineNumberedHtml


@dataclass(frozen=True)
class Block:
    """One `<div class="nd-block">` of the preview: its `data-start` and inner HTML."""

    start: int | None
    html: str


class PreviewBody:
    """The preview page's `#article-body`, patched the way preview.js patches it."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []

    def apply(self, patch: BodyPatch) -> None:
        if patch.is_empty:  # the view sends nothing then
            return
        del self.blocks[patch.start : patch.start + patch.remove]
        inserted = [
            Block(start, html)
            for start, html in zip(patch.insert_starts, patch.insert, strict=True)
        ]
        self.blocks[patch.start : patch.start] = inserted
        if patch.starts is not None:
            for index, start in enumerate(patch.starts[: len(self.blocks)]):
                self.blocks[index] = Block(start, self.blocks[index].html)
        for index in range(patch.start + len(patch.insert), len(self.blocks)):
            block = self.blocks[index]
            assert block.start is not None
            self.blocks[index] = Block(block.start + patch.shift_by, block.html)

    def page_html(self) -> str:
        """The body as one document: each block's lines moved down to where it starts."""

        def shifted(block: Block) -> str:
            assert block.start is not None, "a block without data-start breaks scroll sync"
            offset = block.start
            return _LINE.sub(lambda m: f'data-line="{int(m.group(1)) + offset}"', block.html)

        return "".join(shifted(block) for block in self.blocks)


_LINE = re.compile(r'data-line="(\d+)"')


def fresh_blocks(text: str) -> list[Block]:
    """The blocks a newly opened story shows, worked out without the incremental renderer."""
    if uses_reference_definitions(text):
        return [Block(0, render_markdown(text))]
    return [Block(block.start_line, render_markdown(block.text)) for block in split_blocks(text)]


def opened(text: str) -> tuple[IncrementalBodyRenderer, PreviewBody]:
    renderer = IncrementalBodyRenderer()
    body = PreviewBody()
    body.apply(renderer.patch(text))
    return renderer, body


def edit(renderer: IncrementalBodyRenderer, body: PreviewBody, text: str) -> BodyPatch:
    patch = renderer.patch(text)
    body.apply(patch)
    assert body.blocks == fresh_blocks(text)
    return patch


def count_renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    original: Callable[[str], LineNumberedHtml] = incremental_module.render_markdown_template

    def counting(text: str) -> LineNumberedHtml:
        calls.append(text)
        return original(text)

    monkeypatch.setattr(incremental_module, "render_markdown_template", counting)
    return calls


THREE = "MOSCOW one\n\nTwo\n\nThree\n"


# ---- the first patch ----------------------------------------------------------------------
def test_first_patch_inserts_every_block_with_its_start() -> None:
    patch = IncrementalBodyRenderer().patch(THREE)
    assert (patch.start, patch.remove) == (0, 0)
    assert patch.insert == (
        '<p data-line="0">MOSCOW one</p>\n',
        '<p data-line="0">Two</p>\n',
        '<p data-line="0">Three</p>\n',
    )
    assert patch.insert_starts == (0, 2, 4)
    assert patch.starts == (0, 2, 4)


def test_the_body_equals_a_whole_render() -> None:
    text = '# Head\n\n"Quote" -- ok\n\n- a\n- b\n\n```\nx\n\ny\n```\n\n| a |\n|---|\n| 1 |\n'
    _renderer, body = opened(text)
    assert body.blocks == fresh_blocks(text)
    assert body.page_html() == render_markdown(text)


def test_empty_text_has_an_empty_body() -> None:
    patch = IncrementalBodyRenderer().patch("")
    assert patch.is_empty


def test_unchanged_text_patches_nothing() -> None:
    renderer, _body = opened(THREE)
    assert renderer.patch(THREE).is_empty


def test_reset_rebuilds_the_whole_body_for_a_reloaded_page() -> None:
    renderer, _body = opened(THREE)
    renderer.reset()
    patch = renderer.patch(THREE)
    assert (patch.start, patch.remove, len(patch.insert)) == (0, 0, 3)
    reloaded = PreviewBody()
    reloaded.apply(patch)
    assert reloaded.blocks == fresh_blocks(THREE)


# ---- edits in place -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("edited", "index"),
    [
        ("MOSCOW one!\n\nTwo\n\nThree\n", 0),
        ("MOSCOW one\n\nTwo!\n\nThree\n", 1),
        ("MOSCOW one\n\nTwo\n\nThree!\n", 2),
    ],
    ids=["start", "middle", "end"],
)
def test_an_edit_within_a_line_replaces_only_its_block(edited: str, index: int) -> None:
    renderer, body = opened(THREE)
    patch = edit(renderer, body, edited)
    assert (patch.start, patch.remove, len(patch.insert)) == (index, 1, 1)
    assert patch.insert_starts == ((0, 2, 4)[index],)
    assert patch.starts is None  # nothing moved


def test_an_edit_re_renders_only_the_block_it_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(f'Paragraph {i} says "hello".' for i in range(50))
    renderer, body = opened(text)
    calls = count_renders(monkeypatch)
    edited = text.replace("Paragraph 20 ", "Paragraph 20x ")
    patch = edit(renderer, body, edited)
    assert calls == ['Paragraph 20x says "hello".\n\n']
    assert (patch.start, patch.remove, len(patch.insert)) == (20, 1, 1)


def test_a_new_line_moves_the_blocks_below_without_rendering_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    renderer, body = opened(THREE)
    calls = count_renders(monkeypatch)
    patch = edit(renderer, body, "MOSCOW one\nand more\n\nTwo\n\nThree\n")
    assert calls == ["MOSCOW one\nand more\n\n"]
    assert (patch.start, patch.remove) == (0, 1)
    assert patch.starts == (0, 3, 5)
    assert body.page_html() == render_markdown("MOSCOW one\nand more\n\nTwo\n\nThree\n")


def test_a_block_seen_before_comes_from_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    renderer, body = opened(THREE)
    edit(renderer, body, "MOSCOW one\n\nTwo!\n\nThree\n")
    calls = count_renders(monkeypatch)
    edit(renderer, body, THREE)  # undo
    assert calls == []


# ---- paragraphs come and go ------------------------------------------------------------------
def test_inserting_a_paragraph_inserts_one_block_and_moves_the_rest() -> None:
    renderer, body = opened(THREE)
    patch = edit(renderer, body, "MOSCOW one\n\nNew\n\nTwo\n\nThree\n")
    assert (patch.start, patch.remove) == (1, 0)
    assert patch.insert == ('<p data-line="0">New</p>\n',)
    assert patch.insert_starts == (2,)
    assert patch.starts == (0, 2, 4, 6)


def test_removing_a_paragraph_removes_its_block() -> None:
    renderer, body = opened(THREE)
    patch = edit(renderer, body, "MOSCOW one\n\nThree\n")
    assert (patch.start, patch.remove, patch.insert) == (1, 1, ())
    assert patch.starts == (0, 2)


def test_a_paragraph_added_at_the_end() -> None:
    renderer, body = opened(THREE)
    patch = edit(renderer, body, THREE + "\nFour\n")
    # "Three\n" became "Three\n\n": its block changes too, the fourth is new.
    assert (patch.start, patch.remove, len(patch.insert)) == (2, 1, 2)
    assert patch.insert_starts == (4, 6)


def test_deleting_everything_empties_the_body() -> None:
    renderer, body = opened(THREE)
    patch = edit(renderer, body, "")
    assert (patch.start, patch.remove, patch.insert, patch.starts) == (0, 3, (), ())
    assert body.blocks == []


# ---- blocks that change shape ------------------------------------------------------------
def test_joining_two_paragraphs_turns_two_blocks_into_one() -> None:
    renderer, body = opened(THREE)
    patch = edit(renderer, body, "MOSCOW one\nTwo\n\nThree\n")
    assert (patch.start, patch.remove, len(patch.insert)) == (0, 2, 1)
    assert patch.starts == (0, 3)
    patch = edit(renderer, body, THREE)  # and split again
    assert (patch.start, patch.remove, len(patch.insert)) == (0, 1, 2)


def test_opening_a_fence_swallows_the_blocks_below_and_closing_it_frees_them() -> None:
    renderer, body = opened(THREE)
    patch = edit(renderer, body, "MOSCOW one\n\n```\nTwo\n\nThree\n")
    assert (patch.start, patch.remove, len(patch.insert)) == (1, 2, 1)
    assert "<pre" in patch.insert[0] and "Three" in patch.insert[0]
    patch = edit(renderer, body, "MOSCOW one\n\n```\nTwo\n```\n\nThree\n")
    assert (patch.start, patch.remove, len(patch.insert)) == (1, 1, 2)
    assert "Three" not in patch.insert[0]


def test_typing_inside_a_fence_with_blank_lines_replaces_the_fence() -> None:
    text = "intro\n\n```\ncode\n\nmore code\n```\n\nafter\n"
    renderer, body = opened(text)
    assert len(body.blocks) == 3
    patch = edit(renderer, body, text.replace("more code", "more code!"))
    assert (patch.start, patch.remove, len(patch.insert)) == (1, 1, 1)


def test_a_list_item_continued_across_a_blank_line_stays_one_block() -> None:
    text = "- one\n\n- two\n\nafter\n"
    renderer, body = opened(text)
    assert [block.start for block in body.blocks] == [0, 4]
    patch = edit(renderer, body, "- one\n\n- two\n\n  still two\n\nafter\n")
    assert (patch.start, patch.remove, len(patch.insert)) == (0, 1, 1)
    assert "still two" in patch.insert[0]
    assert patch.starts == (0, 6)
    # Unindenting the continuation ends the list: it becomes a paragraph of its own.
    patch = edit(renderer, body, "- one\n\n- two\n\nstill two\n\nafter\n")
    assert [block.start for block in body.blocks] == [0, 4, 6]


def test_a_reference_defined_far_below_links_a_paragraph_at_the_top() -> None:
    paragraphs = "\n\n".join(f"Paragraph {i}." for i in range(20))
    text = f"See [the story][s].\n\n{paragraphs}\n"
    renderer, body = opened(text)
    assert len(body.blocks) == 21
    defined = text + "\n[s]: https://example.com/story\n"
    patch = edit(renderer, body, defined)
    # Definitions tie blocks together: the body becomes one block, rendered whole.
    assert (patch.start, patch.remove, len(patch.insert)) == (0, 21, 1)
    assert 'href="https://example.com/story"' in patch.insert[0]
    assert body.page_html() == render_markdown(defined)
    patch = edit(renderer, body, text)  # the definition is deleted again
    assert (patch.start, patch.remove, len(patch.insert)) == (0, 1, 21)
    assert "href" not in body.page_html()


# ---- the property: any edits, then the same as a fresh render ------------------------------
SNIPPETS = [
    'He said "hello" -- it\'s fine',
    "plain words",
    "# Heading",
    "Setext\n===",
    "- item",
    "- item\n- item two",
    "  - nested item",
    "  continued",
    "1. first",
    "> quote",
    "> quote\nlazy continuation",
    "```",
    "~~~",
    "    indented code",
    "<div>",
    "</div>",
    "<pre>",
    "</pre>",
    "<!-- comment",
    "-->",
    "[s]: https://example.com/s",
    "see [s] and [t][s]",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "---",
    "text www.example.com",
    "",
]
SEPARATORS = ["\n", "\n\n", "\n\n\n", "\n \n"]

pieces = st.one_of(
    st.sampled_from(SNIPPETS),
    st.text(alphabet="ab -*>`~<!/|#=[]:\"'\n", max_size=12),
)
documents = st.lists(st.tuples(pieces, st.sampled_from(SEPARATORS)), max_size=12).map(
    lambda pairs: "".join(a + b for a, b in pairs)
)


@st.composite
def edits(draw: st.DrawFn, text: str) -> str:
    """`text` with one span (perhaps empty) replaced by a piece (perhaps empty)."""
    start = draw(st.integers(min_value=0, max_value=len(text)))
    end = draw(st.integers(min_value=start, max_value=min(len(text), start + 20)))
    inserted = draw(st.one_of(pieces, st.sampled_from(SEPARATORS)))
    return text[:start] + inserted + text[end:]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.data())
def test_patches_after_any_edits_give_a_fresh_render(text: str, data: st.DataObject) -> None:
    renderer, body = opened(text)
    assert body.blocks == fresh_blocks(text)
    for _ in range(data.draw(st.integers(min_value=1, max_value=8), label="edits")):
        text = data.draw(edits(text), label="text")
        patch = renderer.patch(text)
        body.apply(patch)
        assert body.blocks == fresh_blocks(text)
        assert body.page_html() == render_markdown(text)


def megabyte_story() -> str:
    paragraph = (
        "\u201cWe are talking about a certain convergence of situation,\u201d said "
        "Kurtunov -- see https://example.com and *more*."
    )
    parts = []
    for i in range(9000):
        if i % 40 == 0:
            parts.append(f"## Section {i}")
        elif i % 31 == 0:
            parts.append(f"- point {i}\n- another point")
        else:
            parts.append(f"{paragraph} {i}")
    return "\n\n".join(parts)


def test_a_keystroke_in_a_megabyte_story_renders_one_block_and_splits_only_around_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a keystroke costs follows the edit, not the story (no timings: counts)."""
    text = megabyte_story()
    assert len(text.encode()) > 1_000_000
    renderer = IncrementalBodyRenderer()
    renderer.patch(text)
    calls = count_renders(monkeypatch)
    split: list[int] = []
    original = block_document_module.split_blocks

    def counting_split(chunk: str) -> list[SourceBlock]:
        split.append(len(chunk))
        return original(chunk)

    monkeypatch.setattr(block_document_module, "split_blocks", counting_split)
    middle = len(text) // 2
    edited, change = line_edit(text, middle, middle, "x")
    patch = renderer.patch_edits([change])
    assert len(calls) == 1
    assert (patch.remove, len(patch.insert), patch.starts, patch.shift_by) == (1, 1, None, 0)
    assert split and max(split) < 2_000  # a few paragraphs around the edit
    assert renderer.patch(edited).is_empty  # the same as splitting it all afresh


# ---- following the editor's line edits -----------------------------------------------------
def line_edit(text: str, start: int, end: int, inserted: str) -> tuple[str, LineEdit]:
    """The new text, and the lines it replaced as the editor's text mirror reports them."""
    new = text[:start] + inserted + text[end:]
    first = text.count("\n", 0, start)
    removed = text.count("\n", start, end) + 1
    added = 1 + inserted.count("\n")
    return new, LineEdit(first, removed, tuple(new.split("\n")[first : first + added]))


@st.composite
def spans(draw: st.DrawFn, text: str) -> tuple[int, int, str]:
    start = draw(st.integers(min_value=0, max_value=len(text)))
    end = draw(st.integers(min_value=start, max_value=min(len(text), start + 20)))
    return start, end, draw(st.one_of(pieces, st.sampled_from(SEPARATORS)))


def test_a_keystroke_sends_its_block_and_shifts_the_rest_by_its_new_line() -> None:
    text = "".join(f"Paragraph {n}.\n\n" for n in range(50))
    renderer, body = opened(text)
    position = text.index("Paragraph 20") + 5
    text, change = line_edit(text, position, position, "\n")
    patch = renderer.patch_edits([change])
    body.apply(patch)
    assert (patch.start, patch.remove, len(patch.insert)) == (20, 1, 1)
    assert (patch.starts, patch.shift_by) == (None, 1)
    assert body.blocks == fresh_blocks(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.data())
def test_patches_after_any_line_edits_give_a_fresh_render(text: str, data: st.DataObject) -> None:
    renderer, body = opened(text)
    for _ in range(data.draw(st.integers(min_value=1, max_value=6), label="renders")):
        batch = []  # the edits made while the previous render ran
        for _ in range(data.draw(st.integers(min_value=1, max_value=3), label="edits")):
            text, change = line_edit(text, *data.draw(spans(text), label="edit"))
            batch.append(change)
        body.apply(renderer.patch_edits(batch))
        assert body.blocks == fresh_blocks(text)
        assert body.page_html() == render_markdown(text)


# ---- a long story shown from the top, then filled in ---------------------------------------
def test_a_long_story_shows_its_first_blocks_then_fills_in_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "".join(f"Paragraph {n}.\n\n" for n in range(25))
    renderer = IncrementalBodyRenderer(fill_blocks=10, first_lines=20)
    body = PreviewBody()
    loads: list[int] = []
    original = BlockDocument.load

    def counting(self: BlockDocument, lines: list[str]) -> object:
        loads.append(len(lines))
        return original(self, lines)

    monkeypatch.setattr(BlockDocument, "load", counting)
    first = renderer.patch(text, first=5)
    body.apply(first)
    assert (len(body.blocks), first.complete) == (5, False)
    assert loads == []  # only the story's top was split for the first patch
    patches: list[BodyPatch] = []
    while not patches or not patches[-1].complete:
        patches.append(renderer.fill())
        body.apply(patches[-1])
    assert [len(patch.insert) for patch in patches] == [10, 10]
    assert loads == [51]  # the whole story, split once at the first fill
    assert body.blocks == fresh_blocks(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.data())
def test_edits_while_filling_in_end_as_a_fresh_render(text: str, data: st.DataObject) -> None:
    renderer = IncrementalBodyRenderer(
        fill_blocks=data.draw(st.integers(1, 3), label="fill"),
        first_lines=data.draw(st.integers(1, 12), label="first lines"),
    )
    body = PreviewBody()
    body.apply(renderer.patch(text, first=data.draw(st.integers(0, 3), label="first")))
    for _ in range(data.draw(st.integers(min_value=1, max_value=6), label="steps")):
        if data.draw(st.booleans(), label="fill now"):
            body.apply(renderer.fill())
        else:
            text, change = line_edit(text, *data.draw(spans(text), label="edit"))
            body.apply(renderer.patch_edits([change]))
        # What is shown is always the top of a fresh render.
        assert body.blocks == fresh_blocks(text)[: len(body.blocks)]
    for _ in range(len(text) + 2):
        patch = renderer.fill()
        body.apply(patch)
        if patch.complete:
            break
    assert body.blocks == fresh_blocks(text)
