"""What the window shows about offline work: the badge's stories and the status bar's
count of changes waiting to be synced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from newsdesk.services.newsroom import Newsroom
from newsdesk.services.sync.replica import replica_row
from newsdesk.storage.orm_sync import ChangeLog, OfflineArticle, OfflineComment


@dataclass(frozen=True, slots=True)
class OfflineStatus:
    server_address: str | None
    """The newsroom this laptop syncs with (None: nothing taken offline)."""
    stories: int
    comments: int
    changes_to_sync: int
    needs_merge: int
    last_sync_at: datetime | None


def offline_article_uuids(laptop: Newsroom) -> frozenset[str]:
    """Stories with an offline copy here (the list's "offline" badge)."""
    with laptop.database.transaction() as session:
        return frozenset(session.scalars(select(OfflineArticle.article_uuid)))


def needs_merge_uuids(laptop: Newsroom) -> frozenset[str]:
    with laptop.database.transaction() as session:
        return frozenset(
            session.scalars(
                select(OfflineArticle.article_uuid).where(OfflineArticle.needs_merge.is_(True))
            )
        )


def offline_status(laptop: Newsroom) -> OfflineStatus:
    """One cheap read for the status bar: "offline — N changes to sync"."""
    with laptop.database.transaction() as session:
        replica = replica_row(session)
        if replica is None:  # nothing taken offline: no need to count the whole log
            return OfflineStatus(None, 0, 0, 0, 0, None)
        changes = session.scalar(
            select(func.count()).select_from(
                select(ChangeLog.entity, ChangeLog.entity_uuid)
                .where(ChangeLog.seq > replica.local_seq)
                .distinct()
                .subquery()
            )
        )
        return OfflineStatus(
            server_address=replica.server_address,
            stories=session.scalar(select(func.count()).select_from(OfflineArticle)) or 0,
            comments=session.scalar(select(func.count()).select_from(OfflineComment)) or 0,
            changes_to_sync=changes or 0,
            needs_merge=session.scalar(
                select(func.count())
                .select_from(OfflineArticle)
                .where(OfflineArticle.needs_merge.is_(True))
            )
            or 0,
            last_sync_at=replica.last_sync_at,
        )
