"""Typed text kept on this computer until the newsroom database holds it.

While a story's text changes, the editor writes it here at least once a second, on its
own schedule: whether the database save succeeds, waits for a lock or is retrying after
a network cut makes no difference. One small JSON file per story, replaced atomically
and synced to disk. A save that reaches the database *settles* the story: the file goes
when the database holds everything it had, or is re-based on the saved version when
newer typing is in it. If the app stops before that (a crash, a power cut, a quit while
offline), the next start replays the journal: each text is saved over the version it
was based on, or, when the story moved on meanwhile, kept in the story's history as a
revision, so nothing typed is lost.

Each text carries the editor's *sequence number* (how many edits it includes), so a
write that arrives after a save which already holds it is dropped, and a settle never
removes newer text. Writes and settles may come from different threads.

One journal folder per newsroom, named from its address without the password.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_path

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.errors import NotFound, VersionConflict
from newsdesk.services.articles import ArticleService, validate_edit
from newsdesk.services.conflicts import ConflictService

JOURNAL_REASON = "recovered from this computer's journal"


def default_journal_root() -> Path:
    return user_data_path("Newsdesk", appauthor=False) / "journal"


def newsroom_key(database_address: str) -> str:
    """A folder name for a newsroom: its address (without password) hashed."""
    return hashlib.sha256(database_address.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class JournalEntry:
    article_id: int
    base_version: int
    base: ArticleEdit
    """The text at `base_version`, for a three-way merge if the story moved on."""
    edit: ArticleEdit
    written_at: datetime
    sequence: int = 0
    """How many edits of this window's editor the text includes (0: unknown)."""


@dataclass(frozen=True, slots=True)
class _Settled:
    """The newest save of a story this process heard of: everything up to `sequence`."""

    sequence: int
    version: int
    edit: ArticleEdit


@dataclass(frozen=True, slots=True)
class Recovery:
    saved: tuple[int, ...]
    """Stories whose journalled text is now saved as their newest version."""
    kept_as_revisions: tuple[int, ...]
    """Stories that moved on meanwhile: the journalled text is in their history."""


def _edit_from(data: dict[str, Any]) -> ArticleEdit:
    embargo = data.get("embargoed_until")
    return ArticleEdit(
        **{
            **data,
            "tags": tuple(data.get("tags") or ()),
            "embargoed_until": datetime.fromisoformat(embargo) if embargo else None,
        }
    )


def _edit_json(edit: ArticleEdit) -> dict[str, Any]:
    data = asdict(edit)
    if edit.embargoed_until is not None:
        data["embargoed_until"] = edit.embargoed_until.isoformat()
    return data


class EditJournal:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._written: dict[int, JournalEntry] = {}
        """What this process last wrote for each story (for re-basing on a settle)."""
        self._settled: dict[int, _Settled] = {}
        self._live: int | None = None
        """The story an editor of this process has open: it saves its own text."""

    @classmethod
    def for_newsroom(cls, database_address: str, root: Path | None = None) -> EditJournal:
        return cls((root or default_journal_root()) / newsroom_key(database_address))

    def _path(self, article_id: int) -> Path:
        return self.folder / f"{article_id}.json"

    def write(
        self,
        article_id: int,
        base_version: int,
        base: ArticleEdit,
        edit: ArticleEdit,
        sequence: int = 0,
    ) -> bool:
        """Keep `edit` (replacing any older text of the story), durably.

        Returns False when a save already holds this text (its `sequence` is settled)."""
        with self._lock:
            settled = self._settled.get(article_id)
            if settled is not None:
                if sequence and sequence <= settled.sequence:
                    return False
                if settled.version > base_version:  # typed on top of what that save wrote
                    base_version, base = settled.version, settled.edit
            entry = JournalEntry(article_id, base_version, base, edit, datetime.now(UTC), sequence)
            self._store(entry)
            self._written[article_id] = entry
            return True

    def settle(self, article_id: int, sequence: int, version: int, edit: ArticleEdit) -> None:
        """A save of the text up to `sequence` reached the database as `version`."""
        with self._lock:
            previous = self._settled.get(article_id)
            if previous is None or previous.sequence <= sequence:
                self._settled[article_id] = _Settled(sequence, version, edit)
            written = self._written.get(article_id)
            if written is not None and written.sequence > sequence:
                if written.base_version < version:  # newer typing: re-base it on this save
                    rebased = JournalEntry(
                        article_id,
                        version,
                        edit,
                        written.edit,
                        written.written_at,
                        written.sequence,
                    )
                    self._store(rebased)
                    self._written[article_id] = rebased
                return
            self._written.pop(article_id, None)
            self._path(article_id).unlink(missing_ok=True)

    def _store(self, entry: JournalEntry) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {
            "article_id": entry.article_id,
            "base_version": entry.base_version,
            "base": _edit_json(entry.base),
            "edit": _edit_json(entry.edit),
            "written_at": entry.written_at.isoformat(),
            "sequence": entry.sequence,
        }
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self._path(entry.article_id))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def follow(self, article_id: int | None) -> None:
        """The story this process's editor now has open (its replay is the editor's)."""
        with self._lock:
            self._live = article_id

    def remove(self, article_id: int) -> None:
        with self._lock:
            self._written.pop(article_id, None)
            self._path(article_id).unlink(missing_ok=True)

    def has(self, article_id: int) -> bool:
        return self._path(article_id).exists()

    def entries(self) -> list[JournalEntry]:
        """Every readable entry, oldest first (an unreadable file is left for a person)."""
        found: list[JournalEntry] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob("*.json"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                found.append(
                    JournalEntry(
                        article_id=int(data["article_id"]),
                        base_version=int(data["base_version"]),
                        base=_edit_from(data["base"]),
                        edit=_edit_from(data["edit"]),
                        written_at=datetime.fromisoformat(data["written_at"]),
                        sequence=int(data.get("sequence") or 0),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return sorted(found, key=lambda entry: entry.written_at)

    def replay(self, articles: ArticleService, conflicts: ConflictService) -> Recovery:
        """Save what the journal holds (see the module's docstring); entries go once done.

        The story open in this process's editor is left to the editor's own saves."""
        saved: list[int] = []
        kept: list[int] = []
        for entry in self.entries():
            with self._lock:
                if entry.article_id == self._live:
                    continue
            try:
                articles.save(entry.article_id, entry.edit, entry.base_version, JOURNAL_REASON)
                saved.append(entry.article_id)
            except VersionConflict:
                if ArticleEdit.of(articles.get(entry.article_id)) != validate_edit(entry.edit):
                    conflicts.open_case(
                        entry.article_id, entry.edit, entry.base, entry.base_version
                    )
                    kept.append(entry.article_id)
            except NotFound:  # deleted for good meanwhile: set the text aside for a person
                path = self._path(entry.article_id)
                path.replace(path.with_suffix(".orphan"))
                continue
            self.remove(entry.article_id)
        return Recovery(saved=tuple(saved), kept_as_revisions=tuple(kept))
