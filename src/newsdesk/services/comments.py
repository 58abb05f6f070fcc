"""Readers' comments: the queue by state and filters, pages of rows, counts, threads.

Counts come from the counts the database keeps (migrations 0005 and 0011), never from
a scan. Pages are read by key (the last row's time and id), so the millionth row costs
what the first does. Text and author filters use the full-text index
(`comment_search_clause`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select, text, tuple_, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, defer

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Comment, CommentRow, CommentThread
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import NotFound
from newsdesk.domain.hold_reasons import read_reasons
from newsdesk.domain.references import comparable, row_id
from newsdesk.services.comment_search import (
    SqliteWords,
    comment_search_clause,
    sqlite_words_match,
)
from newsdesk.services.search import search_tokens
from newsdesk.storage import orm
from newsdesk.storage.database import Database
from newsdesk.storage.orm_moderation import comment_totals

EXCERPT_CHARACTERS = 240
COUNT_CAP = 10_000
WORDS_COUNT_CAP = 1_000


@dataclass(frozen=True, slots=True)
class CommentQuery:
    status: CommentStatus | None = CommentStatus.PENDING
    article_id: int | None = None
    newest_first: bool = True
    limit: int | None = None
    author: str = ""
    """Words of the author's name or e-mail address (prefixes)."""
    text: str = ""
    """Words of the comment's text (prefixes)."""
    since: datetime | None = None
    until: datetime | None = None
    commenter: str = ""
    """One commenter's comments: their e-mail address, exactly (moderators only)."""

    @property
    def is_plain(self) -> bool:
        """Only state and story: the counts tables answer how many."""
        return not (
            self.author.strip() or self.text.strip() or self.since or self.until or self.commenter
        )


Cursor = tuple[datetime, int]
"""Where a page ends: the last row's time and id."""


def may_read_private(database: Database) -> bool:
    """Whether this connection may read commenters' e-mail and IP: always on a local
    file; on a newsroom server only moderators' and admins' logins (migration 0007)."""
    if database.is_sqlite:
        return True
    with database.transaction() as session:
        statement = text("SELECT has_column_privilege('comments', 'author_email', 'SELECT')")
        return bool(session.scalar(statement))


def _comment_select(private: bool = True) -> Select[orm.Comment, str, str]:
    statement = select(orm.Comment, orm.Article.uuid, orm.Article.headline).join(
        orm.Article, orm.Article.id == orm.Comment.article_id
    )
    if private:
        return statement
    return statement.options(
        defer(orm.Comment.author_email, raiseload=True), defer(orm.Comment.ip, raiseload=True)
    )


def to_comment(row: orm.Comment, article_uuid: str, headline: str, private: bool = True) -> Comment:
    return Comment(
        id=row.id,
        uuid=row.uuid,
        article_id=row.article_id,
        article_uuid=article_uuid,
        article_headline=headline,
        parent_id=row.parent_id,
        author_name=row.author_name,
        author_email=row.author_email if private else "",
        author_url=row.author_url,
        body=row.body,
        status=CommentStatus(row.status),
        submitted_at=row.submitted_at,
        ip=row.ip if private else "",
        spam_score=row.spam_score,
        reasons=read_reasons(row.reasons),
        original_body=row.original_body,
        newsroom_reply=bool(row.newsroom_reply),
    )


def _row_columns(private: bool) -> tuple[Any, ...]:
    if private:
        return _ROW_COLUMNS
    hidden = {"author_email": literal(""), "ip": literal("")}
    return tuple(
        hidden[c.key].label(c.key) if getattr(c, "key", None) in hidden else c for c in _ROW_COLUMNS
    )


_ROW_COLUMNS = (
    orm.Comment.id,
    orm.Comment.uuid,
    orm.Comment.article_id,
    orm.Article.headline,
    orm.Comment.parent_id,
    orm.Comment.author_name,
    orm.Comment.author_email,
    orm.Comment.author_url,
    orm.Comment.status,
    orm.Comment.submitted_at,
    orm.Comment.ip,
    orm.Comment.spam_score,
    orm.Comment.reasons,
    func.substr(orm.Comment.body, 1, EXCERPT_CHARACTERS).label("excerpt"),
    orm.Comment.original_body.is_not(None).label("edited"),
    orm.Comment.newsroom_reply,
)


def _to_row(row: Any) -> CommentRow:
    values = tuple(row)
    return CommentRow(
        id=values[0],
        uuid=values[1],
        article_id=values[2],
        article_headline=values[3],
        parent_id=values[4],
        author_name=values[5],
        author_email=values[6],
        author_url=values[7],
        status=CommentStatus(values[8]),
        submitted_at=values[9],
        ip=values[10],
        spam_score=values[11],
        reasons=read_reasons(values[12]),
        excerpt=" ".join(values[13].split()),
        edited=bool(values[14]),
        newsroom_reply=bool(values[15]),
    )


def _plain_conditions(columns: Any, query: CommentQuery) -> list[ColumnElement[bool]]:
    """The query's conditions other than words, on `orm.Comment` or a subquery's `.c`."""
    conditions: list[ColumnElement[bool]] = []
    if query.status is not None:
        conditions.append(columns.status == query.status.value)
    if query.article_id is not None:
        conditions.append(columns.article_id == query.article_id)
    if query.since is not None:
        conditions.append(columns.submitted_at >= query.since)
    if query.until is not None:
        conditions.append(columns.submitted_at < query.until)
    if query.commenter:
        conditions.append(columns.author_email == query.commenter.strip().lower())
    return conditions


def _commenter_column(query: CommentQuery) -> tuple[Any, ...]:
    """The e-mail column, for a subquery that a commenter filter then reads."""
    return (orm.Comment.author_email,) if query.commenter else ()


def _in_queue_order(
    statement: Select,  # type: ignore[type-arg]
    columns: Any,
    query: CommentQuery,
    after: Cursor | None,
) -> Select:  # type: ignore[type-arg]
    key = tuple_(columns.submitted_at, columns.id)
    if after is not None:
        statement = statement.where(key < after if query.newest_first else key > after)
    if query.newest_first:
        return statement.order_by(columns.submitted_at.desc(), columns.id.desc())
    return statement.order_by(columns.submitted_at, columns.id)


FEW_MATCHES = 20_000
"""Up to this many comments matching the words, the queue looks all of them up (SQLite)."""
MANY_MATCHES = 200_000
"""Matches counted at most, to weigh a walk of the queue against looking them all up."""
FIRST_WINDOW = 1_000
LAST_WINDOW = 64_000
LOOKUP_US = 1.4
"""Looking one match up by id, in microseconds (a million comments, this machine)."""
SET_BUILD_US = 0.25
"""Putting one match into SQLite's IN set."""
SET_PROBE_US = 0.12
"""Walking one queue row in order and checking it against that set."""
SET_WALK_AT_ONCE_US = 50_000
"""A walk against the set that costs less than this is taken without trying windows."""


def _page_among(
    connection: Connection, among: Any, query: CommentQuery, after: Cursor | None, limit: int
) -> list[int]:
    """A page of ids from `among` (id, status, article_id, submitted_at of the comments
    matching the words): the query's other conditions, its order, after `after`."""
    statement = select(among.c.id).where(*_plain_conditions(among.c, query))
    statement = _in_queue_order(statement, among.c, query, after)
    return [row[0] for row in connection.execute(statement.limit(limit))]


def _count_among(connection: Connection, among: Any, query: CommentQuery, cap: int) -> int:
    kept = select(among.c.id).where(*_plain_conditions(among.c, query))
    statement = select(func.count()).select_from(kept.limit(cap).subquery())
    return int(connection.scalar(statement) or 0)


class _WordWalk:
    """A word filter on SQLite, in the queue's order (by time; the index's is by id).

    Three ways, by their estimated cost:

    - few matches: every one looked up by id, the other conditions applied, then sorted;
    - the queue walked by its own index, each row checked against the set of every match
      (a tenth of a look-up a row): when the queue is short against the matches, such as
      "council" among spam (74,000 matches, 100,000 spam comments);
    - else the queue walked in growing windows, the index asked which ids of each
      window's range match (comments come in in time order, so a window's ids lie close
      together and each question is small), until a page is found, or until the walk
      would cost more than either way above (words rare among the queue's rows), which
      it then takes.

    SQLite's own plans either sort every match of a common word (seconds for "the" over a
    million comments) or build the set of every match whatever the queue's length.
    """

    def __init__(self, session: Session, match: str, query: CommentQuery) -> None:
        self._session = session
        self._connection = session.connection()
        self._words = SqliteWords(session, match)
        self._query = replace(query, text="", author="")
        self._matches = self._words.count(MANY_MATCHES)
        self.walked_out = False
        """Whether the last walk stopped for its cost, not at the end of the queue."""

    def _queue_rows(self) -> int:
        """How many rows the queue holds before the words: the kept counts of its state
        (of its story), an upper bound when it is limited by dates."""
        status = self._query.status.value if self._query.status is not None else None
        statement = comment_totals(self._query.article_id, status)
        return sum(int(row.total) for row in self._connection.execute(statement))

    @cached_property
    def _set_walk_us(self) -> float:
        """What walking the queue against the set of every match costs (estimated)."""
        return self._matches * SET_BUILD_US + self._queue_rows() * SET_PROBE_US

    def _set_walk_pays(self) -> bool:
        """Whether that walk costs less than looking every match up."""
        return self._set_walk_us < self._matches * LOOKUP_US

    @property
    def _set_walk_at_once(self) -> bool:
        return not self._few and self._set_walk_us < SET_WALK_AT_ONCE_US

    @property
    def _few(self) -> bool:
        return self._matches < FEW_MATCHES

    def _looked_up(self) -> Any:
        """Every match with the columns the conditions need, looked up by id. A LIMIT
        (-1: none) keeps SQLite from merging this into the outer query, where it could
        walk an index of a condition's column instead."""
        columns = (orm.Comment.id, orm.Comment.status, orm.Comment.article_id)
        return (
            select(*columns, orm.Comment.submitted_at, *_commenter_column(self._query))
            .where(orm.Comment.id.in_(self._words.matching()))
            .limit(-1)
            .subquery("looked_up")
        )

    def _set_walked(self) -> Select:  # type: ignore[type-arg]
        """The queue's rows whose ids are in the set of matches, by the queue's index."""
        conditions = _plain_conditions(orm.Comment, self._query)
        return select(orm.Comment.id).where(*conditions, orm.Comment.id.in_(self._words.matching()))

    def _page_all_matches(self, after: Cursor | None, limit: int) -> list[int]:
        """A page found among every match: by walking the queue against their set, or by
        looking each up, whichever costs less."""
        if self._set_walk_pays():
            statement = _in_queue_order(self._set_walked(), orm.Comment, self._query, after)
            return [row[0] for row in self._connection.execute(statement.limit(limit))]
        return _page_among(self._connection, self._looked_up(), self._query, after, limit)

    def _count_all_matches(self, cap: int) -> int:
        if self._set_walk_pays():
            counted = select(func.count()).select_from(self._set_walked().limit(cap).subquery())
            return int(self._connection.scalar(counted) or 0)
        return _count_among(self._connection, self._looked_up(), self._query, cap)

    def _walk(self, after: Cursor | None) -> Iterator[list[int]]:
        """The matching ids of the queue's rows in order, window by window; stops early
        (`walked_out`) before the walk would cost more than looking up every match."""
        size, cost = FIRST_WINDOW, 0
        self.walked_out = False
        while True:
            statement = _in_queue_order(
                select(orm.Comment.id).where(*_plain_conditions(orm.Comment, self._query)),
                orm.Comment,
                self._query,
                after,
            ).limit(size)
            window = [row[0] for row in self._connection.execute(statement)]
            if not window:
                return
            matching = self._words.between(min(window), max(window))
            yield [i for i in window if i in matching]
            if len(window) < size:
                return
            cost += len(window) + len(matching)
            size = min(size * 4, LAST_WINDOW)
            if cost + size * (1 + len(matching) / len(window)) > self._matches:
                self.walked_out = True  # the next window alone would cost too much
                return
            last = self._connection.execute(
                select(orm.Comment.submitted_at).where(orm.Comment.id == window[-1])
            ).scalar_one()
            after = (last, window[-1])

    def page(self, after: Cursor | None, limit: int) -> list[int]:
        if self._few:
            return _page_among(self._connection, self._looked_up(), self._query, after, limit)
        if self._set_walk_at_once:
            return self._page_all_matches(after, limit)
        found: list[int] = []
        for hits in self._walk(after):
            found += hits
            if len(found) >= limit:
                return found[:limit]
        return self._page_all_matches(after, limit) if self.walked_out else found

    def count(self, cap: int) -> int:
        """How many match, counting no further than `cap`."""
        if not _plain_conditions(orm.Comment, self._query):
            return min(self._matches, cap) if cap <= MANY_MATCHES else self._words.count(cap)
        if self._few:
            return _count_among(self._connection, self._looked_up(), self._query, cap)
        if self._set_walk_at_once:
            return self._count_all_matches(cap)
        found = 0
        for hits in self._walk(None):
            found += len(hits)
            if found >= cap:
                return found
        return self._count_all_matches(cap) if self.walked_out else found


class CommentService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._private: bool | None = None

    @property
    def shows_private(self) -> bool:
        """Whether rows carry the commenter's e-mail and IP (asked of the server once)."""
        if self._private is None:
            self._private = may_read_private(self._db)
        return self._private

    def _search(self, words: str, field: str) -> ColumnElement[bool] | None:
        """The full-text index, or, for a login that may not read its author half (it
        holds e-mail addresses), every word within the name or the text."""
        if self.shows_private:
            return comment_search_clause(self._db.dialect, words, field)  # type: ignore[arg-type]
        column = orm.Comment.author_name if field == "author" else orm.Comment.body
        tokens = search_tokens(words)
        return and_(*(column.icontains(t, autoescape=True) for t in tokens)) if tokens else None

    # ---- the queue -----------------------------------------------------------------------
    def _filtered(self, statement: Select, query: CommentQuery) -> Select:  # type: ignore[type-arg]
        statement = statement.where(*_plain_conditions(orm.Comment, query))
        for clause in (self._search(query.text, "body"), self._search(query.author, "author")):
            if clause is not None:
                statement = statement.where(clause)
        return statement

    @staticmethod
    def _ordered(statement: Select, query: CommentQuery, after: Cursor | None) -> Select:  # type: ignore[type-arg]
        return _in_queue_order(statement, orm.Comment, query, after)

    def _words_match(self, query: CommentQuery) -> str | None:
        """The MATCH expression when SQLite's full-text index serves the word filters."""
        if not self._db.is_sqlite:
            return None
        return sqlite_words_match(query.text, query.author)

    def _few_matched(self, session: Session, query: CommentQuery) -> Any | None:
        """On PostgreSQL, when the server expects few comments to hold the words: those
        comments (id, status, story, time) in a materialized CTE, to be filtered and
        sorted whole. Else None, and the planner's own plan, which walks the queue's
        index checking the words; for words rare among the queue's rows but common
        elsewhere (such as "casino" among the approved), that walk reads nearly all of it.
        """
        if self._db.is_sqlite or not self.shows_private:
            return None
        clauses = [
            clause
            for clause in (self._search(query.text, "body"), self._search(query.author, "author"))
            if clause is not None
        ]
        if not clauses:
            return None
        matching = select(
            orm.Comment.id,
            orm.Comment.status,
            orm.Comment.article_id,
            orm.Comment.submitted_at,
            *_commenter_column(query),
        ).where(*clauses)
        compiled = (
            select(literal(1))
            .select_from(matching.subquery())
            .compile(dialect=session.get_bind().dialect)
        )
        plan = session.connection().exec_driver_sql(
            f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params
        )
        expected = plan.scalar_one()[0]["Plan"]["Plan Rows"]
        if expected >= FEW_MATCHES:
            return None
        return matching.cte("matched").prefix_with("MATERIALIZED")

    def page(
        self, query: CommentQuery, after: Cursor | None = None, limit: int = 200
    ) -> list[CommentRow]:
        """Up to `limit` queue rows following `after`, in the query's order."""
        columns = select(*_row_columns(self.shows_private)).join(
            orm.Article, orm.Article.id == orm.Comment.article_id
        )
        match = self._words_match(query)
        with self._db.transaction() as session:
            if match is not None:
                ids = _WordWalk(session, match, query).page(after, limit)
            elif (matched := self._few_matched(session, query)) is not None:
                ids = _page_among(session.connection(), matched, query, after, limit)
            else:
                statement = self._ordered(self._filtered(columns, query), query, after)
                return [_to_row(row) for row in session.execute(statement.limit(limit))]
            found = {
                row.id: row
                for row in map(_to_row, session.execute(columns.where(orm.Comment.id.in_(ids))))
            }
            return [found[i] for i in ids if i in found]

    def rows(self, ids: Sequence[int]) -> dict[int, CommentRow]:
        """Queue rows for `ids`, keyed by id (deleted ones are left out)."""
        if not ids:
            return {}
        statement = (
            select(*_row_columns(self.shows_private))
            .join(orm.Article, orm.Article.id == orm.Comment.article_id)
            .where(orm.Comment.id.in_(list(ids)))
        )
        with self._db.transaction() as session:
            return {row.id: row for row in map(_to_row, session.execute(statement))}

    def list_comments(self, query: CommentQuery = CommentQuery()) -> list[Comment]:
        private = self.shows_private
        statement = self._ordered(self._filtered(_comment_select(private), query), query, None)
        if query.limit is not None:
            statement = statement.limit(query.limit)
        with self._db.transaction() as session:
            return [
                to_comment(row[0], row[1], row[2], private=private)
                for row in session.execute(statement)
            ]

    def count_matching(self, query: CommentQuery, cap: int | None = None) -> tuple[int, bool]:
        """How many comments match, and whether that is exact (False: at least `cap`;
        by default COUNT_CAP, or WORDS_COUNT_CAP with words, which cost more to count)."""
        if query.is_plain:
            counts = self.counts(query.article_id)
            if query.status is None:
                return sum(counts.values()), True
            return counts[query.status], True
        if cap is None:
            cap = WORDS_COUNT_CAP if query.text.strip() or query.author.strip() else COUNT_CAP
        match = self._words_match(query)
        with self._db.transaction() as session:
            if match is not None:
                found = _WordWalk(session, match, query).count(cap)
            elif (matched := self._few_matched(session, query)) is not None:
                found = _count_among(session.connection(), matched, query, cap)
            else:
                matching = self._filtered(select(orm.Comment.id), query).limit(cap).subquery()
                found = session.scalar(select(func.count()).select_from(matching)) or 0
        return min(found, cap), found < cap

    def counts(self, article_id: int | None = None) -> dict[CommentStatus, int]:
        """Comments per state, from the counts the database keeps (no scan)."""
        statement = comment_totals(article_id)
        with self._db.transaction() as session:
            found = {row.status: row.total for row in session.execute(statement)}
        return {status: int(found.get(status.value, 0)) for status in CommentStatus}

    def recount(self) -> dict[CommentStatus, int]:
        """Counts from the comments themselves, for checks: a full scan."""
        statement = select(orm.Comment.status, func.count()).group_by(orm.Comment.status)
        with self._db.transaction() as session:
            found = dict(session.execute(statement).all())
        return {status: int(found.get(status.value, 0)) for status in CommentStatus}

    # ---- one comment ---------------------------------------------------------------------
    def for_article(self, session: Session, article_id: int) -> list[Comment]:
        private = self.shows_private
        rows = session.execute(
            _comment_select(private)
            .where(orm.Comment.article_id == article_id)
            .order_by(orm.Comment.submitted_at, orm.Comment.id)
        )
        return [to_comment(row[0], row[1], row[2], private=private) for row in rows]

    def approved_for_article(self, article_id: int) -> list[Comment]:
        return self.list_comments(
            CommentQuery(status=CommentStatus.APPROVED, article_id=article_id, newest_first=False)
        )

    def get(self, comment_id: int) -> Comment:
        with self._db.transaction() as session:
            return self._get(session, comment_id)

    def _get(self, session: Session, comment_id: int) -> Comment:
        private = self.shows_private
        row = session.execute(_comment_select(private).where(orm.Comment.id == comment_id)).first()
        if row is None:
            raise NotFound(f"Comment {comment_id} does not exist")
        return to_comment(row[0], row[1], row[2], private=private)

    def thread(self, comment_id: int) -> CommentThread:
        """The comment, the one it replies to and the replies to it (oldest first)."""
        with self._db.transaction() as session:
            comment = self._get(session, comment_id)
            parent = None
            if comment.parent_id is not None:
                try:
                    parent = self._get(session, comment.parent_id)
                except NotFound:
                    parent = None
            replies = session.execute(
                _comment_select(self.shows_private)
                .where(orm.Comment.parent_id == comment_id)
                .order_by(orm.Comment.submitted_at, orm.Comment.id)
            )
            slug = session.scalar(
                select(orm.Article.slug).where(orm.Article.id == comment.article_id)
            )
            return CommentThread(
                comment=comment,
                parent=parent,
                replies=tuple(
                    to_comment(r[0], r[1], r[2], private=self.shows_private) for r in replies
                ),
                article_slug=slug or "",
            )

    def resolve_ids(self, references: Sequence[str]) -> list[int]:
        """Comment ids from ids or UUIDs as a script gives them."""
        ids: list[int] = []
        with self._db.transaction() as session:
            for reference in references:
                found = None
                if comparable(reference):
                    condition = orm.Comment.uuid == reference
                    number = row_id(reference)
                    if number is not None:
                        condition = or_(condition, orm.Comment.id == number)
                    found = session.scalar(select(orm.Comment.id).where(condition))
                if found is None:
                    raise NotFound(f"No comment has the id {reference!r}")
                ids.append(found)
        return ids

    def set_status(self, comment_ids: Iterable[int], status: CommentStatus) -> Changes:
        """A raw state change without the log; moderation goes through ModerationService."""
        ids = list(comment_ids)
        with self._db.transaction() as session:
            session.execute(
                update(orm.Comment).where(and_(orm.Comment.id.in_(ids))).values(status=status.value)
            )
        return Changes(comments=True)
