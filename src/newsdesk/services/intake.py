"""The one way comments come in: the public form, or a JSON Lines file of them.

`IntakeService.ingest` checks every submission against the intake rules
(`newsdesk.domain.intake`) and writes the ones it takes, all in one transaction: what is
refused is reported with its line, what is taken is in, and nothing is half-written.
The facts the rules need (earlier comments from each address, recent times, duplicates)
are read in a few bulk queries per 500 addresses, not one query per comment.
"""

from __future__ import annotations

import json
from bisect import bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from newsdesk.domain.comment_features import CommentText
from newsdesk.domain.enums import ArticleStatus, CommentStatus
from newsdesk.domain.errors import FileProblem
from newsdesk.domain.intake import (
    BURST_WINDOW,
    AddressHistory,
    RefusalKind,
    Refused,
    Submission,
    clean,
    judge,
)
from newsdesk.domain.references import row_id
from newsdesk.domain.text_cleaning import removed_phrase
from newsdesk.domain.trust import CommenterRuleKind, Standing, route
from newsdesk.services.learned_filter import LearnedFilterService
from newsdesk.services.moderation_settings import load_rules
from newsdesk.storage import orm
from newsdesk.storage.batches import chunks
from newsdesk.storage.database import Database
from newsdesk.storage.orm_learning import CommenterRule
from newsdesk.storage.orm_moderation import fold_comment_deltas

CHUNK = 500
CLOSED = "comments are closed on this story"
FIELDS = ("article", "name", "email", "website", "body", "time", "ip")


class IntakeFileError(FileProblem):
    """The file could not be read at all."""


@dataclass(frozen=True, slots=True)
class IntakeProblem:
    line: int
    reason: str
    kind: RefusalKind = RefusalKind.INVALID


@dataclass(frozen=True, slots=True)
class IntakeReport:
    taken: dict[CommentStatus, int]
    refused: tuple[IntakeProblem, ...] = ()
    comment_ids: tuple[int, ...] = field(default=())
    """The new comments' ids, in the order of the lines taken (when they are few)."""
    changed: tuple[IntakeProblem, ...] = ()
    """Lines taken, but not as written: why (control characters removed)."""
    states: tuple[CommentStatus, ...] = ()
    """The state each line taken entered, in the order of `comment_ids`."""

    @property
    def total_taken(self) -> int:
        return sum(self.taken.values())


# ---- reading a file ------------------------------------------------------------------------


def _text(record: dict[str, Any], key: str) -> str:
    value = record.get(key, "")
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise Refused(f"{key!r} must be text")
    # JSON can spell what no database stores (a NUL, half a surrogate pair): the intake's
    # cleaning removes such characters and says so, before anything else looks at them.
    return str(value)


def parse_time(value: Any) -> datetime:
    if value in (None, ""):
        return datetime.now(UTC)
    if not isinstance(value, str):
        raise Refused("'time' must be an ISO 8601 date and time")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Refused(f"'time' {value[:40]!r} is not an ISO 8601 date and time") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def submission_from_record(record: Any) -> Submission:
    if not isinstance(record, dict):
        raise Refused("a line must hold one JSON object")
    unknown = sorted(set(record) - set(FIELDS))
    if unknown:
        raise Refused(f"unknown field {unknown[0]!r}")
    article = _text(record, "article").strip()
    if not article:
        raise Refused("'article' (the story's id or slug) is required")
    return Submission(
        article=article,
        name=_text(record, "name"),
        email=_text(record, "email"),
        website=_text(record, "website"),
        body=_text(record, "body"),
        submitted_at=parse_time(record.get("time")),
        ip=_text(record, "ip"),
    )


def _record(line: str) -> Any:
    """One line's JSON value; raises Refused saying why it is not one."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise Refused(f"not JSON ({error.msg})") from None
    except RecursionError:
        raise Refused("not a comment: JSON nested too deeply") from None
    except ValueError:  # an integer of thousands of digits
        raise Refused("not a comment: a number too long to read") from None


def read_submissions(path: Path) -> tuple[list[tuple[int, Submission]], list[IntakeProblem]]:
    """The file's good lines (numbered from 1) and its bad ones; blank lines are skipped.

    Lines end at "\n" (a "\r" before it is dropped), as JSON Lines has it: U+2028 or
    U+0085 inside a string is text, not a line break. A UTF-8 byte order mark is allowed.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise IntakeFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise IntakeFileError(f"{path} is a folder, not a JSON Lines file") from None
    except UnicodeDecodeError as error:
        raise IntakeFileError(f"{path} is not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise IntakeFileError(f"Cannot read {path}: {error.strerror or error}") from None
    good: list[tuple[int, Submission]] = []
    bad: list[IntakeProblem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            good.append((number, submission_from_record(_record(line))))
        except Refused as error:
            bad.append(IntakeProblem(number, str(error)))
    return good, bad


# ---- what the newsroom already holds ---------------------------------------------------------


class _Times:
    """When one address's comments came, kept in order, so a new comment's flood and
    burst checks are two bisections instead of a pass over all the address ever sent
    (that pass made 20,000 lines from one IP take 30 s)."""

    __slots__ = ("_times",)

    def __init__(self) -> None:
        self._times: list[datetime] = []

    def add(self, moment: datetime) -> None:
        insort(self._times, moment)

    def latest(self, moment: datetime) -> datetime | None:
        """The latest time at or before `moment`."""
        index = bisect_right(self._times, moment)
        return self._times[index - 1] if index else None

    def count_within(self, moment: datetime, window: timedelta) -> int:
        """How many times fall in the `window` up to `moment` (after its start)."""
        return bisect_right(self._times, moment) - bisect_right(self._times, moment - window)


def _recent(moment: datetime, *sources: _Times) -> tuple[datetime | None, int]:
    """The latest earlier time and the count in the burst window, over `sources`."""
    latest = [t for t in (source.latest(moment) for source in sources) if t is not None]
    in_minute = sum(source.count_within(moment, BURST_WINDOW) for source in sources)
    return max(latest, default=None), in_minute


@dataclass(slots=True)
class _Address:
    known: bool = False
    approved: bool = False
    times: _Times = field(default_factory=_Times)
    approved_count: int = 0
    spam_count: int = 0
    rule: CommenterRuleKind | None = None

    def standing(self) -> Standing:
        return Standing(approved=self.approved_count, spam=self.spam_count, rule=self.rule)

    def took(self, status: CommentStatus) -> None:
        self.known = True
        self.approved = self.approved or status is CommentStatus.APPROVED
        self.approved_count += status is CommentStatus.APPROVED
        self.spam_count += status is CommentStatus.SPAM


@dataclass(slots=True)
class _Facts:
    emails: dict[str, _Address] = field(default_factory=lambda: defaultdict(_Address))
    ip_times: dict[str, _Times] = field(default_factory=lambda: defaultdict(_Times))
    # (article, email, body length) -> ids of existing comments that may be duplicates
    maybe_duplicates: dict[tuple[int, str, int], list[int]] = field(
        default_factory=lambda: defaultdict(list)
    )
    seen: set[tuple[int, str, str]] = field(default_factory=set)


def _resolve_articles(session: Session, references: set[str]) -> dict[str, int | str]:
    """Each reference to a story id, or to the reason it cannot take comments."""
    found: dict[str, int | str] = {}
    ids = {reference: row_id(reference) for reference in references}
    numbers = sorted(number for number in ids.values() if number is not None)
    names = sorted(reference for reference, number in ids.items() if number is None)
    columns = (
        orm.Article.id,
        orm.Article.uuid,
        orm.Article.slug,
        orm.Article.status,
        orm.Article.trashed_at,
        orm.Article.comments_open,
    )
    for chunk in chunks(numbers, CHUNK):
        for row in session.execute(select(*columns).where(orm.Article.id.in_(chunk))):
            found[str(row.id)] = _open_for_comments(row)
    for part in chunks(names, CHUNK):
        statement = select(*columns).where(
            or_(orm.Article.uuid.in_(part), orm.Article.slug.in_(part))
        )
        wanted = set(part)
        for row in session.execute(statement):
            for reference in {row.uuid, row.slug} & wanted:
                found[reference] = _open_for_comments(row)
    return found


def _open_for_comments(row: Any) -> int | str:
    if row.trashed_at is not None:
        return "the story is in the trash"
    if not ArticleStatus(row.status).is_public:
        return "the story is not published"
    if not row.comments_open:
        return CLOSED
    return int(row.id)


def _load_facts(session: Session, submissions: Sequence[Submission], articles: set[int]) -> _Facts:
    facts = _Facts()
    emails = sorted({s.email for s in submissions})
    ips = sorted({s.ip for s in submissions if s.ip})
    earliest = min(s.submitted_at for s in submissions) - BURST_WINDOW
    for chunk in chunks(emails, CHUNK):
        rows = session.execute(
            select(
                orm.Comment.id,
                orm.Comment.author_email,
                orm.Comment.article_id,
                orm.Comment.status,
                orm.Comment.submitted_at,
                func.length(orm.Comment.body),
            ).where(orm.Comment.author_email.in_(chunk))
        )
        for comment_id, email, article_id, status, submitted_at, length in rows:
            address = facts.emails[email]
            address.took(CommentStatus(status))
            if submitted_at >= earliest:
                address.times.add(submitted_at)
            if article_id in articles:
                facts.maybe_duplicates[(article_id, email, int(length or 0))].append(comment_id)
        orders = select(CommenterRule.email, CommenterRule.rule).where(
            CommenterRule.email.in_(chunk)
        )
        for email, rule in session.execute(orders):
            facts.emails[email].rule = CommenterRuleKind(rule)
    for chunk in chunks(ips, CHUNK):
        rows = session.execute(
            select(orm.Comment.ip, orm.Comment.submitted_at).where(
                orm.Comment.ip.in_(chunk), orm.Comment.submitted_at >= earliest
            )
        )
        for ip, submitted_at in rows:
            facts.ip_times[ip].add(submitted_at)
    return facts


def _is_duplicate(session: Session, facts: _Facts, article_id: int, sub: Submission) -> bool:
    if (article_id, sub.email, sub.body) in facts.seen:
        return True
    candidates = facts.maybe_duplicates.get((article_id, sub.email, len(sub.body)))
    if not candidates:
        return False
    bodies = session.scalars(select(orm.Comment.body).where(orm.Comment.id.in_(candidates)))
    return any(body.strip() == sub.body for body in bodies)


# ---- writing -------------------------------------------------------------------------------------

COPIED = (
    "uuid",
    "article_id",
    "parent_id",
    "author_name",
    "author_email",
    "author_url",
    "body",
    "status",
    "submitted_at",
    "ip",
    "spam_score",
    "reasons",
    "newsroom_reply",
)


def _write(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert the comments; their ids when they are few (a form, a small file), else none.

    Many on PostgreSQL go in with one COPY: its statement triggers (counts, change log,
    live updates) run once, and neither the driver nor the server parses a statement of
    thousands of values per thousand comments (half the time of a 100,000-line file).
    SQLite runs one prepared INSERT per row (its triggers are per row anyway).
    """
    if len(rows) > CHUNK and session.get_bind().dialect.name == "postgresql":
        driver: Any = session.connection().connection.driver_connection
        columns = ", ".join(COPIED)
        with (
            driver.cursor() as cursor,
            cursor.copy(f"COPY comments ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row([json.dumps(row[c]) if c == "reasons" else row[c] for c in COPIED])
        return []
    if len(rows) > CHUNK:
        session.execute(insert(orm.Comment), rows)
        return []
    inserted = session.execute(
        insert(orm.Comment).returning(orm.Comment.id, sort_by_parameter_order=True), rows
    )
    return [row[0] for row in inserted]


# ---- the service ------------------------------------------------------------------------------


def _scored(
    learned: LearnedFilterService | None, session: Session, submissions: Sequence[Submission]
) -> list[float | None]:
    """The learned filter's score of each submission, all in one pass of the model."""
    if learned is None:
        return [None] * len(submissions)
    texts = [CommentText(s.body, s.name, s.email, s.website) for s in submissions]
    return list(learned.model(session).score_many(texts))


class IntakeService:
    def __init__(self, database: Database, learned: LearnedFilterService | None = None) -> None:
        self._db = database
        self._learned = learned

    def warm_up(self) -> None:
        """Make the learned filter's model ready (its imports, the starter trained or the
        stored model read) now rather than inside the first comment's transaction: a
        server taking comments does this before it listens, or the first second's posts
        wait on it (a p99 of 750 ms where the rest took 15 to 30)."""
        if self._learned is not None:
            with self._db.transaction() as session:
                self._learned.model(session).score_many([CommentText("warm-up")])

    def submit(self, submission: Submission) -> int:
        """One comment from the public form: its new id; raises Refused with the reason."""
        report = self.ingest([(1, submission)])
        if report.refused:
            raise Refused(f"Comment refused: {report.refused[0].reason}")
        return report.comment_ids[0]

    def ingest(self, numbered: Sequence[tuple[int, Submission]]) -> IntakeReport:
        """Check and write every submission; (line, submission) pairs keep file line numbers."""
        refused: list[IntakeProblem] = []
        cleaned: list[tuple[int, Submission]] = []
        removals: dict[int, int] = {}
        for line, submission in numbered:
            try:
                tidy, removed = clean(submission)
            except Refused as error:
                refused.append(IntakeProblem(line, str(error), error.kind))
                continue
            cleaned.append((line, tidy))
            if removed:
                removals[line] = removed
        taken: Counter[CommentStatus] = Counter()
        ids: list[int] = []
        with self._db.transaction() as session:
            rules = load_rules(session)
            articles = _resolve_articles(session, {s.article for _, s in cleaned})
            open_ids = {a for a in articles.values() if isinstance(a, int)}
            facts = _load_facts(session, [s for _, s in cleaned], open_ids) if cleaned else _Facts()
            scores = _scored(self._learned, session, [s for _, s in cleaned])
            rows: list[dict[str, Any]] = []
            for (line, sub), score in zip(cleaned, scores, strict=True):
                article = articles.get(sub.article)
                if not isinstance(article, int):
                    kind = RefusalKind.CLOSED if article == CLOSED else RefusalKind.NO_STORY
                    reason = article or f"no story {sub.article!r}"
                    refused.append(IntakeProblem(line, reason, kind))
                    continue
                address = facts.emails[sub.email]
                sources = (address.times, facts.ip_times[sub.ip]) if sub.ip else (address.times,)
                latest, in_minute = _recent(sub.submitted_at, *sources)
                history = AddressHistory(
                    known=address.known,
                    approved=address.approved,
                    latest=latest,
                    in_minute=in_minute,
                    duplicate=_is_duplicate(session, facts, article, sub),
                )
                try:
                    verdict = route(judge(sub, rules, history), score, address.standing(), rules)
                except Refused as error:
                    refused.append(IntakeProblem(line, str(error), error.kind))
                    continue
                address.took(verdict.status)
                address.times.add(sub.submitted_at)
                if sub.ip:
                    facts.ip_times[sub.ip].add(sub.submitted_at)
                facts.seen.add((article, sub.email, sub.body))
                taken[verdict.status] += 1
                rows.append(
                    {
                        "uuid": orm.new_uuid(),
                        "article_id": article,
                        "parent_id": None,
                        "author_name": sub.name,
                        "author_email": sub.email,
                        "author_url": sub.website,
                        "body": sub.body,
                        "status": verdict.status.value,
                        "submitted_at": sub.submitted_at,
                        "ip": sub.ip,
                        "spam_score": verdict.spam_score,
                        "reasons": [reason.stored for reason in verdict.reasons],
                        "newsroom_reply": False,
                    }
                )
            if rows:
                ids = _write(session, rows)
            fold_comment_deltas(session, most=None)
        refused.sort(key=lambda problem: problem.line)
        refused_lines = {problem.line for problem in refused}
        return IntakeReport(
            taken={status: taken.get(status, 0) for status in CommentStatus},
            refused=tuple(refused),
            comment_ids=tuple(ids),
            states=tuple(CommentStatus(row["status"]) for row in rows),
            changed=tuple(
                IntakeProblem(line, removed_phrase(count))
                for line, count in sorted(removals.items())
                if line not in refused_lines
            ),
        )
