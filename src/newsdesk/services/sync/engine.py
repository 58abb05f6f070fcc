"""Sync: the laptop's changes to the newsroom and the newsroom's to the laptop.

Only what changed since the last sync is read (each database's change log after its
watermark). Each story is settled on its own, in short transactions on each side, and
every step compares what both sides hold with the base the laptop took, never with
clock times, so a sync cut anywhere and run again converges:

- only one side changed the text → that side wins;
- both changed it → the shared three-way merge (`merge_edits`); when clean it is applied
  to both sides and noted in the history, else the story is marked "needs merge" and both
  texts stay as revisions on both sides;
- state moves (submit, publish, kill…) go through the newsroom's workflow service, so its
  rights apply; a refused one is reported and the laptop's copy follows the newsroom;
- revisions, notes and related links are copied by uuid; deletions travel as tombstones.

The watermarks move only when every story was settled.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import Article
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.domain.errors import InvalidInput, NewsdeskError, NotAllowed, VersionConflict
from newsdesk.domain.moderation import STATUS_ACTIONS, ModerationAction, target_state
from newsdesk.domain.workflow import may_edit
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.sync.changes import ChangeBatch, quiet, read_changes
from newsdesk.services.sync.copying import (
    UserMap,
    copy_links,
    copy_notes,
    copy_revisions,
    delete_by_uuid,
    free_slug,
    now,
    section_id,
    set_tags,
)
from newsdesk.services.sync.replica import check_pair, replica_row
from newsdesk.services.sync.report import LostDecision, RefusedChange, RenamedSlug, SyncReport
from newsdesk.services.sync.snapshot import Snapshot, merge_snapshots, read_snapshot
from newsdesk.storage import orm
from newsdesk.storage.orm_sync import OfflineArticle, OfflineComment

PUSH_REASON = "offline changes synced"
MERGE_REASON = "offline changes merged by paragraph with the newsroom's version"
ATTEMPTS = 3


@dataclass
class _Tally:
    pushed: set[str] = field(default_factory=set)
    pulled: set[str] = field(default_factory=set)
    merged: set[str] = field(default_factory=set)
    created: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    comments: set[str] = field(default_factory=set)
    conflicts: list[str] = field(default_factory=list)
    renamed: list[RenamedSlug] = field(default_factory=list)
    lost: list[LostDecision] = field(default_factory=list)
    refused: list[RefusedChange] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    def report(self) -> SyncReport:
        return SyncReport(
            pushed=len(self.pushed - self.merged - self.created),
            pulled=len(self.pulled - self.merged),
            merged=len(self.merged),
            created=len(self.created),
            deleted=len(self.deleted),
            comments=len(self.comments),
            conflicts=tuple(dict.fromkeys(self.conflicts)),
            renamed=tuple(self.renamed),
            lost_decisions=tuple(self.lost),
            refused=tuple(self.refused),
            kept=tuple(self.kept),
        )


def _article_row(session: Session, uuid: str) -> orm.Article | None:
    return session.scalar(select(orm.Article).where(orm.Article.uuid == uuid))


def _snapshot_of_article(session: Session, article: Article) -> Snapshot:
    section = None
    if article.section_id is not None:
        section = session.scalar(
            select(orm.Section.uuid).where(orm.Section.id == article.section_id)
        )
    return Snapshot(
        headline=article.headline,
        standfirst=article.standfirst,
        body=article.body,
        dateline=article.dateline,
        byline=article.byline,
        credit=article.credit,
        section=section,
        tags=article.tags,
        language=article.language,
        status=article.status.value,
        trashed=article.trashed_at is not None,
    )


class _Retry(Exception):
    """The newsroom's story moved while we wrote it: settle it again from the start."""


class SyncEngine:
    def __init__(self, server: Newsroom, laptop: Newsroom, progress: Progress | None = None):
        check_pair(server, laptop)
        self.server = server
        self.laptop = laptop
        self.progress = progress or Progress()
        self.tally = _Tally()
        self.local_link_deletes: dict[str, set[str]] = defaultdict(set)
        self.server_link_deletes: dict[str, set[str]] = defaultdict(set)

    # ---- the whole sync --------------------------------------------------------------
    def run(self) -> SyncReport:
        with self.laptop.database.transaction() as session:
            replica = replica_row(session)
            if replica is None:
                raise InvalidInput(
                    "Nothing was taken offline from this newsroom yet: take stories offline first"
                )
            local_after, server_after = replica.local_seq, replica.server_seq
            pending = tuple(int(x) for x in replica.server_pending or ())
            offline = dict(
                session.execute(
                    select(OfflineArticle.article_uuid, OfflineArticle.base_version)
                ).all()
            )
            offline_comments = set(session.scalars(select(OfflineComment.comment_uuid)))
        local = read_changes(self.laptop.database, local_after)
        remote = read_changes(self.server.database, server_after, pending)
        self._note_link_deletes(local, self.local_link_deletes)
        self._note_link_deletes(remote, self.server_link_deletes)
        stories = self._candidates(local, remote, offline)
        comments = sorted((local.uuids("comment") | remote.uuids("comment")) & offline_comments)
        self.progress.start(len(stories) + len(comments), "Syncing")
        for uuid in stories:
            self.story(uuid)
            self.progress.step(message="Syncing stories")
        for uuid in stories:  # links to stories created later in this sync
            if uuid in self.local_link_deletes or uuid in local.article_uuids():
                self._links_again(uuid)
        for uuid in comments:
            self.comment(uuid)
            self.progress.step(message="Syncing comments")
        with self.laptop.database.transaction() as session:
            replica = replica_row(session)
            assert replica is not None
            replica.local_seq = max(replica.local_seq, local.last_seq)
            replica.server_seq = max(replica.server_seq, remote.last_seq)
            replica.server_pending = list(remote.pending)
            replica.last_sync_at = now()
        return self.tally.report()

    @staticmethod
    def _note_link_deletes(batch: ChangeBatch, into: dict[str, set[str]]) -> None:
        for change in batch.changes:
            if change.entity == "link" and change.op == "delete" and change.article_uuid:
                into[change.article_uuid].add(change.entity_uuid)

    def _candidates(
        self, local: ChangeBatch, remote: ChangeBatch, offline: dict[str, int]
    ) -> list[str]:
        mine = local.article_uuids()
        theirs = remote.article_uuids() & set(offline)
        children = {
            c.article_uuid for c in remote.changes if c.entity != "article" and c.article_uuid
        }
        maybe_ours = sorted(theirs - mine - children)
        if maybe_ours:
            with self.server.database.transaction() as session:
                versions = dict(
                    session.execute(
                        select(orm.Article.uuid, orm.Article.version).where(
                            orm.Article.uuid.in_(maybe_ours)
                        )
                    ).all()
                )
            # Rows of our own earlier writes: the newsroom still holds the base version.
            theirs -= {u for u in maybe_ours if versions.get(u) == offline[u]}
        return sorted(mine | theirs)

    # ---- one story ---------------------------------------------------------------------
    def story(self, uuid: str) -> None:
        for _attempt in range(ATTEMPTS):
            try:
                self._story(uuid)
                return
            except _Retry:
                continue
        self.tally.kept.append(f"Story {uuid} kept changing in the newsroom; sync again")

    def _story(self, uuid: str) -> None:
        with self.laptop.database.transaction() as ls:
            lrow = _article_row(ls, uuid)
            local = read_snapshot(ls, lrow) if lrow is not None else None
            off = ls.get(OfflineArticle, uuid)
            base = Snapshot.from_json(off.base) if off is not None else None
            needs_merge = bool(off.needs_merge) if off is not None else False
        with self.server.database.transaction() as ss:
            srow = _article_row(ss, uuid)
            server = read_snapshot(ss, srow) if srow is not None else None
            server_version = srow.version if srow is not None else 0
        if base is None:
            if local is None:
                return
            if server is None:
                self._create_on_server(uuid)
                return
            base = self._common_base(uuid, server)
            self._align_slug(uuid)
        if local is None:
            self._deleted_on_laptop(uuid, server, base)
            return
        if server is None:
            self._deleted_in_newsroom(uuid, local, base)
            return
        agreed: tuple[Snapshot, int] | None = None
        if not needs_merge:
            agreed = self._text(uuid, base, local, server, server_version)
        self._children(uuid)
        if agreed is None:
            return  # needs merge: both texts stay, nothing is settled over them
        self._state(uuid, base)
        self._rebase(uuid, *agreed)

    def _common_base(self, uuid: str, server: Snapshot) -> Snapshot:
        """Base of a story pushed by a sync cut before the laptop noted it: the newest
        revision both sides hold."""
        with self.laptop.database.transaction() as ls:
            mine = set(
                ls.scalars(
                    select(orm.Revision.uuid)
                    .join(orm.Article, orm.Article.id == orm.Revision.article_id)
                    .where(orm.Article.uuid == uuid)
                )
            )
        with self.server.database.transaction() as ss:
            shared = ss.scalar(
                select(orm.Revision)
                .join(orm.Article, orm.Article.id == orm.Revision.article_id)
                .where(orm.Article.uuid == uuid, orm.Revision.uuid.in_(list(mine)))
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
        self, uuid: str, base: Snapshot, local: Snapshot, server: Snapshot, version: int
    ) -> tuple[Snapshot, int] | None:
        """Settle the text; the text both sides now hold and its newsroom version, or None
        when the story now needs merging by hand."""
        ours, theirs, old = local.text, server.text, base.text
        if ours in (theirs, old):
            if ours != theirs:
                self._apply_locally(uuid, server)
                self.tally.pulled.add(uuid)
            return server, version
        if theirs == old:
            return self._push(uuid, local, version, PUSH_REASON)
        merge = merge_snapshots(old, ours, theirs)
        if merge.clean:
            merged = merge.snapshot(merge.merge.result())
            result = self._push(uuid, merged, version, MERGE_REASON)
            self._apply_locally(uuid, result[0])
            self.tally.merged.add(uuid)
            return result
        self._mark_conflict(uuid, server, version)
        return None

    def _push(
        self, uuid: str, snapshot: Snapshot, version: int, reason: str
    ) -> tuple[Snapshot, int]:
        with self.laptop.database.transaction() as ls, self.server.database.transaction() as ss:
            srow = _article_row(ss, uuid)
            assert srow is not None
            article_id = srow.id
            section = section_id(ls, ss, snapshot.section, laptop_is_target=False)
        try:
            saved = self.server.articles.save(article_id, snapshot.edit(section), version, reason)
        except VersionConflict as error:
            raise _Retry from error
        except NotAllowed as error:
            self._refuse(uuid, snapshot.headline, "your text", "the newsroom's text", error)
            with self.server.database.transaction() as ss:
                srow = _article_row(ss, uuid)
                assert srow is not None
                current = read_snapshot(ss, srow), srow.version
            self._apply_locally(uuid, current[0])
            return current
        with self.server.database.transaction() as ss:
            agreed = _snapshot_of_article(ss, saved)
        self.tally.pushed.add(uuid)
        return agreed, saved.version

    def _apply_locally(self, uuid: str, snapshot: Snapshot) -> None:
        """The laptop's copy takes `snapshot`'s text (the newsroom's history comes with
        the revisions copied next)."""
        laptop, server = self.laptop.database, self.server.database
        with laptop.transaction() as ls, server.transaction() as ss, quiet(ls):
            row = _article_row(ls, uuid)
            assert row is not None
            if read_snapshot(ls, row).text == snapshot.text:
                return
            row.section_id = section_id(ss, ls, snapshot.section, laptop_is_target=True)
            for name in ("headline", "standfirst", "body", "dateline", "byline", "credit"):
                setattr(row, name, getattr(snapshot, name))
            row.language = snapshot.language
            row.version += 1
            row.updated_at = now()
            ls.flush()
            set_tags(ls, row.id, snapshot.tags)

    def _mark_conflict(self, uuid: str, server: Snapshot, version: int) -> None:
        with self.server.database.transaction() as ss:
            author = ss.scalar(
                select(orm.User.display_name)
                .join(orm.Revision, orm.Revision.author_id == orm.User.id)
                .join(orm.Article, orm.Article.id == orm.Revision.article_id)
                .where(orm.Article.uuid == uuid)
                .order_by(orm.Revision.id.desc())
                .limit(1)
            )
        with self.laptop.database.transaction() as ls:
            off = ls.get(OfflineArticle, uuid)
            assert off is not None
            off.needs_merge = True
            off.theirs = server.to_json() | {"_author": author or "the newsroom"}
            off.theirs_version = version
        self.tally.conflicts.append(uuid)

    # ---- history, notes, links ---------------------------------------------------------
    def _children(self, uuid: str) -> None:
        with self.laptop.database.transaction() as ls, self.server.database.transaction() as ss:
            lrow, srow = _article_row(ls, uuid), _article_row(ss, uuid)
            if lrow is None or srow is None:
                return
            delete_by_uuid(ss, orm.RelatedLink, self.local_link_deletes.get(uuid, ()))
            to_server = UserMap(fallback=self.server.user)
            copy_revisions(ls, ss, {lrow.id: srow.id}, to_server)
            copy_notes(ls, ss, {lrow.id: srow.id}, to_server)
            copy_links(ls, ss, {lrow.id: srow.id})
            ss.flush()
            with quiet(ls):
                delete_by_uuid(ls, orm.RelatedLink, self.server_link_deletes.get(uuid, ()))
                to_laptop = UserMap(fallback=None)
                copy_revisions(ss, ls, {srow.id: lrow.id}, to_laptop)
                copy_notes(ss, ls, {srow.id: lrow.id}, to_laptop)
                copy_links(ss, ls, {srow.id: lrow.id})

    def _links_again(self, uuid: str) -> None:
        with self.laptop.database.transaction() as ls, self.server.database.transaction() as ss:
            lrow, srow = _article_row(ls, uuid), _article_row(ss, uuid)
            if lrow is None or srow is None:
                return
            copy_links(ls, ss, {lrow.id: srow.id})
            with quiet(ls):
                copy_links(ss, ls, {srow.id: lrow.id})

    # ---- state: workflow and trash -----------------------------------------------------
    def _state(self, uuid: str, base: Snapshot) -> None:
        with self.laptop.database.transaction() as ls:
            lrow = _article_row(ls, uuid)
            assert lrow is not None
            mine = (lrow.status, lrow.trashed_at is not None)
            headline = lrow.headline
        with self.server.database.transaction() as ss:
            srow = _article_row(ss, uuid)
            assert srow is not None
            theirs = (srow.status, srow.trashed_at is not None)
            article_id = srow.id
        if mine != base.state and mine != theirs:
            if theirs != base.state:
                self.tally.refused.append(
                    RefusedChange(
                        uuid,
                        headline,
                        _state_label(mine),
                        _state_label(theirs),
                        "the newsroom moved the story meanwhile",
                    )
                )
            else:
                self._push_state(uuid, article_id, headline, mine, theirs)
        self._follow_state(uuid)

    def _push_state(
        self,
        uuid: str,
        article_id: int,
        headline: str,
        mine: tuple[str, bool],
        theirs: tuple[str, bool],
    ) -> None:
        try:
            if not mine[1] and theirs[1]:
                self.server.articles.restore([article_id])
            if mine[0] != theirs[0]:
                self.server.workflow.move(article_id, ArticleStatus(mine[0]))
            if mine[1] and not theirs[1]:
                self.server.articles.trash([article_id])
            self.tally.pushed.add(uuid)
        except (NotAllowed, InvalidInput) as error:
            self._refuse(uuid, headline, _state_label(mine), _state_label(theirs), error)

    def _follow_state(self, uuid: str) -> None:
        """The laptop's copy takes the newsroom's state, publication times and note."""
        names = ("status", "trashed_at", "published_at", "scheduled_at", "correction_note")
        with self.server.database.transaction() as ss:
            srow = _article_row(ss, uuid)
            assert srow is not None
            values = {name: getattr(srow, name) for name in names}
        with self.laptop.database.transaction() as ls, quiet(ls):
            lrow = _article_row(ls, uuid)
            assert lrow is not None
            if any(getattr(lrow, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(lrow, name, value)
                lrow.version += 1
                self.tally.pulled.add(uuid)

    def _refuse(self, uuid: str, headline: str, wanted: str, kept: str, error: Exception) -> None:
        self.tally.refused.append(RefusedChange(uuid, headline, wanted, kept, str(error)))

    def _rebase(self, uuid: str, agreed: Snapshot, version: int) -> None:
        with self.server.database.transaction() as ss:
            srow = _article_row(ss, uuid)
            assert srow is not None
            status, trashed = srow.status, srow.trashed_at is not None
        base = replace(agreed, status=status, trashed=trashed)
        with self.laptop.database.transaction() as ls:
            off = ls.get(OfflineArticle, uuid)
            if off is None:
                off = OfflineArticle(article_uuid=uuid, taken_at=now())
                ls.add(off)
            off.base = base.to_json()
            off.base_version = version
            off.needs_merge = False
            off.theirs = None
            off.theirs_version = None

    # ---- stories new on one side, deleted on the other ---------------------------------
    def _create_on_server(self, uuid: str) -> None:
        user = self.server.user
        with self.laptop.database.transaction() as ls:
            lrow = _article_row(ls, uuid)
            assert lrow is not None
            local = read_snapshot(ls, lrow)
            headline = lrow.headline
        if not may_edit(user):
            self._refuse(
                uuid,
                headline,
                "a new story",
                "nothing",
                NotAllowed(f"{user.display_name} may not write stories"),
            )
            return
        with self.laptop.database.transaction() as ls, self.server.database.transaction() as ss:
            lrow = _article_row(ls, uuid)
            assert lrow is not None
            slug = free_slug(ss, lrow.slug)
            when = now()
            row = orm.Article(
                uuid=uuid,
                slug=slug,
                headline=lrow.headline,
                standfirst=lrow.standfirst,
                body=lrow.body,
                dateline=lrow.dateline,
                byline=lrow.byline,
                credit=lrow.credit,
                language=lrow.language,
                section_id=section_id(ls, ss, local.section, laptop_is_target=False),
                status=ArticleStatus.DRAFT.value,
                author_id=user.id,
                version=1,
                created_at=lrow.created_at,
                updated_at=when,
            )
            ss.add(row)
            ss.flush()
            set_tags(ss, row.id, local.tags)
            to_server = UserMap(fallback=user)
            copy_revisions(ls, ss, {lrow.id: row.id}, to_server)
            copy_notes(ls, ss, {lrow.id: row.id}, to_server)
            copy_links(ls, ss, {lrow.id: row.id})
            agreed = read_snapshot(ss, row)
        self.tally.created.add(uuid)
        self._align_slug(uuid)
        draft = replace(local, status=ArticleStatus.DRAFT.value, trashed=False)
        self._state(uuid, draft)
        self._rebase(uuid, agreed, 1)

    def _align_slug(self, uuid: str) -> None:
        """A story made offline whose slug the newsroom had already: both take the
        newsroom's, and the writer is told."""
        with self.server.database.transaction() as ss:
            srow = _article_row(ss, uuid)
            newsroom_slug = srow.slug if srow is not None else None
        with self.laptop.database.transaction() as ls, quiet(ls):
            lrow = _article_row(ls, uuid)
            if lrow is None or newsroom_slug is None or lrow.slug == newsroom_slug:
                return
            self.tally.renamed.append(RenamedSlug(uuid, lrow.headline, lrow.slug, newsroom_slug))
            if free_slug(ls, newsroom_slug, uuid) == newsroom_slug:
                lrow.slug = newsroom_slug

    def _deleted_on_laptop(self, uuid: str, server: Snapshot | None, base: Snapshot) -> None:
        if server is not None and server.text == base.text and server.state == base.state:
            with self.server.database.transaction() as ss:
                srow = _article_row(ss, uuid)
                assert srow is not None
                article_id, trashed = srow.id, srow.trashed_at is not None
            try:
                if not trashed:
                    self.server.articles.trash([article_id])
                self.server.articles.delete_permanently([article_id])
                self.tally.deleted.add(uuid)
            except NewsdeskError as error:
                self._refuse(uuid, server.headline, "deleted", "kept", error)
        elif server is not None:
            self.tally.kept.append(
                f"“{server.headline}” was changed in the newsroom after you deleted it "
                "offline: it stays in the newsroom"
            )
        with self.laptop.database.transaction() as ls:
            ls.execute(delete(OfflineArticle).where(OfflineArticle.article_uuid == uuid))

    def _deleted_in_newsroom(self, uuid: str, local: Snapshot, base: Snapshot) -> None:
        with self.laptop.database.transaction() as ls:
            ls.execute(delete(OfflineArticle).where(OfflineArticle.article_uuid == uuid))
            if local.text == base.text and local.state == base.state:
                with quiet(ls):
                    ls.execute(delete(orm.Article).where(orm.Article.uuid == uuid))
                self.tally.deleted.add(uuid)
                return
        self.tally.kept.append(
            f"“{local.headline}” was deleted in the newsroom while you changed it offline: "
            "your copy goes back to the newsroom as a new draft"
        )
        self._create_on_server(uuid)

    # ---- comments ----------------------------------------------------------------------
    def comment(self, uuid: str) -> None:
        with self.laptop.database.transaction() as ls:
            off = ls.get(OfflineComment, uuid)
            lrow = ls.scalar(select(orm.Comment).where(orm.Comment.uuid == uuid))
            if off is None:
                return
            base = off.base_status
            ours = lrow.status if lrow is not None else None
            excerpt = lrow.body[:120] if lrow is not None else ""
        with self.server.database.transaction() as ss:
            srow = ss.scalar(select(orm.Comment).where(orm.Comment.uuid == uuid))
            theirs = srow.status if srow is not None else None
            server_id = srow.id if srow is not None else 0
            previous = srow.previous_status if srow is not None else None
        if theirs is None:
            with self.laptop.database.transaction() as ls, quiet(ls):
                ls.execute(delete(orm.Comment).where(orm.Comment.uuid == uuid))
                ls.execute(delete(OfflineComment).where(OfflineComment.comment_uuid == uuid))
            self.tally.comments.add(uuid)
            return
        if ours is None:  # deleted for good offline (it was in the trash)
            if theirs in (base, CommentStatus.TRASH.value):
                self._moderate(uuid, server_id, ModerationAction.TRASH, excerpt, theirs)
                self.server.moderation.delete([server_id])
                self.tally.comments.add(uuid)
            with self.laptop.database.transaction() as ls:
                ls.execute(delete(OfflineComment).where(OfflineComment.comment_uuid == uuid))
            return
        if ours != base and ours != theirs:
            if theirs == base:
                action = next(
                    (
                        a
                        for a in STATUS_ACTIONS
                        if target_state(
                            a,
                            CommentStatus(theirs),
                            CommentStatus(previous) if previous else None,
                        )
                        is CommentStatus(ours)
                    ),
                    None,
                )
                if action is not None:
                    self._moderate(uuid, server_id, action, excerpt, ours)
            else:
                history = self.server.moderation.history(server_id)
                self.tally.lost.append(
                    LostDecision(
                        uuid, excerpt, ours, theirs, history[-1].username if history else ""
                    )
                )
        self._follow_comment(uuid)

    def _moderate(
        self, uuid: str, comment_id: int, action: ModerationAction, excerpt: str, wanted: str
    ) -> None:
        try:
            self.server.moderation.moderate([comment_id], action)
            self.tally.comments.add(uuid)
        except NotAllowed as error:
            self.tally.lost.append(LostDecision(uuid, excerpt, wanted, str(error), ""))

    def _follow_comment(self, uuid: str) -> None:
        with self.server.database.transaction() as ss:
            srow = ss.scalar(select(orm.Comment).where(orm.Comment.uuid == uuid))
            assert srow is not None
            values: dict[str, Any] = {
                "status": srow.status,
                "previous_status": srow.previous_status,
                "body": srow.body,
                "original_body": srow.original_body,
            }
        with self.laptop.database.transaction() as ls, quiet(ls):
            lrow = ls.scalar(select(orm.Comment).where(orm.Comment.uuid == uuid))
            off = ls.get(OfflineComment, uuid)
            if lrow is None or off is None:
                return
            if lrow.status != values["status"]:
                self.tally.comments.add(uuid)
            for name, value in values.items():
                setattr(lrow, name, value)
            off.base_status = values["status"]


def _state_label(state: tuple[str, bool]) -> str:
    label = ArticleStatus(state[0]).label.lower()
    return f"{label}, in the trash" if state[1] else label


def sync(server: Newsroom, laptop: Newsroom, progress: Progress | None = None) -> SyncReport:
    """Send the laptop's changes and fetch the newsroom's. Cancelling (`progress.cancel()`)
    stops between two stories; what was settled stays settled, the next sync does the rest."""
    return SyncEngine(server, laptop, progress).run()


def sync_story(server: Newsroom, laptop: Newsroom, article_uuid: str) -> SyncReport:
    """Settle one story now (after resolving a "needs merge", say)."""
    engine = SyncEngine(server, laptop)
    engine.story(article_uuid)
    return engine.tally.report()
