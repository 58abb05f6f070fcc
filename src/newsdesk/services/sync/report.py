"""What a sync did, for the status bar and the summary the writer is shown."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RenamedSlug:
    article_uuid: str
    headline: str
    offline_slug: str
    newsroom_slug: str


@dataclass(frozen=True, slots=True)
class LostDecision:
    """A moderation decision made offline that the newsroom's own decision overrode."""

    comment_uuid: str
    excerpt: str
    ours: str
    theirs: str
    decided_by: str
    """Who moderated the comment in the newsroom (empty when unknown)."""


@dataclass(frozen=True, slots=True)
class RefusedChange:
    """A change sent to the newsroom that it refused (rights, workflow); the laptop's copy
    now follows the newsroom."""

    article_uuid: str
    headline: str
    wanted: str
    kept: str
    reason: str


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int = 0
    """Stories whose offline changes went to the newsroom (alone: no merge needed)."""
    pulled: int = 0
    """Stories the newsroom changed, brought to the laptop."""
    merged: int = 0
    """Stories changed on both sides in different places, merged by paragraph and field."""
    created: int = 0
    """Stories written offline, now in the newsroom."""
    deleted: int = 0
    """Deletions carried over (either way)."""
    comments: int = 0
    """Comments whose moderation moved (either way)."""
    conflicts: tuple[str, ...] = ()
    """Uuids of stories now marked "needs merge"."""
    renamed: tuple[RenamedSlug, ...] = ()
    lost_decisions: tuple[LostDecision, ...] = ()
    refused: tuple[RefusedChange, ...] = ()
    kept: tuple[str, ...] = field(default=())
    """Messages about changes kept rather than lost (a deletion of a story changed since)."""

    @property
    def nothing_done(self) -> bool:
        return not (
            self.pushed
            or self.pulled
            or self.merged
            or self.created
            or self.deleted
            or self.comments
            or self.conflicts
            or self.refused
            or self.lost_decisions
        )
