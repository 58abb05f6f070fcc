"""Bringing a laptop's copies up to date once their stories were settled with the
newsroom: the text and state they take, and the base the next sync compares with.

Every write here runs in the laptop transaction that finishes a batch, quietly (no
change-log rows), and only over a copy not saved on the laptop since the batch read it:
a writer who keeps typing while the sync runs never loses a word; the next sync merges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from newsdesk.domain.entities import VALUE_FIELDS
from newsdesk.services.rows import set_article_tags
from newsdesk.services.sync.copying import now, section_id
from newsdesk.services.sync.snapshot import Snapshot
from newsdesk.services.sync.stories import StoryState
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_sync import OfflineArticle


@dataclass(frozen=True, slots=True)
class OfflineBase:
    """A story's row in `offline_articles`: the newsroom version the laptop's copy is on."""

    base: Snapshot
    version: int
    needs_merge: bool


@dataclass
class Outcome:
    """How one story was settled with the newsroom, and what the laptop's copy takes."""

    uuid: str
    local: StoryState
    """The laptop's copy as the batch read it (its version guards the laptop's writes)."""
    agreed: Snapshot | None = None
    """The text both sides hold now; None while it needs merging (history only)."""
    version: int = 0
    """The newsroom's version of `agreed`."""
    to_laptop: Snapshot | None = None
    """The text the laptop's copy takes (the newsroom's, or the merge)."""
    conflict: Snapshot | None = None
    """The newsroom's text that met ours in the same paragraph."""
    conflict_author: str = ""


def offline_bases(session: Session, uuids: Sequence[str]) -> dict[str, OfflineBase]:
    found: dict[str, OfflineBase] = {}
    for part in chunks(list(uuids)):
        rows = session.execute(
            select(
                OfflineArticle.article_uuid,
                OfflineArticle.base,
                OfflineArticle.base_version,
                OfflineArticle.needs_merge,
            ).where(OfflineArticle.article_uuid.in_(part))
        )
        for uuid, base, version, needs_merge in rows:
            found[uuid] = OfflineBase(Snapshot.from_json(base), version, bool(needs_merge))
    return found


def finish_copy(
    ls: Session,
    ss: Session,
    outcome: Outcome,
    server: StoryState | None,
    current: int | None,
) -> tuple[dict[str, Any] | None, bool]:
    """Bring the laptop's copy (now at version `current`) up to date: its new base (an
    `offline_articles` row, or None when the base stays as it was), and whether it took
    the newsroom's state."""
    local = outcome.local
    if current is None:
        return None, False  # deleted on the laptop meanwhile: the next sync carries it
    untouched = current == local.version  # not saved on the laptop since the batch read
    if outcome.conflict is not None:
        mark_conflict(ls, outcome)
        return None, False
    if outcome.agreed is None:
        return None, False
    text_held = outcome.to_laptop is None
    if outcome.to_laptop is not None and untouched:
        apply_text(ls, ss, local, outcome.to_laptop)
        text_held = True
    state_held = untouched and server is not None
    followed = state_held and server is not None and follow(ls, local, server.followed)
    if not text_held:
        return None, followed  # the writer saved meanwhile: the next sync merges
    return new_base(outcome, server, state_held), followed


def apply_text(ls: Session, ss: Session, local: StoryState, text: Snapshot) -> None:
    """The laptop's copy takes `text` (the newsroom's history comes with the
    revisions copied beside)."""
    if local.snapshot.text == text.text:
        return
    values: dict[str, Any] = {name: getattr(text, name) for name in VALUE_FIELDS}
    if text.section != local.snapshot.section:
        values["section_id"] = section_id(ss, ls, text.section, laptop_is_target=True)
    ls.execute(
        update(orm.Article)
        .where(orm.Article.id == local.id)
        .values(**values, version=orm.Article.version + 1, updated_at=now())
    )
    if text.tags != local.snapshot.tags:
        set_article_tags(ls, local.id, text.tags)


def follow(ls: Session, local: StoryState, followed: dict[str, Any]) -> bool:
    """The laptop's copy takes the newsroom's state, publication times and note;
    whether that changed anything."""
    if followed == local.followed:
        return False
    ls.execute(
        update(orm.Article)
        .where(orm.Article.id == local.id)
        .values(**followed, version=orm.Article.version + 1)
    )
    return True


def new_base(outcome: Outcome, server: StoryState | None, state_held: bool) -> dict[str, Any]:
    """The story's new base: the text both sides hold, in the state the laptop's copy
    now has."""
    assert outcome.agreed is not None
    agreed, version = outcome.agreed, outcome.version
    if server is not None and server.snapshot.text == agreed.text:
        version = max(version, server.version)  # a state move since the save
    if state_held and server is not None:
        status, trashed = server.snapshot.state
    else:
        status, trashed = outcome.local.snapshot.state
    base = replace(agreed, status=status, trashed=trashed)
    return {
        "article_uuid": outcome.uuid,
        "base": base.to_json(),
        "base_version": version,
        "needs_merge": False,
        "theirs": None,
        "theirs_version": None,
    }


def write_bases(ls: Session, bases: Sequence[dict[str, Any]]) -> None:
    """Note the settled stories' new bases (one statement for those already offline,
    one for the others)."""
    uuids = [b["article_uuid"] for b in bases]
    known = set(
        ls.scalars(
            select(OfflineArticle.article_uuid).where(OfflineArticle.article_uuid.in_(uuids))
        )
    )
    if known:
        ls.execute(update(OfflineArticle), [b for b in bases if b["article_uuid"] in known])
    fresh = [b | {"taken_at": now()} for b in bases if b["article_uuid"] not in known]
    if fresh:
        ls.execute(insert(OfflineArticle), fresh)


def mark_conflict(ls: Session, outcome: Outcome) -> None:
    assert outcome.conflict is not None
    off = ls.get(OfflineArticle, outcome.uuid)
    assert off is not None
    off.needs_merge = True
    off.theirs = outcome.conflict.to_json() | {"_author": outcome.conflict_author}
    off.theirs_version = outcome.version
