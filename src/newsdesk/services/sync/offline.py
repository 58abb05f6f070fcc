"""Taking stories (with their history, notes, links, sections and pictures) and comments
offline.

Copies keep every uuid, so the laptop's rows and the newsroom's are the same things.
Each batch of stories is one laptop transaction, written quietly (no change-log rows:
nothing here is a local change to send back), with the base each story was taken from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import VALUE_FIELDS
from newsdesk.domain.enums import CommentStatus
from newsdesk.services.article_views import SavedView
from newsdesk.services.articles import ArticleQuery
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing.progress import Cancelled, Progress
from newsdesk.services.rows import tag_ids, tags_by_article
from newsdesk.services.sync.changes import quiet
from newsdesk.services.sync.copying import (
    UserMap,
    copy_links,
    copy_notes,
    copy_revisions,
    free_slug,
    now,
    section_id,
    table_of,
)
from newsdesk.services.sync.pictures import take_picture_uses, take_pictures
from newsdesk.services.sync.plan_items import take_plan_items
from newsdesk.services.sync.replica import check_pair, ensure_replica
from newsdesk.services.sync.snapshot import Snapshot
from newsdesk.services.sync.stories import FOLLOWED, section_uuids
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.orm_sync import OfflineArticle, OfflineComment


@dataclass(frozen=True, slots=True)
class PendingComments:
    """The pending comment queue (oldest first), optionally only its first `limit`."""

    limit: int | None = None


@dataclass(frozen=True, slots=True)
class NamedStories:
    """Stories as a script names them: each by its id, UUID or slug in the newsroom."""

    references: tuple[str, ...]


Selection = Sequence[int] | SavedView | PendingComments | NamedStories
"""Newsroom story ids, a saved view, the pending comment queue, or stories by name."""


@dataclass(frozen=True, slots=True)
class OfflineReport:
    taken: tuple[str, ...]
    """UUIDs of the stories copied now."""
    already_there: tuple[str, ...]
    """UUIDs of the stories selected that had a copy here already (a sync updates them)."""
    comments: int
    plan_items: tuple[str, ...] = ()
    """UUIDs of the plan items copied now (with "My assignments": the owner's items)."""

    @property
    def stories(self) -> int:
        return len(self.taken)

    @property
    def already_offline(self) -> int:
        return len(self.already_there)


ARTICLE_COLUMNS = ("uuid", *VALUE_FIELDS, *FOLLOWED, "version", "created_at", "updated_at")
"""What a story's copy takes as it is (its slug, section, author and tags are matched to
the laptop's own)."""


def copy_to_laptop(
    server: Session, laptop: Session, ids: Sequence[int], users: UserMap
) -> tuple[list[str], list[str]]:
    """Copy the newsroom stories `ids` the laptop lacks; (the UUIDs copied, those the
    laptop had already).

    Columns only (no ORM objects) and one multi-row insert per table."""
    articles = table_of(orm.Article)
    rows = server.execute(
        select(
            articles.c.id,
            articles.c.slug,
            articles.c.section_id,
            articles.c.author_id,
            *(articles.c[name] for name in ARTICLE_COLUMNS),
        ).where(articles.c.id.in_(list(ids)))
    ).all()
    present = set(
        laptop.scalars(select(orm.Article.uuid).where(orm.Article.uuid.in_([r.uuid for r in rows])))
    )
    fresh = [r for r in rows if r.uuid not in present]
    already = [r.uuid for r in rows if r.uuid in present]
    if not fresh:
        return [], already
    sections = section_uuids(server, (r.section_id for r in fresh))
    local_sections: dict[str, int | None] = {}
    tags = tags_by_article(server, [r.id for r in fresh])
    taken = set(
        laptop.scalars(
            select(orm.Article.slug).where(orm.Article.slug.in_([r.slug for r in fresh]))
        )
    )
    users.prefetch(server, laptop, (r.author_id for r in fresh))
    values: list[dict[str, Any]] = []
    for row in fresh:
        section = sections.get(row.section_id) if row.section_id else None
        if section is not None and section not in local_sections:
            local_sections[section] = section_id(server, laptop, section, laptop_is_target=True)
        item = {name: getattr(row, name) for name in ARTICLE_COLUMNS}
        item["slug"] = free_slug(laptop, row.slug, row.uuid) if row.slug in taken else row.slug
        item["section_id"] = local_sections.get(section) if section else None
        item["author_id"] = users.map(server, laptop, row.author_id)
        values.append(item)
    laptop.execute(insert(articles), values)
    local_ids = dict(
        laptop.execute(
            select(orm.Article.uuid, orm.Article.id).where(
                orm.Article.uuid.in_([r.uuid for r in fresh])
            )
        ).all()
    )
    mapping = {row.id: local_ids[row.uuid] for row in fresh}
    all_tags = {name for names in tags.values() for name in names}
    tag_id = tag_ids(laptop, all_tags)
    article_tags = [
        {"article_id": mapping[article_id], "tag_id": tag_id[name], "position": position}
        for article_id, names in tags.items()
        if article_id in mapping
        for position, name in enumerate(dict.fromkeys(names))
    ]
    if article_tags:
        laptop.execute(insert(table_of(orm.ArticleTag)), article_tags)
    copy_revisions(server, laptop, mapping, users)
    copy_notes(server, laptop, mapping, users)
    taken_at = now()
    laptop.execute(
        insert(table_of(OfflineArticle)),
        [
            {
                "article_uuid": row.uuid,
                "base_version": row.version,
                "base": Snapshot.of_row(
                    row,
                    sections.get(row.section_id) if row.section_id else None,
                    tags.get(row.id, ()),
                ).to_json(),
                "needs_merge": False,
                "taken_at": taken_at,
            }
            for row in fresh
        ],
    )
    return [r.uuid for r in fresh], already


def _story_ids(server: Newsroom, selection: Selection) -> tuple[list[int], list[int]]:
    """(story ids, comment ids) the selection names on the newsroom."""
    if isinstance(selection, SavedView):
        return server.articles.list_ids(ArticleQuery(view=selection)), []
    if isinstance(selection, NamedStories):
        return list(dict.fromkeys(server.articles.resolve_ids(selection.references))), []
    if isinstance(selection, PendingComments):
        with server.database.transaction() as session:
            statement = (
                select(orm.Comment.id, orm.Comment.article_id)
                .where(orm.Comment.status == CommentStatus.PENDING.value)
                .order_by(orm.Comment.submitted_at, orm.Comment.id)
            )
            if selection.limit is not None:
                statement = statement.limit(selection.limit)
            rows = session.execute(statement).all()
        return list(dict.fromkeys(a for _c, a in rows)), [c for c, _a in rows]
    return list(dict.fromkeys(selection)), []


def take_offline(
    server: Newsroom, laptop: Newsroom, selection: Selection, progress: Progress | None = None
) -> OfflineReport:
    """Copy the selected stories (or the pending comments and their stories) to the
    laptop's database. Stories already offline are left as they are (a sync updates them).

    `progress` counts stories and comments, in batches of 500; `progress.cancel()` (from
    any thread) stops the copy after the batch in hand: the stories copied so far stay
    offline, with their links, and `Cancelled` is raised. Taking the same selection
    offline again copies the rest."""
    progress = progress or Progress()
    check_pair(server, laptop)
    story_ids, comment_ids = _story_ids(server, selection)  # a story not found: nothing written
    ensure_replica(server, laptop)
    progress.start(len(story_ids) + len(comment_ids), "Taking stories offline")
    users = UserMap(fallback=None)
    copied: list[str] = []
    skipped: list[str] = []
    handled: list[int] = []
    try:
        for part in chunks(story_ids):
            with (
                server.database.transaction() as source,
                laptop.database.transaction() as target,
                quiet(target),
            ):
                take_pictures(source, target, part)
                taken, already = copy_to_laptop(source, target, part, users)
                take_picture_uses(source, target, part, taken)
            handled += part
            copied += taken
            skipped += already
            progress.step(len(part))
    except Cancelled:
        _copy_links(server, laptop, handled)
        raise
    _copy_links(server, laptop, handled)  # last: a story may link to a later one
    comments = _copy_comments(server, laptop, comment_ids, progress)
    plans = take_plan_items(server, laptop) if selection is SavedView.MY_ASSIGNMENTS else ()
    return OfflineReport(
        taken=tuple(copied), already_there=tuple(skipped), comments=comments, plan_items=plans
    )


def _copy_links(server: Newsroom, laptop: Newsroom, story_ids: Sequence[int]) -> None:
    for part in chunks(story_ids):
        with server.database.transaction() as source, laptop.database.transaction() as target:
            ids = dict(
                source.execute(
                    select(orm.Article.id, orm.Article.uuid).where(orm.Article.id.in_(list(part)))
                ).all()
            )
            present = dict(
                target.execute(
                    select(orm.Article.uuid, orm.Article.id).where(
                        orm.Article.uuid.in_(list(ids.values()))
                    )
                ).all()
            )
            with quiet(target):
                copy_links(source, target, {i: present[u] for i, u in ids.items() if u in present})


COMMENT_COLUMNS = (
    "uuid",
    "author_name",
    "author_email",
    "author_url",
    "body",
    "status",
    "submitted_at",
    "ip",
    "spam_score",
    "reasons",
    "original_body",
    "edited_at",
    "previous_status",
    "newsroom_reply",
    "kind",
)


def _copy_comments(
    server: Newsroom, laptop: Newsroom, comment_ids: list[int], progress: Progress
) -> int:
    copied = 0
    for part in chunks(comment_ids):
        with server.database.transaction() as source, laptop.database.transaction() as target:
            rows = source.execute(
                select(orm.Comment, orm.Article.uuid)
                .join(orm.Article, orm.Article.id == orm.Comment.article_id)
                .where(orm.Comment.id.in_(list(part)))
            ).all()
            present = set(
                target.scalars(
                    select(orm.Comment.uuid).where(orm.Comment.uuid.in_([c.uuid for c, _ in rows]))
                )
            )
            articles = dict(
                target.execute(
                    select(orm.Article.uuid, orm.Article.id).where(
                        orm.Article.uuid.in_([u for _c, u in rows])
                    )
                ).all()
            )
            parents = dict(
                source.execute(
                    select(orm.Comment.id, orm.Comment.uuid).where(
                        orm.Comment.id.in_([c.parent_id for c, _ in rows if c.parent_id])
                    )
                ).all()
            )
            local_parents = dict(
                target.execute(
                    select(orm.Comment.uuid, orm.Comment.id).where(
                        orm.Comment.uuid.in_(list(parents.values()))
                    )
                ).all()
            )
            fresh = [(c, u) for c, u in rows if c.uuid not in present and u in articles]
            if fresh:
                with quiet(target):
                    target.execute(
                        insert(orm.Comment),
                        [
                            {name: getattr(c, name) for name in COMMENT_COLUMNS}
                            | {
                                "article_id": articles[u],
                                "parent_id": local_parents.get(parents.get(c.parent_id or 0, "")),
                            }
                            for c, u in fresh
                        ],
                    )
                    target.execute(
                        insert(OfflineComment),
                        [
                            {"comment_uuid": c.uuid, "base_status": c.status, "base_body": c.body}
                            for c, _u in fresh
                        ],
                    )
                copied += len(fresh)
        progress.step(len(part))
    return copied
