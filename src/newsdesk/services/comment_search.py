"""Finding comments by words of their text or of their author, through the full-text index.

SQLite: the FTS5 table `comment_search` (text, author name, author e-mail columns).
PostgreSQL: the `search_vector` column, author words weighted A and the text D. A
LIKE over a million comment bodies would read them all on every keystroke.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, bindparam, literal_column, select, text

from newsdesk.services.search import MIN_PREFIX_LENGTH, search_tokens

Field = Literal["body", "author"]
_FTS_COLUMNS = {"body": "{body}", "author": "{author_name author_email}"}


def _term(token: str) -> str:
    return f'"{token}"*' if len(token) >= MIN_PREFIX_LENGTH else f'"{token}"'


def sqlite_match(tokens: list[str], field: Field) -> str:
    columns = _FTS_COLUMNS[field]
    return " AND ".join(f"{columns} : {_term(token)}" for token in tokens)


def postgres_query(tokens: list[str], field: Field) -> str:
    weight = "A" if field == "author" else "D"
    return " & ".join(
        f"{token}:*{weight}" if len(token) >= MIN_PREFIX_LENGTH else f"{token}:{weight}"
        for token in tokens
    )


def comment_search_clause(dialect: str, words: str, field: Field) -> ColumnElement[bool] | None:
    """A WHERE clause on `comments` keeping those whose `field` holds every word."""
    tokens = search_tokens(words)
    if not tokens:
        return None
    name = f"comment_search_{field}"
    if dialect == "sqlite":
        matching: Select[Any] = select(literal_column("rowid")).select_from(
            text(f"comment_search WHERE comment_search MATCH :{name}")
        )
        return literal_column("comments.id").in_(
            matching.params(**{name: sqlite_match(tokens, field)}).scalar_subquery()
        )
    return text(f"comments.search_vector @@ to_tsquery('simple', :{name})").bindparams(
        bindparam(name, postgres_query(tokens, field))
    )  # type: ignore[return-value]
