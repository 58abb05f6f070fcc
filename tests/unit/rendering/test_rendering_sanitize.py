"""The single HTML policy, and comment bodies that are shown exactly as typed."""

from __future__ import annotations

from newsdesk.rendering import render_comment_body, sanitize_html


def test_policy_strips_scripts_handlers_and_bad_urls() -> None:
    dirty = (
        '<p data-line="3" onclick="x()" style="color:red">hi '
        '<a href="javascript:alert(1)">j</a> <a href="/ok">ok</a>'
        '<img src="data:image/png;base64,AA" onerror="alert(1)">'
        "<script>alert(2)</script><iframe src=https://evil.example></iframe></p>"
    )
    clean = sanitize_html(dirty)
    assert '<p data-line="3">' in clean
    for fragment in ("onclick", "style=", "javascript:", "data:", "onerror", "<script", "<iframe"):
        assert fragment not in clean
    assert '<a href="/ok" rel="nofollow noopener">ok</a>' in clean


def test_data_line_only_on_block_tags() -> None:
    clean = sanitize_html('<span data-line="1">a</span><h2 data-line="2">b</h2>')
    assert "<span>a</span>" in clean
    assert '<h2 data-line="2">b</h2>' in clean


def test_comment_with_script_is_shown_as_text() -> None:
    html = render_comment_body("Nice <script>alert('x')</script> piece")
    assert "<script" not in html
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in html or (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    )


def test_comment_markup_is_never_interpreted() -> None:
    html = render_comment_body('<b onmouseover="x()">bold</b> **not markdown**')
    assert "<b" not in html
    assert "&lt;b onmouseover=" in html
    assert "**not markdown**" in html


def test_comment_paragraphs_and_line_breaks() -> None:
    html = render_comment_body("first line\nsecond line\n\n\nnew paragraph")
    assert html == "<p>first line<br>\nsecond line</p>\n<p>new paragraph</p>"


def test_comment_urls_become_nofollow_links() -> None:
    html = render_comment_body("see https://example.com/a?b=1&c=2, or www.example.org")
    assert (
        '<a href="https://example.com/a?b=1&amp;c=2" rel="nofollow noopener">'
        "https://example.com/a?b=1&amp;c=2</a>" in html
    )
    assert '<a href="http://www.example.org" rel="nofollow noopener">www.example.org</a>' in html


def test_comment_javascript_url_is_not_linked() -> None:
    html = render_comment_body("javascript:alert(1)")
    assert "<a" not in html
    assert "javascript:alert(1)" in html


def test_empty_comment() -> None:
    assert render_comment_body("  \n ") == ""
