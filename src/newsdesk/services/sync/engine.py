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

A batch reads each side's stories with a handful of queries; what the newsroom must
check (a save, a workflow move, a new story) goes through its services one story at a
time; then one newsroom transaction and one laptop transaction copy the batch's history
both ways and bring the laptop's copies and bases up to date. The watermarks move only
when every story and comment was settled.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput, NewsdeskError, NotAllowed, VersionConflict
from newsdesk.domain.workflow import may_edit
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing.progress import Cancelled, Progress
from newsdesk.services.sync.changes import ChangeBatch, changes_in, quiet
from newsdesk.services.sync.comment_sync import CommentSync
from newsdesk.services.sync.copying import (
    UserMap,
    chunks,
    copy_links,
    copy_notes,
    copy_revisions,
    delete_by_uuid,
    free_slug,
    now,
    section_id,
    set_tags,
)
from newsdesk.services.sync.laptop_copies import (
    OfflineBase,
    Outcome,
    finish_copy,
    offline_bases,
    write_bases,
)
from newsdesk.services.sync.replica import check_pair, replica_row
from newsdesk.services.sync.report import RenamedSlug, SyncReport, Tally
from newsdesk.services.sync.saving import save_text
from newsdesk.services.sync.snapshot import Snapshot, merge_snapshots, read_snapshot
from newsdesk.services.sync.stories import FOLLOWED, StoryState, load_stories
from newsdesk.storage import orm
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


def _state_label(state: tuple[str, bool]) -> str:
    label = ArticleStatus(state[0]).label.lower()
    return f"{label}, in the trash" if state[1] else label


class SyncEngine:
    def __init__(self, server: Newsroom, laptop: Newsroom, progress: Progress | None = None):
        check_pair(server, laptop)
        self.server = server
        self.laptop = laptop
        self.progress = progress or Progress()
        self.tally = Tally()
        self.local = ChangeBatch((), 0, ())
        self.remote = ChangeBatch((), 0, ())
        self.local_link_deletes: dict[str, set[str]] = defaultdict(set)
        self.server_link_deletes: dict[str, set[str]] = defaultdict(set)
        self.server_sections: dict[str, int] = {}
        self.settled: dict[str, tuple[int, int]] = {}
        """uuid → (laptop id, newsroom id) of the stories settled in this sync."""
        self.created_any = False

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
        self._note_link_deletes(self.local, self.local_link_deletes)
        self._note_link_deletes(self.remote, self.server_link_deletes)
        comments = CommentSync(self.server, self.laptop, self.tally)
        work = comments.plan(self.local, self.remote, offline_comments)
        self.progress.start(len(stories) + work, "Syncing")
        for part in chunks(stories, BATCH):
            self._batch(part)
        if self.created_any or len(stories) > BATCH:
            self._links_again()  # links to stories created later in this sync
        comments.run(self.progress)
        with self.laptop.database.transaction() as session:
            replica = replica_row(session)
            assert replica is not None
            replica.local_seq = max(replica.local_seq, self.local.last_seq)
            replica.server_seq = max(replica.server_seq, self.remote.last_seq)
            replica.server_pending = list(self.remote.pending)
            replica.last_sync_at = now()
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

    @staticmethod
    def _note_link_deletes(batch: ChangeBatch, into: dict[str, set[str]]) -> None:
        for change in batch.changes:
            if change.entity == "link" and change.op == "delete" and change.article_uuid:
                into[change.article_uuid].add(change.entity_uuid)

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
                    outcome = self._apart(uuid, locals_.get(uuid), servers.get(uuid), bases)
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
                self._state(outcome.uuid, outcome.local, servers[outcome.uuid], base)
            outcomes.append(outcome)
        self._finish(outcomes)
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
            local = self._align_slug(uuid, local, server)
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
        return replace(
            server,
            **{
                name: getattr(shared, name)
                for name in ("headline", "standfirst", "body", "dateline", "byline", "credit")
            },
        )

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
    def _apart(
        self,
        uuid: str,
        local: StoryState | None,
        server: StoryState | None,
        bases: dict[str, OfflineBase],
    ) -> Outcome | None:
        offline = bases.get(uuid)
        if local is None:
            if offline is not None:
                self._deleted_on_laptop(uuid, server, offline.base)
            return None
        if offline is None:
            return self._create_on_server(uuid, local)
        return self._deleted_in_newsroom(uuid, local, offline.base)

    # ---- state: workflow and trash -----------------------------------------------------
    def _state(self, uuid: str, local: StoryState, server: StoryState, base: Snapshot) -> None:
        mine, theirs = local.snapshot.state, server.snapshot.state
        if mine == base.state or mine == theirs:
            return
        if theirs != base.state:
            self.tally.refuse(
                uuid,
                local.headline,
                _state_label(mine),
                _state_label(theirs),
                "the newsroom moved the story meanwhile",
            )
            return
        try:
            if not mine[1] and theirs[1]:
                self.server.articles.restore([server.id])
            if mine[0] != theirs[0]:
                self.server.workflow.move(server.id, ArticleStatus(mine[0]))
            if mine[1] and not theirs[1]:
                self.server.articles.trash([server.id])
            self.tally.pushed.add(uuid)
        except (NotAllowed, InvalidInput) as error:
            self.tally.refuse(
                uuid, local.headline, _state_label(mine), _state_label(theirs), str(error)
            )

    # ---- stories new on one side, deleted on the other ---------------------------------
    def _create_on_server(self, uuid: str, local: StoryState) -> Outcome | None:
        user = self.server.user
        if not may_edit(user):
            self.tally.refuse(
                uuid,
                local.headline,
                "a new story",
                "nothing",
                f"{user.display_name} may not write stories",
            )
            return None
        with self.laptop.database.transaction() as ls, self.server.database.transaction() as ss:
            lrow = ls.get(orm.Article, local.id)
            assert lrow is not None
            row = orm.Article(
                uuid=uuid,
                slug=free_slug(ss, lrow.slug),
                headline=lrow.headline,
                standfirst=lrow.standfirst,
                body=lrow.body,
                dateline=lrow.dateline,
                byline=lrow.byline,
                credit=lrow.credit,
                language=lrow.language,
                section_id=section_id(ls, ss, local.snapshot.section, laptop_is_target=False),
                status=ArticleStatus.DRAFT.value,
                author_id=user.id,
                version=1,
                created_at=lrow.created_at,
                updated_at=now(),
            )
            ss.add(row)
            ss.flush()
            set_tags(ss, row.id, local.snapshot.tags)
            to_server = UserMap(fallback=user)
            copy_revisions(ls, ss, {lrow.id: row.id}, to_server)
            copy_notes(ls, ss, {lrow.id: row.id}, to_server)
            copy_links(ls, ss, {lrow.id: row.id})
            agreed = read_snapshot(ss, row)
            server = StoryState(row.id, uuid, row.slug, 1, agreed, {n: None for n in FOLLOWED})
        self.tally.created.add(uuid)
        self.created_any = True
        local = self._align_slug(uuid, local, server)
        draft = replace(local.snapshot, status=ArticleStatus.DRAFT.value, trashed=False)
        self._state(uuid, local, server, draft)
        return Outcome(uuid, local, agreed, 1)

    def _align_slug(self, uuid: str, local: StoryState, server: StoryState) -> StoryState:
        """A story made offline whose slug the newsroom had already: both take the
        newsroom's, and the writer is told."""
        if local.slug == server.slug:
            return local
        self.tally.renamed.append(RenamedSlug(uuid, local.headline, local.slug, server.slug))
        with self.laptop.database.transaction() as ls, quiet(ls):
            if free_slug(ls, server.slug, uuid) != server.slug:
                return local
            ls.execute(
                update(orm.Article).where(orm.Article.id == local.id).values(slug=server.slug)
            )
        return replace(local, slug=server.slug)

    def _deleted_on_laptop(self, uuid: str, server: StoryState | None, base: Snapshot) -> None:
        if server is not None:
            snapshot = server.snapshot
            if snapshot.text == base.text and snapshot.state == base.state:
                try:
                    if not snapshot.trashed:
                        self.server.articles.trash([server.id])
                    self.server.articles.delete_permanently([server.id])
                    self.tally.deleted.add(uuid)
                except NewsdeskError as error:
                    self.tally.refuse(uuid, snapshot.headline, "deleted", "kept", str(error))
            else:
                self.tally.kept.append(
                    f"“{snapshot.headline}” was changed in the newsroom after you deleted it "
                    "offline: it stays in the newsroom"
                )
        with self.laptop.database.transaction() as ls:
            ls.execute(delete(OfflineArticle).where(OfflineArticle.article_uuid == uuid))

    def _deleted_in_newsroom(self, uuid: str, local: StoryState, base: Snapshot) -> Outcome | None:
        snapshot = local.snapshot
        with self.laptop.database.transaction() as ls:
            ls.execute(delete(OfflineArticle).where(OfflineArticle.article_uuid == uuid))
            if snapshot.text == base.text and snapshot.state == base.state:
                with quiet(ls):
                    ls.execute(delete(orm.Article).where(orm.Article.uuid == uuid))
                self.tally.deleted.add(uuid)
                return None
        self.tally.kept.append(
            f"“{snapshot.headline}” was deleted in the newsroom while you changed it offline: "
            "your copy goes back to the newsroom as a new draft"
        )
        return self._create_on_server(uuid, local)

    # ---- the batch's history, and the laptop's copies ----------------------------------
    def _finish(self, outcomes: Sequence[Outcome]) -> None:
        """Copy the settled stories' history both ways (one transaction on each side),
        then bring the laptop's copies and their bases up to date."""
        if not outcomes:
            return
        uuids = [o.uuid for o in outcomes]
        laptop, server = self.laptop.database, self.server.database
        with laptop.transaction() as ls, server.transaction() as ss:
            servers = load_stories(ss, uuids)
            pairs = {o.local.id: servers[o.uuid].id for o in outcomes if o.uuid in servers}
            self.settled.update(
                {o.uuid: (o.local.id, servers[o.uuid].id) for o in outcomes if o.uuid in servers}
            )
            if may_edit(self.server.user):
                try:
                    with ss.begin_nested():
                        self._send_history(ls, ss, uuids, pairs)
                except NotAllowed as error:
                    self.tally.kept.append(
                        "The newsroom refused this computer's history of "
                        f"{len(pairs)} stories (it stays here): {error}"
                    )
            with quiet(ls):
                self._fetch_history(ls, ss, uuids, pairs)
                ids = [o.local.id for o in outcomes]
                versions = dict(
                    ls.execute(
                        select(orm.Article.id, orm.Article.version).where(orm.Article.id.in_(ids))
                    ).all()
                )
                bases = []
                for outcome in outcomes:
                    there = servers.get(outcome.uuid)
                    current = versions.get(outcome.local.id)
                    base, followed = finish_copy(ls, ss, outcome, there, current)
                    if followed:
                        self.tally.pulled.add(outcome.uuid)
                    if base is not None:
                        bases.append(base)
                self._rebase(ls, bases)

    def _send_history(
        self, ls: Session, ss: Session, uuids: Sequence[str], pairs: dict[int, int]
    ) -> None:
        deletes = {u for uuid in uuids for u in self.local_link_deletes.get(uuid, ())}
        delete_by_uuid(ss, orm.RelatedLink, deletes)
        to_server = UserMap(fallback=self.server.user)
        # Changed on both sides since the last sync: the newsroom's stands.
        notes = _changed("note", self.local) - _changed("note", self.remote)
        links = _changed("link", self.local) - _changed("link", self.remote)
        copy_revisions(ls, ss, pairs, to_server)
        copy_notes(ls, ss, pairs, to_server, notes)
        gone = {u for uuid in uuids for u in self.server_link_deletes.get(uuid, ())}
        copy_links(ls, ss, pairs, links, gone)
        ss.flush()

    def _fetch_history(
        self, ls: Session, ss: Session, uuids: Sequence[str], pairs: dict[int, int]
    ) -> None:
        deletes = {u for uuid in uuids for u in self.server_link_deletes.get(uuid, ())}
        delete_by_uuid(ls, orm.RelatedLink, deletes)
        back = {s: lid for lid, s in pairs.items()}
        to_laptop = UserMap(fallback=None)
        copy_revisions(ss, ls, back, to_laptop)
        copy_notes(ss, ls, back, to_laptop, _changed("note", self.remote))
        copy_links(ss, ls, back, _changed("link", self.remote))

    def _rebase(self, ls: Session, bases: Sequence[dict[str, Any]]) -> None:
        """Note the settled stories' new bases."""
        write_bases(ls, bases)

    def _links_again(self) -> None:
        """Links to stories that reached the other side later in this sync."""
        pairs = dict(self.settled.values())
        if not pairs:
            return
        with (
            self.laptop.database.transaction() as ls,
            self.server.database.transaction() as ss,
        ):
            theirs_gone = {u for links in self.server_link_deletes.values() for u in links}
            ours_gone = {u for links in self.local_link_deletes.values() for u in links}
            copy_links(ls, ss, pairs, gone=theirs_gone)
            with quiet(ls):
                copy_links(ss, ls, {s: lid for lid, s in pairs.items()}, gone=ours_gone)


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
