"""Three-way merge of a story: the body by paragraph, the other fields one by one.

The same code serves a save that met someone else's newer version (the conflict view)
and offline sync. `merge3` (Breezy's three-way merge) aligns the paragraphs; where it
reports a conflict over a run of paragraphs that both sides kept the same length, the
run is settled paragraph by paragraph, so edits to neighbouring paragraphs still merge.
Only a paragraph both sides changed differently is a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Literal

import merge3

from newsdesk.domain.entities import ArticleEdit

_PARAGRAPH_END = re.compile(r"\n[ \t]*\n+")

Side = Literal["ours", "theirs"]
Choice = Literal["ours", "theirs", "both"]
"""How one conflict is settled: one side's paragraphs, or ours followed by theirs."""


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs with the blank lines after them, so joining gives the text back."""
    pieces: list[str] = []
    start = 0
    for match in _PARAGRAPH_END.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


@dataclass(frozen=True, slots=True)
class Conflict:
    """Paragraphs both sides changed, differently."""

    base: tuple[str, ...]
    ours: tuple[str, ...]
    theirs: tuple[str, ...]


Chunk = tuple[str, ...] | Conflict


@dataclass(frozen=True, slots=True)
class TextMerge:
    chunks: tuple[Chunk, ...]

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return tuple(chunk for chunk in self.chunks if isinstance(chunk, Conflict))

    @property
    def clean(self) -> bool:
        return not self.conflicts

    def text(self, prefer: Side = "ours") -> str:
        """The merged text; a conflict takes the preferred side's paragraphs."""
        return self.text_choosing([prefer] * len(self.conflicts))

    def text_choosing(self, choices: Sequence[Choice]) -> str:
        """The merged text with the n-th conflict settled by `choices[n]`."""
        if len(choices) != len(self.conflicts):
            raise ValueError(f"{len(self.conflicts)} conflicts, {len(choices)} choices")
        parts: list[str] = []
        settled = iter(choices)
        for chunk in self.chunks:
            if isinstance(chunk, Conflict):
                choice = next(settled)
                if choice != "theirs":
                    parts.extend(chunk.ours)
                if choice != "ours":
                    parts.extend(chunk.theirs)
            else:
                parts.extend(chunk)
        return _join(parts)

    def text_with_both(self, ours_label: str, theirs_label: str) -> str:
        """The merged text with each conflict written out twice, labelled, to edit by hand."""
        parts: list[str] = []
        for chunk in self.chunks:
            if isinstance(chunk, Conflict):
                parts.append(f"<<<<<<< {ours_label}\n\n")
                parts.extend(_ending_in_blank_line(chunk.ours))
                parts.append(f"======= {theirs_label}\n\n")
                parts.extend(_ending_in_blank_line(chunk.theirs))
                parts.append(">>>>>>>\n\n")
            else:
                parts.extend(chunk)
        return _join(parts)


def _ending_in_blank_line(paragraphs: tuple[str, ...]) -> list[str]:
    if not paragraphs:
        return []
    last = paragraphs[-1]
    return [*paragraphs[:-1], last if _PARAGRAPH_END.search(last) else last.rstrip("\n") + "\n\n"]


def _join(parts: list[str]) -> str:
    """Join paragraphs; one that lost its trailing blank line mid-text gets it back."""
    text = ""
    for part in parts:
        if text and not text.endswith("\n\n") and not _PARAGRAPH_END.search(text[-4:]):
            text = text.rstrip("\n") + "\n\n"
        text += part
    return text


def _settle_run(base: list[str], ours: list[str], theirs: list[str]) -> list[Chunk]:
    if not (len(base) == len(ours) == len(theirs)):
        return [Conflict(tuple(base), tuple(ours), tuple(theirs))]
    chunks: list[Chunk] = []
    for old, mine, other in zip(base, ours, theirs, strict=True):
        if mine == other or other == old:
            chunks.append((mine,))
        elif mine == old:
            chunks.append((other,))
        else:
            chunks.append(Conflict((old,), (mine,), (other,)))
    return chunks


def merge_text(base: str, ours: str, theirs: str) -> TextMerge:
    if ours == theirs or theirs == base:
        return TextMerge(((ours,),) if ours else ())
    if ours == base:
        return TextMerge(((theirs,),) if theirs else ())
    base_p, ours_p, theirs_p = (
        split_paragraphs(base),
        split_paragraphs(ours),
        split_paragraphs(theirs),
    )
    chunks: list[Chunk] = []
    merger = merge3.Merge3(base_p, ours_p, theirs_p)
    for group in merger.merge_groups():
        kind = group[0]
        if kind == "conflict":
            chunks.extend(_settle_run(*group[1:]))  # type: ignore[arg-type]
        else:
            chunks.append(tuple(group[1]))  # type: ignore[arg-type]
    return TextMerge(tuple(_coalesce(chunks)))


def _coalesce(chunks: list[Chunk]) -> list[Chunk]:
    out: list[Chunk] = []
    for chunk in chunks:
        if not isinstance(chunk, Conflict) and out and not isinstance(out[-1], Conflict):
            out[-1] = (*out[-1], *chunk)
        elif chunk != ():
            out.append(chunk)
    return out


@dataclass(frozen=True, slots=True)
class ArticleMerge:
    """A three-way merge of two edits of one story."""

    base: ArticleEdit
    ours: ArticleEdit
    theirs: ArticleEdit
    body: TextMerge
    field_conflicts: tuple[str, ...]
    """Fields other than the body that both sides changed differently."""

    @property
    def clean(self) -> bool:
        return self.body.clean and not self.field_conflicts

    def result(self, prefer: Side = "ours") -> ArticleEdit:
        """The merged story; whatever conflicts takes the preferred side."""
        return self.settled([prefer] * len(self.body.conflicts), {}, prefer)

    def settled(
        self,
        body_choices: Sequence[Choice],
        field_choices: Mapping[str, Side],
        prefer: Side = "ours",
    ) -> ArticleEdit:
        """The merged story with each body conflict and conflicting field settled."""
        values: dict[str, object] = {"body": self.body.text_choosing(body_choices)}
        for name in _FIELDS:
            values[name] = _merge_field(
                name,
                getattr(self.base, name),
                getattr(self.ours, name),
                getattr(self.theirs, name),
                field_choices.get(name, prefer),
            )
        return replace(self.ours, **values)  # type: ignore[arg-type]


_FIELDS = tuple(field.name for field in fields(ArticleEdit) if field.name != "body")


def _merge_field(name: str, base: object, ours: object, theirs: object, prefer: Side) -> object:
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    if name == "tags":  # both changed the tags: apply both sides' additions and removals
        return _merge_tags(base, ours, theirs)  # type: ignore[arg-type]
    return ours if prefer == "ours" else theirs


def _merge_tags(
    base: tuple[str, ...], ours: tuple[str, ...], theirs: tuple[str, ...]
) -> tuple[str, ...]:
    kept = [tag for tag in base if tag in ours and tag in theirs]
    added = [tag for tag in (*ours, *theirs) if tag not in base]
    return tuple(dict.fromkeys([*kept, *added]))


def merge_edits(base: ArticleEdit, ours: ArticleEdit, theirs: ArticleEdit) -> ArticleMerge:
    conflicts = tuple(
        name
        for name in _FIELDS
        if name != "tags"
        and getattr(ours, name) != getattr(theirs, name)
        and getattr(ours, name) != getattr(base, name)
        and getattr(theirs, name) != getattr(base, name)
    )
    return ArticleMerge(
        base=base,
        ours=ours,
        theirs=theirs,
        body=merge_text(base.body, ours.body, theirs.body),
        field_conflicts=conflicts,
    )
