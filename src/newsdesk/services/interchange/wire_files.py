"""Wire items from files: one file, or every item file of a folder (an agency's drop
folder), each read on its own so one broken file refuses only itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.wires import MOST_FILES, WireItem
from newsdesk.services.interchange.newsml_read import read_newsml
from newsdesk.services.interchange.ninjs_read import read_ninjs
from newsdesk.services.interchange.wire_common import WireRefused
from newsdesk.services.wires import Refused

WireFormat = Literal["ninjs", "newsml"]
SUFFIXES: dict[WireFormat, tuple[str, ...]] = {"ninjs": (".json",), "newsml": (".xml",)}
_READERS: dict[WireFormat, Callable[[Path], WireItem]] = {
    "ninjs": read_ninjs,
    "newsml": read_newsml,
}


@dataclass(frozen=True, slots=True)
class WireFiles:
    items: tuple[tuple[str, WireItem], ...]
    refused: tuple[Refused, ...]


def item_files(path: Path, kind: WireFormat) -> list[Path]:
    """The file itself, or a folder's item files (by name, hidden ones left out);
    InvalidInput when the path is neither or the folder holds too many."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InvalidInput(f"{path}: no such file or folder")
    try:
        found = sorted(
            entry
            for entry in path.iterdir()
            if entry.suffix.lower() in SUFFIXES[kind]
            and not entry.name.startswith(".")
            and entry.is_file()
        )
    except OSError as error:
        raise InvalidInput(f"{path}: cannot be read: {error.strerror or error}") from None
    if len(found) > MOST_FILES:
        raise InvalidInput(f"{path}: {len(found):,} files; at most {MOST_FILES:,} at a time")
    return found


def read_wire_files(path: Path, kind: WireFormat) -> WireFiles:
    items: list[tuple[str, WireItem]] = []
    refused: list[Refused] = []
    reader = _READERS[kind]
    for file in item_files(path, kind):
        try:
            items.append((str(file), reader(file)))
        except WireRefused as refusal:
            refused.append(Refused(str(file), refusal.reason))
    return WireFiles(tuple(items), tuple(refused))


FileMark = tuple[str, int, int]
"""A file as last seen: its path, modification time (ns) and size."""

_KIND_OF_SUFFIX: dict[str, WireFormat] = {
    suffix: kind for kind, suffixes in SUFFIXES.items() for suffix in suffixes
}


@dataclass(frozen=True, slots=True)
class AgencyFolder:
    """A folder an agency drops its items into, and the agency to credit for an item that
    names none (a bare ninjs file from a small agency often does not)."""

    path: Path
    agency: str = ""


def _credited(item: WireItem, agency: str) -> WireItem:
    return item if item.agency or not agency else replace(item, agency=agency)


@dataclass(frozen=True, slots=True)
class PickUp:
    """What a look into the agencies' folders found: the new files' items and refusals,
    every file seen (so the next look skips them), and folders that could not be read."""

    files: WireFiles
    seen: frozenset[FileMark]
    unreadable: tuple[str, ...]


def new_wire_files(folders: Sequence[AgencyFolder | Path], seen: frozenset[FileMark]) -> PickUp:
    """Each folder's ninjs (.json) and NewsML-G2 (.xml) files not seen as they are now;
    a file written again (another time or size) is read again. An item naming no agency
    is credited to the folder's."""
    items: list[tuple[str, WireItem]] = []
    refused: list[Refused] = []
    marks: set[FileMark] = set()
    unreadable: list[str] = []
    for given in folders:
        folder = given if isinstance(given, AgencyFolder) else AgencyFolder(given)
        try:
            entries = sorted(folder.path.iterdir())
        except OSError:
            unreadable.append(str(folder.path))
            continue
        for entry in entries[:MOST_FILES]:
            kind = _KIND_OF_SUFFIX.get(entry.suffix.lower())
            if kind is None or entry.name.startswith("."):
                continue
            try:
                status = entry.stat()
            except OSError:
                continue
            mark = (str(entry), status.st_mtime_ns, status.st_size)
            marks.add(mark)
            if mark in seen or not entry.is_file():
                continue
            try:
                items.append((str(entry), _credited(_READERS[kind](entry), folder.agency)))
            except WireRefused as refusal:
                refused.append(Refused(str(entry), refusal.reason))
    return PickUp(WireFiles(tuple(items), tuple(refused)), frozenset(marks), tuple(unreadable))
