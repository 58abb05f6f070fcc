"""The spam filter that learns from this newsroom's moderators.

What it learns from: the comments a moderator decided (the moderation log, undone
actions left out) that are still where the decision put them: approved is wanted,
spam is unwanted. Trash is not a label (a moderator trashes for many reasons), and
neither is a state intake gave by itself, or the filter would learn its own guesses.
On top of those, the public starter comments (`spam_model.starter_examples`), which
weigh less as the newsroom's own decisions outnumber them.

The model lives in the newsroom database (`learned_filters`, migration 0017), so every
window and script on a shared newsroom scores with the same one; each process keeps the
last one it read and reloads it when its revision changes. Nothing leaves the machine:
training and scoring are local computations over the database's rows.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Exists, delete, exists, func, select, text
from sqlalchemy.orm import Session

from newsdesk.domain.comment_features import FEATURES_VERSION, CommentText
from newsdesk.domain.entities import User
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import NotFound
from newsdesk.domain.moderation import ModerationAction, check_may_moderate
from newsdesk.services.spam_model import (
    Quality,
    SpamModel,
    cross_validate,
    starter_examples,
    starter_model,
    train,
)
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_learning import LearnedFilter
from newsdesk.storage.orm_moderation import ModerationAction as ActionRow
from newsdesk.storage.orm_moderation import ModerationLogEntry

log = logging.getLogger(__name__)

NAME = "newsroom"
EXPLAINED = 8
"""How many of the features that weighed most an explanation lists."""


@dataclass(frozen=True, slots=True)
class LearnReport:
    """What one training learned from, and how well it does (when measured)."""

    wanted: int
    unwanted: int
    starter_wanted: int
    starter_unwanted: int
    starter_weight: float
    """How much each starter comment counted against one of the newsroom's."""
    quality: Quality | None
    seconds: float
    trained_at: datetime
    saved: bool
    """False when there was no decision to learn from (the starter model goes on)."""


@dataclass(frozen=True, slots=True)
class FilterState:
    """The model in use: learned here (with what), or the starter alone."""

    learned: bool
    trained_at: datetime | None = None
    wanted: int = 0
    unwanted: int = 0
    quality: Quality | None = None


@dataclass(frozen=True, slots=True)
class Explanation:
    """A comment's score under the model in use and the features that weighed most
    (positive: towards spam)."""

    score: float
    weighed: tuple[tuple[str, float], ...]


def comment_text(row: orm.Comment) -> CommentText:
    return CommentText(
        body=row.body, name=row.author_name, email=row.author_email, website=row.author_url
    )


def _decided() -> Exists:
    """Comments whose state a moderator's standing (not undone) decision gave them."""
    return exists(
        select(ModerationLogEntry.id)
        .join(ActionRow, ActionRow.id == ModerationLogEntry.action_id)
        .where(
            ModerationLogEntry.comment_id == orm.Comment.id,
            ModerationLogEntry.to_status == orm.Comment.status,
            ActionRow.undone_at.is_(None),
            ActionRow.action != ModerationAction.EDIT.value,
        )
    )


def _log_state(session: Session) -> str:
    """The moderation log as it stands: its last action and how many were undone."""
    last, undone = session.execute(
        select(func.max(ActionRow.id), func.count(ActionRow.undone_at))
    ).one()
    return f"{last or 0}:{undone or 0}"


class LearnedFilterService:
    def __init__(self, database: Database, identity: Identity) -> None:
        self._db = database
        self._identity = identity
        self._lock = threading.Lock()
        self._cached: tuple[int, SpamModel] | None = None
        self._readable: bool | None = None

    @property
    def _user(self) -> User:
        return self._identity.user

    # ---- the model in use ----------------------------------------------------------------
    def _may_read(self, session: Session) -> bool:
        """Whether this login may read the stored model (moderators and admins on a
        newsroom server; everyone on a file)."""
        if self._readable is None:
            if self._db.is_sqlite:
                self._readable = True
            else:
                statement = text("SELECT has_table_privilege('learned_filters', 'SELECT')")
                self._readable = bool(session.scalar(statement))
        return self._readable

    def model(self, session: Session) -> SpamModel:
        """The newsroom's model, or the starter model while it has none of its own (or
        one of older features, or this login may not read it)."""
        if not self._may_read(session):
            return starter_model()
        found = session.execute(
            select(LearnedFilter.revision, LearnedFilter.features_version).where(
                LearnedFilter.name == NAME
            )
        ).first()
        if found is None or found.features_version != FEATURES_VERSION:
            return starter_model()
        with self._lock:
            if self._cached is not None and self._cached[0] == found.revision:
                return self._cached[1]
        data = session.scalar(select(LearnedFilter.model).where(LearnedFilter.name == NAME))
        try:
            model = SpamModel.from_bytes(bytes(data or b""))
        except ValueError as error:
            log.warning("the stored spam filter is unreadable; using the starter: %s", error)
            return starter_model()
        with self._lock:
            self._cached = (found.revision, model)
        return model

    def score(self, comments: Sequence[CommentText]) -> list[float]:
        with self._db.transaction() as session:
            model = self.model(session)
        return model.score_many(comments)

    def state(self) -> FilterState:
        with self._db.transaction() as session:
            if not self._may_read(session):
                return FilterState(learned=False)
            row = session.get(LearnedFilter, NAME)
            if row is None or row.features_version != FEATURES_VERSION:
                return FilterState(learned=False)
            quality = None
            if row.precision is not None and row.recall is not None and row.f1 is not None:
                quality = Quality(row.precision, row.recall, row.f1, 5)
            return FilterState(True, row.trained_at, row.wanted, row.unwanted, quality)

    # ---- explaining ----------------------------------------------------------------------
    def explain_texts(self, comments: Sequence[CommentText]) -> list[Explanation]:
        """Each comment's score and what weighed most, under the model in use."""
        with self._db.transaction() as session:
            model = self.model(session)
        scores = model.score_many(comments)
        weighed = model.weighed_many(comments, EXPLAINED)
        return [
            Explanation(score, tuple(pushes)) for score, pushes in zip(scores, weighed, strict=True)
        ]

    def explain(self, comment_id: int) -> Explanation:
        """One comment's score and reasons (moderators: it reads the commenter's fields)."""
        check_may_moderate(self._user)
        with self._db.transaction() as session:
            row = session.get(orm.Comment, comment_id)
            if row is None:
                raise NotFound(f"Comment {comment_id} does not exist")
            comment = comment_text(row)
        return self.explain_texts([comment])[0]

    # ---- learning ------------------------------------------------------------------------
    def behind(self) -> bool:
        """Whether decisions were made (or undone) since the stored model was trained."""
        with self._db.transaction() as session:
            row = session.execute(
                select(LearnedFilter.trained_through, LearnedFilter.features_version).where(
                    LearnedFilter.name == NAME
                )
            ).first()
            state = _log_state(session)
        if row is None:
            return state != "0:0"
        return row.features_version != FEATURES_VERSION or row.trained_through != state

    def learn_if_behind(self) -> LearnReport | None:
        """Train again when the moderators decided something since the last training."""
        check_may_moderate(self._user)
        return self.learn() if self.behind() else None

    def decisions(self, session: Session) -> tuple[list[CommentText], list[bool]]:
        """The comments moderators decided, still where the decision put them."""
        rows = session.execute(
            select(
                orm.Comment.body,
                orm.Comment.author_name,
                orm.Comment.author_email,
                orm.Comment.author_url,
                orm.Comment.status,
            ).where(
                orm.Comment.status.in_([CommentStatus.APPROVED.value, CommentStatus.SPAM.value]),
                orm.Comment.newsroom_reply.is_(False),
                _decided(),
            )
        )
        comments: list[CommentText] = []
        unwanted: list[bool] = []
        for body, name, email, website, status in rows:
            comments.append(CommentText(body=body, name=name, email=email, website=website))
            unwanted.append(status == CommentStatus.SPAM.value)
        return comments, unwanted

    def learn(self, *, measure: bool = False) -> LearnReport:
        """Train on the decisions and the starter comments now, and store the model;
        `measure`: cross-validate it first (five times the work)."""
        check_may_moderate(self._user)
        started = time.perf_counter()
        with self._db.transaction() as session:
            state = _log_state(session)
            comments, unwanted = self.decisions(session)
        starter, starter_unwanted = starter_examples()
        own = len(comments)
        weight = min(1.0, len(starter) / own) if own else 1.0
        every = [*comments, *starter]
        labels = [*unwanted, *starter_unwanted]
        weights = [1.0] * own + [weight] * len(starter)
        quality = cross_validate(every, labels) if measure else None
        model = train(every, labels, weights) if own else starter_model()
        wanted = own - sum(unwanted)
        trained_at = datetime.now(UTC)
        if own:
            self._save(model, state, wanted, sum(unwanted), quality, trained_at)
        else:  # every decision undone (or gone): back to the starter alone
            self._forget()
        return LearnReport(
            wanted=wanted,
            unwanted=sum(unwanted),
            starter_wanted=len(starter) - sum(starter_unwanted),
            starter_unwanted=sum(starter_unwanted),
            starter_weight=weight,
            quality=quality,
            seconds=time.perf_counter() - started,
            trained_at=trained_at,
            saved=bool(own),
        )

    def _forget(self) -> None:
        with self._db.transaction() as session:
            session.execute(delete(LearnedFilter).where(LearnedFilter.name == NAME))
        with self._lock:
            self._cached = None

    def _save(
        self,
        model: SpamModel,
        state: str,
        wanted: int,
        unwanted: int,
        quality: Quality | None,
        trained_at: datetime,
    ) -> None:
        data = model.to_bytes()
        with self._db.transaction() as session:
            row = session.get(LearnedFilter, NAME, with_for_update=True)
            if row is None:
                row = LearnedFilter(name=NAME, revision=0)
                session.add(row)
            row.model = data
            row.features_version = model.features_version
            row.revision = (row.revision or 0) + 1
            row.trained_at = trained_at
            row.trained_through = state
            row.wanted, row.unwanted = wanted, unwanted
            row.precision = quality.precision if quality else None
            row.recall = quality.recall if quality else None
            row.f1 = quality.f1 if quality else None
            session.flush()
            revision = row.revision
        with self._lock:
            self._cached = (revision, model)
