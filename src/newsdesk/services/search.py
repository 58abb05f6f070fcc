"""Full-text search behind one function: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, literal_column, select, text
from sqlalchemy.orm import Session

_TOKEN = re.compile(r"\w+", re.UNICODE)


# Shorter words match whole words only: a one- or two-letter prefix matches most of a
# 100,000-story archive and costs 100-450 ms, for a list nobody reads.
MIN_PREFIX_LENGTH = 3


def search_tokens(query: str) -> list[str]:
    """Words of the query, lower-cased."""
    return [token.lower() for token in _TOKEN.findall(query)]


def _is_prefix(token: str) -> bool:
    return len(token) >= MIN_PREFIX_LENGTH


def sqlite_match_expression(tokens: list[str]) -> str:
    return " ".join(f'"{token}"*' if _is_prefix(token) else f'"{token}"' for token in tokens)


def postgres_tsquery(tokens: list[str]) -> str:
    return " & ".join(f"{token}:*" if _is_prefix(token) else token for token in tokens)


def prepare_search(session: Session, dialect: str) -> None:
    """Steer PostgreSQL to the GIN index for a search.

    Its planner otherwise walks the newest-first index and tests every story's large
    tsvector for common words (council: 424 ms, with the GIN index 51 ms); `SET LOCAL`
    ends with the transaction.
    """
    if dialect == "postgresql":
        session.execute(text("SET LOCAL enable_seqscan = off"))
        session.execute(text("SET LOCAL enable_indexscan = off"))


def article_search_clause(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on `articles` keeping the stories that hold every word of `query`."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    if dialect == "sqlite":
        matching: Select[Any] = select(literal_column("rowid")).select_from(
            text("article_search WHERE article_search MATCH :search_query")
        )
        # The unary plus keeps SQLite walking the list's own index in display order and
        # testing membership, instead of fetching each match by id and sorting after.
        return literal_column("+articles.id").in_(
            matching.params(search_query=sqlite_match_expression(tokens)).scalar_subquery()
        )
    return text("articles.search_vector @@ to_tsquery('simple', :search_query)").bindparams(
        bindparam("search_query", postgres_tsquery(tokens))
    )  # type: ignore[return-value]
