"""Moderating comments: actions on one or many, edit, reply as the newsroom, undo, the log.

Every call is one transaction: the comments move, the log records who moved which from
where to where, and the database's triggers keep the counts in step. A bulk action
updates each (from, to) group with one statement, so 10,000 comments cost a handful.

On a shared newsroom two moderators may act on the same comments at once. An action
first locks its comments in id order (so overlapping actions queue, never deadlock),
plans from what it then reads, and logs only the moves its updates report as made.
The counts' deltas are folded in last (migration 0011).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    String,
    any_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from newsdesk.domain.entities import User
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import InvalidInput, NotFound
from newsdesk.domain.limits import COMMENT_BODY
from newsdesk.domain.moderation import (
    ModerationAction,
    ModerationEvent,
    ModerationResult,
    check_may_moderate,
    target_state,
)
from newsdesk.services.moderation_settings import newsroom_name
from newsdesk.services.users import Identity
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.database import Database
from newsdesk.storage.orm_moderation import ModerationAction as ActionRow
from newsdesk.storage.orm_moderation import ModerationLogEntry, fold_comment_deltas

CHUNK = 5_000
Move = tuple[int, CommentStatus | None, CommentStatus | None]
"""(comment id, from, to) as the log keeps it."""


def _now() -> datetime:
    return datetime.now(UTC)


def _status(value: str | None) -> CommentStatus | None:
    return CommentStatus(value) if value else None


def _among(session: Session, ids: Sequence[int]) -> Iterator[ColumnElement[bool]]:
    """`comments.id` among `ids` in as few conditions as the database takes: one array
    on PostgreSQL, chunks of bound values on SQLite (which caps their number)."""
    if session.get_bind().dialect.name == "postgresql":
        if ids:
            # After a statement's fifth run the driver prepares it, and the server may then
            # plan it once for any array: a filter testing every queue row against 10,000
            # ids (minutes, not milliseconds). Plan each run for its own array.
            session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
            yield orm.Comment.id == any_(bindparam("ids", list(ids), type_=ARRAY(Integer)))
        return
    for chunk in chunks(ids, CHUNK):
        yield orm.Comment.id.in_(chunk)


def _unnest(values: list[Any], kind: Any) -> Any:
    return func.unnest(literal(values, ARRAY(kind)))


class ModerationService:
    def __init__(self, database: Database, identity: Identity) -> None:
        self._db = database
        self._identity = identity

    @property
    def _user(self) -> User:
        return self._identity.user

    @property
    def user(self) -> User:
        return self._user

    # ---- state changes -------------------------------------------------------------------
    def moderate(self, comment_ids: Iterable[int], action: ModerationAction) -> ModerationResult:
        """Apply a state action to every comment it applies to; the others are skipped."""
        check_may_moderate(self._user)
        if action is ModerationAction.DELETE:
            return self.delete(comment_ids)
        if action in (ModerationAction.EDIT, ModerationAction.REPLY):
            raise InvalidInput(f"{action.label} takes a text: use edit() or reply()")
        ids = list(dict.fromkeys(comment_ids))
        with self._db.transaction() as session:
            moves = self._apply(session, self._plan(session, ids, action))
            if moves:
                self._log(session, action, moves)
            fold_comment_deltas(session)
        return ModerationResult(action, tuple(m[0] for m in moves), skipped=len(ids) - len(moves))

    @staticmethod
    def _lock(session: Session, ids: Iterable[int]) -> list[tuple[int, str, str | None]]:
        """(id, status, previous status) of the comments that exist, locked until commit
        on PostgreSQL. Always in ascending id order: two actions on overlapping comments
        then wait for each other instead of each holding what the other needs."""
        found: list[tuple[int, str, str | None]] = []
        for among in _among(session, sorted(set(ids))):
            rows = session.execute(
                select(orm.Comment.id, orm.Comment.status, orm.Comment.previous_status)
                .where(among)
                .order_by(orm.Comment.id)
                .with_for_update()
            )
            found += [(i, status, previous) for i, status, previous in rows]
        return found

    def _plan(self, session: Session, ids: list[int], action: ModerationAction) -> list[Move]:
        """The moves `action` makes, in the order of `ids`, from the locked comments."""
        position = {comment_id: index for index, comment_id in enumerate(ids)}
        moves: list[Move] = []
        for comment_id, status, previous in self._lock(session, ids):
            current = CommentStatus(status)
            target = target_state(action, current, _status(previous))
            if target is not None and target is not current:
                moves.append((comment_id, current, target))
        moves.sort(key=lambda move: position[move[0]])
        return moves

    @staticmethod
    def _apply(session: Session, moves: Sequence[Move]) -> list[Move]:
        """Make the moves; those made, in the given order. A comment no longer in its
        move's starting state (changed meanwhile elsewhere) is left as it is."""
        groups: dict[tuple[CommentStatus | None, CommentStatus | None], list[int]] = defaultdict(
            list
        )
        for comment_id, source, target in moves:
            groups[(source, target)].append(comment_id)
        made: set[int] = set()
        for (source, target), ids in groups.items():
            if source is None or target is None:
                continue
            for among in _among(session, ids):
                made.update(
                    session.scalars(
                        update(orm.Comment)
                        .where(among, orm.Comment.status == source.value)
                        .values(status=target.value, previous_status=source.value)
                        .returning(orm.Comment.id),
                        execution_options={"synchronize_session": False},
                    )
                )
        return [move for move in moves if move[0] in made]

    def _log(
        self,
        session: Session,
        action: ModerationAction,
        moves: Sequence[Move],
        details: dict[int, dict[str, Any]] | None = None,
    ) -> int:
        row = ActionRow(
            user_id=self._user.id,
            username=self._user.username,
            action=action.value,
            at=_now(),
            comment_count=len(moves),
        )
        session.add(row)
        session.flush()
        if not details and session.get_bind().dialect.name == "postgresql":
            # One statement for any number: the arrays unnested side by side.
            session.execute(
                insert(ModerationLogEntry).from_select(
                    ["action_id", "comment_id", "from_status", "to_status"],
                    select(
                        literal(row.id),
                        _unnest([m[0] for m in moves], Integer),
                        _unnest([m[1].value if m[1] else None for m in moves], String),
                        _unnest([m[2].value if m[2] else None for m in moves], String),
                    ),
                )
            )
            return row.id
        details = details or {}
        session.execute(
            insert(ModerationLogEntry),
            [
                {
                    "action_id": row.id,
                    "comment_id": comment_id,
                    "from_status": source.value if source else None,
                    "to_status": target.value if target else None,
                    "detail": details.get(comment_id),
                }
                for comment_id, source, target in moves
            ],
        )
        return row.id

    def delete(self, comment_ids: Iterable[int]) -> ModerationResult:
        """Delete for good the comments that are in the trash; others are skipped."""
        check_may_moderate(self._user)
        ids = list(dict.fromkeys(comment_ids))
        with self._db.transaction() as session:
            trashed = {i for i, status, _ in self._lock(session, ids) if status == "trash"}
            doomed: set[int] = set()
            for among in _among(session, sorted(trashed)):
                doomed.update(
                    session.scalars(
                        delete(orm.Comment)
                        .where(among, orm.Comment.status == CommentStatus.TRASH.value)
                        .returning(orm.Comment.id),
                        execution_options={"synchronize_session": False},
                    )
                )
            gone = [i for i in ids if i in doomed]
            if gone:
                moves: list[Move] = [(i, CommentStatus.TRASH, None) for i in gone]
                self._log(session, ModerationAction.DELETE, moves)
            fold_comment_deltas(session)
        return ModerationResult(ModerationAction.DELETE, tuple(gone), skipped=len(ids) - len(gone))

    # ---- text ----------------------------------------------------------------------------
    @staticmethod
    def _checked_text(body: str) -> str:
        text = body.strip()
        if not text:
            raise InvalidInput("A comment cannot be empty")
        problem = COMMENT_BODY.excess(text)
        if problem is not None:
            raise InvalidInput(problem[0].upper() + problem[1:])
        return text

    def edit(self, comment_id: int, body: str) -> ModerationResult:
        """Change the text; the text as submitted is kept beside it."""
        check_may_moderate(self._user)
        text = self._checked_text(body)
        with self._db.transaction() as session:
            row = session.get(orm.Comment, comment_id, with_for_update=True)
            if row is None:
                raise NotFound(f"Comment {comment_id} does not exist")
            if row.body == text:
                return ModerationResult(ModerationAction.EDIT, (), skipped=1)
            before = row.body
            if row.original_body is None:
                row.original_body = before
            row.body = text
            row.edited_at = _now()
            status = CommentStatus(row.status)
            self._log(
                session,
                ModerationAction.EDIT,
                [(comment_id, status, status)],
                {comment_id: {"body": before}},
            )
        return ModerationResult(ModerationAction.EDIT, (comment_id,))

    def reply(self, comment_id: int, body: str) -> ModerationResult:
        """Reply as the newsroom (approved at once); a pending comment replied to is approved."""
        check_may_moderate(self._user)
        text = self._checked_text(body)
        with self._db.transaction() as session:
            parent = session.get(orm.Comment, comment_id, with_for_update=True)
            if parent is None:
                raise NotFound(f"Comment {comment_id} does not exist")
            status = CommentStatus(parent.status)
            if target_state(ModerationAction.REPLY, status) is None:
                raise InvalidInput(f"A comment in {status.label} cannot be replied to")
            reply = orm.Comment(
                article_id=parent.article_id,
                parent_id=parent.id,
                author_name=newsroom_name(session),
                author_email="",
                author_url="",
                body=text,
                status=CommentStatus.APPROVED.value,
                submitted_at=_now(),
                spam_score=0.0,
                reasons=[],
                newsroom_reply=True,
            )
            session.add(reply)
            session.flush()
            moves: list[Move] = [(reply.id, None, CommentStatus.APPROVED)]
            if status is CommentStatus.PENDING:
                moves += self._apply(session, [(parent.id, status, CommentStatus.APPROVED)])
            self._log(
                session, ModerationAction.REPLY, moves, {reply.id: {"reply_to": str(parent.id)}}
            )
            reply_id = reply.id
            fold_comment_deltas(session)
        return ModerationResult(ModerationAction.REPLY, (comment_id,), created_id=reply_id)

    # ---- undo and history ----------------------------------------------------------------
    def undo(self) -> ModerationResult | None:
        """Undo this user's last action not yet undone; None when there is none."""
        check_may_moderate(self._user)
        with self._db.transaction() as session:
            last = session.execute(
                select(ActionRow.id, ActionRow.action)
                .where(ActionRow.user_id == self._user.id, ActionRow.undone_at.is_(None))
                .order_by(ActionRow.id.desc())
                .limit(1)
            ).first()
            if last is None:
                return None
            action = ModerationAction(last.action)
            if action is ModerationAction.DELETE:
                raise InvalidInput("Comments deleted permanently cannot be brought back")
            # Claimed first: the same undo from a second window finds it done and waits.
            claimed = session.scalar(
                update(ActionRow)
                .where(ActionRow.id == last.id, ActionRow.undone_at.is_(None))
                .values(undone_at=_now())
                .returning(ActionRow.id),
                execution_options={"synchronize_session": False},
            )
            if claimed is None:
                return None
            entries = session.execute(
                select(
                    ModerationLogEntry.comment_id,
                    ModerationLogEntry.from_status,
                    ModerationLogEntry.to_status,
                    ModerationLogEntry.detail,
                )
                .where(ModerationLogEntry.action_id == last.id)
                .order_by(ModerationLogEntry.id)
            ).all()
            present = {i for i, _, _ in self._lock(session, [e.comment_id for e in entries])}
            back: list[Move] = []
            restored: list[int] = []
            for comment_id, source, target, detail in entries:
                if comment_id not in present:
                    continue
                if source is None:  # the reply this action wrote
                    session.execute(delete(orm.Comment).where(orm.Comment.id == comment_id))
                elif action is ModerationAction.EDIT and detail:
                    self._restore_text(session, comment_id, str(detail.get("body", "")))
                    restored.append(comment_id)
                elif source != target:
                    back.append((comment_id, _status(target), _status(source)))
            moved = {move[0] for move in self._apply(session, back)}
            touched = [e.comment_id for e in entries if e.comment_id in moved] + restored
            fold_comment_deltas(session)
        return ModerationResult(action, tuple(touched), undo=True)

    @staticmethod
    def _restore_text(session: Session, comment_id: int, body: str) -> None:
        row = session.get(orm.Comment, comment_id)
        if row is None:
            return
        row.body = body
        if row.original_body == body:
            row.original_body = None
            row.edited_at = None

    def history(self, comment_id: int) -> list[ModerationEvent]:
        """The moderation log of one comment, oldest first."""
        statement = (
            select(
                ActionRow.action,
                ActionRow.username,
                ActionRow.at,
                ModerationLogEntry.from_status,
                ModerationLogEntry.to_status,
                ActionRow.undone_at,
            )
            .join(ActionRow, ActionRow.id == ModerationLogEntry.action_id)
            .where(ModerationLogEntry.comment_id == comment_id)
            .order_by(ModerationLogEntry.id)
        )
        with self._db.transaction() as session:
            return [
                ModerationEvent(
                    action=ModerationAction(action),
                    username=username,
                    at=at,
                    from_status=_status(source),
                    to_status=_status(target),
                    undone=undone is not None,
                )
                for action, username, at, source, target, undone in session.execute(statement)
            ]
