"""Library pictures in the rendered body: a figure where a picture stands alone, an image
in the line otherwise, its space reserved; texts from the Markdown or the library are
text on the page, never markup."""

from __future__ import annotations

import html5lib

from newsdesk.rendering.markdown import render_markdown
from newsdesk.rendering.pictures import PictureSource, PictureView, place_pictures

VIEW = PictureView(
    id=12,
    src="m/a.jpg",
    width=720,
    height=480,
    srcset=(PictureSource("m/a.jpg", 720), PictureSource("m/b.jpg", 1440)),
    alt="The library's alt",
    caption="The library's caption",
    credit="AFP",
)
HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


def _elements(fragment: str) -> list[tuple[str, dict[str, str], str]]:
    tree = html5lib.parseFragment(fragment, namespaceHTMLElements=False)
    return [(e.tag, dict(e.attrib), "".join(e.itertext())) for e in tree.iter() if e.tag]


def test_a_picture_alone_is_a_figure_with_its_caption_and_credit() -> None:
    body = render_markdown('Text.\n\n![](media:12)\n\n![Own alt](media:12 "Own caption")')
    placed = place_pictures(body, {12: VIEW})
    figures = [e for e in _elements(placed) if e[0] == "figure"]
    assert [attributes["data-line"] for _, attributes, _ in figures] == ["2", "4"]
    assert [text for _, _, text in figures] == [
        "The library's caption AFP",
        "Own caption AFP",
    ]
    images = [attributes for tag, attributes, _ in _elements(placed) if tag == "img"]
    assert [i["alt"] for i in images] == ["The library's alt", "Own alt"]
    assert images[0] == {
        "src": "m/a.jpg",
        "srcset": "m/a.jpg 720w, m/b.jpg 1440w",
        "sizes": "(max-width: 760px) 100vw, 720px",
        "width": "720",
        "height": "480",
        "alt": "The library's alt",
        "loading": "lazy",
        "decoding": "async",
    }


def test_a_picture_in_a_line_stays_in_it_and_a_missing_one_says_so() -> None:
    body = render_markdown("Before ![x](media:12) after ![y](media:99).\n\n![z](media:98)")
    placed = place_pictures(body, {12: VIEW}, lambda n: f'<span class="missing">#{n}</span>')
    assert "<figure" not in placed.split("</p>")[0]
    assert 'Before <img src="m/a.jpg"' in placed and '<span class="missing">#99</span>' in placed
    assert '<span class="missing">#98</span>' in placed
    assert "media:" not in place_pictures(body, {12: VIEW})


def test_texts_from_the_story_and_the_library_are_never_markup() -> None:
    hostile = PictureView(12, "m/a.jpg", 10, 10, alt=HOSTILE, caption=HOSTILE, credit=HOSTILE)
    body = render_markdown(f'![{HOSTILE}](media:12 "{HOSTILE}")\n\n![](media:12)')
    placed = place_pictures(body, {12: hostile})
    tags = [tag for tag, _, _ in _elements(placed)]
    assert "script" not in tags and "figure" in tags
    assert all(
        not name.startswith("on") for _, attributes, _ in _elements(placed) for name in attributes
    )
    assert placed.count("&lt;script&gt;") >= 2


def test_raw_html_cannot_pose_as_a_placed_picture() -> None:
    body = render_markdown('<img src="media:12" onerror="alert(1)" srcset="javascript:x">')
    placed = place_pictures(body, {12: VIEW})
    assert "onerror" not in placed and "javascript" not in placed
    assert 'srcset="m/a.jpg 720w, m/b.jpg 1440w"' in placed
