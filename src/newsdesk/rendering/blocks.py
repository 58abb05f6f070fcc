"""Cut a story into blocks that render alone exactly as inside the whole story.

Typing must never wait for the preview, and a long story takes seconds to render whole,
so the preview re-renders only the blocks an edit touched (rendering/incremental.py).
The text is cut where a blank line is followed by an unindented line that does not
start a list item: nothing but a fenced code block or a raw HTML block (``<pre>``,
``<!--`` ...) can carry on across such a line, and chunks that might open one are
checked with markdown-it's own block parser (without the costly inline pass). Rendering
the chunks one by one then gives exactly the HTML of rendering the whole story, except
that link reference definitions (``[x]: url``) act across the whole document: callers
detect them with :func:`uses_reference_definitions` and render in full instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise

from newsdesk.rendering.markdown import MAX_NESTING, html_depth, parse_block_structure
from newsdesk.rendering.sanitize import scrub_surrogates

__all__ = [
    "SourceBlock",
    "split_blocks",
    "uses_reference_definitions",
]

_NEWLINES = re.compile(r"\r\n?")
_LIST_MARKER = re.compile(r"(?:[-+*]|[0-9]{1,9}[.)])(?:[ \t]|$)")
# Lines that might open a top-level fence or raw HTML block. (Patterns start with a
# literal newline rather than ^ in multiline mode: the regex engine then skips ahead
# to each newline instead of trying every position, five times faster.)
_OPENER = re.compile(r"\n {0,3}(?:```|~~~|<)")
# Lines whose container prefix might be deep enough to hit markdown-it's nesting limit,
# past which it silently drops the rest of the document.
_PREFIX = re.compile(r"\n[ \t>*+\-.)0-9]{5,}")
_DEEP_COLUMNS = MAX_NESTING - 4
# Raw HTML blocks that run on across blank lines, with the text that ends them.
_HTML_RUNS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        re.compile(r"^<(?a:script|pre|style|textarea)(?=\s|>|$)", re.IGNORECASE),
        re.compile(r"</(?a:script|pre|style|textarea)>", re.IGNORECASE),
    ),
    (re.compile(r"^<!--"), re.compile(r"-->")),
    (re.compile(r"^<\?"), re.compile(r"\?>")),
    (re.compile(r"^<!\[CDATA\["), re.compile(r"\]\]>")),
    (re.compile(r"^<![A-Za-z]"), re.compile(r">")),
)


@dataclass(frozen=True, slots=True)
class SourceBlock:
    """A run of whole source lines, ``start_line`` inclusive to ``end_line`` exclusive."""

    start_line: int
    end_line: int
    text: str


@dataclass(frozen=True, slots=True)
class _Source:
    """Normalised text with its lines and candidate cut points, computed once."""

    text: str
    lines: list[str]
    starts: list[int]  # offset of each line, plus len(text) at the end
    cuts: list[int]  # lines after which a cut may fall, ascending

    @classmethod
    def of(cls, text: str) -> _Source:
        text = _NEWLINES.sub("\n", scrub_surrogates(text)).replace("\0", "\ufffd")
        lines = text.split("\n")
        if lines[-1] == "":
            lines.pop()
        starts = [0, *accumulate(len(line) + 1 for line in lines)]
        starts[-1] = min(starts[-1], len(text))
        blank = [not line.strip(" \t") for line in lines]
        cuts = [
            i
            for i in range(1, len(lines))
            if blank[i - 1]
            and not blank[i]
            and lines[i][0] not in " \t"
            and not _LIST_MARKER.match(lines[i])
        ]
        return cls(text, lines, starts, cuts)

    def slice(self, start: int, end: int) -> str:
        return self.text[self.starts[start] : self.starts[end]]

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1


def _risky_lines(source: _Source) -> list[int]:
    """Lines that may open a block running past a cut, or nest past the parser's limit."""
    text = "\n" + source.text  # offsets below are thus line starts in source.text
    risky = {source.line_of(m.start()) for m in _OPENER.finditer(text)}
    for match in _PREFIX.finditer(text):
        if len(match.group()[1:].expandtabs(4)) >= _DEEP_COLUMNS:
            risky.add(source.line_of(match.start()))
    return sorted(risky)


def _closes_fence(line: str, markup: str) -> bool:
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3:
        return False
    run = len(stripped) - len(stripped.lstrip(markup[0]))
    return run >= len(markup) and not stripped[run:].strip(" \t")


def _html_end(first_line: str) -> re.Pattern[str] | None:
    """The end pattern of a raw HTML block that does not stop at a blank line."""
    opening = first_line.lstrip(" \t")
    for start, end in _HTML_RUNS:
        if start.search(opening):
            return end
    return None


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the block parser says about one chunk, independent of where it sits."""

    too_deep: bool
    html: tuple[str, ...]  # top-level raw HTML blocks, in order, except a runaway one
    runaway_line: int  # chunk line where a block starts that runs past the end, or -1
    runaway_end: str | re.Pattern[str] | None  # its fence markup, or HTML end pattern


@lru_cache(maxsize=8192)
def _facts(chunk: str) -> _Facts:
    tokens = parse_block_structure(chunk)
    if any(token.level >= MAX_NESTING - 2 for token in tokens):
        return _Facts(True, (), -1, None)
    top = [token for token in tokens if token.level == 0 and token.nesting != 1]
    html = [token.content for token in top if token.type == "html_block"]
    last = top[-1] if top else None
    if last is None or last.map is None or last.type not in ("fence", "html_block"):
        return _Facts(False, tuple(html), -1, None)
    lines = chunk.split("\n")
    first, stop = last.map
    if last.type == "fence":
        if stop - 1 > first and _closes_fence(lines[stop - 1], last.markup):
            return _Facts(False, tuple(html), -1, None)
        return _Facts(False, tuple(html), first, last.markup)
    pattern = _html_end(lines[first])
    if pattern is None or pattern.search(lines[stop - 1]):
        return _Facts(False, tuple(html), -1, None)
    return _Facts(False, tuple(html[:-1]), first, pattern)


@dataclass(frozen=True, slots=True)
class _Outcome:
    depth: int
    resume: int | None  # where top-level parsing starts afresh; None: never again


def _analyse(source: _Source, start: int, end: int, depth: int) -> _Outcome:
    """Parse lines [start, end) and say whether a block in them runs on, and how far."""
    facts = _facts(source.slice(start, end))
    if facts.too_deep:
        return _Outcome(depth, None)
    for content in facts.html:
        depth = html_depth(depth, content)
    ending = facts.runaway_end
    if ending is None:
        return _Outcome(depth, end)
    first = start + facts.runaway_line
    for line in range(first + 1, len(source.lines)):
        text = source.lines[line]
        if isinstance(ending, str):
            if _closes_fence(text, ending):
                return _Outcome(depth, line + 1)
        elif ending.search(text):
            return _Outcome(html_depth(depth, source.slice(first, line + 1)), line + 1)
    return _Outcome(depth, None)


def _split(source: _Source) -> list[SourceBlock]:
    count = len(source.lines)
    bounds = [0, *source.cuts, count]
    segments = len(bounds) - 1
    risky = {bisect_right(bounds, line) - 1 for line in _risky_lines(source)}
    blocks: list[SourceBlock] = []
    block_start = line = depth = segment = 0
    while segment < segments:
        end = bounds[segment + 1]
        if segment in risky:
            outcome = _analyse(source, line, end, depth)
            depth = outcome.depth
            if outcome.resume is None:
                break
            if outcome.resume != end:
                line = outcome.resume
                segment = bisect_right(bounds, line) - 1
                continue
        segment += 1
        line = end
        if depth == 0 and end < count:
            blocks.append(SourceBlock(block_start, end, source.slice(block_start, end)))
            block_start = end
    if block_start < count:
        blocks.append(SourceBlock(block_start, count, source.slice(block_start, count)))
    return blocks


def split_blocks(text: str) -> list[SourceBlock]:
    """Cut Markdown into chunks that render the same alone as inside the whole.

    The chunks tile the text with line endings normalised to ``\\n``; only block
    boundaries whose safety is obvious, or proven by the parser, are used.
    """
    return _split(_Source.of(text))


def uses_reference_definitions(text: str) -> bool:
    """Whether ``[label]: url`` definitions occur, which make blocks depend on each other."""
    if "]:" not in text:
        return False
    source = _Source.of(text)
    for start, end in pairwise([0, *source.cuts, len(source.lines)]):
        chunk = source.slice(start, end)
        if "]:" in chunk:
            env: dict[str, object] = {}
            parse_block_structure(chunk, env)
            if env.get("references"):
                return True
    return False
