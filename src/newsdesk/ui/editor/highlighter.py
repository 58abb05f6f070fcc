"""Markdown syntax colouring for the story editor.

Qt calls `highlightBlock` for every changed paragraph on the GUI thread, on every
keystroke, so the work per block is kept small: the regular expressions are compiled
once, cheap substring tests skip the ones that cannot match, and nothing looks beyond
the block except the one integer of state Qt carries from block to block (whether we are
inside a fenced code block).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

# Block states. Qt starts every new block at -1; inside a fence the state encodes the
# fence so that only a matching closing fence (same character, at least as long) ends it.
STATE_NORMAL = 0
_FENCE_MIN_STATE = 6  # a fence is at least three characters: 3 << 1 == 6


def _fence_state(marker: str) -> int:
    return (len(marker) << 1) | (1 if marker[0] == "~" else 0)


def _fence_of(state: int) -> tuple[str, int]:
    return ("~" if state & 1 else "`"), state >> 1


# Time one colouring slice may hold the GUI thread after a large text is loaded.
SLICE_SECONDS = 0.005

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_RULE = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE_OPEN = re.compile(r" {0,3}(`{3,}(?=[^`]*$)|~{3,})")
_FENCE_CLOSE = re.compile(r" {0,3}(`{3,}|~{3,})[ \t]*$")
_QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")
_LIST = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)")

_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_LINK = re.compile(r"(!?\[)([^\]]*)(\]\()([^)\s]*(?:[ \t]+\"[^\"]*\")?)(\))")
_REFERENCE_LINK = re.compile(r"(!?\[)([^\]]+)(\]\[)([^\]]*)(\])")
_AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]+|[^\s<>@]+@[^\s<>@]+)>")
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>]*[^\s<>.,;:!?)\]'\"»«”’]")
_STRONG_EMPHASIS = re.compile(r"(\*\*\*|___)(?=\S)(.+?)(?<=\S)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?!\*)")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?!\w)")


@dataclass(slots=True)
class MarkdownFormats:
    """The character formats, derived from one palette so both themes stay readable."""

    heading: QTextCharFormat
    marker: QTextCharFormat
    emphasis: QTextCharFormat
    strong: QTextCharFormat
    strong_emphasis: QTextCharFormat
    code: QTextCharFormat
    link_text: QTextCharFormat
    url: QTextCharFormat
    quote: QTextCharFormat
    list_marker: QTextCharFormat
    rule: QTextCharFormat

    @classmethod
    def from_palette(cls, palette: QPalette) -> MarkdownFormats:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        accent = _readable(palette.color(QPalette.ColorRole.Highlight), dark)
        link = _readable(palette.color(QPalette.ColorRole.Link), dark)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if not muted.isValid() or _distance(muted, base) < 60:
            muted = _blend(text, base, 0.55)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families()

        def fmt(
            colour: QColor | None = None,
            *,
            bold: bool = False,
            italic: bool = False,
            underline: bool = False,
        ) -> QTextCharFormat:
            result = QTextCharFormat()
            if colour is not None:
                result.setForeground(colour)
            if bold:
                result.setFontWeight(QFont.Weight.Bold)
            if italic:
                result.setFontItalic(True)
            if underline:
                result.setFontUnderline(True)
            return result

        code = fmt(text)
        code.setFontFamilies([*fixed, "monospace"])
        code.setBackground(_blend(text, base, 0.08))
        return cls(
            heading=fmt(accent, bold=True),
            marker=fmt(muted),
            emphasis=fmt(italic=True),
            strong=fmt(bold=True),
            strong_emphasis=fmt(bold=True, italic=True),
            code=code,
            link_text=fmt(link, underline=True),
            url=fmt(muted),
            quote=fmt(muted, italic=True),
            list_marker=fmt(accent, bold=True),
            rule=fmt(muted, bold=True),
        )


def _blend(a: QColor, b: QColor, weight: float) -> QColor:
    """`a` laid over `b` at `weight`, for tints that follow the theme."""
    return QColor(
        round(a.red() * weight + b.red() * (1 - weight)),
        round(a.green() * weight + b.green() * (1 - weight)),
        round(a.blue() * weight + b.blue() * (1 - weight)),
    )


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.lightness() - b.lightness())


def _readable(colour: QColor, dark: bool) -> QColor:
    """Keep the hue but move the lightness so it reads on the base colour.

    Palettes often keep the light theme's pure-blue link colour in a dark theme, which
    would vanish on a near-black background.
    """
    lightness = colour.lightness()
    lightness = max(lightness, 165) if dark else min(lightness, 105)
    return QColor.fromHsl(colour.hslHue(), colour.hslSaturation(), lightness, colour.alpha())


def _utf16_offsets(text: str) -> list[int] | None:
    """Map str indices to the UTF-16 offsets `setFormat` expects, when they differ.

    Only text with characters beyond the Basic Multilingual Plane (emoji, some CJK)
    needs the map; Persian, Arabic and Latin text take the fast path.
    """
    if text.isascii() or not _ASTRAL.search(text):
        return None
    offsets = [0] * (len(text) + 1)
    position = 0
    for index, character in enumerate(text):
        offsets[index] = position
        position += 2 if character > "\uffff" else 1
    offsets[len(text)] = position
    return offsets


def next_state(text: str, previous: int) -> int:
    """The block state after `text`: only fenced code carries over to the next line."""
    if previous >= _FENCE_MIN_STATE:
        closing = _FENCE_CLOSE.match(text)
        character, length = _fence_of(previous)
        if closing and closing.group(1)[0] == character and len(closing.group(1)) >= length:
            return STATE_NORMAL
        return previous
    if "```" in text or "~~~" in text:
        opened = _FENCE_OPEN.match(text)
        if opened:
            return _fence_state(opened.group(1))
    return STATE_NORMAL


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours Markdown as the writer types; the text itself is never changed."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._formats = MarkdownFormats.from_palette(palette)
        self._offsets: list[int] | None = None
        self._states_only = False
        self._pending: QTextCursor | None = None
        self._pass = QTimer(self)
        self._pass.setInterval(0)
        self._pass.timeout.connect(self._colour_slice)

    @property
    def formats(self) -> MarkdownFormats:
        return self._formats

    def set_palette(self, palette: QPalette) -> None:
        """Re-derive the colours after a theme change (this re-colours the whole text)."""
        self._formats = MarkdownFormats.from_palette(palette)
        self._stop_pass()
        self.rehighlight()

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Let a whole new text in cheaply, and colour it afterwards in short slices.

        Colouring a megabyte at once holds the window for well over 100 ms. While
        loading, each block only carries the fenced-code state forward, so that colouring
        it later gives the same state and does not ripple on; then the first slice colours
        the top of the text at once and the rest follows between events, a few
        milliseconds at a time, so typing never waits long.
        """
        self._stop_pass()
        self._states_only = True
        try:
            yield
        finally:
            self._states_only = False
        document = self.document()
        if document is None:
            return
        self._pending = QTextCursor(document)
        self._colour_slice()
        if self._pending is not None:
            self._pass.start()

    def is_colouring(self) -> bool:
        """Whether text loaded through `loading()` is still being coloured."""
        return self._pending is not None

    def finish_colouring(self) -> None:
        """Colour whatever is left at once (tests, or before grabbing a picture)."""
        while self._pending is not None:
            self._colour_slice(budget=float("inf"))

    def _stop_pass(self) -> None:
        self._pass.stop()
        self._pending = None

    def _colour_slice(self, budget: float = SLICE_SECONDS) -> None:
        cursor = self._pending
        if cursor is None:
            self._pass.stop()
            return
        deadline = time.perf_counter() + budget
        # The cursor, unlike a block number, follows edits made between slices.
        block = cursor.block()
        while block.isValid():
            self.rehighlightBlock(block)
            block = block.next()
            if time.perf_counter() >= deadline:
                break
        if block.isValid():
            cursor.setPosition(block.position())
        else:
            self._stop_pass()

    # ---- Qt entry point ------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        if self._states_only:
            self.setCurrentBlockState(next_state(text, previous))
            return
        if previous >= _FENCE_MIN_STATE:
            self._inside_fence(text, previous)
            return
        self.setCurrentBlockState(STATE_NORMAL)
        if not text:
            return
        self._offsets = _utf16_offsets(text)
        stripped = text.lstrip(" \t")
        if not stripped:
            return
        first = stripped[0]
        f = self._formats
        if first in "`~":
            opened = _FENCE_OPEN.match(text)
            if opened:
                self.setCurrentBlockState(_fence_state(opened.group(1)))
                self._set(0, len(text), f.code)
                self._set(opened.start(1), len(opened.group(1)), f.marker)
                return
        if first == "#" and _HEADING.match(text):
            self._set(0, len(text), f.heading)
            return
        if first in "-*_" and _RULE.match(text):
            self._set(0, len(text), f.rule)
            return
        start = 0
        base: QTextCharFormat | None = None
        if first == ">":
            quote = _QUOTE.match(text)
            if quote:
                start = quote.end()
                base = f.quote
                self._set(0, start, f.marker)
                self._set(start, len(text) - start, base)
                first = text[start : start + 1] or first
        if first in "-*+0123456789":
            listed = _LIST.match(text, start)
            if listed:
                self._set(start, listed.end() - start, f.list_marker)
                start = listed.end()
        self._inline(text, start, base)

    # ---- pieces --------------------------------------------------------------------------
    def _inside_fence(self, text: str, state: int) -> None:
        self._offsets = _utf16_offsets(text)
        f = self._formats
        self._set(0, len(text), f.code)
        after = next_state(text, state)
        if after == STATE_NORMAL:
            closing = _FENCE_CLOSE.match(text)
            if closing:
                self._set(closing.start(1), len(closing.group(1)), f.marker)
        self.setCurrentBlockState(after)

    def _inline(self, text: str, start: int, base: QTextCharFormat | None) -> None:
        """Code spans first: nothing inside them is Markdown, so they shield their text."""
        f = self._formats
        taken: list[tuple[int, int]] = []
        if "`" in text:
            for match in _CODE_SPAN.finditer(text, start):
                ticks = len(match.group(1))
                self._set(match.start(), ticks, f.marker)
                self._set(match.start(2), len(match.group(2)), f.code)
                self._set(match.end(2), ticks, f.marker)
                taken.append(match.span())
        if "](" in text:
            for match in _pieces(_LINK, text, start, taken):
                self._link(match, base)
        if "][" in text:
            for match in _pieces(_REFERENCE_LINK, text, start, taken):
                self._link(match, base)
        if "<" in text:
            for match in _pieces(_AUTOLINK, text, start, taken):
                self._set(match.start(), 1, f.marker)
                self._set(match.start() + 1, len(match.group()) - 2, self._on(base, f.link_text))
                self._set(match.end() - 1, 1, f.marker)
        if "://" in text or "www." in text:
            for match in _pieces(_BARE_URL, text, start, taken):
                self._set(match.start(), len(match.group()), self._on(base, f.link_text))
        star = "*" in text
        underscore = "_" in text
        if not (star or underscore):
            return
        for pattern, style, needle in (
            (_STRONG_EMPHASIS, f.strong_emphasis, ("***", "___")),
            (_STRONG, f.strong, ("**", "__")),
        ):
            if needle[0] not in text and needle[1] not in text:
                continue
            for match in _pieces(pattern, text, start, taken):
                width = len(match.group(1))
                self._set(match.start(), width, f.marker)
                self._set(match.start(2), len(match.group(2)), self._on(base, style))
                self._set(match.end(2), width, f.marker)
        for pattern, wanted in ((_EMPHASIS_STAR, star), (_EMPHASIS_UNDERSCORE, underscore)):
            if not wanted:
                continue
            for match in _pieces(pattern, text, start, taken):
                self._set(match.start(), 1, f.marker)
                self._set(match.start(1), len(match.group(1)), self._on(base, f.emphasis))
                self._set(match.end(1), 1, f.marker)

    def _link(self, match: re.Match[str], base: QTextCharFormat | None) -> None:
        f = self._formats
        self._set(match.start(1), len(match.group(1)), f.marker)
        self._set(match.start(2), len(match.group(2)), self._on(base, f.link_text))
        self._set(match.start(3), len(match.group(3)), f.marker)
        self._set(match.start(4), len(match.group(4)), f.url)
        self._set(match.start(5), len(match.group(5)), f.marker)

    @staticmethod
    def _on(base: QTextCharFormat | None, style: QTextCharFormat) -> QTextCharFormat:
        """`style` laid over the line's own format (a quote stays a quote when bold)."""
        if base is None:
            return style
        merged = QTextCharFormat(base)
        merged.merge(style)
        return merged

    def _set(self, start: int, length: int, style: QTextCharFormat) -> None:
        if length <= 0:
            return
        offsets = self._offsets
        if offsets is not None:
            start, length = offsets[start], offsets[start + length] - offsets[start]
        self.setFormat(start, length, style)


def _pieces(
    pattern: re.Pattern[str], text: str, start: int, taken: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """Matches that do not overlap a span already claimed (code spans, links)."""
    for match in pattern.finditer(text, start):
        begin, end = match.span()
        if any(begin < t_end and t_begin < end for t_begin, t_end in taken):
            continue
        taken.append((begin, end))
        yield match
