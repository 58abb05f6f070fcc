"""Full-text search behind one function: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, literal_column, select, text

from newsdesk.storage import orm

_TOKEN = re.compile(r"\w+", re.UNICODE)


def search_tokens(query: str) -> list[str]:
    """Words of the query; each is matched as a prefix so the list filters as you type."""
    return [token.lower() for token in _TOKEN.findall(query)]


def sqlite_match_expression(tokens: list[str]) -> str:
    return " ".join(f'"{token}"*' for token in tokens)


def postgres_tsquery(tokens: list[str]) -> str:
    return " & ".join(f"{token}:*" for token in tokens)


def article_search_clause(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on `articles` keeping the stories that hold every word of `query`."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    if dialect == "sqlite":
        matching: Select[Any] = select(literal_column("rowid")).select_from(
            text("article_search WHERE article_search MATCH :search_query")
        )
        return orm.Article.id.in_(
            matching.params(search_query=sqlite_match_expression(tokens)).scalar_subquery()
        )
    return text("articles.search_vector @@ to_tsquery('simple', :search_query)").bindparams(
        bindparam("search_query", postgres_tsquery(tokens))
    )  # type: ignore[return-value]
