"""Cutting a story into blocks for the live preview: rendered one by one, the same HTML."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsdesk.rendering import (
    SourceBlock,
    render_markdown,
    split_blocks,
    uses_reference_definitions,
)


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
