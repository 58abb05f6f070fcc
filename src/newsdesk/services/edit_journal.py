"""Unsaved text kept on this computer while the newsroom cannot be reached.

When a save fails because the database is out of reach (server restart, network cut),
the edit is written here, one small JSON file per story, replaced atomically; a later
successful save removes it. If the app stops before that, the next start replays the
journal: each text is saved over the version it was based on, or, when the story moved
on meanwhile, kept in the story's history as a revision, so nothing typed is lost.

One journal folder per newsroom, named from its address without the password.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_path

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.errors import NotFound, VersionConflict
from newsdesk.services.articles import ArticleService
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


@dataclass(frozen=True, slots=True)
class Recovery:
    saved: tuple[int, ...]
    """Stories whose journalled text is now saved as their newest version."""
    kept_as_revisions: tuple[int, ...]
    """Stories that moved on meanwhile: the journalled text is in their history."""


def _edit_from(data: dict[str, Any]) -> ArticleEdit:
    return ArticleEdit(**{**data, "tags": tuple(data.get("tags") or ())})


class EditJournal:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_newsroom(cls, database_address: str, root: Path | None = None) -> EditJournal:
        return cls((root or default_journal_root()) / newsroom_key(database_address))

    def _path(self, article_id: int) -> Path:
        return self.folder / f"{article_id}.json"

    def write(
        self, article_id: int, base_version: int, base: ArticleEdit, edit: ArticleEdit
    ) -> None:
        """Keep `edit` (replacing any older text of the story), durably."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {
            "article_id": article_id,
            "base_version": base_version,
            "base": asdict(base),
            "edit": asdict(edit),
            "written_at": datetime.now(UTC).isoformat(),
        }
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self._path(article_id))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def remove(self, article_id: int) -> None:
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
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return sorted(found, key=lambda entry: entry.written_at)

    def replay(self, articles: ArticleService, conflicts: ConflictService) -> Recovery:
        """Save what the journal holds (see the module's docstring); entries go once done."""
        saved: list[int] = []
        kept: list[int] = []
        for entry in self.entries():
            try:
                articles.save(entry.article_id, entry.edit, entry.base_version, JOURNAL_REASON)
                saved.append(entry.article_id)
            except VersionConflict:
                conflicts.open_case(entry.article_id, entry.edit, entry.base, entry.base_version)
                kept.append(entry.article_id)
            except NotFound:  # deleted for good meanwhile: set the text aside for a person
                path = self._path(entry.article_id)
                path.replace(path.with_suffix(".orphan"))
                continue
            self.remove(entry.article_id)
        return Recovery(saved=tuple(saved), kept_as_revisions=tuple(kept))
