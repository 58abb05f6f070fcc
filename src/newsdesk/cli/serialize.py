"""The stable JSON shapes of `--json` output (documented in docs/cli-json.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from newsdesk.domain.entities import Article, Comment


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def article_json(article: Article) -> dict[str, Any]:
    # Spelled out: the documented shape names and formats each field its own way.
    return {
        "id": article.uuid,
        "slug": article.slug,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "section": article.section_name or None,
        "section_slug": article.section_slug or None,
        "status": article.status.value,
        "dateline": article.dateline,
        "byline": article.byline,
        "credit": article.credit,
        "language": article.language,
        "tags": list(article.tags),
        "version": article.version,
        "created": iso(article.created_at),
        "updated": iso(article.updated_at),
        "published": iso(article.published_at),
        "trashed": article.trashed_at is not None,
        "comments_open": article.comments_open,
        "private": article.private,
    }


def comment_json(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.uuid,
        "article": comment.article_uuid,
        "article_headline": comment.article_headline,
        "parent": comment.parent_id,
        "author": comment.author_name,
        "email": comment.author_email,
        "website": comment.author_url,
        "status": comment.status.value,
        "spam_score": comment.spam_score,
        "reasons": [reason.text for reason in comment.reasons],
        "reason_codes": [reason.stored for reason in comment.reasons],
        "submitted": iso(comment.submitted_at),
        "ip": comment.ip,
        "body": comment.body,
    }
