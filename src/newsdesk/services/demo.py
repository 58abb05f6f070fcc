"""The demo newsroom of resources/demo: loading it twice adds nothing twice."""

from __future__ import annotations

import tomllib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.domain.entities import TEXT_FIELDS, VALUE_FIELDS, ArticleEdit
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.resources_path import resource_path
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.rows import edit_columns, set_article_tags
from newsdesk.storage import orm
from newsdesk.storage.orm_moderation import fold_comment_deltas

DEMO_NAMESPACE = uuid.UUID("5d1c2f0e-3a7b-4e55-9a3c-6f1d0b7e2a91")


@dataclass(frozen=True, slots=True)
class DemoReport:
    sections: int
    articles: int
    comments: int


def demo_dir() -> Path:
    return resource_path("demo")


def _utc(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    raise InvalidInput(f"Expected a date and time in the demo file, got {value!r}")


def load_demo(newsroom: Newsroom, folder: Path | None = None) -> DemoReport:
    folder = folder or demo_dir()
    with (folder / "newsroom.toml").open("rb") as handle:
        data = tomllib.load(handle)
    with newsroom.database.transaction() as session:
        sections = _load_sections(session, data.get("sections", []))
        articles = _load_articles(session, folder, data.get("articles", []), newsroom.user.id)
        comments = _load_comments(session, data.get("comments", []))
        fold_comment_deltas(session, most=None)
    return DemoReport(sections=sections, articles=articles, comments=comments)


def _load_sections(session: Session, entries: list[dict[str, Any]]) -> int:
    added = 0
    for position, entry in enumerate(entries):
        if session.scalar(select(orm.Section.id).where(orm.Section.slug == entry["slug"])):
            continue
        parent_id = None
        if entry.get("parent"):
            parent_id = session.scalar(
                select(orm.Section.id).where(orm.Section.slug == entry["parent"])
            )
        session.add(
            orm.Section(
                name=entry["name"], slug=entry["slug"], parent_id=parent_id, position=position
            )
        )
        session.flush()
        added += 1
    return added


def _load_articles(
    session: Session, folder: Path, entries: list[dict[str, Any]], author_id: int
) -> int:
    added: list[tuple[orm.Article, dict[str, Any]]] = []
    for entry in entries:
        if session.scalar(select(orm.Article.id).where(orm.Article.slug == entry["slug"])):
            continue
        section_id = session.scalar(
            select(orm.Section.id).where(orm.Section.slug == entry.get("section", ""))
        )
        created = _utc(entry.get("created")) or datetime.now(UTC)
        # A story's entry names its fields as ArticleEdit does; the body is in a file.
        edit = ArticleEdit(
            **{name: entry[name] for name in VALUE_FIELDS if name in entry}
            | {
                "body": (folder / entry["file"]).read_text(encoding="utf-8").strip() + "\n",
                "section_id": section_id,
            }
        )
        row = orm.Article(
            uuid=str(uuid.uuid5(DEMO_NAMESPACE, "article:" + entry["slug"])),
            slug=entry["slug"],
            **edit_columns(edit),
            status=ArticleStatus(entry.get("status", "draft")).value,
            correction_note=entry.get("correction_note", ""),
            author_id=author_id,
            version=1,
            created_at=created,
            updated_at=_utc(entry.get("updated")) or created,
            published_at=_utc(entry.get("published")),
        )
        session.add(row)
        session.flush()
        set_article_tags(session, row.id, entry.get("tags", []))
        revision = orm.Revision(
            article_id=row.id,
            author_id=author_id,
            created_at=row.updated_at,
            updated_at=row.updated_at,
            reason="demo newsroom",
            article_version=1,
        )
        for name in TEXT_FIELDS:
            setattr(revision, name, getattr(row, name))
        session.add(revision)
        added.append((row, entry))
    for row, entry in added:
        for position, link in enumerate(entry.get("related", [])):
            target_id = None
            if "article" in link:
                target_id = session.scalar(
                    select(orm.Article.id).where(orm.Article.slug == link["article"])
                )
                if target_id is None:
                    continue
            session.add(
                orm.RelatedLink(
                    article_id=row.id,
                    target_article_id=target_id,
                    url=link.get("url") if target_id is None else None,
                    title=link.get("title", ""),
                    summary=link.get("summary", ""),
                    position=position,
                )
            )
    return len(added)


def _load_comments(session: Session, entries: list[dict[str, Any]]) -> int:
    ids_by_key: dict[str, int] = {}
    added = 0
    for entry in entries:
        comment_uuid = str(uuid.uuid5(DEMO_NAMESPACE, "comment:" + entry["key"]))
        existing = session.scalar(select(orm.Comment.id).where(orm.Comment.uuid == comment_uuid))
        if existing is not None:
            ids_by_key[entry["key"]] = existing
            continue
        article_id = session.scalar(
            select(orm.Article.id).where(orm.Article.slug == entry["article"])
        )
        if article_id is None:
            continue
        row = orm.Comment(
            uuid=comment_uuid,
            article_id=article_id,
            parent_id=ids_by_key.get(entry.get("parent", "")),
            author_name=entry["name"],
            author_email=entry["email"],
            author_url=entry.get("website", ""),
            body=entry["body"],
            status=CommentStatus(entry.get("status", "pending")).value,
            submitted_at=_utc(entry.get("submitted")) or datetime.now(UTC),
            ip=entry.get("ip", ""),
            spam_score=float(entry.get("spam_score", 0.0)),
            reasons=list(entry.get("reasons", [])),
        )
        session.add(row)
        session.flush()
        ids_by_key[entry["key"]] = row.id
        added += 1
    return added
