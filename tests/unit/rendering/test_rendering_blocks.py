"""Block-wise rendering for the live preview: same HTML as a full render, far less work."""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import newsdesk.rendering.blocks as blocks_module
from newsdesk.rendering import (
    BlockRenderer,
    SourceBlock,
    render_markdown,
    split_blocks,
    uses_reference_definitions,
)
from newsdesk.rendering.markdown import LineNumberedHtml


def blockwise(text: str) -> str:
    return "".join(render_markdown(b.text, line_offset=b.start_line) for b in split_blocks(text))


def starts(text: str) -> list[int]:
    return [block.start_line for block in split_blocks(text)]


# ---- splitting ---------------------------------------------------------------------------
def test_paragraphs_split_at_blank_lines() -> None:
    text = "MOSCOW para one\nstill one\n\nTwo\n\n\n# Three\n"
    result = split_blocks(text)
    assert result == [
        SourceBlock(0, 3, "MOSCOW para one\nstill one\n\n"),
        SourceBlock(3, 6, "Two\n\n\n"),
        SourceBlock(6, 7, "# Three\n"),
    ]


def test_chunks_tile_the_text() -> None:
    text = "a\n\nb\n\n- c\n\n  d\n\ne"
    result = split_blocks(text)
    assert "".join(block.text for block in result) == text
    for before, after in pairwise(result):
        assert before.end_line == after.start_line
    assert result[-1].end_line == text.count("\n") + 1


def test_empty_text_has_no_blocks() -> None:
    assert split_blocks("") == []


def test_fenced_code_with_blank_lines_is_one_block() -> None:
    text = "intro\n\n```\ncode\n\nmore code\n\n```\n\nafter\n"
    assert starts(text) == [0, 2, 9]


def test_unclosed_fence_takes_the_rest_of_the_document() -> None:
    text = "intro\n\n```\ncode\n\nnot a paragraph\n\nnor this\n"
    assert starts(text) == [0, 2]


def test_lists_and_their_continuations_stay_together() -> None:
    text = "- one\n\n- two\n\n  continued\n\n1. next list\n\nafter\n"
    assert starts(text) == [0, 8]


def test_indented_code_across_blank_lines_stays_together() -> None:
    text = "para\n\n    code\n\n    more\n\nafter\n"
    assert starts(text) == [0, 6]


def test_block_quotes_split_between_quotes() -> None:
    text = "> one\n> lazy\n\n> two\n\nafter\n"
    assert starts(text) == [0, 3, 5]


def test_html_comment_across_blank_lines_stays_together() -> None:
    text = "<!-- note\n\nstill note\n\n-->\n\nafter\n"
    assert starts(text) == [0, 6]


def test_raw_html_wrapper_stays_together() -> None:
    text = "<div>\n\ninside\n\n</div>\n\nafter\n"
    assert starts(text) == [0, 6]


def test_deep_nesting_keeps_the_rest_together() -> None:
    """markdown-it drops what follows a too-deep list; block rendering must agree."""
    deep = "".join("  " * level + "- x\n" for level in range(12))
    text = f"para\n\n{deep}\nafter\n\nmore\n"
    assert blockwise(text) == render_markdown(text)


# ---- reference definitions ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see [Reuters]\n\n[Reuters]: https://reuters.com\n", True),
        ("> [a]: /quoted-definition\n", True),
        ("- [a]:\n  /in-a-list\n", True),
        ("no definitions here\n", False),
        ("He said [sic]: no.\n", False),
        ("```\n[a]: /inside-code\n```\n", False),
        ("", False),
    ],
)
def test_reference_definitions_are_detected(text: str, expected: bool) -> None:
    assert uses_reference_definitions(text) is expected


# ---- BlockRenderer -----------------------------------------------------------------------
def count_renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    original: Callable[[str], LineNumberedHtml] = blocks_module.render_markdown_template

    def counting(text: str) -> LineNumberedHtml:
        calls.append(text)
        return original(text)

    monkeypatch.setattr(blocks_module, "render_markdown_template", counting)
    return calls


def test_renderer_matches_full_render() -> None:
    text = '# Head\n\n"Quote" -- ok\n\n- a\n- b\n\n```\nx\n\ny\n```\n\n| a |\n|---|\n| 1 |\n'
    rendered = BlockRenderer().render(text)
    assert "".join(block.html for block in rendered) == render_markdown(text)
    assert [block.start_line for block in rendered] == starts(text)


def test_one_character_edit_re_renders_one_block(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_renders(monkeypatch)
    text = "\n\n".join(f'Paragraph {i} says "hello".' for i in range(50))
    renderer = BlockRenderer()
    before = renderer.render(text)
    assert len(calls) == 50
    calls.clear()
    edited = text.replace("Paragraph 20 ", "Paragraph 20x ")
    after = renderer.render(edited)
    assert calls == ['Paragraph 20x says "hello".\n\n']
    changed = [
        i for i, (old, new) in enumerate(zip(before, after, strict=True)) if old.key != new.key
    ]
    assert changed == [20]
    assert "".join(block.html for block in after) == render_markdown(edited)


def test_inserted_line_renumbers_moved_blocks_without_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = count_renders(monkeypatch)
    text = "one\n\ntwo\n\nthree\n"
    renderer = BlockRenderer()
    renderer.render(text)
    calls.clear()
    edited = "one\n\n\ntwo\n\nthree\n"
    after = renderer.render(edited)
    assert calls == ["one\n\n\n"]  # only the block whose text changed
    assert [block.start_line for block in after] == [0, 3, 5]
    assert '<p data-line="5">three</p>' in after[2].html
    assert "".join(block.html for block in after) == render_markdown(edited)


def test_keys_are_stable_and_unique() -> None:
    text = "same\n\nsame\n\nother\n"
    first = BlockRenderer().render(text)
    second = BlockRenderer().render(text)
    assert [b.key for b in first] == [b.key for b in second]
    assert len({b.key for b in first}) == 3


def test_reference_definitions_fall_back_to_one_whole_block() -> None:
    text = "See [the story][s].\n\nMore.\n\n[s]: https://example.com/story\n"
    rendered = BlockRenderer().render(text)
    assert len(rendered) == 1
    assert rendered[0].html == render_markdown(text)
    assert 'href="https://example.com/story"' in rendered[0].html


def test_renderer_handles_empty_text() -> None:
    assert BlockRenderer().render("") == []


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


def test_one_megabyte_story_splits_and_re_renders_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    text = megabyte_story()
    assert len(text.encode()) > 1_000_000
    renderer = BlockRenderer()
    renderer.render(text)
    calls = count_renders(monkeypatch)
    middle = len(text) // 2
    edited = text[:middle] + "x" + text[middle:]
    started = time.perf_counter()
    renderer.render(edited)
    elapsed = time.perf_counter() - started
    assert len(calls) == 1
    assert elapsed < 1.0  # ~30 ms on a laptop; generous for slow CI machines
    started = time.perf_counter()
    split_blocks(edited)
    assert time.perf_counter() - started < 0.5  # ~15 ms on a laptop


# ---- the property: block by block equals whole --------------------------------------------
SNIPPETS = [
    'He said "hello" -- it\'s fine',
    "plain words",
    "# Heading",
    "Setext\n===",
    "- item",
    "- item\n- item two",
    "  - nested item",
    "1. first",
    "2) second",
    "2019. A year",
    "> quote",
    "> quote\nlazy continuation",
    "  > indented quote",
    "```",
    "```py",
    "~~~",
    "````",
    "  ```",
    "- ```",
    "> ```",
    "    indented code",
    "\ttabbed code",
    "<div>",
    "</div>",
    "<pre>",
    "</pre>",
    "   <pre>",
    "<!-- comment",
    "-->",
    "<?php",
    "?>",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE html",
    ">",
    "<script>",
    "</script>",
    "<textarea>",
    "</textarea>",
    "<span>inline</span> text",
    "<b>unclosed bold",
    '<div data-line="7">',
    '<a href="javascript:alert(1)">x</a>',
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "| lonely | pipe |",
    "***",
    "---",
    "text www.example.com",
    "~~strike~~ `code` *em*",
    "-",
    "+ plus",
    ">>>>>>>>>>>>>>>>>>>>>>> deep",
    "- - - - - - - - - - - deep list",
    "                  deep indent",
]
SEPARATORS = ["\n", "\n\n", "\n\n\n", "\n \n", "\n\t\n", "\r\n\r\n"]

snippet = st.one_of(
    st.sampled_from(SNIPPETS),
    st.text(alphabet="ab -*>`~<!/|#=_\"'\t1.", max_size=30),
)
documents = st.lists(st.tuples(snippet, st.sampled_from(SEPARATORS)), min_size=1, max_size=30).map(
    lambda pairs: "".join(a + b for a, b in pairs)
)
noise = st.text(alphabet="ab \n\n\n\t>-*+1.)`~<!/divpre-->[]:|#=_\"'", max_size=300)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(documents, noise))
def test_blockwise_rendering_equals_whole_rendering(text: str) -> None:
    assume(not uses_reference_definitions(text))
    result = split_blocks(text)
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    assert "".join(block.text for block in result) == normalized
    assert blockwise(text) == render_markdown(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.data())
def test_renderer_stays_exact_through_edits(text: str, data: st.DataObject) -> None:
    renderer = BlockRenderer()
    renderer.render(text)
    position = data.draw(st.integers(min_value=0, max_value=len(text)))
    inserted = data.draw(st.sampled_from(["x", "\n", "`", "<", ">", "-", " ", '"']))
    edited = text[:position] + inserted + text[position:]
    rendered = renderer.render(edited)
    assert "".join(block.html for block in rendered) == render_markdown(edited)
