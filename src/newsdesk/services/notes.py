"""Editorial notes: a thread per story for the desk, never published or exported.

A note may be anchored to a passage of the body: its text and offsets are kept, so the
passage can be found again after the text around it has changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from newsdesk.domain.copydesk import Note, NoteAnchor
from newsdesk.domain.errors import InvalidInput, NotAllowed, NotFound
from newsdesk.domain.workflow import may_edit
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_copydesk import EditorialNote

MAX_NOTE_CHARACTERS = 10_000


class NoteService:
    def __init__(self, database: Database, identity: Identity) -> None:
        self._db = database
        self._identity = identity

    def _writer(self) -> int:
        user = self._identity.user
        if not may_edit(user):
            raise NotAllowed(f"{user.display_name} may not write notes on stories")
        return user.id

    def thread(self, article_id: int) -> list[Note]:
        """The thread, oldest first."""
        author = aliased(orm.User)
        resolver = aliased(orm.User)
        statement = (
            select(EditorialNote, author.display_name, resolver.display_name)
            .outerjoin(author, author.id == EditorialNote.author_id)
            .outerjoin(resolver, resolver.id == EditorialNote.resolved_by_id)
            .where(EditorialNote.article_id == article_id)
            .order_by(EditorialNote.created_at, EditorialNote.id)
        )
        with self._db.transaction() as session:
            return [
                _to_note(row, name or "", resolved_by or "")
                for row, name, resolved_by in session.execute(statement)
            ]

    def open_bodies(self, article_id: int) -> tuple[str, ...]:
        """The texts of the story's open notes, oldest first (what the checks read)."""
        statement = (
            select(EditorialNote.body)
            .where(EditorialNote.article_id == article_id, EditorialNote.resolved_at.is_(None))
            .order_by(EditorialNote.created_at, EditorialNote.id)
        )
        with self._db.transaction() as session:
            return tuple(session.scalars(statement))

    def add(self, article_id: int, body: str, anchor: NoteAnchor | None = None) -> Note:
        body = body.strip()
        if not body:
            raise InvalidInput("A note needs some text")
        if len(body) > MAX_NOTE_CHARACTERS:
            raise InvalidInput(f"A note may hold at most {MAX_NOTE_CHARACTERS:,} characters")
        author_id = self._writer()
        with self._db.transaction() as session:
            if session.get(orm.Article, article_id) is None:
                raise NotFound(f"Story {article_id} does not exist")
            row = EditorialNote(
                article_id=article_id,
                author_id=author_id,
                created_at=datetime.now(UTC),
                body=body,
                anchor_text=anchor.text if anchor else "",
                anchor_start=anchor.start if anchor else None,
                anchor_end=anchor.end if anchor else None,
            )
            session.add(row)
            session.flush()
            return _to_note(row, self._identity.user.display_name, "")

    def resolve(self, note_id: int, resolved: bool = True) -> Note:
        user_id = self._writer()
        with self._db.transaction() as session:
            row = session.get(EditorialNote, note_id)
            if row is None:
                raise NotFound(f"Note {note_id} does not exist")
            row.resolved_at = datetime.now(UTC) if resolved else None
            row.resolved_by_id = user_id if resolved else None
            author = session.get(orm.User, row.author_id) if row.author_id else None
            return _to_note(
                row,
                author.display_name if author else "",
                self._identity.user.display_name if resolved else "",
            )

    def open_counts(self, article_ids: Iterable[int]) -> dict[int, int]:
        ids = list(article_ids)
        if not ids:
            return {}
        with self._db.transaction() as session:
            rows = session.execute(
                select(EditorialNote.article_id, func.count())
                .where(EditorialNote.article_id.in_(ids), EditorialNote.resolved_at.is_(None))
                .group_by(EditorialNote.article_id)
            )
            return {article_id: count for article_id, count in rows}


def _to_note(row: EditorialNote, author: str, resolved_by: str) -> Note:
    anchor = None
    if row.anchor_text and row.anchor_start is not None and row.anchor_end is not None:
        anchor = NoteAnchor(row.anchor_text, row.anchor_start, row.anchor_end)
    return Note(
        id=row.id,
        article_id=row.article_id,
        author=author,
        created_at=row.created_at,
        body=row.body,
        anchor=anchor,
        resolved_at=row.resolved_at,
        resolved_by=resolved_by,
    )
