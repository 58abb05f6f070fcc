"""Where an export writes, checked before any work; a write that fails is told in a line.

A folder that is a file, a path that cannot be made, a folder this process may not
write, a full disk: each becomes a `FileProblem` naming the path and the reason, never a
traceback. Exports replace a file only once its new content is complete, so what
was already there stays whole.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsdesk.domain.errors import FileProblem


def _writable(folder: Path) -> bool:
    effective = os.access in os.supports_effective_ids  # this process's rights
    return os.access(folder, os.W_OK | os.X_OK, effective_ids=effective)


def export_folder(folder: Path) -> Path:
    """`folder`, made if missing, ready to take an export's files."""
    if folder.exists() and not folder.is_dir():
        raise FileProblem(f"{folder} is a file, not a folder: give a folder for the export")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FileProblem(f"Cannot create the folder {folder}: {_reason(error)}") from None
    if not _writable(folder):
        raise FileProblem(f"Cannot write in {folder}: permission denied")
    return folder


def export_file(path: Path) -> Path:
    """The existing folder that will take the export file `path`."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise FileProblem(f"{path} is a folder: give a file name for the export")
    if not folder.is_dir():
        raise FileProblem(f"{folder} is not a folder; cannot write {path.name} there")
    if not _writable(folder):
        raise FileProblem(f"Cannot write in {folder}: permission denied")
    return folder


@contextmanager
def writing(target: Path) -> Iterator[None]:
    """Failures to write under `target` (a full disk, a folder gone meanwhile) as one line."""
    try:
        yield
    except OSError as error:
        raise FileProblem(f"Cannot write {target}: {_reason(error)}") from None


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__
