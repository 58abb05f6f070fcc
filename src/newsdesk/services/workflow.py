"""Moving stories through the desk: the workflow table of `domain.workflow`, enforced.

Every call checks the acting user's roles and the story's state, whatever a window
offered, records the transition (who, when, from, to, note) and writes a revision.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from newsdesk.domain.copydesk import Transition
from newsdesk.domain.embargo import publish_refusal, schedule_refusal
from newsdesk.domain.entities import Article
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput, NotAllowed, NotFound
from newsdesk.domain.workflow import (
    STEP_OF,
    TRANSITIONS,
    Action,
    available_actions,
    missing_required,
    role_allows,
    step_for,
)
from newsdesk.services.revisions import add_revision
from newsdesk.services.rows import to_article
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_copydesk import ArticleAssignment, EditorialNote, WorkflowTransition

MAX_REASON = 200
PUBLIC_STATES = frozenset({ArticleStatus.PUBLISHED, ArticleStatus.CORRECTED})


class WorkflowService:
    def __init__(self, database: Database, identity: Identity) -> None:
        self._db = database
        self._identity = identity

    def actions_for(self, status: ArticleStatus) -> list[Action]:
        """What the acting user may do to a story in `status` (what the UI offers)."""
        return available_actions(status, self._identity.user.roles)

    def move(
        self,
        article_id: int,
        target: ArticleStatus,
        *,
        note: str = "",
        when: datetime | None = None,
    ) -> Article:
        """Move a story to `target` by whichever action the table allows this user."""
        with self._db.transaction() as session:
            source = ArticleStatus(self._row(session, article_id).status)
        step = step_for(source, target, self._identity.user.roles)
        if step is None:
            raise self._refusal(source, target)
        return self.apply(article_id, step.action, note=note, when=when)

    def apply(
        self,
        article_id: int,
        action: Action,
        *,
        note: str = "",
        when: datetime | None = None,
    ) -> Article:
        user = self._identity.user
        step = STEP_OF[action]
        note = note.strip()
        with self._db.transaction() as session:
            row = self._row(session, article_id, lock=True)
            source = ArticleStatus(row.status)
            if source not in step.sources:
                raise NotAllowed(
                    f"A story that is {source.label.lower()} cannot be moved by “{action.label}”"
                )
            if not role_allows(user.roles, step.roles):
                raise NotAllowed(self._role_message(action))
            if step.needs_note and not note:
                raise InvalidInput(f"“{action.label}” needs a note saying why")
            now = datetime.now(UTC)
            if step.target in PUBLIC_STATES:
                refusal = publish_refusal(row.embargoed_until, now)
                if refusal is not None:
                    raise NotAllowed(refusal)
            self._apply_effects(session, row, action, note, when, now)
            row.status = step.target.value
            row.version += 1
            row.updated_at = now
            session.add(
                WorkflowTransition(
                    article_id=row.id,
                    user_id=user.id,
                    at=now,
                    action=action.value,
                    from_status=source.value,
                    to_status=step.target.value,
                    note=note,
                )
            )
            session.flush()
            reason = f"{action.label}" + (f": {note}" if note else "")
            add_revision(session, row, user.id, reason[:MAX_REASON], now)
            return to_article(session, row)

    def _apply_effects(
        self,
        session: Session,
        row: orm.Article,
        action: Action,
        note: str,
        when: datetime | None,
        now: datetime,
    ) -> None:
        user = self._identity.user
        if action is Action.PASS_READY:
            missing = missing_required(
                {
                    "dateline": row.dateline,
                    "section_id": row.section_id,
                    "byline": row.byline,
                    "credit": row.credit,
                }
            )
            if missing:
                raise InvalidInput(
                    "The story cannot be passed as ready while these are empty: "
                    + ", ".join(missing)
                )
        if action is Action.TAKE:
            session.merge(ArticleAssignment(article_id=row.id, user_id=user.id, assigned_at=now))
        elif ArticleStatus(row.status) is ArticleStatus.EDITING or action is Action.KILL:
            session.execute(delete(ArticleAssignment).where(ArticleAssignment.article_id == row.id))
        if action is Action.SEND_BACK:
            session.add(
                EditorialNote(article_id=row.id, author_id=user.id, created_at=now, body=note)
            )
        elif action is Action.SCHEDULE:
            if when is None or when <= now:
                raise InvalidInput("Pick a publication time in the future")
            refusal = schedule_refusal(row.embargoed_until, when)
            if refusal is not None:
                raise NotAllowed(refusal)
            row.scheduled_at = when.astimezone(UTC)
        elif action is Action.PUBLISH:
            row.published_at = row.published_at or now
            row.scheduled_at = None
            row.private = False  # published on purpose: exports may carry it now
        elif action is Action.CORRECT:
            row.correction_note = note

    def transitions(self, article_id: int) -> list[Transition]:
        """A story's moves, oldest first."""
        statement = (
            select(WorkflowTransition, orm.User.display_name)
            .outerjoin(orm.User, orm.User.id == WorkflowTransition.user_id)
            .where(WorkflowTransition.article_id == article_id)
            .order_by(WorkflowTransition.at, WorkflowTransition.id)
        )
        with self._db.transaction() as session:
            return [
                Transition(
                    id=row.id,
                    article_id=row.article_id,
                    at=row.at,
                    user=name or "",
                    action=row.action,
                    from_status=ArticleStatus(row.from_status),
                    to_status=ArticleStatus(row.to_status),
                    note=row.note,
                )
                for row, name in session.execute(statement)
            ]

    def _row(self, session: Session, article_id: int, *, lock: bool = False) -> orm.Article:
        row = session.get(orm.Article, article_id, with_for_update=lock)
        if row is None:
            raise NotFound(f"Story {article_id} does not exist")
        if row.trashed_at is not None:
            raise InvalidInput("The story is in the trash; restore it first")
        return row

    def _role_message(self, action: Action) -> str:
        user = self._identity.user
        roles = ", ".join(sorted(r.value for r in user.roles)) or "no role"
        return f"{user.display_name} ({roles}) may not “{action.label.lower()}”"

    def _refusal(self, source: ArticleStatus, target: ArticleStatus) -> NotAllowed:
        if (source, target) in TRANSITIONS:
            user = self._identity.user
            return NotAllowed(
                f"{user.display_name} may not move a story from "
                f"{source.label.lower()} to {target.label.lower()}"
            )
        return NotAllowed(f"No story moves from {source.label.lower()} to {target.label.lower()}")
