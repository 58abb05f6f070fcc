"""From a story's database rows to the domain's values, and back: one mapping for every
service (the editor's reads and saves, workflow, locks, revisions, the site export, the
WordPress export and import, the demo and the offline sync).

Reads for many stories at once (`tags_by_article`, `links_by_article`) cost one query
per part of `VALUES_PER_QUERY` stories; the one-story reads are the same queries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import (
    TEXT_FIELDS,
    VALUE_FIELDS,
    Article,
    ArticleEdit,
    RelatedLink,
    Revision,
)
from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.sections import section_path
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks

_JOINED = frozenset(
    {"section_name", "section_slug", "section_path", "tags", "author", "related_links"}
)
"""An `Article`'s fields read from other tables; the rest are the story row's columns of
the same name (its status as the enum)."""
_COLUMNS = tuple(f.name for f in fields(Article) if f.name not in _JOINED | {"status"})


def article_from_row(
    row: orm.Article,
    *,
    author: str,
    tags: tuple[str, ...],
    related_links: tuple[RelatedLink, ...],
    section_name: str = "",
    section_slug: str = "",
    section_path: tuple[str, ...] = (),
) -> Article:
    """The story of `row`, given what other tables hold of it (a batch reads those for
    many stories at once)."""
    return Article(
        **{name: getattr(row, name) for name in _COLUMNS},
        status=ArticleStatus(row.status),
        author=author,
        tags=tags,
        related_links=related_links,
        section_name=section_name,
        section_slug=section_slug,
        section_path=section_path,
    )


def to_article(session: Session, row: orm.Article) -> Article:
    """The story of `row`, with its section, author, tags and links read now."""
    section = session.get(orm.Section, row.section_id) if row.section_id else None
    author = session.get(orm.User, row.author_id) if row.author_id else None
    return article_from_row(
        row,
        author=author.display_name if author else "",
        tags=article_tags(session, row.id),
        related_links=related_links(session, row.id),
        section_name=section.name if section else "",
        section_slug=section.slug if section else "",
        section_path=section_path(session, section.id) if section else (),
    )


def edit_columns(edit: ArticleEdit) -> dict[str, object]:
    """The story row's values for `edit`, as a story keeps them (its tags are kept
    beside it: `set_article_tags`)."""
    kept = edit.as_kept()
    return {name: getattr(kept, name) for name in VALUE_FIELDS} | {"section_id": kept.section_id}


# ---- tags ------------------------------------------------------------------------------
def tags_by_article(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The tags of each of the stories `ids` that has any, in their order."""
    found: dict[int, list[str]] = {}
    for part in chunks(ids):
        rows = session.execute(
            select(orm.ArticleTag.article_id, orm.Tag.name)
            .join(orm.Tag, orm.Tag.id == orm.ArticleTag.tag_id)
            .where(orm.ArticleTag.article_id.in_(part))
            .order_by(orm.ArticleTag.article_id, orm.ArticleTag.position)
        )
        for article_id, name in rows:
            found.setdefault(article_id, []).append(name)
    return {article_id: tuple(names) for article_id, names in found.items()}


def article_tags(session: Session, article_id: int) -> tuple[str, ...]:
    return tags_by_article(session, [article_id]).get(article_id, ())


def tag_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    """The ids of the tags `names`, those missing made (three statements at most)."""
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return {}
    found = dict(
        session.execute(select(orm.Tag.name, orm.Tag.id).where(orm.Tag.name.in_(wanted))).all()
    )
    missing = [n for n in wanted if n not in found]
    if missing:
        session.execute(insert(orm.Tag), [{"name": n} for n in missing])
        found.update(
            session.execute(select(orm.Tag.name, orm.Tag.id).where(orm.Tag.name.in_(missing))).all()
        )
    return found


def set_article_tags(session: Session, article_id: int, tags: Sequence[str]) -> None:
    """The story's tags become `tags`, in their order (a repeated one kept once)."""
    session.execute(delete(orm.ArticleTag).where(orm.ArticleTag.article_id == article_id))
    ids = tag_ids(session, tags)
    if ids:
        session.execute(
            insert(orm.ArticleTag),
            [
                {"article_id": article_id, "tag_id": ids[name], "position": position}
                for position, name in enumerate(dict.fromkeys(tags))
            ],
        )


# ---- related links ---------------------------------------------------------------------
def links_by_article(
    session: Session, ids: Sequence[int], *, public_only: bool = False
) -> dict[int, tuple[RelatedLink, ...]]:
    """The related links of each of the stories `ids` that has any, in their order; a
    link to a story's page takes that story's headline and standfirst where it has no
    title or summary of its own. With `public_only`, links to stories that are not on
    the public site are left out."""
    target = orm.Article.__table__.alias("target")
    found: dict[int, list[RelatedLink]] = {}
    for part in chunks(ids):
        rows = session.execute(
            select(
                orm.RelatedLink,
                target.c.slug,
                target.c.headline,
                target.c.standfirst,
                target.c.status,
                target.c.trashed_at,
            )
            .outerjoin(target, target.c.id == orm.RelatedLink.target_article_id)
            .where(orm.RelatedLink.article_id.in_(part))
            .order_by(orm.RelatedLink.article_id, orm.RelatedLink.position, orm.RelatedLink.id)
        )
        for link, slug, headline, standfirst, status, trashed_at in rows:
            internal = link.target_article_id is not None
            if public_only and internal and not _on_site(status, trashed_at):
                continue
            found.setdefault(link.article_id, []).append(
                RelatedLink(
                    id=link.id,
                    position=link.position,
                    title=link.title or headline or "",
                    summary=link.summary or standfirst or "",
                    target_article_id=link.target_article_id,
                    target_slug=slug,
                    url=link.url,
                )
            )
    return {article_id: tuple(links) for article_id, links in found.items()}


def related_links(session: Session, article_id: int) -> tuple[RelatedLink, ...]:
    return links_by_article(session, [article_id]).get(article_id, ())


def _on_site(status: str, trashed_at: object) -> bool:
    return ArticleStatus(status).is_public and trashed_at is None


# ---- revisions -------------------------------------------------------------------------
def to_revision(row: orm.Revision, author: str) -> Revision:
    return Revision(
        id=row.id,
        article_id=row.article_id,
        created_at=row.updated_at,  # an autosave burst's revision: when it was last saved
        author=author,
        reason=row.reason,
        **{name: getattr(row, name) for name in TEXT_FIELDS},
    )
