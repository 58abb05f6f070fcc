"""Revisions: one per autosave burst and per transition; history, comparison, restore.

Nothing is ever overwritten: restoring an old revision writes its text as a new one.
Each revision's words added/removed are counted when it is written, so the history of a
story with hundreds of revisions lists without reading a single body.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsdesk.domain.copydesk import COMPARED, RevisionComparison, RevisionSummary
from newsdesk.domain.diff import diff_words
from newsdesk.domain.entities import TEXT_FIELDS, Article, ArticleEdit, Revision
from newsdesk.domain.errors import NotAllowed, NotFound
from newsdesk.domain.workflow import may_edit
from newsdesk.services.rows import to_article, to_revision
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_copydesk import RevisionStats

# Autosaves closer together than this extend one revision (a "burst") instead of adding one.
REVISION_BURST_GAP = timedelta(seconds=30)
AUTOSAVE = "autosave"


def _snapshot(revision: orm.Revision, row: orm.Article) -> None:
    revision.article_version = row.version
    for name in TEXT_FIELDS:
        setattr(revision, name, getattr(row, name))


def _counts(old: orm.Revision | None, new: orm.Revision) -> tuple[int, int]:
    added = removed = 0
    for name in COMPARED:
        diff = diff_words(getattr(old, name) if old is not None else "", getattr(new, name))
        added += diff.words_added
        removed += diff.words_removed
    return added, removed


def _set_stats(session: Session, revision: orm.Revision, previous: orm.Revision | None) -> None:
    added, removed = _counts(previous, revision)
    stats = session.get(RevisionStats, revision.id)
    if stats is None:
        session.add(
            RevisionStats(revision_id=revision.id, words_added=added, words_removed=removed)
        )
    else:
        stats.words_added, stats.words_removed = added, removed


def _latest_two(session: Session, article_id: int) -> list[orm.Revision]:
    return list(
        session.scalars(
            select(orm.Revision)
            .where(orm.Revision.article_id == article_id)
            .order_by(orm.Revision.id.desc())
            .limit(2)
        )
    )


def add_revision(
    session: Session, row: orm.Article, author_id: int | None, reason: str, now: datetime
) -> orm.Revision:
    """A new revision holding `row`'s text as it is now."""
    latest = _latest_two(session, row.id)
    revision = orm.Revision(
        article_id=row.id, author_id=author_id, created_at=now, updated_at=now, reason=reason
    )
    _snapshot(revision, row)
    session.add(revision)
    session.flush()
    _set_stats(session, revision, latest[0] if latest else None)
    return revision


def add_edit_revision(
    session: Session,
    article_id: int,
    article_version: int,
    edit: ArticleEdit,
    author_id: int | None,
    reason: str,
    now: datetime,
) -> orm.Revision:
    """A revision holding a text that is not (or not yet) the story's own, such as the
    text of a save that met a newer version: kept in the history, the story unchanged."""
    latest = _latest_two(session, article_id)
    revision = orm.Revision(
        article_id=article_id,
        author_id=author_id,
        created_at=now,
        updated_at=now,
        reason=reason,
        article_version=article_version,
    )
    for name in TEXT_FIELDS:
        setattr(revision, name, getattr(edit, name))
    session.add(revision)
    session.flush()
    _set_stats(session, revision, latest[0] if latest else None)
    return revision


def record_revision(
    session: Session, row: orm.Article, author_id: int | None, reason: str, now: datetime
) -> None:
    """Like `add_revision`, but autosaves in one burst by one author share a revision."""
    latest = _latest_two(session, row.id)
    head = latest[0] if latest else None
    same_burst = (
        reason == AUTOSAVE
        and head is not None
        and head.reason == AUTOSAVE
        and head.author_id == author_id
        and now - head.updated_at < REVISION_BURST_GAP
    )
    if not same_burst or head is None:
        add_revision(session, row, author_id, reason, now)
        return
    _snapshot(head, row)
    head.updated_at = now
    session.flush()
    _set_stats(session, head, latest[1] if len(latest) > 1 else None)


class RevisionService:
    def __init__(self, database: Database, identity: Identity) -> None:
        self._db = database
        self._identity = identity

    def history(self, article_id: int) -> list[RevisionSummary]:
        """Every revision of a story, newest first, without their text."""
        statement = (
            select(
                orm.Revision.id,
                orm.Revision.updated_at,
                orm.User.display_name,
                orm.Revision.reason,
                RevisionStats.words_added,
                RevisionStats.words_removed,
            )
            .outerjoin(orm.User, orm.User.id == orm.Revision.author_id)
            .outerjoin(RevisionStats, RevisionStats.revision_id == orm.Revision.id)
            .where(orm.Revision.article_id == article_id)
            .order_by(orm.Revision.id)
        )
        with self._db.transaction() as session:
            rows = session.execute(statement).all()
        summaries = [
            RevisionSummary(
                id=row.id,
                number=number,
                created_at=row.updated_at,
                author=row.display_name or "",
                reason=row.reason,
                words_added=row.words_added or 0,
                words_removed=row.words_removed or 0,
            )
            for number, row in enumerate(rows, start=1)
        ]
        summaries.reverse()
        return summaries

    def get(self, revision_id: int) -> Revision:
        with self._db.transaction() as session:
            return self._load(session, revision_id)

    def _load(self, session: Session, revision_id: int) -> Revision:
        row = session.get(orm.Revision, revision_id)
        if row is None:
            raise NotFound(f"Revision {revision_id} does not exist")
        author = session.get(orm.User, row.author_id) if row.author_id else None
        return to_revision(row, author.display_name if author else "")

    def compare(self, old_id: int, new_id: int) -> RevisionComparison:
        """Word-level differences from revision `old_id` to revision `new_id`."""
        with self._db.transaction() as session:
            old, new = self._load(session, old_id), self._load(session, new_id)
        return RevisionComparison.between(old, new, old_id, new_id)

    def restore(self, revision_id: int) -> Article:
        """Put an old revision's text back, as a new revision of the story."""
        user = self._identity.user
        if not may_edit(user):
            raise NotAllowed(f"{user.display_name} may not change stories")
        with self._db.transaction() as session:
            old = session.get(orm.Revision, revision_id)
            if old is None:
                raise NotFound(f"Revision {revision_id} does not exist")
            row = session.get(orm.Article, old.article_id)
            if row is None:
                raise NotFound(f"Story {old.article_id} does not exist")
            number = session.scalar(
                select(func.count())
                .select_from(orm.Revision)
                .where(orm.Revision.article_id == row.id, orm.Revision.id <= old.id)
            )
            for name in TEXT_FIELDS:
                setattr(row, name, getattr(old, name))
            now = datetime.now(UTC)
            row.version += 1
            row.updated_at = now
            session.flush()
            add_revision(session, row, user.id, f"restored revision {number}", now)
            return to_article(session, row)
