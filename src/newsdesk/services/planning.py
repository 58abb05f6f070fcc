"""The planning desk: the day's budget of plan items, who is on them, and the stories
started from them.

Planners (publishers and admins) create, assign and spike items; an assignee updates the
status and notes of their own items and starts the story; everyone reads the budget.
The database holds to the same rights (migration 0019). An item with a story shows the
story's state and its words now, read with the budget (never stored twice).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import ArticleEdit, User
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput, NotAllowed, NotFound
from newsdesk.domain.planning import (
    MAX_NOTES,
    MAX_PITCH,
    PLANNING_ROLES,
    Assignee,
    AssignmentRole,
    PlanChanges,
    PlanDraft,
    PlanItem,
    PlanStatus,
    check_priority,
    check_slug,
    check_words,
    status_of_story,
)
from newsdesk.domain.text_stats import text_stats
from newsdesk.domain.workflow import may_edit, role_allows
from newsdesk.services.articles import insert_draft
from newsdesk.services.users import Identity, to_user
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.database import Database
from newsdesk.storage.orm_planning import PlanAssignment, PlanItemRow
from newsdesk.storage.orm_sync import OfflinePlanItem, SyncReplica

OFFLINE_COPY = (
    "This plan item is a copy taken offline: it is planned in the newsroom "
    "(here only its status and notes change, and a story may be started)"
)
ON_A_LAPTOP = "This is a laptop's copy of the newsroom: plan items are added in the newsroom"


@dataclass(frozen=True, slots=True)
class PlanQuery:
    edition: date | None = None
    section_id: int | None = None
    assignee_id: int | None = None
    status: PlanStatus | None = None


@dataclass(frozen=True, slots=True)
class BudgetPage:
    """A filter's answer as a view reads it: every id in order, the first items built,
    and the words planned over all of them."""

    ids: tuple[int, ...]
    items: list[PlanItem]
    words_planned: int


@dataclass(frozen=True, slots=True)
class StartedStory:
    item: PlanItem
    article_id: int
    slug: str


def _now() -> datetime:
    return datetime.now(UTC)


class PlanService:
    def __init__(self, database: Database, identity: Identity) -> None:
        self._db = database
        self._identity = identity

    @property
    def _user(self) -> User:
        return self._identity.user

    def may_plan(self) -> bool:
        return role_allows(self._user.roles, PLANNING_ROLES)

    def _require_planner(self, what: str) -> None:
        if not self.may_plan():
            user = self._user
            roles = ", ".join(sorted(r.value for r in user.roles)) or "no role"
            raise NotAllowed(f"{user.display_name} ({roles}) may not {what}")

    # ---- reading -------------------------------------------------------------------------
    def budget(self, query: PlanQuery = PlanQuery()) -> list[PlanItem]:
        """The items `query` asks for, by section, then due time, then priority."""
        with self._db.transaction() as session:
            ids = list(session.scalars(_listing(query)))
            return _items(session, ids)

    def budget_ids(self, query: PlanQuery = PlanQuery()) -> list[int]:
        """Only the ids of `budget(query)`, in its order: a month's filter for a view
        that reads its rows a screenful at a time (`items`)."""
        with self._db.transaction() as session:
            return list(session.scalars(_listing(query)))

    def budget_page(self, query: PlanQuery = PlanQuery(), first: int = 100) -> BudgetPage:
        """The ids `query` selects, with only the `first` items built (a month's filter
        reads its 15,000 ids, not 15,000 items with their stories' words); the rest
        come a screenful at a time (`items`)."""
        listing = _listing(query).add_columns(PlanItemRow.words_planned)
        with self._db.transaction() as session:
            rows = session.execute(listing).all()
            ids = tuple(row[0] for row in rows)
            planned = sum(row[1] or 0 for row in rows)
            return BudgetPage(ids, _items(session, ids[:first]), planned)

    def items(self, ids: Sequence[int]) -> list[PlanItem]:
        """The items `ids`, in that order (missing ones left out)."""
        with self._db.transaction() as session:
            return _items(session, ids)

    def get(self, item_id: int) -> PlanItem:
        with self._db.transaction() as session:
            found = _items(session, [item_id])
        if not found:
            raise NotFound(f"Plan item {item_id} does not exist")
        return found[0]

    def find(self, reference: str) -> PlanItem:
        """An item by its id or UUID (what the CLI accepts)."""
        text = reference.strip()
        with self._db.transaction() as session:
            condition = PlanItemRow.uuid == text
            if text.isascii() and text.isdigit() and len(text) < 10:
                condition = condition | (PlanItemRow.id == int(text))
            found = session.scalar(select(PlanItemRow.id).where(condition))
            items = _items(session, [found]) if found is not None else []
        if not items:
            raise NotFound(f"No plan item has the id {reference[:80]!r}")
        return items[0]

    def person(self, name: str) -> User:
        """Someone by login, user name or display name (any case), for assigning."""
        wanted = " ".join(name.split()).casefold()
        if not wanted:
            raise InvalidInput("Give a person's name or login")
        with self._db.transaction() as session:
            people = session.scalars(select(orm.User).order_by(orm.User.id)).all()
            found = [
                row
                for row in people
                if wanted in {row.username.casefold(), row.display_name.casefold()}
                or (row.login or "").casefold() == wanted
            ]
            if not found:
                raise NotFound(f"Nobody is called {name[:80]!r}")
            if len(found) > 1:
                raise InvalidInput(f"{len(found)} people are called {name[:80]!r}: give a login")
            return to_user(found[0])

    # ---- planning ------------------------------------------------------------------------
    def add(
        self, draft: PlanDraft, assignees: Sequence[tuple[int, AssignmentRole]] = ()
    ) -> PlanItem:
        self._require_planner("add plan items")
        slug = check_slug(draft.slug)
        words = check_words(draft.words_planned)
        if len(draft.pitch) > MAX_PITCH or len(draft.notes) > MAX_NOTES:
            raise InvalidInput(f"A pitch or notes may hold at most {MAX_PITCH:,} characters")
        if draft.due_at is not None and draft.due_at.tzinfo is None:
            raise InvalidInput("A due time needs a time zone")
        now = _now()
        with self._db.transaction() as session:
            if self._db.is_sqlite and session.scalar(select(SyncReplica.id).limit(1)) is not None:
                raise NotAllowed(ON_A_LAPTOP)
            if draft.section_id is not None and session.get(orm.Section, draft.section_id) is None:
                raise NotFound(f"Section {draft.section_id} does not exist")
            row = PlanItemRow(
                edition=draft.edition,
                section_id=draft.section_id,
                slug=slug,
                pitch=draft.pitch.strip(),
                words_planned=words,
                due_at=draft.due_at.astimezone(UTC) if draft.due_at else None,
                priority=draft.priority,
                status=(PlanStatus.ASSIGNED if assignees else PlanStatus.IDEA).value,
                notes=draft.notes.strip(),
                created_by=self._user.id or None,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            for user_id, role in dict.fromkeys(assignees):
                _check_user(session, user_id)
                session.add(PlanAssignment(plan_item_id=row.id, user_id=user_id, role=role.value))
            session.flush()
            return _items(session, [row.id])[0]

    def assign(self, item_id: int, user_id: int, role: AssignmentRole) -> PlanItem:
        return self.revise(item_id, added=[(user_id, role)])

    def unassign(self, item_id: int, user_id: int, role: AssignmentRole | None = None) -> PlanItem:
        """Take someone off an item (in `role`, or in every role they hold on it); an
        item nobody is on any more, and no story started, is an idea again."""
        return self.revise(item_id, removed=[(user_id, role)])

    def edit(
        self, item_id: int, changes: PlanChanges, *, expected_version: int | None = None
    ) -> PlanItem:
        """A planner's change to an item's slug, pitch, planned words, due time,
        section or priority (only what `changes` gives)."""
        return self.revise(item_id, changes, expected_version=expected_version)

    def revise(
        self,
        item_id: int,
        changes: PlanChanges | None = None,
        *,
        removed: Sequence[tuple[int, AssignmentRole | None]] = (),
        added: Sequence[tuple[int, AssignmentRole]] = (),
        status: PlanStatus | None = None,
        notes: str | None = None,
        expected_version: int | None = None,
    ) -> PlanItem:
        """One change of an item in one transaction: its details, the people taken off
        (each in a role, or None for every role), the people put on, then its status and
        notes; a refusal of any part writes nothing. Details and people are a planner's;
        status and notes an assignee's too. `expected_version`: refused when the item
        changed since it was read."""
        given = _checked(changes) if changes is not None else {}
        if given:
            self._require_planner("edit plan items")
        if removed:
            self._require_planner("take people off plan items")
        if added:
            self._require_planner("assign plan items")
        if notes is not None and len(notes) > MAX_NOTES:
            raise InvalidInput(f"Notes may hold at most {MAX_NOTES:,} characters")
        if status is PlanStatus.SPIKED:
            self._require_planner("spike plan items")
        with self._db.transaction() as session:
            row = _row(session, item_id, lock=True)
            if expected_version is not None and row.version != expected_version:
                raise InvalidInput(
                    "The plan item was changed meanwhile: read it again and redo the change"
                )
            if (given or removed or added) and self._db.is_sqlite:  # laptops are files
                _require_in_newsroom(session, row)
            section = given.get("section_id")
            if section is not None and session.get(orm.Section, section) is None:
                raise NotFound(f"Section {section} does not exist")
            for name, value in given.items():
                setattr(row, name, value)
            for user_id, role in removed:
                _take_off(session, row, user_id, role)
            for user_id, role in added:
                _put_on(session, row, user_id, role)
            if status is not None or notes is not None:
                self._require_own_or_planner(session, item_id)
                _set_status(row, status, notes)
            _touch(row)
            session.flush()
            return _items(session, [item_id])[0]

    def spike(self, item_id: int) -> PlanItem:
        self._require_planner("spike plan items")
        return self._set(item_id, status=PlanStatus.SPIKED)

    # ---- an assignee's own work ----------------------------------------------------------
    def update(
        self, item_id: int, *, status: PlanStatus | None = None, notes: str | None = None
    ) -> PlanItem:
        """Status and notes: planners on any item, an assignee on their own."""
        return self.revise(item_id, status=status, notes=notes)

    def _set(
        self, item_id: int, *, status: PlanStatus | None = None, notes: str | None = None
    ) -> PlanItem:
        with self._db.transaction() as session:
            row = _row(session, item_id, lock=True)
            self._require_own_or_planner(session, item_id)
            _set_status(row, status, notes)
            _touch(row)
            session.flush()
            return _items(session, [item_id])[0]

    def start_story(self, item_id: int) -> StartedStory:
        """The draft of an item: its working headline, section and the writer's byline,
        linked to the item, which follows the story's state from now on."""
        user = self._user
        if not may_edit(user):
            raise NotAllowed(f"{user.display_name} may not write stories")
        with self._db.transaction() as session:
            row = _row(session, item_id, lock=True)
            self._require_own_or_planner(session, item_id)
            if row.article_id is not None:
                raise InvalidInput("A story was already started from this item")
            if row.status == PlanStatus.SPIKED.value:
                raise InvalidInput("The item is spiked")
            byline = _writer_name(session, item_id) or user.display_name
            edit = ArticleEdit(headline=row.slug, section_id=row.section_id, byline=byline)
            article = insert_draft(session, edit, user.id, reason="started from the budget")
            row.article_id = article.id
            row.status = PlanStatus.IN_PROGRESS.value
            _touch(row)
            session.flush()
            return StartedStory(_items(session, [item_id])[0], article.id, article.slug)

    def link_story(self, item_id: int, article_id: int) -> PlanItem:
        """Link a story started from the item on a laptop, as a sync brings it: only by
        someone on the item, and only while the item has no story (a second start in the
        newsroom would make a second draft)."""
        with self._db.transaction() as session:
            row = _row(session, item_id, lock=True)
            mine = session.scalar(
                select(PlanAssignment.user_id).where(
                    PlanAssignment.plan_item_id == item_id,
                    PlanAssignment.user_id == self._user.id,
                )
            )
            if mine is None:
                raise NotAllowed(f"{self._user.display_name} is not assigned to this plan item")
            if row.article_id == article_id:
                return _items(session, [item_id])[0]
            if row.article_id is not None:
                raise InvalidInput("A story was already started from this item in the newsroom")
            if row.status == PlanStatus.SPIKED.value:
                raise InvalidInput("The item is spiked")
            if session.get(orm.Article, article_id) is None:
                raise NotFound(f"Story {article_id} does not exist")
            taken = session.scalar(
                select(PlanItemRow.id).where(PlanItemRow.article_id == article_id)
            )
            if taken is not None:
                raise InvalidInput("That story was started from another plan item")
            row.article_id = article_id
            row.status = PlanStatus.IN_PROGRESS.value
            _touch(row)
            session.flush()
            return _items(session, [item_id])[0]

    def _require_own_or_planner(self, session: Session, item_id: int) -> None:
        if self.may_plan():
            return
        mine = session.scalar(
            select(PlanAssignment.user_id).where(
                PlanAssignment.plan_item_id == item_id, PlanAssignment.user_id == self._user.id
            )
        )
        if mine is None:
            raise NotAllowed(f"{self._user.display_name} is not assigned to this plan item")


# ---- reading rows into items -------------------------------------------------------------
def _listing(query: PlanQuery) -> Select[int]:
    statement = select(PlanItemRow.id)
    if query.edition is not None:
        statement = statement.where(PlanItemRow.edition == query.edition)
    if query.section_id is not None:
        statement = statement.where(PlanItemRow.section_id == query.section_id)
    if query.assignee_id is not None:
        statement = statement.where(
            PlanItemRow.id.in_(
                select(PlanAssignment.plan_item_id).where(
                    PlanAssignment.user_id == query.assignee_id
                )
            )
        )
    if query.status is not None:
        stored = PlanItemRow.status == query.status.value
        following = [s.value for s in ArticleStatus if status_of_story(s) is query.status]
        # The stories in those states as a set read from the articles' status index,
        # not every item joined to its story (a month: 15,000 lookups of story rows).
        in_state = select(orm.Article.id).where(orm.Article.status.in_(following))
        statement = statement.where(
            (PlanItemRow.article_id.is_(None) & stored)
            | (PlanItemRow.status == PlanStatus.SPIKED.value) & stored
            | (
                (PlanItemRow.status != PlanStatus.SPIKED.value)
                & PlanItemRow.article_id.in_(in_state)
            )
        )
    return statement.order_by(
        PlanItemRow.edition,
        PlanItemRow.section_id,
        PlanItemRow.due_at,
        PlanItemRow.priority.desc(),
        PlanItemRow.id,
    )


_PLAN_STATUS = {status.value: status for status in PlanStatus}
_STORY_STATUS = {status.value: status for status in ArticleStatus}
_ROLE = {role.value: role for role in AssignmentRole}
_ITEM_COLUMNS = (
    PlanItemRow.id,
    PlanItemRow.uuid,
    PlanItemRow.edition,
    PlanItemRow.section_id,
    PlanItemRow.slug,
    PlanItemRow.pitch,
    PlanItemRow.words_planned,
    PlanItemRow.due_at,
    PlanItemRow.priority,
    PlanItemRow.status,
    PlanItemRow.notes,
    PlanItemRow.article_id,
    PlanItemRow.version,
)


def _items(session: Session, ids: Sequence[int]) -> list[PlanItem]:
    """The items `ids`, in that order, with their section, assignees and story now."""
    rows: dict[int, Any] = {}
    for part in chunks(list(ids)):
        rows.update(
            (row.id, row)
            for row in session.execute(select(*_ITEM_COLUMNS).where(PlanItemRow.id.in_(part)))
        )
    sections = dict(session.execute(select(orm.Section.id, orm.Section.name)).all())
    assignees = _assignees(session, list(rows))
    stories = _stories(session, [r.article_id for r in rows.values() if r.article_id])
    items = []
    for item_id in ids:
        row = rows.get(item_id)
        if row is None:
            continue
        story = stories.get(row.article_id) if row.article_id else None
        status = _PLAN_STATUS[row.status]
        if story is not None and status is not PlanStatus.SPIKED:
            status = status_of_story(story[1])
        items.append(
            PlanItem(
                id=row.id,
                uuid=row.uuid,
                edition=row.edition,
                section_id=row.section_id,
                section_name=sections.get(row.section_id, "") if row.section_id else "",
                slug=row.slug,
                pitch=row.pitch,
                words_planned=row.words_planned,
                words_actual=story[2] if story else None,
                due_at=row.due_at,
                priority=row.priority,
                status=status,
                notes=row.notes,
                assignees=assignees.get(row.id, ()),
                story_id=row.article_id,
                story_slug=story[0] if story else "",
                version=row.version,
            )
        )
    return items


def _assignees(session: Session, ids: Sequence[int]) -> dict[int, tuple[Assignee, ...]]:
    found: dict[int, list[Assignee]] = {}
    for part in chunks(list(ids)):
        rows = session.execute(
            select(
                PlanAssignment.plan_item_id,
                orm.User.id,
                orm.User.display_name,
                PlanAssignment.role,
            )
            .join(orm.User, orm.User.id == PlanAssignment.user_id)
            .where(PlanAssignment.plan_item_id.in_(part))
            .order_by(PlanAssignment.plan_item_id, PlanAssignment.role, orm.User.display_name)
        )
        for item_id, user_id, name, role in rows:
            found.setdefault(item_id, []).append(Assignee(user_id, name, _ROLE[role]))
    return {item_id: tuple(people) for item_id, people in found.items()}


class _WordCounts:
    """Each story's words by (id, version): every write raises a story's version, so a
    count stays right until the story changes, and a budget read again (the panel after
    each change, a filter switched) counts only the stories that changed since."""

    def __init__(self, limit: int = 50_000) -> None:
        self._counts: dict[tuple[int, int], int] = {}
        self._lock = threading.Lock()
        self._limit = limit

    def known(self, key: tuple[int, int]) -> int | None:
        with self._lock:
            return self._counts.get(key)

    def forget(self) -> None:
        with self._lock:
            self._counts.clear()

    def keep(self, key: tuple[int, int], words: int) -> None:
        with self._lock:
            if len(self._counts) >= self._limit:
                self._counts.clear()
            self._counts[key] = words


WORD_COUNTS = _WordCounts()


def _stories(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, ArticleStatus, int]]:
    """Each story's slug, state and words now (of its text, as the editor counts them);
    bodies are read only for stories whose words this process has not counted yet."""
    found: dict[int, tuple[str, ArticleStatus, int]] = {}
    missing: dict[int, tuple[str, ArticleStatus, int]] = {}
    for part in chunks(list(ids)):
        rows = session.execute(
            select(orm.Article.id, orm.Article.slug, orm.Article.status, orm.Article.version).where(
                orm.Article.id.in_(part)
            )
        )
        for article_id, slug, status, version in rows:
            words = WORD_COUNTS.known((article_id, version))
            if words is None:
                missing[article_id] = (slug, _STORY_STATUS[status], version)
            else:
                found[article_id] = (slug, _STORY_STATUS[status], words)
    for part in chunks(list(missing)):
        bodies = session.execute(
            select(orm.Article.id, orm.Article.body, orm.Article.version).where(
                orm.Article.id.in_(part)
            )
        )
        for article_id, body, version in bodies:  # the version the body is of
            slug, status, _listed = missing[article_id]
            words = text_stats(body).words
            WORD_COUNTS.keep((article_id, version), words)
            found[article_id] = (slug, status, words)
    return found


def _row(session: Session, item_id: int, *, lock: bool = False) -> PlanItemRow:
    row = session.get(PlanItemRow, item_id, with_for_update=lock)
    if row is None:
        raise NotFound(f"Plan item {item_id} does not exist")
    return row


def _checked(changes: PlanChanges) -> dict[str, object]:
    """The fields `changes` gives, checked and as stored."""
    given = changes.given()
    if "slug" in given:
        given["slug"] = check_slug(str(given["slug"]))
    if "pitch" in given:
        pitch = str(given["pitch"]).strip()
        if len(pitch) > MAX_PITCH:
            raise InvalidInput(f"A pitch may hold at most {MAX_PITCH:,} characters")
        given["pitch"] = pitch
    if "words_planned" in given:
        words = given["words_planned"]
        given["words_planned"] = check_words(words if isinstance(words, int) else None)
    if "priority" in given:
        priority = given["priority"]
        given["priority"] = check_priority(priority if isinstance(priority, int) else 0)
    due = given.get("due_at")
    if isinstance(due, datetime):
        if due.tzinfo is None:
            raise InvalidInput("A due time needs a time zone")
        given["due_at"] = due.astimezone(UTC)
    return given


def _take_off(
    session: Session, row: PlanItemRow, user_id: int, role: AssignmentRole | None
) -> None:
    condition = (PlanAssignment.plan_item_id == row.id) & (PlanAssignment.user_id == user_id)
    if role is not None:
        condition = condition & (PlanAssignment.role == role.value)
    if session.scalar(select(PlanAssignment.user_id).where(condition).limit(1)) is None:
        raise NotFound("That person is not on this plan item")
    session.execute(delete(PlanAssignment).where(condition))
    session.flush()
    left = session.scalar(
        select(PlanAssignment.user_id).where(PlanAssignment.plan_item_id == row.id)
    )
    if left is None and row.article_id is None and row.status == PlanStatus.ASSIGNED.value:
        row.status = PlanStatus.IDEA.value


def _put_on(session: Session, row: PlanItemRow, user_id: int, role: AssignmentRole) -> None:
    _check_user(session, user_id)
    if session.get(PlanAssignment, (row.id, user_id, role.value)) is None:
        session.add(PlanAssignment(plan_item_id=row.id, user_id=user_id, role=role.value))
        session.flush()
    if row.status == PlanStatus.IDEA.value:
        row.status = PlanStatus.ASSIGNED.value


def _set_status(row: PlanItemRow, status: PlanStatus | None, notes: str | None) -> None:
    if status is not None:
        if row.article_id is not None and status is not PlanStatus.SPIKED:
            raise InvalidInput("The item follows its story's state; move the story instead")
        row.status = status.value
    if notes is not None:
        row.notes = notes.strip()


def _require_in_newsroom(session: Session, row: PlanItemRow) -> None:
    """A planner's change is refused on a laptop's copy of an item: a sync sends only its
    status, notes and story, and would overwrite the rest with the newsroom's."""
    if session.get(OfflinePlanItem, row.uuid) is not None:
        raise NotAllowed(OFFLINE_COPY)


def _check_user(session: Session, user_id: int) -> None:
    if session.get(orm.User, user_id) is None:
        raise NotFound(f"User {user_id} does not exist")


def _writer_name(session: Session, item_id: int) -> str:
    name = session.scalar(
        select(orm.User.display_name)
        .join(PlanAssignment, PlanAssignment.user_id == orm.User.id)
        .where(
            PlanAssignment.plan_item_id == item_id,
            PlanAssignment.role == AssignmentRole.WRITER.value,
        )
        .order_by(orm.User.display_name)
        .limit(1)
    )
    return name or ""


def _touch(row: PlanItemRow) -> None:
    row.updated_at = _now()
    row.version += 1


__all__ = ["BudgetPage", "PlanQuery", "PlanService", "StartedStory"]
