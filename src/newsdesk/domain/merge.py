"""Three-way merge of a story: the body by paragraph, the other fields one by one.

The same code serves a save that met someone else's newer version (the conflict view)
and offline sync. Each side's paragraphs are aligned with the base's (the paragraphs
they begin and end with, then difflib's longest matches); what a side changed is a list
of edits to the base, and the body becomes stretches of paragraphs that say who changed
them: nobody, only them, only us, both alike, or both differently (a conflict). Edits
conflict only where they overlap: a paragraph added after one the other side changed,
or changes to neighbouring paragraphs, merge. Paragraphs are compared without the blank
lines after them: a text's last paragraph has none, and gains them when someone writes
on after it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Literal

from newsdesk.domain.entities import TEXT_FIELDS, ArticleEdit
from newsdesk.domain.paragraph_alignment import edits_of, overlapping

_PARAGRAPH_END = re.compile(r"\n[ \t]*\n+")
_ENDS_PARAGRAPH = re.compile(r"\n[ \t]*\n+\Z")

Side = Literal["ours", "theirs"]
Choice = Literal["ours", "theirs", "both"]
"""How one conflict is settled: one side's paragraphs, or ours followed by theirs."""


@dataclass(frozen=True, slots=True)
class Written:
    """A conflict settled by hand: the text the writer wrote for it."""

    text: str


Settlement = Choice | Written
FieldSettlement = Side | Written


class Change(StrEnum):
    """Who changed a place (a stretch of paragraphs, a field) since the base."""

    UNCHANGED = "unchanged"
    THEIRS = "theirs"
    """Changed only by them: the merge takes theirs."""
    OURS = "ours"
    """Changed only by us: the merge takes ours."""
    SAME = "same"
    """Changed by both, to the same."""
    CONFLICT = "conflict"
    """Changed by both, differently: someone has to settle it."""


def change_between(base: object, ours: object, theirs: object) -> Change:
    if ours == theirs:
        return Change.UNCHANGED if ours == base else Change.SAME
    if theirs == base:
        return Change.OURS
    if ours == base:
        return Change.THEIRS
    return Change.CONFLICT


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


def join_paragraphs(parts: Sequence[str]) -> str:
    """Paragraphs joined into a text; one without blank lines after it (the last of its
    text, or one written by hand) gets one before the next."""
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        if out and not _ENDS_PARAGRAPH.search(out[-1]):
            out[-1] = out[-1].rstrip("\n") + "\n\n"
        out.append(part)
    return "".join(out)


_BLANK = " \t\r\n"


def _key(paragraph: str) -> str:
    """What a paragraph is compared by: its text without the blank lines after it."""
    return paragraph.rstrip(_BLANK)


def _ending(text: str) -> str:
    return text[len(text.rstrip(_BLANK)) :]


@dataclass(frozen=True, slots=True)
class Stretch:
    """Paragraphs in a row as the base, ours and theirs hold them, and who changed them."""

    change: Change
    base: tuple[str, ...]
    ours: tuple[str, ...]
    theirs: tuple[str, ...]

    @property
    def is_conflict(self) -> bool:
        return self.change is Change.CONFLICT

    def side(self, side: Side | Literal["base"]) -> tuple[str, ...]:
        return self.ours if side == "ours" else self.theirs if side == "theirs" else self.base

    def merged(self, settlement: Settlement = "ours") -> tuple[str, ...]:
        """What the merge keeps here: the side that changed it; a conflict as settled."""
        if self.change is Change.UNCHANGED:
            # Alike but for the blank lines after them: each paragraph as whoever changed it.
            return tuple(
                theirs if mine == old else mine
                for old, mine, theirs in zip(self.base, self.ours, self.theirs, strict=True)
            )
        if self.change is Change.THEIRS:
            return self.theirs
        if self.change is not Change.CONFLICT:
            return self.ours
        if isinstance(settlement, Written):
            return (settlement.text,) if settlement.text else ()
        if settlement == "both":
            return (*self.ours, *self.theirs)
        return self.side(settlement)


@dataclass(frozen=True, slots=True)
class TextMerge:
    stretches: tuple[Stretch, ...]

    @property
    def conflicts(self) -> tuple[Stretch, ...]:
        return tuple(stretch for stretch in self.stretches if stretch.is_conflict)

    @property
    def clean(self) -> bool:
        return not self.conflicts

    def side(self, side: Side | Literal["base"]) -> str:
        """One side's text, whole: the stretches split the base, ours and theirs alike."""
        return "".join(paragraph for stretch in self.stretches for paragraph in stretch.side(side))

    def text(self, prefer: Side = "ours") -> str:
        """The merged text; a conflict takes the preferred side's paragraphs."""
        return self.text_choosing([prefer] * len(self.conflicts))

    def text_choosing(self, settlements: Sequence[Settlement]) -> str:
        """The merged text with the n-th conflict settled by `settlements[n]`."""
        if len(settlements) != len(self.conflicts):
            raise ValueError(f"{len(self.conflicts)} conflicts, {len(settlements)} settlements")
        settled = iter(settlements)
        parts: list[str] = []
        for stretch in self.stretches:
            parts.extend(stretch.merged(next(settled) if stretch.is_conflict else "ours"))
        return self._ending_as_merged(join_paragraphs(parts))

    def _ending_as_merged(self, text: str) -> str:
        """`text` ending as the sides' texts do (a paragraph that was not the last may be
        now, its blank lines with it): with what a side changed the ending to, if one did."""
        words = text.rstrip(_BLANK)
        if not words:
            return text
        endings = (_ending(self.side(side)) for side in ("base", "ours", "theirs"))
        base, ours, theirs = endings
        return words + (theirs if change_between(base, ours, theirs) is Change.THEIRS else ours)

    def text_with_both(self, ours_label: str, theirs_label: str) -> str:
        """The merged text with each conflict written out twice, labelled, to edit by hand."""
        parts: list[str] = []
        for stretch in self.stretches:
            if stretch.is_conflict:
                parts.append(f"<<<<<<< {ours_label}\n\n")
                parts.extend(_ending_in_blank_line(stretch.ours))
                parts.append(f"======= {theirs_label}\n\n")
                parts.extend(_ending_in_blank_line(stretch.theirs))
                parts.append(">>>>>>>\n\n")
            else:
                parts.extend(stretch.merged())
        return join_paragraphs(parts)


def _ending_in_blank_line(paragraphs: tuple[str, ...]) -> list[str]:
    if not paragraphs:
        return []
    last = paragraphs[-1]
    return [*paragraphs[:-1], last if _ENDS_PARAGRAPH.search(last) else last.rstrip("\n") + "\n\n"]


def merge_text(base: str, ours: str, theirs: str) -> TextMerge:
    texts = [split_paragraphs(text) for text in (base, ours, theirs)]
    keys = [[_key(paragraph) for paragraph in text] for text in texts]
    edits = edits_of(keys[0], keys[1], ours=True) + edits_of(keys[0], keys[2], ours=False)
    stretches: list[Stretch] = []
    at = (0, 0, 0)  # how far the base, ours and theirs have been taken

    def take(ends: tuple[int, int, int], change: Change | None = None) -> None:
        nonlocal at
        if ends != at:
            compared = [key[a:e] for key, a, e in zip(keys, at, ends, strict=True)]
            pieces = [tuple(text[a:e]) for text, a, e in zip(texts, at, ends, strict=True)]
            stretches.append(Stretch(change or change_between(*compared), *pieces))
        at = ends

    for group in overlapping(edits):
        start, end = min(edit.start for edit in group), max(edit.end for edit in group)
        step = start - at[0]  # paragraphs neither side touched: the three in step
        take((start, at[1] + step, at[2] + step), Change.UNCHANGED)
        ours_end, theirs_end = (
            own[-1].side_end + end - own[-1].end if own else side_at + end - start
            for own, side_at in (
                ([edit for edit in group if edit.ours], at[1]),
                ([edit for edit in group if not edit.ours], at[2]),
            )
        )
        take((end, ours_end, theirs_end))
    rest = len(texts[0]) - at[0]
    take((len(texts[0]), at[1] + rest, at[2] + rest), Change.UNCHANGED)
    return TextMerge(tuple(_coalesce(stretches)))


def _coalesce(stretches: list[Stretch]) -> list[Stretch]:
    """Neighbouring stretches of one kind as one (conflicts stay apart, to settle each)."""
    out: list[Stretch] = []
    for stretch in stretches:
        if out and out[-1].change is stretch.change and not stretch.is_conflict:
            last = out[-1]
            out[-1] = Stretch(
                stretch.change,
                last.base + stretch.base,
                last.ours + stretch.ours,
                last.theirs + stretch.theirs,
            )
        else:
            out.append(stretch)
    return out


@dataclass(frozen=True, slots=True)
class ArticleMerge:
    """A three-way merge of two edits of one story."""

    base: ArticleEdit
    ours: ArticleEdit
    theirs: ArticleEdit
    body: TextMerge
    field_conflicts: tuple[str, ...]
    """Fields other than the body that both sides changed differently (the tags merge)."""

    @property
    def clean(self) -> bool:
        return self.body.clean and not self.field_conflicts

    def field_change(self, name: str) -> Change:
        """Who changed the field `name` (not the body) since the base."""
        return change_between(
            *(getattr(edit, name) for edit in (self.base, self.ours, self.theirs))
        )

    def result(self, prefer: Side = "ours") -> ArticleEdit:
        """The merged story; whatever conflicts takes the preferred side."""
        return self.settled([prefer] * len(self.body.conflicts), {}, prefer)

    def settled(
        self,
        body_settlements: Sequence[Settlement],
        field_settlements: Mapping[str, FieldSettlement],
        prefer: Side = "ours",
    ) -> ArticleEdit:
        """The merged story with each body conflict and conflicting field settled; a
        field is written by hand only if it is text."""
        values: dict[str, object] = {"body": self.body.text_choosing(body_settlements)}
        for name in FIELDS:
            values[name] = self.field_value(name, field_settlements.get(name, prefer))
        return replace(self.ours, **values)  # type: ignore[arg-type]

    def field_value(self, name: str, settlement: FieldSettlement = "ours") -> object:
        """The field `name` (not the body) as the merge keeps it; a conflict as settled."""
        base, ours, theirs = (getattr(edit, name) for edit in (self.base, self.ours, self.theirs))
        change = change_between(base, ours, theirs)
        if change is Change.THEIRS:
            return theirs
        if change is not Change.CONFLICT:
            return ours
        if name == "tags":  # both changed the tags: apply both sides' additions and removals
            return _merge_tags(base, ours, theirs)
        if isinstance(settlement, Written):
            if name not in WRITABLE_FIELDS:
                raise ValueError(f"{name} cannot be written by hand")
            return settlement.text
        return ours if settlement == "ours" else theirs


FIELDS = tuple(field.name for field in fields(ArticleEdit) if field.name != "body")
"""The story's fields a merge takes one by one (the body merges by paragraph)."""

WRITABLE_FIELDS = tuple(name for name in TEXT_FIELDS if name != "body")
"""The fields a conflict over can be settled by writing them anew."""


def _merge_tags(
    base: tuple[str, ...], ours: tuple[str, ...], theirs: tuple[str, ...]
) -> tuple[str, ...]:
    kept = [tag for tag in base if tag in ours and tag in theirs]
    added = [tag for tag in (*ours, *theirs) if tag not in base]
    return tuple(dict.fromkeys([*kept, *added]))


def merge_edits(base: ArticleEdit, ours: ArticleEdit, theirs: ArticleEdit) -> ArticleMerge:
    conflicts = tuple(
        name
        for name in FIELDS
        if name != "tags"
        and change_between(getattr(base, name), getattr(ours, name), getattr(theirs, name))
        is Change.CONFLICT
    )
    return ArticleMerge(
        base=base,
        ours=ours,
        theirs=theirs,
        body=merge_text(base.body, ours.body, theirs.body),
        field_conflicts=conflicts,
    )
