"""Pictures offline: a story taken offline takes its pictures, a sync sends only those the
other side lacks.

A picture is the same thing on both sides when its bytes are (`sha256`); its number is
each database's own. References stay readable and comparable because the laptop keeps
every picture the newsroom has under the newsroom's number:

- taking stories offline copies their pictures (lead and `media:ID` in the text) under
  the newsroom's numbers; a picture made on the laptop in the way moves aside first;
- a sync first sends the pictures the newsroom lacks (bytes and renditions as they are,
  nothing decoded again), then renumbers the laptop's copies to the newsroom's numbers,
  rewriting `media:ID` in the laptop's texts, revisions and bases, so the texts the
  engine compares name the same pictures on both sides;
- after the texts are settled, the lead pictures are settled against the base each
  offline story keeps (`offline_articles.base_lead`, migration 0022): the side that
  changed it wins, and when both did the newsroom's stays and the laptop's is reported;
  pictures a story shows that the laptop lacks are fetched, and each side's record of
  which pictures a story shows is brought up to date.

Nothing here writes a change-log row on the laptop (`quiet`): renumbering is no edit.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from newsdesk.domain.errors import NotAllowed
from newsdesk.domain.media_references import picture_references, renumber_references
from newsdesk.domain.workflow import may_edit
from newsdesk.services.media.library import INLINE, LEAD, sync_inline_pictures, touch_article
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.sync.changes import quiet
from newsdesk.services.sync.copying import table_of
from newsdesk.services.sync.report import Tally
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_media import ArticlePicture, PictureRendition
from newsdesk.storage.orm_media import Picture as PictureRow
from newsdesk.storage.orm_sync import OfflineArticle

_PICTURES = table_of(PictureRow)
_RENDITIONS = table_of(PictureRendition)
_USES = table_of(ArticlePicture)
PICTURE_COLUMNS = tuple(c.name for c in _PICTURES.columns if c.name != "id")
"""What a copy of a picture takes as it is (the adder is matched on the other side)."""


@dataclass(frozen=True, slots=True)
class Lead:
    """A story's lead picture as both databases can compare it."""

    sha256: str
    caption: str = ""
    credit: str = ""
    alt: str = ""

    def to_json(self) -> dict[str, str]:
        return {
            "sha256": self.sha256,
            "caption": self.caption,
            "credit": self.credit,
            "alt": self.alt,
        }

    @classmethod
    def from_json(cls, values: Mapping[str, Any] | None) -> Lead | None:
        if not values or not isinstance(values.get("sha256"), str):
            return None
        return cls(
            values["sha256"],
            str(values.get("caption") or ""),
            str(values.get("credit") or ""),
            str(values.get("alt") or ""),
        )


# ---- reading -----------------------------------------------------------------------------
def _shas(session: Session, ids: Iterable[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for part in chunks(sorted(set(ids))):
        found.update(
            session.execute(
                select(PictureRow.id, PictureRow.sha256).where(PictureRow.id.in_(part))
            ).all()
        )
    return found


def _ids_by_sha(session: Session, shas: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for part in chunks(sorted(set(shas))):
        found.update(
            session.execute(
                select(PictureRow.sha256, PictureRow.id).where(PictureRow.sha256.in_(part))
            ).all()
        )
    return found


def _used_by(session: Session, article_ids: Sequence[int]) -> set[int]:
    """The pictures the stories `article_ids` show: recorded uses and the refs of their
    texts and their revisions (a revision taken with a story shows its pictures too)."""
    used: set[int] = set()
    for part in chunks(list(article_ids)):
        used.update(
            session.scalars(
                select(ArticlePicture.picture_id).where(ArticlePicture.article_id.in_(part))
            )
        )
        for model in (orm.Article, orm.Revision):
            owner = model.id if model is orm.Article else orm.Revision.article_id
            for body in session.scalars(
                select(model.body).where(owner.in_(part), model.body.contains("media:"))
            ):
                used.update(picture_references(body or ""))
    return used


def _leads(session: Session, article_ids: Sequence[int]) -> dict[int, Lead]:
    found: dict[int, Lead] = {}
    for part in chunks(list(article_ids)):
        rows = session.execute(
            select(
                ArticlePicture.article_id,
                PictureRow.sha256,
                ArticlePicture.caption,
                ArticlePicture.credit,
                ArticlePicture.alt,
            )
            .join(PictureRow, PictureRow.id == ArticlePicture.picture_id)
            .where(ArticlePicture.article_id.in_(part), ArticlePicture.role == LEAD)
        )
        found.update((row[0], Lead(*row[1:])) for row in rows)
    return found


# ---- copying pictures --------------------------------------------------------------------
def _copy(
    source: Session, target: Session, ids: Mapping[int, int | None], adder: int | None
) -> None:
    """Copy the pictures `ids` (source id → the number it gets in the target, or None for
    the target's next one), with their renditions; `adder` is the target's user who
    stands for having added them (None: nobody there)."""
    numbered = False
    for part in chunks(sorted(ids)):
        rows = source.execute(
            select(_PICTURES.c.id, *(_PICTURES.c[name] for name in PICTURE_COLUMNS)).where(
                _PICTURES.c.id.in_(part)
            )
        ).all()
        if not rows:
            continue
        values = []
        for row in rows:
            item = {name: getattr(row, name) for name in PICTURE_COLUMNS}
            item["added_by_id"] = adder
            if ids[row.id] is not None:
                item["id"] = ids[row.id]
                numbered = True
            values.append(item)
        for item in values:  # one by one: some carry their number, some take the next
            target.execute(insert(_PICTURES), [item])
        shas = {row.id: row.sha256 for row in rows}
        there = _ids_by_sha(target, shas.values())
        made = source.execute(select(_RENDITIONS).where(_RENDITIONS.c.picture_id.in_(part))).all()
        if made:
            target.execute(
                insert(_RENDITIONS),
                [dict(r._mapping) | {"picture_id": there[shas[r.picture_id]]} for r in made],
            )
    if numbered:
        _advance_sequence(target)


def _advance_sequence(session: Session) -> None:
    """Numbers given explicitly leave PostgreSQL's sequence behind: move it past them."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('pictures', 'id'), "
                "greatest((SELECT max(id) FROM pictures), 1))"
            )
        )


def _renumber(laptop: Session, moves: Mapping[int, int], exclude: Collection[int] = ()) -> None:
    """Give the laptop's pictures new numbers (old → new; each new one free, or the old
    number of another moved picture), rewriting every reference to them but those in the
    stories `exclude` (texts just written from the newsroom, which name its numbers)."""
    moves = {old: new for old, new in moves.items() if old != new}
    if not moves:
        return
    highest = laptop.scalar(select(func.max(PictureRow.id))) or 0
    spare = max(highest, *moves.values()) + 1
    aside = {old: spare + n for n, old in enumerate(sorted(moves))}
    _move(laptop, aside)
    _move(laptop, {aside[old]: new for old, new in moves.items()})
    _advance_sequence(laptop)
    _rewrite_texts(laptop, moves, exclude)


def _move(laptop: Session, moves: Mapping[int, int]) -> None:
    """Each picture `old` to the free number `new`, with its renditions and uses."""
    for old, new in moves.items():
        row = laptop.execute(select(_PICTURES).where(_PICTURES.c.id == old)).one()
        made = laptop.execute(select(_RENDITIONS).where(_RENDITIONS.c.picture_id == old)).all()
        uses = laptop.execute(select(_USES).where(_USES.c.picture_id == old)).all()
        laptop.execute(delete(_USES).where(_USES.c.picture_id == old))
        laptop.execute(delete(_RENDITIONS).where(_RENDITIONS.c.picture_id == old))
        laptop.execute(delete(_PICTURES).where(_PICTURES.c.id == old))
        kept = {k: v for k, v in row._mapping.items() if k in PICTURE_COLUMNS}
        laptop.execute(insert(_PICTURES), [kept | {"id": new}])
        if made:
            laptop.execute(
                insert(_RENDITIONS), [dict(r._mapping) | {"picture_id": new} for r in made]
            )
        if uses:
            laptop.execute(insert(_USES), [dict(u._mapping) | {"picture_id": new} for u in uses])


def _rewrite_texts(
    laptop: Session, moves: Mapping[int, int], exclude: Collection[int] = ()
) -> None:
    """`media:OLD` → `media:NEW` in the laptop's stories, revisions and offline bases,
    but for the stories `exclude` (their text and base)."""
    skipped = set(exclude)
    skipped_uuids: set[str] = set()
    for part in chunks(sorted(skipped)):
        skipped_uuids.update(
            laptop.scalars(select(orm.Article.uuid).where(orm.Article.id.in_(part)))
        )
    for model in (orm.Article, orm.Revision):
        rows = laptop.execute(
            select(model.id, model.body).where(model.body.contains("media:"))
        ).all()
        for row_id, body in rows:
            if model is orm.Article and row_id in skipped:
                continue
            changed = renumber_references(body, moves)
            if changed != body:
                laptop.execute(update(model).where(model.id == row_id).values(body=changed))
    for offline in laptop.scalars(select(OfflineArticle)):
        if offline.article_uuid in skipped_uuids:
            continue
        for name in ("base", "theirs"):
            values = getattr(offline, name)
            if values and "media:" in str(values.get("body") or ""):
                setattr(
                    offline, name, values | {"body": renumber_references(values["body"], moves)}
                )


def _make_room(
    server: Session, laptop: Session, wanted: Mapping[int, str], exclude: Collection[int] = ()
) -> None:
    """Free the newsroom's numbers `wanted` (id → sha256) on the laptop: pictures the
    laptop holds under another number move to it, and a laptop picture sitting on one of
    them moves aside (past both databases' highest number)."""
    have = _ids_by_sha(laptop, wanted.values())
    moves = {have[sha]: server_id for server_id, sha in wanted.items() if sha in have}
    sitting = _shas(laptop, wanted)
    moving = set(moves)
    highest = max(
        laptop.scalar(select(func.max(PictureRow.id))) or 0,
        server.scalar(select(func.max(PictureRow.id))) or 0,
    )
    for server_id, sha in sitting.items():
        if server_id not in moving and sha != wanted[server_id]:
            highest += 1
            moves[server_id] = highest
    _renumber(laptop, moves, exclude)


def take_pictures(server: Session, laptop: Session, server_ids: Sequence[int]) -> int:
    """In a take-offline batch's transactions, before its stories are copied: copy the
    pictures the newsroom stories `server_ids` show that the laptop lacks, under the
    newsroom's numbers (a laptop picture in the way moves aside, its references with
    it); the number of pictures copied."""
    wanted = _shas(server, _used_by(server, server_ids))
    if not wanted:
        return 0
    _make_room(server, laptop, wanted)
    present = set(_shas(laptop, wanted))
    missing: dict[int, int | None] = {i: i for i in wanted if i not in present}
    _copy(server, laptop, missing, adder=None)
    return len(missing)


def take_picture_uses(
    server: Session, laptop: Session, server_ids: Sequence[int], taken: Collection[str]
) -> None:
    """After the batch's stories are copied: the lead and inline uses of those copied now
    (`taken`, by uuid), and the lead each starts from (its base)."""
    uuids = dict(
        server.execute(
            select(orm.Article.id, orm.Article.uuid).where(orm.Article.id.in_(list(server_ids)))
        ).all()
    )
    local = dict(
        laptop.execute(
            select(orm.Article.uuid, orm.Article.id).where(
                orm.Article.uuid.in_(list(uuids.values()))
            )
        ).all()
    )
    fresh_ids = [i for i, uuid in uuids.items() if uuid in taken and uuid in local]
    uses = server.execute(select(_USES).where(_USES.c.article_id.in_(fresh_ids))).all()
    fresh = [dict(u._mapping) | {"article_id": local[uuids[u.article_id]]} for u in uses]
    if fresh:
        laptop.execute(insert(_USES), fresh)
    for server_id, lead in _leads(server, fresh_ids).items():
        laptop.execute(
            update(OfflineArticle)
            .where(OfflineArticle.article_uuid == uuids[server_id])
            .values(base_lead=lead.to_json())
        )


# ---- syncing -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PicturesSent:
    """What `send_pictures` did: how many pictures the newsroom took, and the laptop's
    numbers (after renumbering) of those it refused, which no text may carry there."""

    sent: int = 0
    unsent: frozenset[int] = frozenset()


def send_pictures(server: Newsroom, laptop: Newsroom, tally: Tally | None = None) -> PicturesSent:
    """Send the newsroom the laptop's pictures it lacks (by sha256), then renumber the
    laptop's pictures to the newsroom's numbers. Pictures the newsroom does not take (the
    person may not add pictures, or it refuses them) stay here, reported, numbered past
    the newsroom's so the texts fetched now name no picture of ours; the stories naming
    them are the caller's to hold back (`held_back`), as the newsroom will give those
    numbers to pictures of its own. A batch refused because someone added one of the
    same pictures meanwhile (its sha256 is unique) is read again and sent once more."""
    with laptop.database.transaction() as ls:
        mine = dict(ls.execute(select(PictureRow.id, PictureRow.sha256)).all())
    if not mine:
        return PicturesSent()
    refusal = ""
    lacking: list[int] = []
    highest = 0
    with server.database.transaction() as ss:
        for attempt in range(2):
            refusal = ""
            theirs = _ids_by_sha(ss, mine.values())
            lacking = [i for i, sha in mine.items() if sha not in theirs]
            highest = ss.scalar(select(func.max(PictureRow.id))) or 0
            if not lacking:
                break
            if not may_edit(server.user):
                refusal = f"{server.user.display_name} may not add pictures to the newsroom"
                break
            try:
                with ss.begin_nested(), laptop.database.transaction() as ls:
                    _copy(ls, ss, dict.fromkeys(lacking), server.user.id)
                theirs = _ids_by_sha(ss, mine.values())
                break
            except IntegrityError as error:  # the same picture added meanwhile: read again
                refusal = f"the newsroom refused them ({_first_line(error)})"
                if attempt:
                    break
            except (DBAPIError, NotAllowed) as error:
                refusal = f"the newsroom refused them ({_first_line(error)})"
                break
    unsent: frozenset[int] = frozenset()
    if refusal:
        if tally is not None:
            tally.kept.append(
                f"{len(lacking)} picture(s) made offline stay on this computer: {refusal}"
            )
        with laptop.database.transaction() as ls, quiet(ls):
            top = max(highest, ls.scalar(select(func.max(PictureRow.id))) or 0)
            in_the_way = sorted(i for i in lacking if i <= highest)
            moves = {old: top + 1 + n for n, old in enumerate(in_the_way)}
            _renumber(ls, moves)
            unsent = frozenset(moves.get(i, i) for i in lacking)
    with laptop.database.transaction() as ls, quiet(ls):
        _renumber(ls, {i: theirs[sha] for i, sha in mine.items() if sha in theirs})
    return PicturesSent(0 if refusal else len(lacking), unsent)


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def held_back(laptop: Newsroom, unsent: Collection[int]) -> set[str]:
    """The laptop's stories (uuids) whose text, lead or recorded pictures name one of the
    pictures the newsroom did not take (`unsent`): their texts must not go there."""
    if not unsent:
        return set()
    numbers = set(unsent)
    held: set[str] = set()
    with laptop.database.transaction() as ls:
        for part in chunks(sorted(numbers)):
            held.update(
                ls.scalars(
                    select(orm.Article.uuid)
                    .join(ArticlePicture, ArticlePicture.article_id == orm.Article.id)
                    .where(ArticlePicture.picture_id.in_(part))
                )
            )
        for uuid, body in ls.execute(
            select(orm.Article.uuid, orm.Article.body).where(orm.Article.body.contains("media:"))
        ):
            if numbers & set(picture_references(body or "")):
                held.add(uuid)
    return held


def settle_pictures(
    server: Newsroom,
    laptop: Newsroom,
    tally: Tally,
    changed: Collection[str] = (),
    held: Collection[str] = (),
) -> None:
    """After the texts: fetch the pictures the laptop lacks that its stories now show,
    settle the lead pictures, and bring the record of which pictures a story shows up to
    date on the side its text was written to (`tally`: the stories sent and fetched).

    Setting a lead picture touches its story, so the change logs name the stories whose
    lead may have changed (`changed`, either side); the laptop's leads are compared with
    their bases here. Only those stories are read in the newsroom. Stories `held` back
    (they name pictures the newsroom refused) are left as they are on both sides."""
    with laptop.database.transaction() as ls:
        offline: dict[str, dict[str, Any] | None] = {
            uuid: base
            for uuid, base in ls.execute(
                select(OfflineArticle.article_uuid, OfflineArticle.base_lead)
            )
        }
        if not offline:
            return
        mine = _leads_by_uuid(ls, None)
    bases = {uuid: Lead.from_json(base) for uuid, base in offline.items()}
    to_laptop = tally.pulled | tally.merged
    to_server = tally.pushed | tally.merged | tally.created
    named = set(changed) | to_laptop | to_server
    named |= {uuid for uuid, base in bases.items() if mine.get(uuid) != base}
    asked = sorted((named & bases.keys()) - set(held))
    theirs: dict[str, Lead] = {}
    with server.database.transaction() as ss:
        for part in chunks(asked):
            theirs.update(_leads_by_uuid(ss, part))
    work = [
        uuid
        for uuid in asked
        if not (mine.get(uuid) == theirs.get(uuid) == bases[uuid])
        or uuid in to_laptop
        or uuid in to_server
    ]
    for part in chunks(work):
        _settle_batch(server, laptop, tally, {u: bases[u] for u in part}, to_laptop, to_server)


def _leads_by_uuid(session: Session, uuids: Sequence[str] | None) -> dict[str, Lead]:
    """The lead pictures of the stories `uuids` (None: of every story), by story uuid."""
    statement = (
        select(
            orm.Article.uuid,
            PictureRow.sha256,
            ArticlePicture.caption,
            ArticlePicture.credit,
            ArticlePicture.alt,
        )
        .join(ArticlePicture, ArticlePicture.article_id == orm.Article.id)
        .join(PictureRow, PictureRow.id == ArticlePicture.picture_id)
        .where(ArticlePicture.role == LEAD)
    )
    if uuids is not None:
        statement = statement.where(orm.Article.uuid.in_(list(uuids)))
    return {row[0]: Lead(*row[1:]) for row in session.execute(statement)}


def _article_ids(session: Session, uuids: Collection[str]) -> dict[str, int]:
    return dict(
        session.execute(
            select(orm.Article.uuid, orm.Article.id).where(orm.Article.uuid.in_(list(uuids)))
        ).all()
    )


def _lacking(ss: Session, ls: Session, shown: set[int], leads: Iterable[Lead]) -> dict[int, str]:
    """The newsroom's pictures (id → sha256) the laptop lacks among those numbered in
    texts just written to it (`shown`) and the newsroom's lead pictures. A number is
    judged by its bytes: a laptop picture of its own under it is not the newsroom's."""
    have = _shas(ls, shown)
    wanted = {i: sha for i, sha in _shas(ss, shown).items() if have.get(i) != sha}
    shas = {lead.sha256 for lead in leads}
    missing = shas - set(_ids_by_sha(ls, shas))
    wanted.update((i, sha) for sha, i in _ids_by_sha(ss, missing).items())
    return wanted


def _settle_batch(
    server: Newsroom,
    laptop: Newsroom,
    tally: Tally,
    bases: Mapping[str, Lead | None],
    to_laptop: set[str],
    to_server: set[str],
) -> None:
    # The newsroom commits first (the inner block ends first): should it fail, the laptop
    # rolls back too and keeps its base, so the next sync still sees its lead change.
    with laptop.database.transaction() as ls, server.database.transaction() as ss:
        theirs_ids = _article_ids(ss, bases)
        mine_ids = _article_ids(ls, bases)
        both = [u for u in bases if u in theirs_ids and u in mine_ids]
        written = [mine_ids[u] for u in both if u in to_laptop]
        shown: set[int] = set()
        for part in chunks(written):
            for body in ls.scalars(select(orm.Article.body).where(orm.Article.id.in_(part))):
                shown.update(picture_references(body or ""))
        theirs = _leads(ss, [theirs_ids[u] for u in both])
        lacking = _lacking(ss, ls, shown, theirs.values())
        with quiet(ls):
            if lacking:
                _make_room(ss, ls, lacking, exclude=written)
                present = _shas(ls, lacking)  # some moved here under their number
                _copy(
                    ss,
                    ls,
                    {i: i for i, sha in lacking.items() if present.get(i) != sha},
                    adder=None,
                )
            mine = _leads(ls, [mine_ids[u] for u in both])
            for uuid in both:
                base = bases[uuid]
                server_lead = theirs.get(theirs_ids[uuid])
                laptop_lead = mine.get(mine_ids[uuid])
                agreed = server_lead
                if laptop_lead != server_lead:
                    if laptop_lead == base:
                        _set_lead(ls, mine_ids[uuid], server_lead)
                    elif server_lead == base:
                        agreed = _send_lead(server, ss, theirs_ids[uuid], laptop_lead, uuid, tally)
                        if agreed != laptop_lead:
                            _set_lead(ls, mine_ids[uuid], agreed)
                    else:
                        tally.kept.append(
                            f"Story {uuid}: the lead picture was changed on both sides; "
                            "the newsroom's stays"
                        )
                        _set_lead(ls, mine_ids[uuid], server_lead)
                if agreed != base:
                    ls.execute(
                        update(OfflineArticle)
                        .where(OfflineArticle.article_uuid == uuid)
                        .values(base_lead=agreed.to_json() if agreed else None)
                    )
            _record_inline(ls, written)
        sent = [theirs_ids[u] for u in both if u in to_server]
        try:
            with ss.begin_nested():
                _record_inline(ss, sent)
        except (DBAPIError, NotAllowed):
            for article_id in sent:  # story by story: the ones the newsroom lets us change
                try:
                    with ss.begin_nested():
                        _record_inline(ss, [article_id])
                except (DBAPIError, NotAllowed):
                    pass  # a story this person may not change keeps its record


def _record_inline(session: Session, article_ids: Sequence[int]) -> None:
    """Bring the record of which library pictures the stories' texts show up to date,
    writing only where it is out of date (a few queries for the lot)."""
    for part in chunks(list(article_ids)):
        shown = {
            article_id: set(picture_references(body or ""))
            for article_id, body in session.execute(
                select(orm.Article.id, orm.Article.body).where(orm.Article.id.in_(part))
            )
        }
        recorded: dict[int, set[int]] = {article_id: set() for article_id in shown}
        for article_id, picture_id in session.execute(
            select(ArticlePicture.article_id, ArticlePicture.picture_id).where(
                ArticlePicture.article_id.in_(part), ArticlePicture.role == INLINE
            )
        ):
            recorded.setdefault(article_id, set()).add(picture_id)
        named = set().union(*shown.values()) if shown else set()
        existing = set(_shas(session, named))
        for article_id, refs in shown.items():
            if refs & existing != recorded[article_id]:
                sync_inline_pictures(session, article_id, _body(session, article_id))


def _body(session: Session, article_id: int) -> str:
    return session.scalar(select(orm.Article.body).where(orm.Article.id == article_id)) or ""


def _set_lead(session: Session, article_id: int, lead: Lead | None) -> Lead | None:
    """Make `lead` the story's lead picture in this database (the picture is there)."""
    session.execute(
        delete(ArticlePicture).where(
            ArticlePicture.article_id == article_id, ArticlePicture.role == LEAD
        )
    )
    if lead is None:
        return None
    picture = _ids_by_sha(session, [lead.sha256]).get(lead.sha256)
    if picture is None:
        return None
    session.add(
        ArticlePicture(
            article_id=article_id,
            role=LEAD,
            picture_id=picture,
            caption=lead.caption,
            credit=lead.credit,
            alt=lead.alt,
        )
    )
    session.flush()
    return lead


def _send_lead(
    server: Newsroom, ss: Session, article_id: int, lead: Lead | None, uuid: str, tally: Tally
) -> Lead | None:
    """The laptop's lead picture to the newsroom, as its rights allow (the same rule as
    MediaService.set_lead, which a SQLite newsroom does not enforce by itself); what it
    now has. A lead set here touches the story, so other laptops' syncs see it."""
    refused = f"Story {uuid}: the newsroom did not take the lead picture set offline"
    if not may_edit(server.user):
        tally.kept.append(f"{refused}: {server.user.display_name} may not change pictures")
        return _leads(ss, [article_id]).get(article_id)
    try:
        with ss.begin_nested():
            agreed = _set_lead(ss, article_id, lead)
            touch_article(ss, article_id)
            return agreed
    except (DBAPIError, NotAllowed):  # the newsroom's rights (row-level security, grants)
        tally.kept.append(refused)
        return _leads(ss, [article_id]).get(article_id)


__all__ = [
    "INLINE",
    "Lead",
    "PicturesSent",
    "held_back",
    "send_pictures",
    "settle_pictures",
    "take_pictures",
]
