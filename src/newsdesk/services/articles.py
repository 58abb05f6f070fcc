"""Stories: listing by id, reading, creating, saving with optimistic locking, trash."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    cast,
    delete,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from newsdesk.domain import limits
from newsdesk.domain.changes import Changes
from newsdesk.domain.embargo import embargo_holds
from newsdesk.domain.entities import Article, ArticleEdit, ArticleRow, User
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput, NotAllowed, NotFound, VersionConflict
from newsdesk.domain.references import comparable, row_id
from newsdesk.domain.slugs import slugify, unique_slug
from newsdesk.domain.workflow import may_edit
from newsdesk.services.article_views import SavedView, view_condition
from newsdesk.services.media.library import sync_inline_pictures
from newsdesk.services.revisions import REVISION_BURST_GAP, add_revision, record_revision
from newsdesk.services.rows import edit_columns, set_article_tags, to_article
from newsdesk.services.search import article_search_clause, prepare_search
from newsdesk.services.sections import descendant_ids
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.database import Database
from newsdesk.storage.interrupt import Cancelled, interruptible
from newsdesk.storage.orm_copydesk import ArticleAssignment, EditorialNote
from newsdesk.storage.orm_moderation import fold_comment_deltas
from newsdesk.storage.orm_wires import WireItem, WireUse

__all__ = ["REVISION_BURST_GAP", "ArticleQuery", "ArticleService", "ArticleSort", "SavedView"]

UUIDS_PER_QUERY = 500
"""Bound parameters of one query stay well under SQLite's limit."""


class ArticleSort(StrEnum):
    HEADLINE = "headline"
    SECTION = "section"
    STATUS = "status"
    BYLINE = "byline"
    UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    search: str = ""
    status: ArticleStatus | None = None
    section_id: int | None = None
    trashed: bool = False
    sort: ArticleSort = ArticleSort.UPDATED
    descending: bool = True
    view: SavedView | None = None
    """A saved view (My drafts, Copy desk queue…), on top of the other filters."""


def _now() -> datetime:
    return datetime.now(UTC)


def validate_edit(edit: ArticleEdit) -> ArticleEdit:
    """The edit tidied, or InvalidInput when a field is over its limit (`domain.limits`)."""
    headline = " ".join(edit.headline.split())
    language = edit.language.strip() or "en"
    tags = tuple(dict.fromkeys(t.strip() for t in edit.tags if t.strip()))
    problem = limits.story_excess(
        {
            "headline": headline,
            "body": edit.body,
            "dateline": edit.dateline.strip(),
            "byline": edit.byline.strip(),
            "credit": edit.credit.strip(),
            "language": language,
        }
    )
    problem = problem or next(filter(None, map(limits.TAG.excess, tags)), None)
    if problem is not None:
        raise InvalidInput(problem[0].upper() + problem[1:])
    if not all(part.isalnum() for part in language.split("-")):
        raise InvalidInput(f"{edit.language!r} is not a language tag (e.g. en, fa, pt-BR)")
    embargo = edit.embargoed_until
    if embargo is not None:
        if embargo.tzinfo is None or embargo.utcoffset() is None:
            raise InvalidInput("An embargo needs a time zone")
        embargo = embargo.astimezone(UTC)
    return replace(edit, headline=headline, language=language, tags=tags, embargoed_until=embargo)


def _refuse_embargo_on_public(session: Session, article_id: int, edit: ArticleEdit) -> None:
    """A story already out cannot be held back: an embargo still to come is refused on a
    published or corrected story (the database's trigger would refuse it too)."""
    if not embargo_holds(edit.embargoed_until, _now()):
        return
    status = session.scalar(select(orm.Article.status).where(orm.Article.id == article_id))
    if status in (ArticleStatus.PUBLISHED.value, ArticleStatus.CORRECTED.value):
        raise NotAllowed("The story is already published; an embargo can no longer hold it back")


class ArticleService:
    def __init__(self, database: Database, identity: Identity | User) -> None:
        self._db = database
        self._identity = identity if isinstance(identity, Identity) else Identity(identity)

    @property
    def _user(self) -> User:
        return self._identity.user

    def _require_editor(self) -> User:
        """Moderators (and anyone without an editorial role) never change a story."""
        user = self._user
        if not may_edit(user):
            raise NotAllowed(
                f"{user.display_name} may not change stories (moderators only moderate)"
            )
        return user

    # ---- listing -------------------------------------------------------------------------
    def _listing(self, session: Session, query: ArticleQuery) -> Select[int]:
        statement = select(orm.Article.id)
        if query.trashed:
            statement = statement.where(orm.Article.trashed_at.is_not(None))
        else:
            statement = statement.where(orm.Article.trashed_at.is_(None))
        if query.status is not None:
            statement = statement.where(orm.Article.status == query.status.value)
        if query.section_id is not None:
            sections = descendant_ids(session, query.section_id)
            statement = statement.where(orm.Article.section_id.in_(sections))
        if query.view is not None:
            statement = statement.where(view_condition(query.view, self._user.id))
        clause = article_search_clause(self._db.dialect, query.search)
        if clause is not None:
            prepare_search(session, self._db.dialect)
            statement = statement.where(clause)
        return statement

    def list_ids(
        self,
        query: ArticleQuery = ArticleQuery(),
        limit: int | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[int]:
        """Ids in display order (the first `limit` of them); the list model fetches rows
        for them lazily. With `cancelled`, the read stops (raising Superseded) once it
        returns true."""
        key = {
            ArticleSort.HEADLINE: func.lower(orm.Article.headline),
            ArticleSort.SECTION: func.lower(func.coalesce(orm.Section.name, "")),
            ArticleSort.STATUS: orm.Article.status,
            ArticleSort.BYLINE: func.lower(orm.Article.byline),
            ArticleSort.UPDATED: orm.Article.updated_at,
        }[query.sort]
        with self._db.transaction() as session:
            statement = self._listing(session, query)
            if query.sort is ArticleSort.SECTION:
                statement = statement.outerjoin(
                    orm.Section, orm.Section.id == orm.Article.section_id
                )
            order = key.desc() if query.descending else key.asc()
            tiebreak = orm.Article.id.desc() if query.descending else orm.Article.id.asc()
            statement = statement.order_by(order, tiebreak)
            if limit is not None:
                statement = statement.limit(limit)
            with interruptible(session, cancelled):
                result = session.connection().execute(statement)
                try:
                    # Up to 100,000 ids, straight from the driver's rows: SQLAlchemy's result
                    # objects for each cost a third of the time (the list filter's budget).
                    return [row[0] for row in result.cursor.fetchall()]
                finally:
                    result.close()

    def count(self, query: ArticleQuery = ArticleQuery()) -> int:
        with self._db.transaction() as session:
            listing = self._listing(session, query).subquery()
            return session.scalar(select(func.count()).select_from(listing)) or 0

    def view_counts(self) -> dict[SavedView, int]:
        """How many live stories each saved view lists, in one transaction."""
        with self._db.transaction() as session:
            counts: dict[SavedView, int] = {}
            for view in SavedView:
                listing = self._listing(session, ArticleQuery(view=view)).subquery()
                counts[view] = session.scalar(select(func.count()).select_from(listing)) or 0
            return counts

    def rows(self, ids: Sequence[int]) -> dict[int, ArticleRow]:
        """List rows for `ids` (never the bodies), keyed by id; missing ids are left out."""
        if not ids:
            return {}
        assignee = orm.User.__table__.alias("assignee")
        open_notes = (
            select(func.count())
            .where(EditorialNote.article_id == orm.Article.id, EditorialNote.resolved_at.is_(None))
            .correlate(orm.Article)
            .scalar_subquery()
        )
        wire = aliased(WireItem, name="newest_wire")
        statement = (
            select(
                orm.Article.id,
                orm.Article.uuid,
                orm.Article.slug,
                orm.Article.headline,
                orm.Section.name,
                orm.Article.status,
                orm.Article.byline,
                orm.Article.updated_at,
                orm.Article.trashed_at,
                assignee.c.display_name.label("assignee"),
                open_notes.label("open_notes"),
                orm.Article.embargoed_until,
                orm.Article.scheduled_at,
                WireUse.wire_item_id.label("rewritten_from"),
                wire.id.label("wire_id"),
                wire.agency.label("wire_agency"),
                wire.urgency.label("wire_urgency"),
                wire.version.label("wire_version"),
                wire.status.label("wire_status"),
            )
            .outerjoin(orm.Section, orm.Section.id == orm.Article.section_id)
            .outerjoin(WireUse, WireUse.article_id == orm.Article.id)
            .outerjoin(wire, (wire.guid == WireUse.guid) & wire.current.is_(True))
            .outerjoin(ArticleAssignment, ArticleAssignment.article_id == orm.Article.id)
            .outerjoin(assignee, assignee.c.id == ArticleAssignment.user_id)
            .where(orm.Article.id.in_(list(ids)))
        )
        with self._db.transaction() as session:
            return {
                row.id: ArticleRow(
                    id=row.id,
                    uuid=row.uuid,
                    slug=row.slug,
                    headline=row.headline,
                    section_name=row.name or "",
                    status=ArticleStatus(row.status),
                    byline=row.byline,
                    updated_at=row.updated_at,
                    trashed=row.trashed_at is not None,
                    assignee=row.assignee or "",
                    open_notes=row.open_notes or 0,
                    wire_withdrawn=row.wire_status == "canceled",
                    embargoed_until=row.embargoed_until,
                    scheduled_at=row.scheduled_at,
                    wire_agency=row.wire_agency or "",
                    wire_urgency=row.wire_urgency,
                    wire_version=row.wire_version,
                    wire_updated=row.wire_id is not None and row.wire_id != row.rewritten_from,
                )
                for row in session.execute(statement)
            }

    def rows_by_uuid(self, uuids: Iterable[str]) -> dict[str, ArticleRow]:
        """List rows for the stories with these UUIDs, keyed by UUID; missing ones are
        left out."""
        wanted = sorted({uuid for uuid in uuids if comparable(uuid)})
        found: dict[str, ArticleRow] = {}
        for part in chunks(wanted, UUIDS_PER_QUERY):
            with self._db.transaction() as session:
                ids = list(
                    session.scalars(select(orm.Article.id).where(orm.Article.uuid.in_(part)))
                )
            found.update((row.uuid, row) for row in self.rows(ids).values())
        return found

    # ---- reading -------------------------------------------------------------------------
    def get(self, article_id: int) -> Article:
        with self._db.transaction() as session:
            return self._load(session, article_id)

    def find(self, reference: str) -> Article:
        """An article by its id, UUID or slug (what the CLI accepts)."""
        with self._db.transaction() as session:
            return self._load(session, _found_id(session, reference))

    def resolve_ids(self, references: Sequence[str]) -> list[int]:
        """Story ids from ids, UUIDs or slugs as a script gives them, in their order."""
        with self._db.transaction() as session:
            return [_found_id(session, reference) for reference in references]

    def _load(self, session: Session, article_id: int) -> Article:
        row = session.get(orm.Article, article_id)
        if row is None:
            raise NotFound(f"Story {article_id} does not exist")
        return to_article(session, row)

    # ---- writing -------------------------------------------------------------------------
    def create(
        self,
        edit: ArticleEdit,
        *,
        slug: str | None = None,
        reason: str = "created",
        operation_id: str | None = None,
        also: Callable[[Session, int], None] | None = None,
    ) -> Article:
        """A new draft. `operation_id` (a UUID) becomes the story's UUID: a retry after a
        reply lost with the connection finds the story its first try made and returns
        it, instead of making a second copy. `also(session, article_id)`: a caller's own
        write that belongs with the new story, in the same transaction (a wire rewrite's
        link to its item)."""
        edit = validate_edit(edit)
        self._require_editor()
        with self._db.transaction() as session:
            if operation_id is not None:
                made = session.scalar(select(orm.Article).where(orm.Article.uuid == operation_id))
                if made is not None and made.author_id == self._user.id:
                    return to_article(session, made)
            row = insert_draft(
                session, edit, self._user.id, uuid=operation_id, slug=slug, reason=reason
            )
            if also is not None:
                also(session, row.id)
            return to_article(session, row)

    def save(
        self,
        article_id: int,
        edit: ArticleEdit,
        expected_version: int,
        reason: str = "autosave",
        *,
        operation_id: str | None = None,
    ) -> Article:
        """Save over `expected_version` only; anything newer raises `VersionConflict`.

        `operation_id` names this write. A retry with the same id after a reply lost
        with the connection finds the story at the version its own first try wrote, and
        saves over it quietly instead of meeting a conflict with itself.
        """
        edit = validate_edit(edit)
        self._require_editor()
        ours = orm.Article.version == expected_version
        mark = None
        if operation_id is not None:
            ours = or_(ours, orm.Article.last_operation == _operation_mark(operation_id, 0))
            mark = _operation_mark(operation_id, 1)
        with self._db.transaction() as session:
            _refuse_embargo_on_public(session, article_id, edit)
            now = _now()
            values = edit_columns(edit) | {
                "updated_at": now,
                "version": orm.Article.version + 1,
                "last_operation": mark,
            }
            result = session.execute(
                update(orm.Article)
                .where(orm.Article.id == article_id, ours)
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                actual = session.scalar(
                    select(orm.Article.version).where(orm.Article.id == article_id)
                )
                if actual is None:
                    raise NotFound(f"Story {article_id} does not exist")
                raise VersionConflict(article_id, expected_version, actual)
            row = session.get(orm.Article, article_id, populate_existing=True)
            assert row is not None
            set_article_tags(session, article_id, edit.tags)
            sync_inline_pictures(session, article_id, row.body)
            record_revision(session, row, self._user.id, reason, now)
            return to_article(session, row)

    def set_embargo(self, article_id: int, until: datetime | None) -> Article:
        """Embargo the story until `until` (None lifts the embargo), as a save of it."""
        story = self.get(article_id)
        edit = replace(ArticleEdit.of(story), embargoed_until=until)
        reason = "embargo lifted" if until is None else f"embargoed until {until.isoformat()}"
        return self.save(article_id, edit, story.version, reason)

    def duplicate(self, article_id: int, *, operation_id: str | None = None) -> Article:
        original = self.get(article_id)
        copy = replace(ArticleEdit.of(original), headline=f"{original.headline} (copy)")
        return self.create(
            copy, reason=f"duplicated from {original.slug}", operation_id=operation_id
        )

    def trash(self, article_ids: Iterable[int]) -> Changes:
        return self._set_trashed(article_ids, _now())

    def restore(self, article_ids: Iterable[int]) -> Changes:
        return self._set_trashed(article_ids, None)

    def _set_trashed(self, article_ids: Iterable[int], when: datetime | None) -> Changes:
        ids = frozenset(article_ids)
        self._require_editor()
        with self._db.transaction() as session:
            session.execute(
                update(orm.Article)
                .where(orm.Article.id.in_(ids))
                .values(trashed_at=when, version=orm.Article.version + 1)
            )
        return Changes(articles=ids, article_list=True, sections=True)

    def delete_permanently(self, article_ids: Iterable[int]) -> Changes:
        ids = frozenset(article_ids)
        self._require_editor()
        with self._db.transaction() as session:
            kept = session.scalars(
                select(orm.Article.slug).where(
                    orm.Article.id.in_(ids), orm.Article.trashed_at.is_(None)
                )
            ).all()
            if kept:
                raise InvalidInput(f"Only stories in the trash can be deleted: {', '.join(kept)}")
            session.execute(delete(orm.Article).where(orm.Article.id.in_(ids)))
            fold_comment_deltas(session)
        return Changes(articles=ids, article_list=True, sections=True)


def _operation_mark(operation_id: str, ahead: int) -> ColumnElement[str]:
    """ "OPERATION@VERSION" for the story's version (+ `ahead`), in SQL: a retry matches
    its own mark only while nobody else has written (every write raises the version)."""
    version = cast(orm.Article.version + ahead, String)
    return literal(f"{operation_id}@", String) + version


def _found_id(session: Session, reference: str) -> int:
    reference = reference.strip()
    found = None
    if reference and comparable(reference):
        conditions = [orm.Article.uuid == reference, orm.Article.slug == reference]
        number = row_id(reference)
        if number is not None:
            conditions.append(orm.Article.id == number)
        found = session.scalar(select(orm.Article.id).where(or_(*conditions)).limit(1))
    if found is None:
        raise NotFound(f"No story has the id or slug {reference!r}")
    return found


def insert_draft(
    session: Session,
    edit: ArticleEdit,
    author_id: int,
    *,
    uuid: str | None = None,
    slug: str | None = None,
    reason: str = "created",
) -> orm.Article:
    """A new draft of `edit` (validated) in `session`, with its tags and first revision:
    for services that make a story inside their own transaction."""
    now = _now()
    row = orm.Article(
        uuid=uuid or orm.new_uuid(),
        slug=_free_slug(session, slug or slugify(edit.headline or "untitled")),
        author_id=author_id,
        status=ArticleStatus.DRAFT.value,
        version=1,
        created_at=now,
        updated_at=now,
    )
    _apply_edit(session, row, edit)
    session.add(row)
    session.flush()
    set_article_tags(session, row.id, edit.tags)
    sync_inline_pictures(session, row.id, row.body)
    add_revision(session, row, author_id, reason, now)
    return row


def _free_slug(session: Session, base: str) -> str:
    def taken(candidate: str) -> bool:
        found = session.scalar(select(orm.Article.id).where(orm.Article.slug == candidate))
        return found is not None

    return unique_slug(slugify(base), taken)


def _apply_edit(session: Session, row: orm.Article, edit: ArticleEdit) -> None:
    if edit.section_id is not None and session.get(orm.Section, edit.section_id) is None:
        raise InvalidInput(f"Section {edit.section_id} does not exist")
    for name, value in edit_columns(edit).items():
        setattr(row, name, value)
