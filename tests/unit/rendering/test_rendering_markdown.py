"""Markdown to safe HTML: the dialect, the line stamps, and what hostile input becomes."""

from __future__ import annotations

import re
import time

import pytest

from newsdesk.rendering import render_markdown


def lines_of(html: str, tag: str) -> list[int]:
    return [int(n) for n in re.findall(rf'<{tag}\b[^>]*\bdata-line="(\d+)"', html)]


# ---- the dialect -------------------------------------------------------------------------
def test_double_and_single_quotes_become_typographic() -> None:
    html = render_markdown("\"Hello,\" she said. 'Fine' -- it's Pompeo's.")
    assert "\u201cHello,\u201d she said. \u2018Fine\u2019 \u2013 it\u2019s Pompeo\u2019s." in html
    assert '"' not in re.sub(r"<[^>]*>", "", html)


def test_dashes_en_and_em() -> None:
    html = render_markdown("28--29 June --- and then")
    assert "28\u201329 June \u2014 and then" in html


def test_seed_quotation_left_open_stays_visible() -> None:
    """The copy-edit checks need the unclosed quotes of the seed page to survive."""
    text = "\"I'm not sure we have all the capacity for that, Pompeo said."
    html = render_markdown(text)
    assert "\u201cI\u2019m not sure" in html or '"I\u2019m not sure' in html


def test_tables_with_alignment_as_classes_not_styles() -> None:
    html = render_markdown("| Country | Votes |\n|:--|--:|\n| Russia | 12 |\n")
    assert "<table" in html and "<thead" in html and "<tbody" in html
    assert '<th class="align-left">Country</th>' in html
    assert '<td class="align-right">12</td>' in html
    assert "style=" not in html


def test_strikethrough() -> None:
    assert "<s>wrong</s>" in render_markdown("~~wrong~~ right")


def test_bare_urls_and_autolinks_become_nofollow_links() -> None:
    html = render_markdown("See www.example.com and <https://example.org/a?b=1&c=2> now.")
    assert '<a href="http://www.example.com" rel="nofollow noopener">www.example.com</a>' in html
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html
    assert html.count('rel="nofollow noopener"') == 2


def test_headings_lists_blockquote_code() -> None:
    html = render_markdown("# Title\n\n- a\n- b\n\n> quoted\n\n```python\nx = 1 < 2\n```\n")
    assert "<h1" in html and "<ul" in html and "<li" in html and "<blockquote" in html
    assert '<code class="language-python">x = 1 &lt; 2\n</code>' in html


def test_empty_document() -> None:
    assert render_markdown("") == ""


# ---- hostile HTML ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("<script>alert('x')</script>\n\ntext", ["<script", "alert("]),
        ("Hi <script>alert(1)</script> there", ["<script", "alert(1)"]),
        ('<img src="x.png" onerror="alert(1)">', ["onerror", "alert"]),
        ('<a href="javascript:alert(1)">click</a>', ["javascript:"]),
        ('<a href="java&#x09;script:alert(1)">tab</a>', ["script:", "alert"]),
        ("[md link](javascript:alert(1))", ['href="javascript']),
        ('<iframe src="https://evil.example"></iframe>', ["<iframe", "evil.example"]),
        ('<p style="position:fixed;top:0">covered</p>', ["style=", "position:fixed"]),
        ("<style>body{display:none}</style>", ["<style", "display:none"]),
        ('<img src="data:image/svg+xml;base64,PHN2Zz4=">', ["data:"]),
        ('<object data="x.swf"></object><embed src="y.swf">', ["<object", "<embed"]),
        ('<div onclick="steal()">x</div>', ["onclick", "steal"]),
        ('<form action="https://evil.example"><input></form>', ["<form", "<input"]),
        ('<p id="article-body">clobber</p>', ['id="article-body"']),
        ("<svg><script>alert(1)</script></svg>", ["<svg", "alert"]),
    ],
)
def test_hostile_html_is_sanitized(source: str, forbidden: list[str]) -> None:
    html = render_markdown(source)
    for fragment in forbidden:
        assert fragment not in html


def test_safe_urls_are_kept() -> None:
    html = render_markdown(
        "[a](https://x.example/) [b](http://y.example/) [c](mailto:desk@news.example) "
        "[d](/world/story.html) [e](../up.html)"
    )
    for href in (
        "https://x.example/",
        "http://y.example/",
        "mailto:desk@news.example",
        "/world/story.html",
        "../up.html",
    ):
        assert f'href="{href}"' in html


def test_raw_html_block_keeps_allowed_markup() -> None:
    html = render_markdown('<figure>\n<img src="p.jpg" alt="Sochi">\n</figure>\n')
    assert '<img src="p.jpg" alt="Sochi">' in html
    assert re.search(r'<figure data-line="0">', html)


def test_unclosed_inline_tag_cannot_restyle_later_paragraphs() -> None:
    html = render_markdown("one <b>bold\n\ntwo\n")
    assert '<p data-line="2">two</p>' in html


def test_raw_html_wrapper_across_blank_lines_is_kept_together() -> None:
    html = render_markdown("<div>\n\n*inside*\n\n</div>\n\nafter\n")
    assert re.search(r"<div[^>]*>\s*<p[^>]*><em>inside</em></p>\s*</div>", html)
    assert '<p data-line="6">after</p>' in html


# ---- source lines ------------------------------------------------------------------------
def test_every_top_level_block_carries_its_source_line() -> None:
    text = (
        "# Title\n\nFirst para\nstill first\n\n- one\n- two\n\n> quote\n\n---\n\n```\ncode\n```\n"
    )
    html = render_markdown(text)
    assert lines_of(html, "h1") == [0]
    assert lines_of(html, "p") == [2, 8]  # the paragraph, then the one inside the quote
    assert lines_of(html, "ul") == [5]
    assert lines_of(html, "li") == [5, 6]
    assert lines_of(html, "blockquote") == [8]
    assert lines_of(html, "hr") == [10]
    assert lines_of(html, "pre") == [12]


def test_line_offset_is_added() -> None:
    html = render_markdown("para\n\n## head\n", line_offset=40)
    assert lines_of(html, "p") == [40]
    assert lines_of(html, "h2") == [42]


def test_nested_blocks_and_tables_get_lines() -> None:
    html = render_markdown("1. item\n\n   > nested quote\n\n| a |\n|---|\n| 1 |\n")
    assert lines_of(html, "ol") == [0]
    assert lines_of(html, "blockquote") == [2]
    assert lines_of(html, "table") == [4]
    assert lines_of(html, "tr") == [4, 6]


def test_data_line_typed_into_raw_html_is_not_trusted() -> None:
    html = render_markdown('text\n\n<div data-line="99">x</div>\n')
    assert 'data-line="99"' not in html
    assert lines_of(html, "div") == [2]


def test_windows_line_endings_count_lines_the_same() -> None:
    assert render_markdown("a\r\n\r\nb\r\n") == render_markdown("a\n\nb\n")


def test_lone_surrogates_from_a_broken_paste_do_not_crash() -> None:
    assert "\ufffd" in render_markdown("bad \ud800 paste")


def test_one_megabyte_document_renders() -> None:
    paragraph = (
        '"We are talking about a certain convergence," said Kurtunov -- see '
        "https://example.com/story and **bold** text. "
    ) * 4
    text = "\n\n".join(f"{paragraph} ({i})" for i in range(2800))
    assert len(text.encode()) > 1_000_000
    started = time.perf_counter()
    html = render_markdown(text)
    elapsed = time.perf_counter() - started
    assert html.count("<p ") == 2800
    assert elapsed < 30  # about 1 s on a laptop; only a hang or blow-up fails here
