"""Plan items on a laptop: the owner's assignments taken offline with their stories, and
their status and notes synced back.

Taking "My assignments" offline copies the plan items the person is on (not spiked),
with everyone on them, by uuid; each item's story is linked on the laptop when it came
too. The laptop keeps the newsroom's item as it was then (`OfflinePlanItem`: its
version, stored status and notes). A sync compares the laptop's item with that base:

- the status or notes changed here and not in the newsroom → sent, through the
  newsroom's planning service as the person syncing (its rights and rules apply: an
  item with a story follows the story; a refusal is reported and the laptop's item
  follows the newsroom);
- changed on both sides to different values → the newsroom's is kept and the laptop's
  reported (nothing written offline is dropped silently);
- then the newsroom's item (slug, pitch, words, due time, assignees…) is brought to the
  laptop and becomes the new base; an item gone from the newsroom goes from the laptop.

Plan items have no change log: a laptop holds a person's assignments (tens of items),
read whole at each sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput, NotAllowed, NotFound
from newsdesk.domain.planning import PlanStatus
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.sync.copying import UserMap, now, section_id, table_of
from newsdesk.services.sync.report import Tally
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_planning import PlanAssignment, PlanItemRow
from newsdesk.storage.orm_sync import OfflinePlanItem

COPIED = (
    "uuid",
    "edition",
    "slug",
    "pitch",
    "words_planned",
    "due_at",
    "priority",
    "status",
    "notes",
    "created_at",
    "updated_at",
    "version",
)
"""What an item's copy takes as it is (its section, story and people are matched)."""


@dataclass(frozen=True, slots=True)
class _Item:
    """One side's item: its row's columns, its section's and story's uuids, its people."""

    values: dict[str, Any]
    section_uuid: str | None
    story_uuid: str | None
    people: tuple[tuple[int, str], ...]
    """(user id on that side, role)."""

    @property
    def uuid(self) -> str:
        return str(self.values["uuid"])


def _read(session: Session, condition: Any) -> dict[str, _Item]:
    """The items `condition` selects, by uuid, with what they link to."""
    rows = session.execute(
        select(
            PlanItemRow.id,
            PlanItemRow.section_id,
            PlanItemRow.article_id,
            *(getattr(PlanItemRow, name) for name in COPIED),
        ).where(condition)
    ).all()
    ids = [row.id for row in rows]
    story_of = {row.id: row.article_id for row in rows if row.article_id}
    sections = dict(
        session.execute(
            select(orm.Section.id, orm.Section.uuid).where(
                orm.Section.id.in_({r.section_id for r in rows if r.section_id})
            )
        ).all()
    )
    stories: dict[int, str] = {}
    people: dict[int, list[tuple[int, str]]] = {}
    for part in chunks(ids):
        stories.update(
            session.execute(
                select(orm.Article.id, orm.Article.uuid).where(
                    orm.Article.id.in_([story_of[i] for i in part if i in story_of])
                )
            ).all()
        )
        for item_id, user_id, role in session.execute(
            select(PlanAssignment.plan_item_id, PlanAssignment.user_id, PlanAssignment.role)
            .where(PlanAssignment.plan_item_id.in_(part))
            .order_by(PlanAssignment.plan_item_id, PlanAssignment.user_id, PlanAssignment.role)
        ):
            people.setdefault(item_id, []).append((user_id, role))
    return {
        row.uuid: _Item(
            {name: getattr(row, name) for name in COPIED} | {"id": row.id},
            sections.get(row.section_id) if row.section_id else None,
            stories.get(row.article_id) if row.article_id else None,
            tuple(people.get(row.id, ())),
        )
        for row in rows
    }


RECENT_DAYS = 14
"""Items of editions this recent are taken whatever their state (bar spiked); older ones
only while their work is open (a person's assignments over the years are not copied)."""
_DONE = (ArticleStatus.PUBLISHED.value, ArticleStatus.CORRECTED.value, ArticleStatus.KILLED.value)


def _assigned_to(user_id: int) -> Any:
    """The items `user_id` is on that a laptop takes: not spiked, and of a recent
    edition or with work still open (not published, its story not done)."""
    since = datetime.now(UTC).date() - timedelta(days=RECENT_DAYS)
    done_stories = select(orm.Article.id).where(orm.Article.status.in_(_DONE))
    open_work = (PlanItemRow.status != PlanStatus.PUBLISHED.value) & (
        PlanItemRow.article_id.is_(None) | PlanItemRow.article_id.not_in(done_stories)
    )
    return (
        PlanItemRow.id.in_(
            select(PlanAssignment.plan_item_id).where(PlanAssignment.user_id == user_id)
        )
        & (PlanItemRow.status != PlanStatus.SPIKED.value)
        & ((PlanItemRow.edition >= since) | open_work)
    )


def _uuids_in(uuids: Sequence[str]) -> Any:
    return PlanItemRow.uuid.in_(list(uuids))


def _write(source: Session, laptop: Session, item: _Item, users: UserMap) -> None:
    """The newsroom's `item` on the laptop (made or overwritten) and its new base."""
    values = {name: item.values[name] for name in COPIED}
    values["section_id"] = section_id(source, laptop, item.section_uuid, laptop_is_target=True)
    values["article_id"] = (
        laptop.scalar(select(orm.Article.id).where(orm.Article.uuid == item.story_uuid))
        if item.story_uuid
        else None
    )
    values["created_by"] = None
    items = table_of(PlanItemRow)
    local = laptop.scalar(select(PlanItemRow.id).where(PlanItemRow.uuid == item.uuid))
    if local is None:
        laptop.execute(insert(items), [values])
        local = laptop.scalar(select(PlanItemRow.id).where(PlanItemRow.uuid == item.uuid))
    else:
        laptop.execute(items.update().where(items.c.id == local).values(values))
        laptop.execute(delete(PlanAssignment).where(PlanAssignment.plan_item_id == local))
    users.prefetch(source, laptop, (user for user, _role in item.people))
    people = {
        (mapped, role)
        for user, role in item.people
        if (mapped := users.map(source, laptop, user)) is not None
    }
    if people:
        laptop.execute(
            insert(table_of(PlanAssignment)),
            [{"plan_item_id": local, "user_id": u, "role": r} for u, r in sorted(people)],
        )
    base = laptop.get(OfflinePlanItem, item.uuid)
    if base is None:
        base = OfflinePlanItem(plan_uuid=item.uuid, taken_at=now())
        laptop.add(base)
    base.base_version = int(item.values["version"])
    base.base_status = str(item.values["status"])
    base.base_notes = str(item.values["notes"])
    laptop.flush()


def take_plan_items(server: Newsroom, laptop: Newsroom) -> tuple[str, ...]:
    """Copy the items `server.user` is assigned to (not spiked) that the laptop lacks,
    after their stories (so each is linked to its story's copy); their uuids."""
    with server.database.transaction() as source:
        found = _read(source, _assigned_to(server.user.id))
    if not found:
        return ()
    users = UserMap(fallback=None)
    with server.database.transaction() as source, laptop.database.transaction() as target:
        present = set(
            target.scalars(select(OfflinePlanItem.plan_uuid).where(_base_in(sorted(found))))
        )
        fresh = [item for uuid, item in sorted(found.items()) if uuid not in present]
        for item in fresh:
            _write(source, target, item, users)
    return tuple(item.uuid for item in fresh)


def _base_in(uuids: Sequence[str]) -> Any:
    return OfflinePlanItem.plan_uuid.in_(list(uuids))


@dataclass(frozen=True, slots=True)
class _Base:
    version: int
    status: str
    notes: str


class PlanItemSync:
    """One sync's plan items: the laptop's status and notes out, the newsroom's items in."""

    def __init__(self, server: Newsroom, laptop: Newsroom, tally: Tally) -> None:
        self.server = server
        self.laptop = laptop
        self.tally = tally

    def run(self) -> None:
        with self.laptop.database.transaction() as session:
            bases = {
                uuid: _Base(version, status, notes)
                for uuid, version, status, notes in session.execute(
                    select(
                        OfflinePlanItem.plan_uuid,
                        OfflinePlanItem.base_version,
                        OfflinePlanItem.base_status,
                        OfflinePlanItem.base_notes,
                    )
                )
            }
            mine = _read(session, _uuids_in(sorted(bases)))
        if not bases:
            return  # no assignments were taken offline here
        for uuid in take_plan_items(self.server, self.laptop):  # assigned since
            self.tally.plans_fetched.add(uuid)
        with self.server.database.transaction() as session:
            theirs = _read(session, _uuids_in(sorted(bases)))
        for uuid, base in sorted(bases.items()):
            local, remote = mine.get(uuid), theirs.get(uuid)
            if remote is None:
                self._gone(uuid)
            elif local is not None:
                self._send(local, remote, base)
        with self.server.database.transaction() as session:
            now_there = _read(session, _uuids_in(sorted(bases)))
        users = UserMap(fallback=None)
        with (
            self.server.database.transaction() as source,
            self.laptop.database.transaction() as target,
        ):
            for uuid, item in sorted(now_there.items()):
                base = bases[uuid]
                local = mine.get(uuid)
                if (
                    local is None
                    or base.version != item.values["version"]
                    or (_own(local) != _own(item))
                ):
                    _write(source, target, item, users)
                    self.tally.plans_fetched.add(uuid)

    def _send(self, local: _Item, remote: _Item, base: _Base) -> None:
        """The status and notes changed on the laptop since `base`, to the newsroom; a
        story started here from the item is linked to it there first (the item then
        follows the story, so its status is not sent)."""
        changes: dict[str, Any] = {}
        linked = self._link(local, remote)
        for name, was in (("status", base.status), ("notes", base.notes)):
            ours, there = local.values[name], remote.values[name]
            if ours in (was, there):
                continue
            if there != was:  # both changed it: the newsroom's stays, ours is told
                self.tally.refuse(
                    local.uuid,
                    str(remote.values["slug"]),
                    f"your {name}: {ours}",
                    f"the newsroom's {name}: {there}",
                    f"the plan item's {name} was changed in the newsroom too",
                )
                continue
            changes[name] = ours
        if linked:
            changes.pop("status", None)
        if not changes:
            return
        status = changes.get("status")
        try:
            self.server.planning.update(
                int(remote.values["id"]),
                status=PlanStatus(status) if status is not None else None,
                notes=changes.get("notes"),
            )
        except (NotAllowed, InvalidInput, NotFound, ValueError) as error:
            self.tally.refuse(
                local.uuid,
                str(remote.values["slug"]),
                " and ".join(f"your {name}" for name in changes),
                "the newsroom's plan item",
                str(error),
            )
            return
        self.tally.plans_sent.add(local.uuid)

    def _link(self, local: _Item, remote: _Item) -> bool:
        """The story started from `local` on the laptop (pushed by this sync before the
        plan items), linked to the newsroom's item; whether the item has it now."""
        if local.story_uuid is None or local.story_uuid == remote.story_uuid:
            return False
        slug = str(remote.values["slug"])
        if remote.story_uuid is not None:  # started on both sides: the newsroom's stays
            self.tally.refuse(
                local.uuid,
                slug,
                "the story you started from it",
                "the story started from it in the newsroom",
                "a story was started from this plan item in the newsroom too",
            )
            return False
        with self.server.database.transaction() as session:
            story = session.scalar(
                select(orm.Article.id).where(orm.Article.uuid == local.story_uuid)
            )
        if story is None:
            return False  # the story did not reach the newsroom; the next sync links it
        try:
            self.server.planning.link_story(int(remote.values["id"]), story)
        except (NotAllowed, InvalidInput, NotFound) as error:
            self.tally.refuse(
                local.uuid,
                slug,
                "the story you started from it",
                "the newsroom's plan item",
                str(error),
            )
            return False
        self.tally.plans_sent.add(local.uuid)
        return True

    def _gone(self, uuid: str) -> None:
        """An item deleted in the newsroom leaves the laptop too."""
        with self.laptop.database.transaction() as session:
            session.execute(delete(PlanItemRow).where(PlanItemRow.uuid == uuid))
            session.execute(delete(OfflinePlanItem).where(OfflinePlanItem.plan_uuid == uuid))
        self.tally.plans_fetched.add(uuid)


def _own(item: _Item) -> tuple[Any, ...]:
    """What the laptop may have changed on its own copy (status and notes)."""
    return item.values["status"], item.values["notes"]


__all__ = ["PlanItemSync", "take_plan_items"]
