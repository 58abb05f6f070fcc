"""Edit locks: one window at a time edits a story; the others see who, and may take over.

A lock belongs to one running window (`client_id`), so the same person in two windows
is two holders. The holder's window sends a heartbeat every few seconds; a lock whose
heartbeats stopped for `LOCK_TIMEOUT` (a crash, a laptop lid closed) is free again. A
lock of the same person, from the same computer, whose process no longer runs is a
crashed session's: it is taken back at once, without asking. The same person's lock
from another computer (or another live window) is someone to ask, like anyone's.

Taking over a live lock first keeps the holder's last text: the unsaved text its
heartbeats carried (when the story has not moved on since) becomes the story's text,
and a revision "taken over from NAME" records it. The story's version goes up, so a
save the old holder still had queued meets a conflict instead of overwriting; the old
holder's next heartbeat answers "lost to NAME".

Every step is one statement or one transaction whose conditional writes decide races:
two windows acquiring at once both run INSERT … ON CONFLICT DO UPDATE … WHERE free, and
exactly one gets a row back.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from newsdesk.domain.entities import TEXT_FIELDS, Article, ArticleEdit, ArticleRow, User
from newsdesk.domain.errors import NewsdeskError, NotAllowed, NotFound
from newsdesk.domain.workflow import may_edit
from newsdesk.services.revisions import add_revision
from newsdesk.services.rows import to_article
from newsdesk.services.this_computer import computer_id, process_alive
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_locks import ArticleLock

log = logging.getLogger(__name__)

LOCK_TIMEOUT = timedelta(seconds=120)
"""A lock without a heartbeat for this long is free for anyone."""

Clock = Callable[[], datetime]


class LockLost(NewsdeskError):
    """Someone took the story over (or took it after our lock lapsed) first."""


@dataclass(frozen=True, slots=True)
class LockHolder:
    article_id: int
    user_id: int
    name: str
    since: datetime
    heartbeat_at: datetime
    client_id: str
    """The holder's window: a takeover names it, so it never takes from someone unseen."""
    host: str = ""
    """The holder's computer (see services/this_computer.py); "" when unknown."""


@dataclass(frozen=True, slots=True)
class LockResult:
    """What an acquire or heartbeat found: ours, or whose instead."""

    article_id: int
    held: bool
    holder: LockHolder | None = None
    """Who holds the story when it is not us (None when it is ours or free)."""
    taken_over: bool = False
    """We held it and `holder` took it over from us."""
    version: int | None = None
    """The story's version now, so a window can tell its text is behind."""


@dataclass(frozen=True, slots=True)
class Takeover:
    article: Article
    """The story as the new holder should edit it (with the old holder's last text)."""
    previous: str
    """Whom it was taken from ("" when the lock was free after all)."""
    kept_pending_text: bool
    """The old holder's unsaved text became the story's text."""


@dataclass(frozen=True, slots=True)
class PendingText:
    """Text the holder's editor has not saved yet, typed over story version `version`."""

    version: int
    edit: ArticleEdit

    def to_json(self) -> str:
        return json.dumps({name: getattr(self.edit, name) for name in TEXT_FIELDS})


def _pending_fields(raw: str) -> dict[str, str]:
    try:
        loaded = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {name: str(loaded[name]) for name in TEXT_FIELDS if isinstance(loaded.get(name), str)}


def _holder(lock: ArticleLock) -> LockHolder:
    return LockHolder(
        article_id=lock.article_id,
        user_id=lock.user_id,
        name=lock.holder_name,
        since=lock.taken_at,
        heartbeat_at=lock.heartbeat_at,
        client_id=lock.client_id,
        host=lock.client_host or "",
    )


class LockService:
    def __init__(
        self,
        database: Database,
        identity: Identity,
        *,
        client_id: str | None = None,
        clock: Clock | None = None,
        host: str | None = None,
        pid: int | None = None,
        process_alive: Callable[[int], bool] = process_alive,
    ) -> None:
        self._db = database
        self._identity = identity
        self.client_id = client_id or str(uuid.uuid4())
        self._clock = clock
        self.host = host if host is not None else computer_id()
        self.pid = pid if pid is not None else os.getpid()
        self._process_alive = process_alive

    @property
    def _user(self) -> User:
        return self._identity.user

    def _editor(self) -> User:
        user = self._user
        if not may_edit(user):
            raise NotAllowed(f"{user.display_name} may not change stories, so takes no edit lock")
        return user

    def _now(self, session: Session) -> datetime:
        """The injected clock, else the database's (PostgreSQL) or this machine's in UTC."""
        if self._clock is not None:
            return self._clock()
        if self._db.dialect == "postgresql":
            moment = session.scalar(select(func.now()))
            assert moment is not None
            return moment.astimezone(UTC)
        return datetime.now(UTC)

    # ---- taking and keeping ------------------------------------------------------------------
    def acquire(self, article_id: int) -> LockResult:
        """Take the story's lock if it is free, lapsed or already ours; else say whose."""
        user = self._editor()
        with self._db.transaction() as session:
            version = self._version(session, article_id)
            now = self._now(session)
            if self._claim(session, article_id, user, now):
                return LockResult(article_id, held=True, version=version)
            lock = session.get(ArticleLock, article_id, populate_existing=True)
            if lock is not None and self._left_by_a_crash(lock, user):
                if self._take_back(session, lock, now):
                    return LockResult(article_id, held=True, version=version)
                lock = session.get(ArticleLock, article_id, populate_existing=True)
            holder = _holder(lock) if lock is not None else None
            return LockResult(article_id, held=False, holder=holder, version=version)

    def _left_by_a_crash(self, lock: ArticleLock, user: User) -> bool:
        """Ours from an earlier session on this computer whose process is gone."""
        return (
            lock.user_id == user.id
            and lock.client_host == self.host
            and lock.client_pid is not None
            and lock.client_pid != self.pid
            and not self._process_alive(lock.client_pid)
        )

    def _held_here(self, now: datetime) -> dict[str, object]:
        """A lock row's columns that say it is held by this window since now."""
        return {
            "client_id": self.client_id,
            "client_host": self.host,
            "client_pid": self.pid,
            "taken_at": now,
            "heartbeat_at": now,
        }

    def _take_back(self, session: Session, lock: ArticleLock, now: datetime) -> bool:
        """The stale lock becomes this window's (conditional on still being that one's).
        Its unsaved text is not needed: the crashed session's journal replays it."""
        claimed = session.execute(
            update(ArticleLock)
            .where(
                ArticleLock.article_id == lock.article_id,
                ArticleLock.client_id == lock.client_id,
            )
            .values(
                **self._held_here(now),
                previous_client_id=None,
                previous_name=None,
                pending_text=None,
                pending_version=None,
            )
            .execution_options(synchronize_session=False)
        )
        return claimed.rowcount == 1  # type: ignore[attr-defined]

    def _claim(self, session: Session, article_id: int, user: User, now: datetime) -> bool:
        """One statement: insert, or take over a lapsed or own row; True when ours now."""
        insert = postgresql_insert if self._db.dialect == "postgresql" else sqlite_insert
        values = insert(ArticleLock).values(
            article_id=article_id,
            user_id=user.id,
            holder_name=user.display_name,
            **self._held_here(now),
        )
        ours = ArticleLock.client_id == self.client_id
        statement = values.on_conflict_do_update(
            index_elements=[ArticleLock.article_id],
            set_={
                "user_id": values.excluded.user_id,
                "holder_name": values.excluded.holder_name,
                "client_id": values.excluded.client_id,
                "client_host": values.excluded.client_host,
                "client_pid": values.excluded.client_pid,
                "heartbeat_at": values.excluded.heartbeat_at,
                # Re-acquiring our own lock keeps "since" and whom we took it over from (an
                # ask already on its way when we took the story over must not make the
                # previous holder read "being edited" instead of "taken over"); a lapsed
                # lock starts anew.
                "taken_at": case((ours, ArticleLock.taken_at), else_=values.excluded.taken_at),
                "previous_client_id": case((ours, ArticleLock.previous_client_id), else_=None),
                "previous_name": case((ours, ArticleLock.previous_name), else_=None),
                "pending_text": None,
                "pending_version": None,
            },
            where=or_(ours, ArticleLock.heartbeat_at < now - LOCK_TIMEOUT),
        )
        return session.execute(statement.returning(ArticleLock.client_id)).first() is not None

    def heartbeat(self, article_id: int, pending: PendingText | None = None) -> LockResult:
        """Keep our lock alive (and our unsaved text on the server); or learn we lost it."""
        user = self._user
        values: dict[str, Any] = {"user_id": user.id, "holder_name": user.display_name}
        if pending is not None:
            values |= {"pending_text": pending.to_json(), "pending_version": pending.version}
        with self._db.transaction() as session:
            now = self._now(session)
            result = session.execute(
                update(ArticleLock)
                .where(
                    ArticleLock.article_id == article_id, ArticleLock.client_id == self.client_id
                )
                .values(heartbeat_at=now, **values)
                .execution_options(synchronize_session=False)
            )
            version = self._version(session, article_id)
            if result.rowcount == 1:  # type: ignore[attr-defined]
                return LockResult(article_id, held=True, version=version)
            lock = session.get(ArticleLock, article_id, populate_existing=True)
            if lock is None:
                # Released by whoever had it since: ours again if we still may edit.
                if may_edit(user) and self._claim(session, article_id, user, now):
                    return LockResult(article_id, held=True, version=version)
                lock = session.get(ArticleLock, article_id, populate_existing=True)
                if lock is None:
                    return LockResult(article_id, held=False, version=version)
            return LockResult(
                article_id,
                held=False,
                holder=_holder(lock),
                taken_over=lock.previous_client_id == self.client_id,
                version=version,
            )

    def release(self, article_id: int) -> bool:
        """Let the story go (only our own lock); True when there was one."""
        with self._db.transaction() as session:
            result = session.execute(
                delete(ArticleLock).where(
                    ArticleLock.article_id == article_id, ArticleLock.client_id == self.client_id
                )
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def release_all(self) -> int:
        """Every lock of this window (it is closing)."""
        with self._db.transaction() as session:
            result = session.execute(
                delete(ArticleLock).where(ArticleLock.client_id == self.client_id)
            )
            return int(result.rowcount)  # type: ignore[attr-defined]

    # ---- taking over -------------------------------------------------------------------------
    def take_over(self, article_id: int, expected: LockHolder | None = None) -> Takeover:
        """Take the story from its holder, keeping their last text as a revision.

        With `expected` (the holder the user was shown and confirmed taking from), a lock
        that has changed hands since is refused with `LockLost` instead.
        """
        user = self._editor()
        with self._db.transaction() as session:
            now = self._now(session)
            lock = session.get(ArticleLock, article_id, with_for_update=True)
            row = session.get(orm.Article, article_id, with_for_update=True)
            if row is None:
                raise NotFound(f"Story {article_id} does not exist")
            if lock is None or lock.client_id == self.client_id:
                if not self._claim(session, article_id, user, now):
                    raise LockLost("Someone else took the story a moment ago; try again")
                return Takeover(to_article(session, row), previous="", kept_pending_text=False)
            previous, previous_client = lock.holder_name, lock.client_id
            if expected is not None and expected.client_id != previous_client:
                raise LockLost(
                    f"{previous} has the story now (not {expected.name}); "
                    "take it over again if you still want it"
                )
            pending = lock.pending_text if lock.pending_version == row.version else None
            # Conditional on the holder we saw: of two takeovers at once, one wins.
            claimed = session.execute(
                update(ArticleLock)
                .where(
                    ArticleLock.article_id == article_id,
                    ArticleLock.client_id == previous_client,
                )
                .values(
                    user_id=user.id,
                    holder_name=user.display_name,
                    **self._held_here(now),
                    previous_client_id=previous_client,
                    previous_name=previous,
                    pending_text=None,
                    pending_version=None,
                )
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                raise LockLost("Someone else took the story over a moment ago; try again")
            kept = self._keep_text(row, _pending_fields(pending) if pending else {})
            row.version += 1  # a save the old holder still had queued now meets a conflict
            row.updated_at = now
            session.flush()
            add_revision(session, row, user.id, f"taken over from {previous}", now)
            return Takeover(to_article(session, row), previous=previous, kept_pending_text=kept)

    @staticmethod
    def _keep_text(row: orm.Article, fields: Mapping[str, str]) -> bool:
        changed = {name: value for name, value in fields.items() if getattr(row, name) != value}
        for name, value in changed.items():
            setattr(row, name, value)
        return bool(changed)

    # ---- for the list --------------------------------------------------------------------
    def holders(self, article_ids: Iterable[int]) -> dict[int, LockHolder]:
        """Live locks of other windows on `article_ids` (one indexed query)."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return {}
        with self._db.transaction() as session:
            now = self._now(session)
            locks = session.scalars(
                select(ArticleLock).where(
                    ArticleLock.article_id.in_(ids),
                    ArticleLock.client_id != self.client_id,
                    ArticleLock.heartbeat_at >= now - LOCK_TIMEOUT,
                )
            )
            return {lock.article_id: _holder(lock) for lock in locks}

    def annotate_rows(self, rows: dict[int, ArticleRow]) -> dict[int, ArticleRow]:
        """List rows with who else is editing them (for the list's badges).

        Best effort: when the locks cannot be read the rows come back as they were, as
        the rows matter more than their badges."""
        try:
            holders = self.holders(rows)
        except SQLAlchemyError as error:
            log.warning("edit lock badges unavailable: %s", error)
            return rows
        return {
            article_id: replace(
                row, locked_by=holders[article_id].name if article_id in holders else ""
            )
            for article_id, row in rows.items()
        }

    @staticmethod
    def _version(session: Session, article_id: int) -> int:
        version = session.scalar(select(orm.Article.version).where(orm.Article.id == article_id))
        if version is None:
            raise NotFound(f"Story {article_id} does not exist")
        return version
