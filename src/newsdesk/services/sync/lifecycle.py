"""Stories on one side only, and the state moves a sync sends.

A story written offline goes to the newsroom as a new draft (its slug made unique, the
writer told); a story deleted on one side goes on the other unless it changed there
since (then it is kept, and said so); workflow and trash moves go through the
newsroom's services, so its rights apply, and a refused one is reported.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete, update

from newsdesk.domain.entities import VALUE_FIELDS
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput, NewsdeskError, NotAllowed
from newsdesk.domain.workflow import may_edit
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.rows import set_article_tags
from newsdesk.services.sync.changes import quiet
from newsdesk.services.sync.copying import (
    UserMap,
    copy_links,
    copy_notes,
    copy_revisions,
    free_slug,
    now,
    section_id,
)
from newsdesk.services.sync.laptop_copies import OfflineBase, Outcome
from newsdesk.services.sync.report import RenamedSlug, Tally
from newsdesk.services.sync.snapshot import Snapshot, read_snapshot
from newsdesk.services.sync.stories import FOLLOWED, StoryState
from newsdesk.storage import orm
from newsdesk.storage.orm_sync import OfflineArticle


def _state_label(state: tuple[str, bool]) -> str:
    label = ArticleStatus(state[0]).label.lower()
    return f"{label}, in the trash" if state[1] else label


class StoryLifecycle:
    def __init__(self, server: Newsroom, laptop: Newsroom, tally: Tally) -> None:
        self.server = server
        self.laptop = laptop
        self.tally = tally
        self.created_any = False
        """A story reached the newsroom in this sync (links to it go once more at the end)."""

    def settle(
        self,
        uuid: str,
        local: StoryState | None,
        server: StoryState | None,
        bases: dict[str, OfflineBase],
    ) -> Outcome | None:
        """A story missing from one side: deleted there, or new on the laptop."""
        offline = bases.get(uuid)
        if local is None:
            if offline is not None:
                self._deleted_on_laptop(uuid, server, offline.base)
            return None
        if offline is None:
            return self._create_on_server(uuid, local)
        return self._deleted_in_newsroom(uuid, local, offline.base)

    # ---- state: workflow and trash -----------------------------------------------------
    def move_state(self, uuid: str, local: StoryState, server: StoryState, base: Snapshot) -> None:
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
        try:
            server = self._write_new_story(uuid, local)
        except NotAllowed as error:  # e.g. in a section made here, which it may not add
            self.tally.refuse(uuid, local.headline, "a new story", "nothing", str(error))
            return None
        self.tally.created.add(uuid)
        self.created_any = True
        local = self.align_slug(uuid, local, server)
        draft = replace(local.snapshot, status=ArticleStatus.DRAFT.value, trashed=False)
        self.move_state(uuid, local, server, draft)
        return Outcome(uuid, local, server.snapshot, 1)

    def _write_new_story(self, uuid: str, local: StoryState) -> StoryState:
        """The laptop's story as a new draft in the newsroom, with its history: all of
        it, or nothing when the newsroom refuses any of it."""
        user = self.server.user
        with self.laptop.database.transaction() as ls, self.server.database.transaction() as ss:
            lrow = ls.get(orm.Article, local.id)
            assert lrow is not None
            row = orm.Article(
                uuid=uuid,
                slug=free_slug(ss, lrow.slug),
                **{name: getattr(lrow, name) for name in VALUE_FIELDS},
                section_id=section_id(ls, ss, local.snapshot.section, laptop_is_target=False),
                status=ArticleStatus.DRAFT.value,
                author_id=user.id,
                version=1,
                created_at=lrow.created_at,
                updated_at=now(),
            )
            ss.add(row)
            ss.flush()
            set_article_tags(ss, row.id, local.snapshot.tags)
            to_server = UserMap(fallback=user)
            copy_revisions(ls, ss, {lrow.id: row.id}, to_server)
            copy_notes(ls, ss, {lrow.id: row.id}, to_server)
            copy_links(ls, ss, {lrow.id: row.id})
            agreed = read_snapshot(ss, row)
            return StoryState(row.id, uuid, row.slug, 1, agreed, {n: None for n in FOLLOWED})

    def align_slug(self, uuid: str, local: StoryState, server: StoryState) -> StoryState:
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
