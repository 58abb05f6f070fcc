"""What the newsroom refused of the history a laptop sent: told by name, then followed.

The newsroom's rights judge each revision, note and related link a sync sends (see
`writes.py`). Each refused one is reported once, in the report's "refused" list (a
story's revisions together), and the laptop follows the newsroom, as it does after a
refused text or workflow move, so no later sync sends it again:

- a related link or note made here is removed here; one changed here (moved, resolved,
  reopened) takes the newsroom's state again; a link removed here comes back;
- a revision is what someone wrote, and every save must stay findable: it stays in this
  computer's history, but its uuid (the id both sides match rows by) is cleared, so it
  is this computer's own from then on and never copied again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from newsdesk.domain.entities import User
from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.sync.copying import table_of
from newsdesk.services.sync.report import RefusedChange
from newsdesk.services.sync.writes import RefusedRow
from newsdesk.storage import orm
from newsdesk.storage.orm_copydesk import EditorialNote

EXCERPT = 60
LINKS = table_of(orm.RelatedLink)
NOTES = table_of(EditorialNote)
REVISIONS = table_of(orm.Revision)


@dataclass
class Retake:
    """Rows changed here that the newsroom refused: the laptop takes the newsroom's."""

    links: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)


def _quoted(text: str) -> str:
    line = " ".join(text.split())
    return f"“{line[:EXCERPT]}…”" if len(line) > EXCERPT else f"“{line}”"


def _rows(
    session: Session, table: Table, uuids: Iterable[str | None], *columns: str
) -> dict[str | None, Any]:
    """The rows `uuids` of `table` with their story's uuid (`story`) and `columns`."""
    wanted = sorted({u for u in uuids if u is not None})
    if not wanted:
        return {}
    articles = table_of(orm.Article)
    statement = (
        select(table.c.uuid, articles.c.uuid.label("story"), *(table.c[n] for n in columns))
        .join(articles, articles.c.id == table.c.article_id)
        .where(table.c.uuid.in_(wanted))
    )
    return {row.uuid: row for row in session.execute(statement)}


def describe(
    ls: Session, ss: Session, refused: Sequence[RefusedRow], user: User
) -> list[RefusedChange]:
    """The report's lines for `refused` (read before the laptop follows the newsroom)."""
    if not refused:
        return []
    by_kind: dict[tuple[str, str], list[str | None]] = defaultdict(list)
    for row in refused:
        by_kind[(row.table, row.operation)].append(row.uuid)
    here_links = _rows(
        ls,
        LINKS,
        by_kind[(LINKS.name, "insert")] + by_kind[(LINKS.name, "update")],
        "title",
        "url",
    )
    there_links = _rows(ss, LINKS, by_kind[(LINKS.name, "delete")], "title", "url")
    notes = _rows(
        ls,
        NOTES,
        by_kind[(NOTES.name, "insert")] + by_kind[(NOTES.name, "update")],
        "body",
        "resolved_at",
    )
    revisions = _rows(ls, REVISIONS, by_kind[(REVISIONS.name, "insert")], "created_at")
    found: list[tuple[str, str, str, str]] = []  # story, wanted, kept, kind
    for row in refused:
        if row.table == LINKS.name:
            link = (there_links if row.operation == "delete" else here_links).get(row.uuid)
            if link is not None:
                found.append((link.story, *_link_change(link, row.operation), "link"))
        elif row.table == NOTES.name and row.uuid in notes:
            note = notes[row.uuid]
            found.append((note.story, *_note_change(note, row.operation), "note"))
    saved: dict[str, list[datetime]] = defaultdict(list)
    for revision in revisions.values():
        saved[revision.story].append(revision.created_at)
    for story, times in saved.items():
        found.append((story, _texts(times), "this computer's history only", "revision"))
    stories = {story for story, *_rest in found}
    headlines = dict(
        ls.execute(
            select(orm.Article.uuid, orm.Article.headline).where(
                orm.Article.uuid.in_(sorted(stories))
            )
        ).all()
    )
    statuses = dict(
        ss.execute(
            select(orm.Article.uuid, orm.Article.status).where(
                orm.Article.uuid.in_(sorted(stories))
            )
        ).all()
    )
    return [
        RefusedChange(
            story,
            headlines.get(story, ""),
            wanted,
            kept,
            _reason(kind, user, statuses.get(story)),
        )
        for story, wanted, kept, kind in found
    ]


def _link_change(link: Any, operation: str) -> tuple[str, str]:
    name = _quoted(link.title or link.url or "")
    if operation == "insert":
        return f"the related link {name}", "the newsroom's links"
    if operation == "update":
        return f"your change to the related link {name}", "the newsroom's link"
    return f"the related link {name} removed", "the link"


def _note_change(note: Any, operation: str) -> tuple[str, str]:
    name = _quoted(note.body)
    if operation == "insert":
        return f"the note {name}", "the newsroom's notes"
    done = "resolved" if note.resolved_at is not None else "reopened"
    return f"the note {name} {done}", "the note as the newsroom has it"


def _texts(times: Sequence[datetime]) -> str:
    first = min(times).strftime("%Y-%m-%d %H:%M")
    if len(times) == 1:
        return f"your text saved {first} (UTC) in its history"
    return f"{len(times)} saves of your text, from {first} (UTC), in its history"


def _reason(kind: str, user: User, status: str | None) -> str:
    name = user.display_name
    where = f" while its status is “{ArticleStatus(status).label}”" if status else ""
    if kind == "revision":
        return f"the newsroom keeps no history from {name} for this story{where}"
    if kind == "note":
        return f"{name} may write only their own notes, and resolve or reopen others'"
    return f"{name} may not change this story in the newsroom{where}"


def follow(ls: Session, refused: Sequence[RefusedRow]) -> Retake:
    """The laptop follows the newsroom over `refused` (inside a quiet laptop write);
    what it must take from the newsroom again."""
    made: dict[str, list[str | None]] = defaultdict(list)
    retake = Retake()
    for row in refused:
        if row.operation == "insert":
            made[row.table].append(row.uuid)
        elif row.operation == "update" and row.uuid is not None:
            (retake.links if row.table == LINKS.name else retake.notes).add(row.uuid)
        # a removal refused: the newsroom's link is copied back with the others
    for table in (LINKS, NOTES):
        if made[table.name]:
            ls.execute(delete(table).where(table.c.uuid.in_(made[table.name])))
    if made[REVISIONS.name]:
        ls.execute(
            update(REVISIONS).where(REVISIONS.c.uuid.in_(made[REVISIONS.name])).values(uuid=None)
        )
    return retake
