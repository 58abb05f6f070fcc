"""Stories marked "needs merge" by a sync: the conflict view's case, and resolving it.

The case is built from the laptop alone (the newsroom's text was kept when the sync met
it), so the writer can settle it offline. Resolving saves the chosen text on the laptop
and takes the newsroom's text as the new base; the next sync (or `sync_story` at once,
given the newsroom) sends it, merging again if the newsroom moved on meanwhile.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.errors import InvalidInput, NotFound
from newsdesk.services.conflicts import ConflictCase, section_names
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.sync.engine import sync_story
from newsdesk.services.sync.report import SyncReport
from newsdesk.services.sync.snapshot import Snapshot
from newsdesk.storage import orm
from newsdesk.storage.orm_sync import ChangeLog, OfflineArticle

RESOLVED_REASON = "merged with the newsroom's version after sync"


def _offline(laptop: Newsroom, article_uuid: str) -> tuple[OfflineArticle, int]:
    with laptop.database.transaction() as session:
        off = session.get(OfflineArticle, article_uuid)
        article_id = session.scalar(select(orm.Article.id).where(orm.Article.uuid == article_uuid))
        if off is None or article_id is None:
            raise NotFound(f"Story {article_uuid} is not offline on this computer")
        if not off.needs_merge or off.theirs is None:
            raise InvalidInput("This story does not need merging")
        return off, article_id


def _edit(laptop: Newsroom, snapshot: Snapshot, fallback: int | None) -> ArticleEdit:
    with laptop.database.transaction() as session:
        section = None
        if snapshot.section is not None:
            section = session.scalar(
                select(orm.Section.id).where(orm.Section.uuid == snapshot.section)
            )
    return snapshot.edit(section if snapshot.section is None or section else fallback)


def conflict_case(laptop: Newsroom, article_uuid: str) -> ConflictCase:
    """What the conflict view ("Shared newsroom") shows for a story that needs merging:
    ours is the laptop's text, theirs the newsroom's, base the version both started from."""
    off, article_id = _offline(laptop, article_uuid)
    local = laptop.articles.get(article_id)
    ours = ArticleEdit.of(local)
    assert off.theirs is not None
    their_snapshot = Snapshot.from_json(off.theirs)
    theirs_edit = _edit(laptop, their_snapshot, local.section_id)
    base = _edit(laptop, Snapshot.from_json(off.base), local.section_id)
    with laptop.database.transaction() as session:
        names = section_names(session, (ours, theirs_edit, base))
    return ConflictCase.between(
        ours,
        local.with_edit(theirs_edit),
        base,
        str(off.theirs.get("_author") or "the newsroom"),
        names,
    )


def resolve_conflict(
    laptop: Newsroom,
    case: ConflictCase,
    chosen: ArticleEdit,
    reason: str = RESOLVED_REASON,
    server: Newsroom | None = None,
) -> SyncReport | None:
    """Save `chosen` on the laptop and clear "needs merge"; with `server` (online) the
    story is synced at once, so the newsroom has it too. Raises `VersionConflict` if the
    laptop's copy was saved meanwhile (open the case again)."""
    with laptop.database.transaction() as session:
        article_uuid = session.scalar(
            select(orm.Article.uuid).where(orm.Article.id == case.article_id)
        )
    if article_uuid is None:
        raise NotFound(f"Story {case.article_id} does not exist")
    off, _article_id = _offline(laptop, article_uuid)
    local = laptop.articles.get(case.article_id)
    if chosen != ArticleEdit.of(local):
        laptop.articles.save(case.article_id, chosen, local.version, reason)
    with laptop.database.transaction() as session:
        row = session.get(OfflineArticle, article_uuid)
        assert row is not None and off.theirs is not None
        theirs = Snapshot.from_json(off.theirs)
        row.base = replace(
            theirs, status=local.status.value, trashed=local.trashed_at is not None
        ).to_json()
        row.base_version = off.theirs_version or off.base_version
        row.needs_merge = False
        row.theirs = None
        row.theirs_version = None
        # Even when ours is kept as it was, the next sync has something to send.
        session.add(
            ChangeLog(
                entity="article", entity_uuid=article_uuid, article_uuid=article_uuid, op="update"
            )
        )
    if server is not None:
        return sync_story(server, laptop, article_uuid)
    return None
