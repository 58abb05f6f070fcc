"""Offline work: take stories and comments to a laptop's own database, sync them back.

No Qt here: the window runs these on a worker (TaskRunner) with a `Progress`: it
counts stories and comments (`progress.state()` from any thread), and `progress.cancel()`
from any thread makes the next step raise `Cancelled`. A cancelled sync stops after the
story or comment in hand; what was settled stays settled on both sides and the next sync
does the rest. A cancelled take-offline keeps the batches (500 stories) already copied.

    take_offline(server, laptop, selection, progress) -> OfflineReport
        (selection: ids | SavedView | PendingComments() | NamedStories(references))
    sync(server, laptop, progress) -> SyncReport
    offline_status(laptop) / offline_article_uuids(laptop) / needs_merge_uuids(laptop)
    conflict_case(laptop, uuid) -> ConflictCase;  resolve_conflict(laptop, case, chosen)
"""

from __future__ import annotations

from newsdesk.services.sync.cases import conflict_case, resolve_conflict
from newsdesk.services.sync.engine import SyncEngine, sync, sync_story
from newsdesk.services.sync.offline import (
    NamedStories,
    OfflineReport,
    PendingComments,
    take_offline,
)
from newsdesk.services.sync.report import (
    LostDecision,
    RefusedChange,
    RenamedSlug,
    Settled,
    SyncReport,
)
from newsdesk.services.sync.status import (
    OfflineStatus,
    needs_merge_uuids,
    offline_article_uuids,
    offline_status,
)

__all__ = [
    "LostDecision",
    "NamedStories",
    "OfflineReport",
    "OfflineStatus",
    "PendingComments",
    "RefusedChange",
    "RenamedSlug",
    "Settled",
    "SyncEngine",
    "SyncReport",
    "conflict_case",
    "needs_merge_uuids",
    "offline_article_uuids",
    "offline_status",
    "resolve_conflict",
    "sync",
    "sync_story",
    "take_offline",
]
