"""Sync of the comments taken offline: moderation decisions, edits and replies.

- A decision made offline applies unless the newsroom moderated the comment meanwhile;
  then the newsroom's stands and the offline one is reported as lost. Decisions go to the
  newsroom's moderation service grouped by action, so its rights and log apply.
- An edit made offline applies when the newsroom still holds the text the comment had
  when it was taken (or last synced); else the newsroom's edit stands and the offline
  text is reported in full.
- A reply written offline as the newsroom is sent as a reply (approving a pending parent,
  as it did offline); the laptop's copy then takes the newsroom's uuid, and a reply that
  a cut sync already sent is recognised, never sent twice.
- The laptop's copies then take the newsroom's state and text, unless they were changed
  on the laptop while the sync ran (the next sync sends those).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import InvalidInput, NotAllowed
from newsdesk.domain.moderation import STATUS_ACTIONS, ModerationAction, target_state
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.sync.changes import ChangeBatch, quiet
from newsdesk.services.sync.report import LostDecision, Tally
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_sync import OfflineComment

BATCH = 500
EXCERPT = 120
FOLLOWED = ("status", "previous_status", "body", "original_body", "edited_at")
"""What a laptop's copy of a comment takes from the newsroom."""


@dataclass(frozen=True, slots=True)
class _Base:
    status: str
    body: str | None


def _excerpt(text: str) -> str:
    return text[:EXCERPT]


def _rows(session: Session, uuids: Sequence[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for part in chunks(list(uuids)):
        for row in session.execute(
            select(
                orm.Comment.id, orm.Comment.uuid, *(getattr(orm.Comment, n) for n in FOLLOWED)
            ).where(orm.Comment.uuid.in_(part))
        ):
            found[row.uuid] = row
    return found


def _action_between(theirs: str, previous: str | None, wanted: str) -> ModerationAction | None:
    """The moderation action that takes a comment in `theirs` to `wanted`."""
    status = CommentStatus(theirs)
    before = CommentStatus(previous) if previous else None
    for action in sorted(STATUS_ACTIONS):
        if target_state(action, status, before) is CommentStatus(wanted):
            return action
    return None


class CommentSync:
    def __init__(self, server: Newsroom, laptop: Newsroom, tally: Tally) -> None:
        self.server = server
        self.laptop = laptop
        self.tally = tally
        self.comments: list[str] = []
        self.replies: list[str] = []
        self.changed_here: set[str] = set()
        self.changed_there: set[str] = set()

    def plan(self, local: ChangeBatch, remote: ChangeBatch, offline: set[str]) -> int:
        """Note what to settle; how many steps the progress will count."""
        self.changed_here = local.uuids("comment")
        self.changed_there = remote.uuids("comment")
        self.comments = sorted((self.changed_here | self.changed_there) & offline)
        written = (c.entity_uuid for c in local.changes if c.entity == "comment")
        self.replies = [u for u in dict.fromkeys(written) if u not in offline]
        return len(self.comments) + len(self.replies)

    def run(self, progress: Progress) -> None:
        for uuid in self.replies:
            self._reply(uuid)
            progress.step(message="Syncing comments")
        for part in chunks(self.comments, BATCH):
            self._batch(part)
            progress.step(len(part), message="Syncing comments")

    # ---- replies written offline -----------------------------------------------------
    def _reply(self, uuid: str) -> None:
        with self.laptop.database.transaction() as ls:
            row = ls.execute(
                select(orm.Comment.body, orm.Comment.newsroom_reply, orm.Comment.parent_id).where(
                    orm.Comment.uuid == uuid
                )
            ).one_or_none()
            if row is None or not row.newsroom_reply or row.parent_id is None:
                return  # not a reply of ours (or undone since)
            parent_uuid = ls.scalar(select(orm.Comment.uuid).where(orm.Comment.id == row.parent_id))
        body = row.body
        parent: int | None = None
        with self.server.database.transaction() as ss:
            if ss.scalar(select(orm.Comment.id).where(orm.Comment.uuid == uuid)) is not None:
                sent: str | None = uuid
            else:
                parent = ss.scalar(select(orm.Comment.id).where(orm.Comment.uuid == parent_uuid))
                sent = self._sent_before(ss, parent, body) if parent is not None else None
        if sent is None:
            if parent is None:
                self._lost_reply(uuid, body, "the comment replied to is gone from the newsroom")
                return
            try:
                created = self.server.moderation.reply(parent, body).created_id
            except (NotAllowed, InvalidInput) as error:
                self._lost_reply(uuid, body, str(error))
                return
            with self.server.database.transaction() as ss:
                sent = ss.scalar(select(orm.Comment.uuid).where(orm.Comment.id == created))
            assert sent is not None
        self._adopt(uuid, sent)
        self.tally.replies.add(sent)

    def _sent_before(self, ss: Session, parent_id: int, body: str) -> str | None:
        """The newsroom's reply that a cut sync sent for this one (same parent, same
        text, not yet known here)."""
        candidates = list(
            ss.scalars(
                select(orm.Comment.uuid).where(
                    orm.Comment.parent_id == parent_id,
                    orm.Comment.newsroom_reply.is_(True),
                    orm.Comment.body == body,
                )
            )
        )
        if not candidates:
            return None
        with self.laptop.database.transaction() as ls:
            known = set(
                ls.scalars(select(orm.Comment.uuid).where(orm.Comment.uuid.in_(candidates)))
            )
        return next((u for u in candidates if u not in known), None)

    def _adopt(self, uuid: str, sent: str) -> None:
        """The laptop's reply takes the newsroom's uuid and is followed from now on."""
        with self.server.database.transaction() as ss:
            status, body = ss.execute(
                select(orm.Comment.status, orm.Comment.body).where(orm.Comment.uuid == sent)
            ).one()
        with self.laptop.database.transaction() as ls, quiet(ls):
            if sent != uuid:
                ls.execute(update(orm.Comment).where(orm.Comment.uuid == uuid).values(uuid=sent))
            if ls.get(OfflineComment, sent) is None:
                ls.add(OfflineComment(comment_uuid=sent, base_status=status, base_body=body))

    def _lost_reply(self, uuid: str, body: str, reason: str) -> None:
        self.tally.lost.append(LostDecision(uuid, _excerpt(body), "reply", reason, "", body))

    # ---- decisions and edits ----------------------------------------------------------
    def _batch(self, uuids: Sequence[str]) -> None:
        with self.laptop.database.transaction() as ls:
            mine = _rows(ls, uuids)
            bases = {
                u: _Base(status, body)
                for u, status, body in ls.execute(
                    select(
                        OfflineComment.comment_uuid,
                        OfflineComment.base_status,
                        OfflineComment.base_body,
                    ).where(OfflineComment.comment_uuid.in_(list(uuids)))
                )
            }
        with self.server.database.transaction() as ss:
            theirs = _rows(ss, uuids)
        moves: dict[ModerationAction, list[str]] = defaultdict(list)
        edits: list[str] = []
        doomed: list[str] = []
        forgotten: list[str] = []
        for uuid in uuids:
            base = bases.get(uuid)
            if base is None:
                continue
            ours, their = mine.get(uuid), theirs.get(uuid)
            if their is None:
                forgotten.append(uuid)
            elif ours is None:  # deleted for good offline (it was in the trash)
                if their.status in (base.status, CommentStatus.TRASH.value):
                    doomed.append(uuid)
                else:
                    forgotten.append(uuid)
            else:
                self._decide_status(uuid, base, ours, their, moves)
                if self._decide_body(uuid, base, ours, their):
                    edits.append(uuid)
        for action, chosen in moves.items():
            self._moderate(action, chosen, mine, theirs)
        for uuid in edits:
            self._edit(uuid, mine[uuid].body, theirs[uuid].id)
        if doomed:
            self._delete(doomed, theirs)
        self._follow(uuids, mine, forgotten)

    def _decide_status(
        self,
        uuid: str,
        base: _Base,
        ours: Any,
        theirs: Any,
        moves: dict[ModerationAction, list[str]],
    ) -> None:
        if ours.status in (base.status, theirs.status):
            return
        if theirs.status != base.status:
            self.tally.lost.append(
                LostDecision(
                    uuid,
                    _excerpt(ours.body),
                    ours.status,
                    theirs.status,
                    self._last_moderator(theirs.id),
                )
            )
            return
        action = _action_between(theirs.status, theirs.previous_status, ours.status)
        if action is not None:
            moves[action].append(uuid)

    def _decide_body(self, uuid: str, base: _Base, ours: Any, theirs: Any) -> bool:
        """Whether the offline edit goes to the newsroom (a lost one is reported)."""
        if ours.body == theirs.body:
            return False
        old = base.body
        if old is None:  # taken offline before bases kept text: the change logs tell
            old = theirs.body if uuid not in self.changed_there else None
        if ours.body == old:
            return False  # only the newsroom edited it: the laptop follows
        if theirs.body == old:
            return True
        self.tally.lost.append(
            LostDecision(
                uuid,
                _excerpt(ours.body),
                "edited",
                "edited",
                self._last_moderator(theirs.id),
                ours.body,
            )
        )
        return False

    def _last_moderator(self, comment_id: int) -> str:
        history = self.server.moderation.history(comment_id)
        return history[-1].username if history else ""

    def _moderate(
        self,
        action: ModerationAction,
        uuids: Sequence[str],
        mine: dict[str, Any],
        theirs: dict[str, Any],
    ) -> None:
        try:
            self.server.moderation.moderate([theirs[u].id for u in uuids], action)
        except NotAllowed as error:
            for uuid in uuids:
                self.tally.lost.append(
                    LostDecision(uuid, _excerpt(mine[uuid].body), mine[uuid].status, str(error), "")
                )
            return
        self.tally.comments.update(uuids)

    def _edit(self, uuid: str, body: str, comment_id: int) -> None:
        try:
            self.server.moderation.edit(comment_id, body)
        except (NotAllowed, InvalidInput) as error:
            self.tally.lost.append(
                LostDecision(uuid, _excerpt(body), "edited", str(error), "", body)
            )
            return
        self.tally.comments.add(uuid)

    def _delete(self, uuids: Sequence[str], theirs: dict[str, Any]) -> None:
        ids = [theirs[u].id for u in uuids]
        try:
            self.server.moderation.moderate(ids, ModerationAction.TRASH)
            self.server.moderation.delete(ids)
        except NotAllowed as error:
            for uuid in uuids:
                self.tally.lost.append(
                    LostDecision(uuid, _excerpt(theirs[uuid].body), "deleted", str(error), "")
                )
            return
        self.tally.comments.update(uuids)

    def _follow(self, uuids: Sequence[str], read: dict[str, Any], forgotten: Iterable[str]) -> None:
        """The laptop's copies take the newsroom's state and text; gone ones go."""
        with self.server.database.transaction() as ss:
            now_there = _rows(ss, uuids)
        with self.laptop.database.transaction() as ls, quiet(ls):
            gone = [u for u in forgotten if u not in now_there]
            if gone:
                ls.execute(delete(orm.Comment).where(orm.Comment.uuid.in_(gone)))
                self.tally.comments.update(u for u in gone if u in read)
            here = _rows(ls, [u for u in uuids if u in now_there])
            stale = [u for u in uuids if u not in now_there or u not in here]
            if stale:  # gone from one side or the other: nothing left to follow
                ls.execute(delete(OfflineComment).where(OfflineComment.comment_uuid.in_(stale)))
            bases: list[dict[str, Any]] = []
            for uuid, row in here.items():
                there = now_there[uuid]
                before = read.get(uuid)
                if before is not None and tuple(row) != tuple(before):
                    continue  # moderated here while the sync ran: the next sync sends it
                values = {name: getattr(there, name) for name in FOLLOWED}
                if any(getattr(row, name) != value for name, value in values.items()):
                    ls.execute(update(orm.Comment).where(orm.Comment.id == row.id).values(**values))
                    if row.status != there.status:
                        self.tally.comments.add(uuid)
                bases.append({"uuid": uuid, "status": there.status, "body": there.body})
            for values in bases:
                ls.execute(
                    update(OfflineComment)
                    .where(OfflineComment.comment_uuid == values["uuid"])
                    .values(base_status=values["status"], base_body=values["body"])
                )
