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
    text: str = ""
    """An edit or reply written offline that did not go through, in full (kept here so
    it is not lost; `excerpt` is its beginning)."""


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
class Settled:
    """What a sync settled, by UUID (sorted): the stories and comments behind the
    report's counts, for a script to list."""

    sent: tuple[str, ...] = ()
    fetched: tuple[str, ...] = ()
    merged: tuple[str, ...] = ()
    created: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()


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
    replies: int = 0
    """Replies written offline as the newsroom, now in the newsroom (counted in `comments`
    too)."""
    settled: Settled = Settled()
    plan_items_sent: int = 0
    """Plan items whose status or notes changed offline went to the newsroom."""
    plan_items_fetched: int = 0
    """Plan items the newsroom changed (or assigned since), brought to the laptop."""

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
            or self.plan_items_sent
            or self.plan_items_fetched
        )


@dataclass
class Tally:
    """What a sync did so far, by uuid (a story settled twice counts once)."""

    pushed: set[str] = field(default_factory=set)
    pulled: set[str] = field(default_factory=set)
    merged: set[str] = field(default_factory=set)
    created: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    comments: set[str] = field(default_factory=set)
    replies: set[str] = field(default_factory=set)
    conflicts: list[str] = field(default_factory=list)
    renamed: list[RenamedSlug] = field(default_factory=list)
    lost: list[LostDecision] = field(default_factory=list)
    refused: list[RefusedChange] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    plans_sent: set[str] = field(default_factory=set)
    plans_fetched: set[str] = field(default_factory=set)

    def refuse(self, uuid: str, headline: str, wanted: str, kept: str, reason: str) -> None:
        self.refused.append(RefusedChange(uuid, headline, wanted, kept, reason))

    def report(self) -> SyncReport:
        settled = Settled(
            sent=tuple(sorted(self.pushed - self.merged - self.created)),
            fetched=tuple(sorted(self.pulled - self.merged)),
            merged=tuple(sorted(self.merged)),
            created=tuple(sorted(self.created)),
            deleted=tuple(sorted(self.deleted)),
            comments=tuple(sorted(self.comments | self.replies)),
        )
        return SyncReport(
            pushed=len(settled.sent),
            pulled=len(settled.fetched),
            merged=len(settled.merged),
            created=len(settled.created),
            deleted=len(settled.deleted),
            comments=len(settled.comments),
            conflicts=tuple(dict.fromkeys(self.conflicts)),
            renamed=tuple(self.renamed),
            lost_decisions=tuple(self.lost),
            refused=tuple(self.refused),
            kept=tuple(self.kept),
            replies=len(self.replies),
            settled=settled,
            plan_items_sent=len(self.plans_sent),
            plan_items_fetched=len(self.plans_fetched - self.plans_sent),
        )
