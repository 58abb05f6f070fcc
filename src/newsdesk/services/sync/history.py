"""A settled batch's history, both ways, and the laptop's copies brought up to date.

Revisions, notes and related links are copied by uuid (one transaction on each side);
notes and links changed on one side since the last sync take that side's state, and
links deleted on one side are deleted on the other.

The newsroom's rights judge what the laptop sends, row by row: a batch goes in one
savepoint, and when the newsroom refuses something it goes again one row at a time
(`Writes`), so a refused link holds back nothing else. What was refused is reported by
name, and the laptop follows the newsroom over it (`history_refusals.py`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.errors import NotAllowed
from newsdesk.domain.workflow import may_edit
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.sync.changes import ChangeBatch, quiet
from newsdesk.services.sync.copying import (
    UserMap,
    copy_links,
    copy_notes,
    copy_revisions,
    delete_by_uuid,
    table_of,
)
from newsdesk.services.sync.history_refusals import Retake, describe, follow
from newsdesk.services.sync.laptop_copies import Outcome, finish_copy, write_bases
from newsdesk.services.sync.report import Tally
from newsdesk.services.sync.stories import load_stories
from newsdesk.services.sync.writes import Writes
from newsdesk.storage import orm


def _changed(entity: str, batch: ChangeBatch) -> set[str]:
    """Notes or links edited since the last sync on the side `batch` was read from."""
    return {c.entity_uuid for c in batch.changes if c.entity == entity and c.op == "update"}


class HistoryExchange:
    def __init__(self, server: Newsroom, laptop: Newsroom, tally: Tally) -> None:
        self.server = server
        self.laptop = laptop
        self.tally = tally
        self.local = ChangeBatch((), 0, ())
        self.remote = ChangeBatch((), 0, ())
        self.local_link_deletes: dict[str, set[str]] = defaultdict(set)
        self.server_link_deletes: dict[str, set[str]] = defaultdict(set)
        self.settled: dict[str, tuple[int, int]] = {}
        """uuid → (laptop id, newsroom id) of the stories settled in this sync."""

    def read_changes(self, local: ChangeBatch, remote: ChangeBatch) -> None:
        """What each side changed since the last sync (notes, links, link deletions)."""
        self.local, self.remote = local, remote
        for batch, into in ((local, self.local_link_deletes), (remote, self.server_link_deletes)):
            for change in batch.changes:
                if change.entity == "link" and change.op == "delete" and change.article_uuid:
                    into[change.article_uuid].add(change.entity_uuid)

    def finish(self, outcomes: Sequence[Outcome]) -> None:
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
            retake = self._send(
                ls, ss, lambda writes: self._send_history(ls, ss, uuids, pairs, writes)
            )
            with quiet(ls):
                self._fetch_history(ls, ss, uuids, pairs, retake)
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
                write_bases(ls, bases)

    def _send(self, ls: Session, ss: Session, send: Callable[[Writes], object]) -> Retake:
        """Run `send` (the laptop's history to the newsroom): all at once, else row by
        row when the newsroom refuses something; the refused rows are reported, the
        laptop follows the newsroom over them, and what it must take again is returned.
        People who may not write stories (moderators) send no history."""
        if not may_edit(self.server.user):
            return Retake()
        try:
            with ss.begin_nested():
                send(Writes())
            return Retake()
        except NotAllowed:
            pass  # undone: now row by row
        one_by_one = Writes(one_by_one=True)
        with ss.begin_nested():
            send(one_by_one)
        self.tally.refused += describe(ls, ss, one_by_one.refused, self.server.user)
        with quiet(ls):
            return follow(ls, one_by_one.refused)

    def _send_history(
        self,
        ls: Session,
        ss: Session,
        uuids: Sequence[str],
        pairs: dict[int, int],
        writes: Writes,
    ) -> None:
        deletes = {u for uuid in uuids for u in self.local_link_deletes.get(uuid, ())}
        writes.delete(ss, table_of(orm.RelatedLink), deletes)
        to_server = UserMap(fallback=self.server.user)
        # Changed on both sides since the last sync: the newsroom's stands.
        notes = _changed("note", self.local) - _changed("note", self.remote)
        links = _changed("link", self.local) - _changed("link", self.remote)
        copy_revisions(ls, ss, pairs, to_server, writes)
        copy_notes(ls, ss, pairs, to_server, notes, writes)
        gone = {u for uuid in uuids for u in self.server_link_deletes.get(uuid, ())}
        copy_links(ls, ss, pairs, links, gone, writes)
        ss.flush()

    def _fetch_history(
        self,
        ls: Session,
        ss: Session,
        uuids: Sequence[str],
        pairs: dict[int, int],
        retake: Retake,
    ) -> None:
        """The newsroom's history to the laptop; notes and links in `retake` (refused)
        take the newsroom's state, and links whose removal it refused come back."""
        deletes = {u for uuid in uuids for u in self.server_link_deletes.get(uuid, ())}
        delete_by_uuid(ls, orm.RelatedLink, deletes)
        back = {s: lid for lid, s in pairs.items()}
        to_laptop = UserMap(fallback=None)
        copy_revisions(ss, ls, back, to_laptop)
        copy_notes(ss, ls, back, to_laptop, _changed("note", self.remote) | retake.notes)
        copy_links(ss, ls, back, _changed("link", self.remote) | retake.links)

    def links_again(self) -> None:
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
            self._send(
                ls, ss, lambda writes: copy_links(ls, ss, pairs, gone=theirs_gone, writes=writes)
            )
            with quiet(ls):
                copy_links(ss, ls, {s: lid for lid, s in pairs.items()}, gone=ours_gone)
