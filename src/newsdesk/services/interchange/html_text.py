"""WordPress HTML to our text: Markdown for story bodies, plain text for comments.

Everything passes the newsroom's HTML policy (nh3) first, so scripts, styles, frames,
event handlers and ``javascript:`` links are gone before any conversion starts; then
markdownify writes the Markdown. Text that merely looks like markup (``&lt;script&gt;``
in the source) stays an entity in the Markdown, so no ``<`` that could open a tag is in
it that the policy did not allow.

WordPress stores classic posts without ``<p>``: a blank line separates paragraphs and a
single newline is a line break (its ``wpautop``). `paragraphs_from_wordpress` does the
same before conversion; block-editor posts already carry their own paragraphs.
"""

from __future__ import annotations

import html
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html
from markdownify import MarkdownConverter

from newsdesk.rendering.sanitize import sanitize_html

_BLOCK = (
    "address|article|aside|blockquote|dd|details|div|dl|dt|figcaption|figure|footer|form|"
    "h[1-6]|header|hr|li|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|"
    "caption|colgroup|col|fieldset|legend|map|math|menu|nav|option|select|style|script|svg"
)
_STARTS_WITH_BLOCK = re.compile(rf"^\s*(?:<(?:/?(?:{_BLOCK})\b)|<!--)", re.IGNORECASE)
_PRE = re.compile(r"<pre\b.*?</pre>", re.IGNORECASE | re.DOTALL)
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_BLOCK_TAG_LINE = re.compile(rf"(</?(?:{_BLOCK})\b[^>]*>)\s*\n", re.IGNORECASE)
_CAPTION_SHORTCODE = re.compile(
    r"\[caption(?P<attributes>[^\]]*)\](?P<inside>.*?)\[/caption\]", re.IGNORECASE | re.DOTALL
)
_CAPTION_ATTRIBUTE = re.compile(r"\bcaption\s*=\s*(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)')")
_CAPTION_TAG = re.compile(r"\[/?caption[^\]]*\]", re.IGNORECASE)
_PICTURE_LEAD = re.compile(
    r"^\s*(?:<a\b[^>]*>\s*<img\b[^>]*>\s*</a>|<img\b[^>]*>)", re.IGNORECASE | re.DOTALL
)
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY_START = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_BRACKET = re.compile(r"[\[\]]")
_LINE_START_MARK = re.compile(r"^(\s*)([#>+-]|\d+[.)])(?=\s|$)")
_MANY_BLANKS = re.compile(r"\n{3,}")


def _figure(match: re.Match[str]) -> str:
    """A ``[caption]`` shortcode as the figure WordPress shows: the picture, then its
    caption (the ``caption="…"`` attribute of old exports, else the text after the image)."""
    inside = match.group("inside").strip()
    picture = _PICTURE_LEAD.match(inside)
    if picture is None:
        return inside
    named = _CAPTION_ATTRIBUTE.search(match.group("attributes"))
    if named is not None:
        caption = html.escape(html.unescape(named.group("double") or named.group("single") or ""))
    else:
        caption = inside[picture.end() :].strip()
    caption = " ".join(caption.split())
    figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f"<figure>{picture.group(0).strip()}{figcaption}</figure>"


def paragraphs_from_wordpress(source: str) -> str:
    """WordPress's automatic paragraphs: blank lines part paragraphs, newlines break lines."""
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    text = _CAPTION_SHORTCODE.sub(_figure, text)
    text = _CAPTION_TAG.sub("", text)
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    text = _PRE.sub(hold, text)
    out: list[str] = []
    for chunk in _BLANK_LINE.split(text.strip()):
        if not chunk.strip():
            continue
        if _STARTS_WITH_BLOCK.match(chunk) or chunk.startswith("\x00"):
            out.append(chunk)
        else:
            chunk = _BLOCK_TAG_LINE.sub(r"\1", chunk)
            out.append("<p>" + chunk.strip().replace("\n", "<br />\n") + "</p>")
    joined = "\n".join(out)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], joined)


class _NewsroomMarkdown(MarkdownConverter):  # type: ignore[misc]
    """markdownify, with text that could read as a tag, an entity or a link escaped."""

    def escape(self, text: str, parent_tags: Any) -> str:
        text = super().escape(text, parent_tags)  # type: ignore[misc]
        if not text:
            return ""
        text = _ENTITY_START.sub(r"\\&", text)
        text = _TAG_START.sub("&lt;", text)
        text = _BRACKET.sub(r"\\\g<0>", text)  # text "[x](y)" must not become a link
        return str(_LINE_START_MARK.sub(r"\1\\\2", text))

    def _raw_block(self, el: Any, text: str, parent_tags: Any) -> str:
        """Figures and definition lists stay HTML (our Markdown has neither): one raw block
        with no blank line inside, already through the newsroom's policy."""
        if "_inline" in parent_tags:
            return str(text)
        markup = _BLANK_LINE.sub("\n", str(el)).strip()
        return f"\n\n{markup}\n\n" if markup else ""

    convert_figure = _raw_block
    convert_dl = _raw_block


def html_to_markdown(source: str, *, wordpress_paragraphs: bool = True) -> str:
    """A WordPress post body as clean Markdown ("" when nothing readable is left)."""
    prepared = paragraphs_from_wordpress(source) if wordpress_paragraphs else source
    safe = sanitize_html(prepared)
    converter = _NewsroomMarkdown(
        heading_style="ATX",
        bullets="-",
        strong_em_symbol="*",
        sub_symbol="<sub>",
        sup_symbol="<sup>",
    )
    markdown = converter.convert(safe)
    lines = [line.rstrip() for line in markdown.replace("\r\n", "\n").split("\n")]
    text = _MANY_BLANKS.sub("\n\n", "\n".join(lines)).strip()
    return text + "\n" if text else ""


_PARAGRAPHS = frozenset({"p", "div", "blockquote", "li", "pre", "ul", "ol", "table", "tr"})
_PARAGRAPHS |= {f"h{level}" for level in range(1, 7)}


def _plain(element: etree._Element, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "br":
        out.append("\n")
    elif tag in _PARAGRAPHS:
        out.append("\n\n")
    if element.text and tag != "br":
        out.append(element.text)
    for child in element:
        _plain(child, out)
    if tag == "a":
        href = (element.get("href") or "").strip()
        label = "".join(element.itertext()).strip()
        if href and label and label not in href:
            out.append(f" ({href})")
    if tag in _PARAGRAPHS:
        out.append("\n\n")
    if element.tail:
        # A newline right after <br> is the same break written twice, not a second one.
        tail = element.tail[1:] if tag == "br" and element.tail.startswith("\n") else element.tail
        out.append(tail)


def html_to_plain_text(source: str) -> str:
    """A comment or excerpt as the plain text a reader typed: paragraphs, line breaks,
    link addresses kept beside their words, every tag and entity gone."""
    if "<" not in source and "&" not in source:
        text = source
    else:
        safe = sanitize_html(source.replace("\r\n", "\n"))
        if not safe.strip():
            return ""
        root = lxml_html.fragment_fromstring(safe, create_parent="div")
        parts: list[str] = []
        _plain(root, parts)
        text = "".join(parts)
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _MANY_BLANKS.sub("\n\n", "\n".join(lines)).strip()


_TITLE_MARKUP = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|br|cite|code|del|dfn|em|i|ins|kbd|mark|q|s|small|span|strike|"
    r"strong|sub|sup|time|u|var)\b[^<>]*>",
    re.IGNORECASE,
)


def title_to_line(source: str) -> str:
    """A post title as the text WordPress shows: inline markup dropped, entities read, and
    anything else kept as written (a title about ``<html>`` keeps its word)."""
    return " ".join(html.unescape(_TITLE_MARKUP.sub("", source)).split())


def html_to_line(source: str) -> str:
    """A title or a name: tags dropped, entities read, whitespace on one line."""
    return " ".join(html_to_plain_text(source).split())
