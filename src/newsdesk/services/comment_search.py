"""Finding comments by words of their text or of their author, through the full-text index.

SQLite: the FTS5 table `comment_search` (text, author name, author e-mail columns).
PostgreSQL: the `search_vector` column, author words weighted A and the text D. A
LIKE over a million comment bodies would read them all on every keystroke.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, bindparam, literal_column, select, text
from sqlalchemy.orm import Session

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


def sqlite_words_match(text_words: str, author_words: str) -> str | None:
    """One FTS5 MATCH expression for both word filters; None when there are no words."""
    fields: tuple[tuple[list[str], Field], ...] = (
        (search_tokens(text_words), "body"),
        (search_tokens(author_words), "author"),
    )
    parts = [sqlite_match(tokens, field) for tokens, field in fields if tokens]
    return " AND ".join(parts) if parts else None


class SqliteWords:
    """The comments whose words match, read from SQLite's full-text index in the two
    ways the queue can afford: all of them when they are few, or those within a range of
    ids (a window of the queue, whose ids lie close together as comments come in order).

    The index returns rowids in id order, never in the queue's order (by time), so a
    common word is found by walking the queue and asking the index about each window,
    and a rare one by sorting its few matches.
    """

    def __init__(self, session: Session, match: str) -> None:
        self._connection = session.connection()
        self._match = match

    def matching(self) -> Any:
        """The matching ids, as a subquery."""
        return (
            select(literal_column("rowid"))
            .select_from(text("comment_search WHERE comment_search MATCH :match"))
            .params(match=self._match)
            .scalar_subquery()
        )

    def between(self, low: int, high: int) -> set[int]:
        """The matching ids from `low` to `high`."""
        statement = text(
            "SELECT rowid FROM comment_search WHERE comment_search MATCH :match "
            "AND rowid BETWEEN :low AND :high"
        )
        found = self._connection.execute(
            statement, {"match": self._match, "low": low, "high": high}
        )
        return {row[0] for row in found}

    def count(self, cap: int) -> int:
        """How many comments match, counting no further than `cap`."""
        statement = text(
            "SELECT count(*) FROM (SELECT rowid FROM comment_search "
            "WHERE comment_search MATCH :match LIMIT :cap)"
        )
        return int(self._connection.scalar(statement, {"match": self._match, "cap": cap}) or 0)
