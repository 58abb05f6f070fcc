"""Sync: the laptop's changes to the newsroom and the newsroom's to the laptop.

Only what changed since the last sync is read (each database's change log after its
watermark). Stories are settled in batches, and every step compares what both sides hold
with the base the laptop took, never with clock times, so a sync cut anywhere and run
again converges:

- only one side changed the text → that side wins;
- both changed it → the shared three-way merge (`merge_edits`); when clean it is applied
  to both sides and noted in the history, else the story is marked "needs merge" and both
  texts stay as revisions on both sides;
- state moves (submit, publish, kill…) go through the newsroom's workflow service, so its
  rights apply; a refused one is reported and the laptop's copy follows the newsroom;
- revisions, notes and related links are copied by uuid, and notes and links changed on
  one side since the last sync take that side's state; deletions travel as tombstones.
  The newsroom's rights judge each one: a refused one is reported by name and holds
  back nothing else (`history.py`).

A batch reads each side's stories with a handful of queries; what the newsroom must
check (a save, a workflow move, a new story) goes through its services one story at a
time; then one newsroom transaction and one laptop transaction copy the batch's history
both ways and bring the laptop's copies and bases up to date. The watermarks move only
when every story and comment was settled.

Here: reading the changes and settling texts. Stories on one side only and state moves
are in `lifecycle.py`, the history exchange in `history.py`, comments in `comment_sync.py`,
pictures (sent before the texts, lead pictures settled after) in `pictures.py`,
plan items (a person's assignments) in `plan_items.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from newsdesk.domain.entities import TEXT_FIELDS
from newsdesk.domain.errors import InvalidInput, NotAllowed, VersionConflict
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing.progress import Cancelled, Progress
from newsdesk.services.sync.changes import ChangeBatch, changes_in
from newsdesk.services.sync.comment_sync import CommentSync
from newsdesk.services.sync.copying import now, section_id
from newsdesk.services.sync.history import HistoryExchange
from newsdesk.services.sync.laptop_copies import (
    OfflineBase,
    Outcome,
    offline_bases,
)
from newsdesk.services.sync.lifecycle import StoryLifecycle
from newsdesk.services.sync.pictures import held_back, send_pictures, settle_pictures
from newsdesk.services.sync.plan_items import PlanItemSync
from newsdesk.services.sync.replica import check_pair, replica_row
from newsdesk.services.sync.report import SyncReport, Tally
from newsdesk.services.sync.saving import save_text
from newsdesk.services.sync.snapshot import Snapshot, merge_snapshots
from newsdesk.services.sync.stories import StoryState, load_stories
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_sync import OfflineArticle, OfflineComment

PUSH_REASON = "offline changes synced"
MERGE_REASON = "offline changes merged by paragraph with the newsroom's version"
ATTEMPTS = 3
BATCH = 200
"""Stories settled together: read with one query per side, finished in one transaction."""


class _Retry(Exception):
    """The newsroom's story moved while we wrote it: settle it again from the start."""


def _changed(entity: str, batch: ChangeBatch) -> set[str]:
    """Notes or links edited since the last sync on the side `batch` was read from."""
    return {c.entity_uuid for c in batch.changes if c.entity == entity and c.op == "update"}


class SyncEngine:
    def __init__(self, server: Newsroom, laptop: Newsroom, progress: Progress | None = None):
        check_pair(server, laptop)
        self.server = server
        self.laptop = laptop
        self.progress = progress or Progress()
        self.tally = Tally()
        self.local = ChangeBatch((), 0, ())
        self.remote = ChangeBatch((), 0, ())
        self.server_sections: dict[str, int] = {}
        self.lifecycle = StoryLifecycle(server, laptop, self.tally)
        self.history = HistoryExchange(server, laptop, self.tally)

    # ---- the whole sync --------------------------------------------------------------
    def run(self) -> SyncReport:
        with self.laptop.database.transaction() as session:
            replica = replica_row(session)
            if replica is None:
                raise InvalidInput(
                    "Nothing was taken offline from this newsroom yet: take stories offline first"
                )
            server_after = replica.server_seq
            pending = tuple(int(x) for x in replica.server_pending or ())
            self.local = changes_in(session, replica.local_seq)
        with self.server.database.transaction() as session:
            self.remote = changes_in(session, server_after, pending)
            offline, offline_comments = self._offline_among(
                self.remote.article_uuids(),
                self.local.uuids("comment") | self.remote.uuids("comment"),
            )
            stories = self._candidates(session, offline)
        self.history.read_changes(self.local, self.remote)
        comments = CommentSync(self.server, self.laptop, self.tally)
        work = comments.plan(self.local, self.remote, offline_comments)
        self.progress.start(len(stories) + work, "Syncing")
        sent = send_pictures(self.server, self.laptop, self.tally)  # texts name the same ones
        held = held_back(self.laptop, sent.unsent)  # their numbers are the newsroom's next
        if held:
            stories = [uuid for uuid in stories if uuid not in held]
            self.tally.kept += [
                f"Story {uuid} not sent: its pictures were refused" for uuid in sorted(held)
            ]
        for part in chunks(stories, BATCH):
            self._batch(part)
        if self.lifecycle.created_any or len(stories) > BATCH:
            self.history.links_again()  # links to stories created later in this sync
        settle_pictures(
            self.server,
            self.laptop,
            self.tally,
            self.local.article_uuids() | self.remote.article_uuids(),
            held,
        )
        comments.run(self.progress)
        PlanItemSync(self.server, self.laptop, self.tally).run()
        with self.laptop.database.transaction() as session:
            replica = replica_row(session)
            assert replica is not None
            replica.local_seq = max(replica.local_seq, self.local.last_seq)
            replica.server_seq = max(replica.server_seq, self.remote.last_seq)
            replica.server_pending = list(self.remote.pending)
            replica.last_sync_at = now()
            if held:  # named in the change log again, so the next sync sends them
                session.execute(
                    update(orm.Article)
                    .where(orm.Article.uuid.in_(sorted(held)))
                    .values(updated_at=now())
                    .execution_options(synchronize_session=False)
                )
        return self.tally.report()

    def _offline_among(
        self, stories: set[str], comments: set[str]
    ) -> tuple[dict[str, int], set[str]]:
        """Which of these stories (with their base versions) and comments were taken
        offline: only those a change names are read, not the whole offline list."""
        versions: dict[str, int] = {}
        taken: set[str] = set()
        with self.laptop.database.transaction() as session:
            for part in chunks(sorted(stories)):
                versions.update(
                    session.execute(
                        select(OfflineArticle.article_uuid, OfflineArticle.base_version).where(
                            OfflineArticle.article_uuid.in_(part)
                        )
                    ).all()
                )
            for part in chunks(sorted(comments)):
                taken.update(
                    session.scalars(
                        select(OfflineComment.comment_uuid).where(
                            OfflineComment.comment_uuid.in_(part)
                        )
                    )
                )
        return versions, taken

    def _candidates(self, session: Session, offline: dict[str, int]) -> list[str]:
        mine = self.local.article_uuids()
        theirs = self.remote.article_uuids() & set(offline)
        children = {
            c.article_uuid for c in self.remote.changes if c.entity != "article" and c.article_uuid
        }
        maybe_ours = sorted(theirs - mine - children)
        versions: dict[str, int] = {}
        for part in chunks(maybe_ours):
            versions.update(
                session.execute(
                    select(orm.Article.uuid, orm.Article.version).where(orm.Article.uuid.in_(part))
                ).all()
            )
        # Rows of our own earlier writes: the newsroom still holds the base version.
        theirs -= {u for u in maybe_ours if versions.get(u) == offline[u]}
        return sorted(mine | theirs)

    # ---- a batch of stories ----------------------------------------------------------
    def _batch(self, uuids: Sequence[str], attempt: int = 0) -> None:
        """Settle `uuids`: stories gone from one side first (each through the newsroom's
        services), then the texts of the others in one newsroom transaction, their state
        moves, and the history and laptop copies of all (`_finish`). Stories that moved
        on in the newsroom meanwhile are settled again, up to `ATTEMPTS` times."""
        with self.laptop.database.transaction() as ls:
            locals_ = load_stories(ls, uuids)
            bases = offline_bases(ls, uuids)
            wanted = {s.snapshot.section for s in locals_.values()}
        with self.server.database.transaction() as ss:
            servers = load_stories(ss, uuids)
            self._known_sections(ss, wanted)
        counted = attempt == 0
        outcomes: list[Outcome] = []
        both = [u for u in uuids if u in locals_ and u in servers]
        cancelled: Cancelled | None = None
        try:
            for uuid in uuids:
                if uuid not in both:
                    outcome = self.lifecycle.settle(
                        uuid, locals_.get(uuid), servers.get(uuid), bases
                    )
                    outcomes += [outcome] if outcome is not None else []
                    self._step(counted)
        except Cancelled as error:
            cancelled, both = error, []
        moved: list[str] = []
        settled: list[tuple[Outcome, Snapshot]] = []
        if both:
            with self.server.database.transaction() as ss:
                for uuid in both:
                    try:
                        settled.append(self._together(ss, locals_[uuid], servers[uuid], bases))
                    except _Retry:
                        moved.append(uuid)
                    try:
                        self._step(counted)
                    except Cancelled as error:
                        cancelled = error
                        break
        for outcome, base in settled:  # state moves after the texts are in
            if outcome.agreed is not None:
                self.lifecycle.move_state(outcome.uuid, outcome.local, servers[outcome.uuid], base)
            outcomes.append(outcome)
        self.history.finish(outcomes)
        if cancelled is not None:
            raise cancelled  # what was settled stays settled
        if moved and attempt + 1 < ATTEMPTS:
            self._batch(moved, attempt + 1)
        elif moved:
            self.tally.kept += [
                f"Story {u} kept changing in the newsroom; sync again" for u in moved
            ]

    def _step(self, counted: bool) -> None:
        if counted:
            self.progress.step(message="Syncing stories")
        else:
            self.progress.check()

    def _known_sections(self, session: Session, uuids: set[str | None]) -> None:
        missing = sorted(u for u in uuids if u is not None and u not in self.server_sections)
        if missing:
            rows = session.execute(
                select(orm.Section.uuid, orm.Section.id).where(orm.Section.uuid.in_(missing))
            )
            self.server_sections.update((u, i) for u, i in rows if u is not None)

    # ---- one story on both sides -------------------------------------------------------
    def _together(
        self,
        ss: Session,
        local: StoryState,
        server: StoryState,
        bases: dict[str, OfflineBase],
    ) -> tuple[Outcome, Snapshot]:
        """Settle the text of a story both sides hold (inside the batch's newsroom
        transaction `ss`); the outcome and the base its state is compared with."""
        uuid = local.uuid
        offline = bases.get(uuid)
        if offline is None:  # pushed by a sync cut before the laptop noted it
            base = self._common_base(ss, uuid, server.snapshot)
            local = self.lifecycle.align_slug(uuid, local, server)
        else:
            base = offline.base
            if offline.needs_merge:
                return Outcome(uuid, local), base  # both texts stay, nothing settled over them
        return self._text(ss, uuid, local, server, base), base

    def _common_base(self, ss: Session, uuid: str, server: Snapshot) -> Snapshot:
        """The newest revision both sides hold, as the base."""
        with self.laptop.database.transaction() as ls:
            mine = list(
                ls.scalars(
                    select(orm.Revision.uuid)
                    .join(orm.Article, orm.Article.id == orm.Revision.article_id)
                    .where(orm.Article.uuid == uuid)
                )
            )
        shared = ss.scalar(
            select(orm.Revision)
            .join(orm.Article, orm.Article.id == orm.Revision.article_id)
            .where(orm.Article.uuid == uuid, orm.Revision.uuid.in_(mine))
            .order_by(orm.Revision.id.desc())
            .limit(1)
        )
        if shared is None:
            return server
        return replace(server, **{name: getattr(shared, name) for name in TEXT_FIELDS})

    # ---- text --------------------------------------------------------------------------
    def _text(
        self, ss: Session, uuid: str, local: StoryState, server: StoryState, base: Snapshot
    ) -> Outcome:
        ours, theirs, old = local.snapshot.text, server.snapshot.text, base.text
        if ours in (theirs, old):
            if ours == theirs:
                return Outcome(uuid, local, server.snapshot, server.version)
            self.tally.pulled.add(uuid)
            return Outcome(uuid, local, server.snapshot, server.version, to_laptop=server.snapshot)
        if theirs == old:
            pushed = self._push(ss, uuid, local.snapshot, server, PUSH_REASON)
            if pushed is None:  # refused: the laptop's copy follows the newsroom
                return Outcome(
                    uuid, local, server.snapshot, server.version, to_laptop=server.snapshot
                )
            return Outcome(uuid, local, *pushed)
        merge = merge_snapshots(old, ours, theirs)
        if not merge.clean:
            self.tally.conflicts.append(uuid)
            return Outcome(
                uuid,
                local,
                version=server.version,
                conflict=server.snapshot,
                conflict_author=self._last_author(ss, uuid),
            )
        merged = merge.snapshot(merge.merge.result())
        pushed = self._push(ss, uuid, merged, server, MERGE_REASON)
        if pushed is None:
            return Outcome(uuid, local, server.snapshot, server.version, to_laptop=server.snapshot)
        self.tally.merged.add(uuid)
        return Outcome(uuid, local, *pushed, to_laptop=pushed[0])

    def _push(
        self, ss: Session, uuid: str, snapshot: Snapshot, server: StoryState, reason: str
    ) -> tuple[Snapshot, int] | None:
        """Save `snapshot` over the newsroom's `server` version: the text saved and its
        version, or None when the newsroom refused it (reported)."""
        try:
            section = self._server_section(ss, snapshot.section)
            edit, version = save_text(
                ss,
                self.server.user,
                server.id,
                snapshot.edit(section),
                server.version,
                reason,
                current_tags=server.snapshot.tags,
            )
        except VersionConflict as error:
            raise _Retry from error
        except (NotAllowed, InvalidInput) as error:
            self.tally.refuse(
                uuid, snapshot.headline, "your text", "the newsroom's text", str(error)
            )
            return None
        self.tally.pushed.add(uuid)
        section_uuid = snapshot.section if edit.section_id is not None else None
        return snapshot.with_edit(edit, section_uuid), version

    def _server_section(self, ss: Session, section_uuid: str | None) -> int | None:
        """The newsroom's id of a section; one made offline is made there too."""
        if section_uuid is None:
            return None
        if section_uuid not in self.server_sections:
            with self.laptop.database.transaction() as ls, ss.begin_nested():
                found = section_id(ls, ss, section_uuid, laptop_is_target=False)
            if found is None:
                return None
            self.server_sections[section_uuid] = found
        return self.server_sections[section_uuid]

    @staticmethod
    def _last_author(ss: Session, uuid: str) -> str:
        author = ss.scalar(
            select(orm.User.display_name)
            .join(orm.Revision, orm.Revision.author_id == orm.User.id)
            .join(orm.Article, orm.Article.id == orm.Revision.article_id)
            .where(orm.Article.uuid == uuid)
            .order_by(orm.Revision.id.desc())
            .limit(1)
        )
        return author or "the newsroom"

    # ---- one story on one side only ----------------------------------------------------


def sync(server: Newsroom, laptop: Newsroom, progress: Progress | None = None) -> SyncReport:
    """Send the laptop's changes and fetch the newsroom's.

    `progress` counts stories and comments; `progress.cancel()` (from any thread) makes the
    sync stop after the story or comment in hand: what was settled stays settled on both
    sides, the watermarks stay where they were, `Cancelled` is raised, and the next sync
    does the rest."""
    return SyncEngine(server, laptop, progress).run()


def sync_story(server: Newsroom, laptop: Newsroom, article_uuid: str) -> SyncReport:
    """Settle one story now (after resolving a "needs merge", say)."""
    engine = SyncEngine(server, laptop)
    engine._batch([article_uuid])
    return engine.tally.report()
