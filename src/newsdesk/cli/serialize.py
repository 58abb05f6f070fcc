"""The stable JSON shapes of `--json` output (documented in docs/cli-json.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from newsdesk.domain.entities import Article, Comment
from newsdesk.domain.enums import CommentStatus
from newsdesk.services.commenters import CommenterHistory
from newsdesk.services.learned_filter import LearnReport


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
        "embargoed_until": iso(article.embargoed_until),
        "scheduled_at": iso(article.scheduled_at),
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


def weighed_json(weighed: tuple[tuple[str, float], ...]) -> list[dict[str, Any]]:
    """The features that weighed most in a score, strongest first (positive: spam)."""
    return [{"feature": name, "weight": round(weight, 3)} for name, weight in weighed]


def learn_json(report: LearnReport) -> dict[str, Any]:
    quality = report.quality
    return {
        "learned_from": {"approved": report.wanted, "spam": report.unwanted},
        "starter": {
            "wanted": report.starter_wanted,
            "unwanted": report.starter_unwanted,
            "weight": round(report.starter_weight, 4),
        },
        "cross_validated": None
        if quality is None
        else {
            "folds": quality.folds,
            "precision": round(quality.precision, 4),
            "recall": round(quality.recall, 4),
            "f1": round(quality.f1, 4),
        },
        "saved": report.saved,
        "seconds": round(report.seconds, 2),
    }


def commenter_json(history: CommenterHistory) -> dict[str, Any]:
    return {
        "email": history.email,
        "name": history.name,
        "ip": history.ip,
        "comments": {status.value: history.counts[status] for status in CommentStatus},
        "first_seen": iso(history.first_seen),
        "last_seen": iso(history.last_seen),
        "always": history.rule.value if history.rule else None,
        "trusted": history.trusted,
    }
