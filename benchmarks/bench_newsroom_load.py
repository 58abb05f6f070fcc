"""A shared newsroom under load: 20 people at once on one PostgreSQL server.

    python benchmarks/bench_newsroom_load.py [--server URL] [--seconds 60]
        [--writers 8] [--copy-editors 6] [--moderators 6] [--json FILE]

It creates a throwaway newsroom database on the server (migrated by `open_database`),
fills it (`generate_newsroom.generate`, then every comment set pending), adds one
PostgreSQL login per simulated person (`AdminService.add_person`, random passwords), and
starts each person as a separate process that signs in with its own login, so the
server's grants, row-level security and workflow trigger apply as they do to real people:

- writers save one of their drafts every second (a unique marker such as "⟦w03-0057⟧"
  appended to a paragraph), sometimes from an older version as a second window would,
  resolve the conflict with the three-way merge, and submit a draft every ~15 s;
- copy editors take stories from the copy queue, make 2-3 edits and pass or send back;
- moderators act on pages of pending comments in small batches, undoing now and then.

Every acknowledged operation is recorded with its latency. Afterwards the database is
read directly: every acknowledged marker must be in its story's text or one of its
revisions, every acknowledged move in the workflow log, and every comment in a state an
acknowledged action left it in. Then the database, the logins and the newsroom's group
roles are dropped. Nothing is asserted about time; the exit status is 1 when anything
acknowledged was lost, 2 when the run itself failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing as mp
import os
import queue
import random
import re
import secrets
import signal
import sys
import time
import traceback
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from importlib.util import find_spec
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any, TypeVar

if find_spec("newsdesk") is None:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.domain.enums import ArticleStatus, CommentStatus, Role
from newsdesk.domain.errors import InvalidInput, NewsdeskError, NotAllowed, VersionConflict
from newsdesk.domain.moderation import ModerationAction
from newsdesk.domain.workflow import Action
from newsdesk.services.admin import AdminService, drop_own_roles
from newsdesk.services.articles import ArticleQuery, ArticleSort, SavedView
from newsdesk.services.comments import CommentQuery
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.storage.database import DatabaseError

DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
SAVE_GOAL_MS = 50.0
SAVE_INTERVAL = 1.0
"""Writers save once a second, as the editor's autosave does while someone types."""
STALE_SHARE = 0.10
"""Share of saves made from an older version, as a second window would."""
SUBMIT_EVERY = 15.0
DRAFTS_PER_WRITER = 3
HISTORY_KEPT = 6
HEARTBEAT_EVERY = 10.0
MODERATION_INTERVAL = 1.0
"""A moderator acts about once a second (a key press, or a small selection)."""
HOT_QUEUE_SHARE = 0.10
"""Share of moderator pages taken from the top of the queue, where they meet."""
MERGE_ATTEMPTS = 5
DEADLOCK = "40P01"
SERIALIZATION_FAILURE = "40001"
MERGE_REASON = "merged after a conflict"
MARKER = re.compile(r"⟦[a-z]\d{2}-\d{4}⟧")
ACTION_STATE = {
    ModerationAction.APPROVE: CommentStatus.APPROVED,
    ModerationAction.SPAM: CommentStatus.SPAM,
    ModerationAction.TRASH: CommentStatus.TRASH,
}
KIND_LETTER = {"writer": "w", "copy": "c", "moderator": "m"}
KIND_ROLE = {"writer": Role.DESK, "copy": Role.COPY, "moderator": Role.MODERATOR}

T = TypeVar("T")


# ==========================================================================================
# What a client is told, and what it reports
# ==========================================================================================


@dataclass(frozen=True, slots=True)
class ClientSpec:
    kind: str
    """"writer", "copy" or "moderator"."""
    number: int
    url: str
    """The newsroom database with this person's own login and password."""
    seed: int
    seconds: float
    section_ids: tuple[int, ...]
    start_cursor: tuple[str, int] | None = None
    """Moderators: where in the pending queue (newest first) this one starts reading."""

    @property
    def name(self) -> str:
        return f"{KIND_LETTER[self.kind]}{self.number:02d}"


@dataclass(slots=True)
class ClientReport:
    name: str
    kind: str
    ops: list[tuple[str, float, float]] = field(default_factory=list)
    """(kind, started at (monotonic clock), seconds) of every acknowledged operation."""
    markers: list[tuple[int, str, str]] = field(default_factory=list)
    """(story, marker, how): a marker the server acknowledged holding."""
    transitions: list[tuple[int, str]] = field(default_factory=list)
    """(story, workflow action) acknowledged."""
    moderation: list[dict[str, Any]] = field(default_factory=list)
    """Acknowledged actions (seq, action, ids, start, end) and undos (undo_of, ids, …)."""
    counts: Counter[str] = field(default_factory=Counter)
    cpu_seconds: float = 0.0
    """CPU time this client process used during the run (its Python, not the server's)."""
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "ops": self.ops,
            "markers": self.markers,
            "transitions": self.transitions,
            "moderation": self.moderation,
            "counts": dict(self.counts),
            "cpu_seconds": self.cpu_seconds,
            "errors": self.errors,
        }


class Client:
    """One person at work: a signed-in newsroom, a clock and a record of what held."""

    def __init__(self, spec: ClientSpec, newsroom: Newsroom, deadline: float) -> None:
        self.spec = spec
        self.newsroom = newsroom
        self.deadline = deadline
        self.rng = random.Random(spec.seed)
        self.report = ClientReport(spec.name, spec.kind)
        self._marker_count = 0
        self.locks = _lock_service(newsroom)

    def running(self) -> bool:
        return time.monotonic() < self.deadline

    def timed(self, kind: str, call: Callable[[], T]) -> T:
        """Run `call`; when it returns, record it as acknowledged with its latency."""
        started = time.monotonic()
        result = call()
        self.report.ops.append((kind, started, time.monotonic() - started))
        return result

    def marker(self) -> str:
        self._marker_count += 1
        return f"⟦{self.spec.name}-{self._marker_count:04d}⟧"

    def sleep_until(self, moment: float) -> None:
        delay = min(moment, self.deadline) - time.monotonic()
        if delay > 0:
            time.sleep(delay)

    def error(self, what: str, error: BaseException) -> None:
        """An operation that failed (so acknowledged nothing); the person carries on."""
        state = getattr(getattr(error, "orig", None), "sqlstate", None)
        if state == DEADLOCK:
            self.report.counts["operations failed: deadlock detected"] += 1
        elif state == SERIALIZATION_FAILURE:
            self.report.counts["operations failed: serialization failure"] += 1
        else:
            self.report.counts["operations failed: other errors"] += 1
        if len(self.report.errors) < 20:
            first_line = (str(getattr(error, "orig", None) or error).splitlines() or [""])[0]
            self.report.errors.append(f"{what}: {type(error).__name__}: {first_line}")

    # ---- edit locks (when this checkout has them) ---------------------------------------
    def lock(self, article_id: int) -> bool:
        if self.locks is None:
            return False
        result = self.timed("lock", lambda: self.locks.acquire(article_id))
        if not result.held:
            self.report.counts["lock busy"] += 1
        return bool(result.held)

    def heartbeat(self, article_id: int) -> None:
        if self.locks is not None:
            self.timed("lock", lambda: self.locks.heartbeat(article_id))

    def unlock(self, article_id: int) -> None:
        if self.locks is not None:
            self.timed("lock", lambda: self.locks.release(article_id))

    # ---- saving, with conflicts resolved by the three-way merge --------------------------
    def save(
        self, article_id: int, edit: ArticleEdit, base: ArticleEdit, version: int, marker: str
    ) -> Article:
        """Save `edit` (typed over `base` at `version`); a conflict is merged and saved."""
        articles = self.newsroom.articles
        started = time.monotonic()
        try:
            saved = articles.save(article_id, edit, version)
        except VersionConflict:
            self.report.ops.append(("refused save", started, time.monotonic() - started))
            self.report.counts["conflicts detected"] += 1
            return self.merge(article_id, edit, base, version, marker)
        self.report.ops.append(("save", started, time.monotonic() - started))
        self.report.markers.append((article_id, marker, "saved"))
        return saved

    def merge(
        self, article_id: int, ours: ArticleEdit, base: ArticleEdit, version: int, marker: str
    ) -> Article:
        conflicts = self.newsroom.conflicts
        for _ in range(MERGE_ATTEMPTS):
            case = self.timed(
                "conflict case", lambda: conflicts.open_case(article_id, ours, base, version)
            )
            self.report.markers.append((article_id, marker, "kept"))
            chosen = case.merge.result()
            if not case.merge.clean:
                self.report.counts["merges with conflicting paragraphs"] += 1
            started = time.monotonic()
            try:
                saved = conflicts.resolve(case, chosen, MERGE_REASON)
            except VersionConflict:
                self.report.counts["conflicts detected"] += 1
                continue
            self.report.ops.append(("merge save", started, time.monotonic() - started))
            self.report.counts["conflicts resolved"] += 1
            if marker in saved.body:
                self.report.markers.append((article_id, marker, "merged"))
            return saved
        self.report.counts["conflicts unresolved"] += 1
        return self.newsroom.articles.get(article_id)

    def move(self, article_id: int, action: Action, note: str = "") -> Article | None:
        """A workflow step; None when someone else moved the story first."""
        started = time.monotonic()
        try:
            moved = self.newsroom.workflow.apply(article_id, action, note=note)
        except (NotAllowed, InvalidInput) as refusal:
            if action is not Action.TAKE:
                self.report.counts[f"{action.value} refused"] += 1
                self.error(f"{action.value} story {article_id}", refusal)
            return None
        self.report.ops.append(("transition", started, time.monotonic() - started))
        self.report.transitions.append((article_id, action.value))
        return moved


def _lock_service(newsroom: Newsroom) -> Any:
    """Edit locks, when this checkout has them (services/locks.py); else None."""
    try:
        from newsdesk.services.locks import LockService
    except ImportError:
        return None
    return LockService(newsroom.database, newsroom.identity)


def with_marker(edit: ArticleEdit, marker: str, rng: random.Random) -> ArticleEdit:
    """The edit with `marker` typed at the end of one of its paragraphs."""
    paragraphs = edit.body.split("\n\n") if edit.body.strip() else [""]
    index = rng.randrange(len(paragraphs))
    paragraphs[index] = f"{paragraphs[index].rstrip()} {marker}".lstrip()
    return replace(edit, body="\n\n".join(paragraphs))


# ==========================================================================================
# Writers
# ==========================================================================================


@dataclass(slots=True)
class Draft:
    article_id: int
    edit: ArticleEdit
    version: int
    history: list[tuple[ArticleEdit, int]]
    """Earlier (text, version) pairs: what a second window may still show."""
    locked: bool = False

    def adopt(self, article: Article) -> None:
        self.edit, self.version = ArticleEdit.of(article), article.version
        self.history = [*self.history, (self.edit, self.version)][-HISTORY_KEPT:]


def run_writer(client: Client) -> None:
    from generate_newsroom import make_body

    rng, newsroom = client.rng, client.newsroom
    drafts: list[Draft] = []

    def new_draft() -> None:
        marker = client.marker()
        body = make_body(rng, rng.randint(1_500, 5_000))
        edit = ArticleEdit(
            headline=f"Story {marker} by {client.spec.name}",
            standfirst="What happened, in one sentence.",
            body=f"{body} {marker}",
            dateline=rng.choice(["LONDON", "KYIV", "NAIROBI", "LIMA", "OSAKA"]),
            byline=f"Writer {client.spec.number:02d}",
            credit="Staff",
            section_id=rng.choice(client.spec.section_ids),
        )
        article = client.timed("create", lambda: newsroom.articles.create(edit))
        client.report.markers.append((article.id, marker, "created"))
        draft = Draft(article.id, ArticleEdit.of(article), article.version, [])
        draft.adopt(article)
        draft.locked = client.lock(article.id)
        drafts.append(draft)

    def adopt_sent_back() -> None:
        query = ArticleQuery(view=SavedView.MY_DRAFTS, status=ArticleStatus.SENT_BACK)
        mine = {draft.article_id for draft in drafts}
        for article_id in client.timed("list", lambda: newsroom.articles.list_ids(query)):
            if article_id not in mine and len(drafts) < DRAFTS_PER_WRITER + 2:
                article = client.timed("read", partial(newsroom.articles.get, article_id))
                draft = Draft(article.id, ArticleEdit.of(article), article.version, [])
                draft.adopt(article)
                draft.locked = client.lock(article.id)
                drafts.append(draft)
                client.report.counts["sent back stories taken up again"] += 1

    def submit(draft: Draft) -> None:
        drafts.remove(draft)
        if draft.locked:
            client.unlock(draft.article_id)
        client.move(draft.article_id, Action.SUBMIT)

    for _ in range(DRAFTS_PER_WRITER):
        new_draft()
    started = time.monotonic()
    next_save = started + rng.uniform(0, SAVE_INTERVAL)
    next_submit = started + rng.uniform(0.5, 1.5) * SUBMIT_EVERY
    next_heartbeat = started + HEARTBEAT_EVERY
    while client.running():
        client.sleep_until(next_save)
        if not client.running():
            break
        next_save = max(next_save + SAVE_INTERVAL, time.monotonic())
        try:
            draft = rng.choice(drafts)
            marker = client.marker()
            base, version = draft.edit, draft.version
            if len(draft.history) > 1 and rng.random() < STALE_SHARE:
                base, version = rng.choice(draft.history[:-1])
                client.report.counts["saves from an older version"] += 1
            saved = client.save(
                draft.article_id, with_marker(base, marker, rng), base, version, marker
            )
            draft.adopt(saved)
            now = time.monotonic()
            if now >= next_heartbeat:
                next_heartbeat = now + HEARTBEAT_EVERY
                for held in drafts:
                    if held.locked:
                        client.heartbeat(held.article_id)
            if now >= next_submit:
                next_submit = now + rng.uniform(0.8, 1.2) * SUBMIT_EVERY
                submit(min(drafts, key=lambda d: d.article_id))
                adopt_sent_back()
                while len(drafts) < DRAFTS_PER_WRITER:
                    new_draft()
        except Exception as error:  # a refusal or a database error: carry on, as people do
            client.error("writer step", error)
    for draft in drafts:
        if draft.locked:
            client.unlock(draft.article_id)


# ==========================================================================================
# Copy editors
# ==========================================================================================


def _filled(edit: ArticleEdit, section_ids: Sequence[int]) -> ArticleEdit:
    """What a copy editor fills in before passing a story as ready."""
    return replace(
        edit,
        dateline=edit.dateline or "LONDON",
        byline=edit.byline or "Staff reporter",
        credit=edit.credit or "Staff",
        section_id=edit.section_id or section_ids[0],
    )


def run_copy_editor(client: Client) -> None:
    rng, newsroom = client.rng, client.newsroom
    queue_query = ArticleQuery(
        status=ArticleStatus.SUBMITTED, sort=ArticleSort.UPDATED, descending=False
    )
    while client.running():
        try:
            waiting = client.timed("list", lambda: newsroom.articles.list_ids(queue_query))
            if not waiting:
                client.report.counts["copy queue found empty"] += 1
                client.sleep_until(time.monotonic() + 0.5)
                continue
            article_id = rng.choice(waiting[:4])
            if client.move(article_id, Action.TAKE) is None:
                client.report.counts["take lost to another copy editor"] += 1
                continue
            locked = client.lock(article_id)
            article = client.timed("read", partial(newsroom.articles.get, article_id))
            history = [(ArticleEdit.of(article), article.version)]
            for _ in range(rng.randint(2, 3)):
                client.sleep_until(time.monotonic() + rng.uniform(0.6, 1.4))
                marker = client.marker()
                base, version = history[-1]
                if len(history) > 1 and rng.random() < STALE_SHARE:
                    base, version = rng.choice(history[:-1])
                    client.report.counts["saves from an older version"] += 1
                edit = _filled(with_marker(base, marker, rng), client.spec.section_ids)
                saved = client.save(article_id, edit, base, version, marker)
                history.append((ArticleEdit.of(saved), saved.version))
                if locked:
                    client.heartbeat(article_id)
            if rng.random() < 0.8:
                client.move(article_id, Action.PASS_READY)
            else:
                client.move(article_id, Action.SEND_BACK, note="Check the quotes and the figures")
            if locked:
                client.unlock(article_id)
        except Exception as error:  # a refusal or a database error: carry on, as people do
            client.error("copy step", error)


# ==========================================================================================
# Moderators
# ==========================================================================================


def run_moderator(client: Client) -> None:
    rng, newsroom = client.rng, client.newsroom
    pending = CommentQuery(status=CommentStatus.PENDING)
    start = client.spec.start_cursor
    cursor = (datetime.fromisoformat(start[0]), start[1]) if start else None
    seq = 0
    done: list[int] = []
    """Own acknowledged actions not yet undone, oldest first (what undo() takes back)."""
    next_action = time.monotonic()
    while client.running():
        try:
            if rng.random() < HOT_QUEUE_SHARE:
                page = client.timed("queue page", lambda: newsroom.comments.page(pending, limit=20))
            else:
                page = client.timed(
                    "queue page", partial(newsroom.comments.page, pending, after=cursor, limit=60)
                )
                if not page:
                    cursor = None
                    client.report.counts["queue wrapped around"] += 1
                    continue
                cursor = (page[-1].submitted_at, page[-1].id)
            ids = [row.id for row in page]
            while ids and client.running():
                client.sleep_until(next_action)
                next_action = max(
                    next_action + rng.uniform(0.5, 1.5) * MODERATION_INTERVAL, time.monotonic()
                )
                size = rng.randint(1, 8)
                batch, ids = ids[:size], ids[size:]
                action = rng.choices(list(ACTION_STATE), weights=(70, 15, 15))[0]
                began = time.monotonic()
                result = newsroom.moderation.moderate(batch, action)
                ended = time.monotonic()
                client.report.ops.append(("moderate", began, ended - began))
                client.report.counts["comments skipped (moved already)"] += result.skipped
                if result.comment_ids:
                    seq += 1
                    done.append(seq)
                    client.report.moderation.append(
                        {
                            "seq": seq,
                            "action": action.value,
                            "ids": list(result.comment_ids),
                            "start": began,
                            "end": ended,
                        }
                    )
                if done and rng.random() < 0.05:
                    began = time.monotonic()
                    undone = newsroom.moderation.undo()
                    ended = time.monotonic()
                    client.report.ops.append(("undo", began, ended - began))
                    if undone is not None:
                        client.report.moderation.append(
                            {
                                "undo_of": done.pop(),
                                "ids": list(undone.comment_ids),
                                "start": began,
                                "end": ended,
                            }
                        )
        except Exception as error:  # a refusal or a database error: carry on, as people do
            client.error("moderator step", error)


RUNNERS: dict[str, Callable[[Client], None]] = {
    "writer": run_writer,
    "copy": run_copy_editor,
    "moderator": run_moderator,
}


def client_main(spec: ClientSpec, results: Any, go: Event, start_at: Any, stop: Event) -> None:
    """A client process: sign in, wait for the start, work until the deadline, report."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops us through `stop`
    try:
        newsroom = open_newsroom(spec.url)
    except BaseException:
        results.put(("failed", spec.name, traceback.format_exc()))
        return
    try:
        results.put(("ready", spec.name, ""))
        go.wait()
        if stop.is_set():
            results.put(("report", spec.name, ClientReport(spec.name, spec.kind).to_dict()))
            return
        client = Client(spec, newsroom, start_at.value + spec.seconds)
        client.sleep_until(start_at.value)
        stopper = _Stopper(client, stop)
        cpu = time.process_time()
        try:
            RUNNERS[spec.kind](client)
        except Exception as error:  # a crash still reports what was acknowledged
            client.error("crashed", error)
            client.report.errors.append(traceback.format_exc(limit=3))
        finally:
            stopper.cancel()
            client.report.cpu_seconds = time.process_time() - cpu
        results.put(("report", spec.name, client.report.to_dict()))
    except BaseException:
        results.put(("failed", spec.name, traceback.format_exc()))
    finally:
        newsroom.close()


class _Stopper:
    """Ends a client's run early when the parent sets `stop` (Ctrl-C)."""

    def __init__(self, client: Client, stop: Event) -> None:
        import threading

        self._done = threading.Event()

        def watch() -> None:
            while not self._done.wait(0.2):
                if stop.is_set():
                    client.deadline = time.monotonic()
                    return

        self._thread = threading.Thread(target=watch, daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._done.set()


# ==========================================================================================
# Setting up: the database, its contents, the people
# ==========================================================================================


@dataclass(slots=True)
class Setup:
    server: URL
    database: str
    owner: Newsroom | None = None
    logins: list[str] = field(default_factory=list)
    group_roles: list[str] = field(default_factory=list)
    people: dict[str, int] = field(default_factory=dict)
    """Client name → user id."""
    timings: dict[str, float] = field(default_factory=dict)

    def url(self, login: str | None = None, password: str | None = None) -> str:
        url = self.server.set(drivername="postgresql", database=self.database)
        if login is not None:
            url = url.set(username=login, password=password)
        return url.render_as_string(hide_password=False)


def _admin(server: URL) -> psycopg.Connection[Any]:
    return psycopg.connect(
        server.set(drivername="postgresql").render_as_string(hide_password=False),
        autocommit=True,
        connect_timeout=5,
    )


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def create_database(server: URL) -> Setup:
    name = f"newsdesk_load_{uuid.uuid4().hex[:10]}"
    with _admin(server) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return Setup(server=server, database=name)


def fill(setup: Setup, stories: int, comments: int, seed: int) -> None:
    """Stories and comments from the newsroom generator; then every comment pending."""
    from generate_newsroom import generate

    started = time.perf_counter()
    with contextlib.redirect_stdout(sys.stderr):
        generate(setup.url(), articles=stories, comments=comments, seed=seed)
    with psycopg.connect(setup.url(), autocommit=True) as connection:
        connection.execute(
            "UPDATE comments SET status = 'pending', previous_status = NULL "
            "WHERE status <> 'pending'"
        )
        connection.execute("VACUUM ANALYZE comments")
    setup.timings["fill"] = time.perf_counter() - started


def add_people(setup: Setup, mix: dict[str, int]) -> dict[str, tuple[str, str]]:
    """One login per client; returns client name → (login, password)."""
    assert setup.owner is not None
    admin = AdminService(setup.owner.database, setup.owner.identity)
    setup.group_roles = list(admin.group_roles().names.values())
    tag = uuid.uuid4().hex[:6]
    credentials: dict[str, tuple[str, str]] = {}
    started = time.perf_counter()
    for kind, count in mix.items():
        for number in range(1, count + 1):
            name = f"{KIND_LETTER[kind]}{number:02d}"
            login = f"load{tag}.{name}"
            password = secrets.token_urlsafe(18)
            person = admin.add_person(
                login, [KIND_ROLE[kind]], password, display_name=f"Load {kind} {number:02d}"
            )
            setup.logins.append(login)
            assert person.user_id is not None
            setup.people[name] = person.user_id
            credentials[name] = (login, password)
    setup.timings["logins"] = time.perf_counter() - started
    return credentials


def section_ids(setup: Setup) -> tuple[int, ...]:
    assert setup.owner is not None
    with setup.owner.database.engine.connect() as connection:
        return tuple(connection.scalars(text("SELECT id FROM sections ORDER BY id")))


def moderator_starts(setup: Setup, count: int) -> list[tuple[str, int] | None]:
    """Evenly spread starting points in the pending queue (newest first)."""
    assert setup.owner is not None
    with setup.owner.database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT submitted_at, id FROM comments WHERE status = 'pending' "
                "ORDER BY submitted_at DESC, id DESC"
            )
        ).all()
    if not rows:
        return [None] * count
    starts: list[tuple[str, int] | None] = [None]
    for number in range(1, count):
        submitted_at, comment_id = rows[len(rows) * number // count]
        starts.append((submitted_at.isoformat(), comment_id))
    return starts[:count]


def clean_up(setup: Setup) -> list[str]:
    """Drop the logins, the newsroom's group roles and the database; say what failed."""
    problems: list[str] = []
    with _admin(setup.server) as connection:
        for login in setup.logins:
            try:
                connection.execute(f'DROP ROLE IF EXISTS "{login}"')
            except psycopg.Error as error:
                problems.append(f"login {login}: {error}")
    if setup.owner is not None:
        try:
            with setup.owner.database.engine.begin() as connection:
                drop_own_roles(connection)
        except Exception as error:
            problems.append(f"group roles: {error}")
        setup.owner.close()
    with _admin(setup.server) as connection:
        try:
            connection.execute(f'DROP DATABASE IF EXISTS "{setup.database}" WITH (FORCE)')
        except psycopg.Error as error:
            problems.append(f"database {setup.database}: {error}")
    return problems


# ==========================================================================================
# Running the clients
# ==========================================================================================


def run_clients(
    specs: list[ClientSpec], start_timeout: float
) -> tuple[list[dict[str, Any]], list[str], float]:
    """Start every client, release them together, collect their reports.

    Returns the reports, the failures, and the monotonic time the run started.
    """
    context = mp.get_context("spawn")
    results = context.Queue()
    go, stop = context.Event(), context.Event()
    start_at = context.Value("d", 0.0)
    processes = [
        context.Process(
            target=client_main, args=(spec, results, go, start_at, stop), name=spec.name
        )
        for spec in specs
    ]
    for process in processes:
        process.start()
    reports: list[dict[str, Any]] = []
    failures: list[str] = []
    ready = 0
    seconds = specs[0].seconds if specs else 0.0
    try:
        deadline = time.monotonic() + start_timeout
        while ready + len(failures) < len(specs):
            kind, name, payload = _next(results, deadline, processes)
            if kind == "ready":
                ready += 1
            else:
                failures.append(f"{name}: {payload}")
        if failures:
            stop.set()
        start_at.value = time.monotonic() + 0.5
        go.set()
        _log(f"{ready} clients signed in; running for {seconds:g} s")
        deadline = start_at.value + seconds + 120
        while len(reports) + len(failures) < len(specs):
            kind, name, payload = _next(results, deadline, processes)
            if kind == "report":
                reports.append(payload)
            elif kind == "failed":
                failures.append(f"{name}: {payload}")
    except KeyboardInterrupt:
        _log("Interrupted: stopping the clients")
        stop.set()
        go.set()
        with contextlib.suppress(TimeoutError):
            while len(reports) + len(failures) < len(specs):
                kind, name, payload = _next(results, time.monotonic() + 30, processes)
                if kind == "report":
                    reports.append(payload)
        failures.append("interrupted")
    except TimeoutError as error:
        stop.set()
        go.set()
        failures.append(str(error))
    for process in processes:
        process.join(timeout=10)
        if process.is_alive():
            process.terminate()
            process.join(timeout=5)
    return reports, failures, start_at.value


def _next(results: Any, deadline: float, processes: list[Any]) -> tuple[str, str, Any]:
    while True:
        try:
            message: tuple[str, str, Any] = results.get(timeout=0.5)
            return message
        except queue.Empty:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError("clients did not report in time")
        if all(not process.is_alive() for process in processes) and results.empty():
            raise TimeoutError("every client process ended without reporting")


# ==========================================================================================
# Checking: nothing acknowledged may be missing
# ==========================================================================================


def check_markers(setup: Setup, reports: list[dict[str, Any]]) -> dict[str, Any]:
    assert setup.owner is not None
    expected: dict[int, dict[str, str]] = defaultdict(dict)
    for report in reports:
        for article_id, marker, how in report["markers"]:
            expected[article_id].setdefault(marker, how)
    ids = list(expected)
    in_text: dict[int, set[str]] = defaultdict(set)
    in_revisions: dict[int, set[str]] = defaultdict(set)
    with setup.owner.database.engine.connect() as connection:
        for article_id, body in connection.execute(
            text("SELECT id, body FROM articles WHERE id = ANY(:ids)"), {"ids": ids}
        ):
            in_text[article_id].update(MARKER.findall(body))
        for article_id, body in connection.execute(
            text("SELECT article_id, body FROM revisions WHERE article_id = ANY(:ids)"),
            {"ids": ids},
        ):
            in_revisions[article_id].update(MARKER.findall(body))
    lost: list[dict[str, Any]] = []
    only_in_revisions = 0
    total = 0
    for article_id, markers in expected.items():
        for marker, how in markers.items():
            total += 1
            if marker in in_text[article_id]:
                continue
            if marker in in_revisions[article_id]:
                only_in_revisions += 1
                continue
            lost.append({"story": article_id, "marker": marker, "acknowledged as": how})
    return {
        "stories": len(ids),
        "markers acknowledged": total,
        "in the current text": total - only_in_revisions - len(lost),
        "only in a revision": only_in_revisions,
        "lost": lost,
    }


def check_transitions(setup: Setup, reports: list[dict[str, Any]]) -> dict[str, Any]:
    assert setup.owner is not None
    with setup.owner.database.engine.connect() as connection:
        logged = Counter(
            (row.user_id, row.article_id, row.action)
            for row in connection.execute(
                text("SELECT user_id, article_id, action FROM workflow_transitions")
            )
        )
    acknowledged = Counter(
        (setup.people[report["name"]], article_id, action)
        for report in reports
        for article_id, action in report["transitions"]
    )
    missing = acknowledged - logged
    return {
        "acknowledged": sum(acknowledged.values()),
        "lost": [
            {"user": user, "story": story, "action": action, "times": times}
            for (user, story, action), times in missing.items()
        ],
    }


def check_comments(setup: Setup, reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Each comment touched must be in a state one of its possibly-last acknowledged
    actions left it in; untouched comments must still be pending.

    Clients act concurrently, so for each comment an action counts as possibly last
    when no other acknowledged action on it began after it had finished.
    """
    assert setup.owner is not None
    with setup.owner.database.engine.connect() as connection:
        states = {
            comment_id: status
            for comment_id, status in connection.execute(text("SELECT id, status FROM comments"))
        }
        logged: dict[int, list[int]] = defaultdict(list)
        for user_id, action_id in connection.execute(
            text("SELECT user_id, id FROM moderation_actions ORDER BY id")
        ):
            logged[user_id].append(action_id)
        sources: dict[tuple[int, int], str] = {
            (action_id, comment_id): source
            for action_id, comment_id, source in connection.execute(
                text("SELECT action_id, comment_id, from_status FROM moderation_log")
            )
        }
    events: dict[int, list[tuple[float, float, str, str]]] = defaultdict(list)
    """comment → (start, end, expected state, who) of each acknowledged action on it."""
    unmatched: list[str] = []
    acknowledged = undos = 0
    for report in reports:
        if report["kind"] != "moderator":
            continue
        rows = logged.get(setup.people[report["name"]], [])
        actions = [entry for entry in report["moderation"] if "seq" in entry]
        if len(actions) != len(rows):
            unmatched.append(
                f"{report['name']}: {len(actions)} acknowledged actions, {len(rows)} logged"
            )
            continue
        row_of = {entry["seq"]: rows[index] for index, entry in enumerate(actions)}
        for entry in report["moderation"]:
            if "seq" in entry:
                acknowledged += 1
                target = ACTION_STATE[ModerationAction(entry["action"])].value
                for comment_id in entry["ids"]:
                    events[comment_id].append(
                        (entry["start"], entry["end"], target, report["name"])
                    )
            else:
                undos += 1
                action_id = row_of[entry["undo_of"]]
                for comment_id in entry["ids"]:
                    back = sources.get((action_id, comment_id), "?")
                    events[comment_id].append((entry["start"], entry["end"], back, report["name"]))
    wrong: list[dict[str, Any]] = []
    for comment_id, seen in events.items():
        possible = {state for start, end, state, _ in seen if not any(s > end for s, *_ in seen)}
        state = states.get(comment_id)
        if state not in possible:
            wrong.append(
                {"comment": comment_id, "state": state, "expected one of": sorted(possible)}
            )
    untouched_moved = [
        comment_id
        for comment_id, state in states.items()
        if comment_id not in events and state != CommentStatus.PENDING.value
    ]
    return {
        "actions acknowledged": acknowledged,
        "undos acknowledged": undos,
        "comments touched": len(events),
        "not in an acknowledged state": wrong,
        "moved without an acknowledged action": untouched_moved[:50],
        "moved without an acknowledged action (count)": len(untouched_moved),
        "actions not matching the log": unmatched,
    }


def server_statistics(setup: Setup) -> dict[str, int]:
    """The server's own count of this database's transactions and deadlocks."""
    assert setup.owner is not None
    with setup.owner.database.engine.connect() as connection:
        connection.execute(text("SELECT pg_stat_clear_snapshot()"))
        row = connection.execute(
            text(
                "SELECT xact_commit, xact_rollback, deadlocks FROM pg_stat_database "
                "WHERE datname = current_database()"
            )
        ).one()
    return {"commits": row[0], "rollbacks": row[1], "deadlocks": row[2]}


# ==========================================================================================
# Figures
# ==========================================================================================


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of `values` (not empty)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


def latency(values: Sequence[float]) -> dict[str, float | int]:
    if not values:
        return {"count": 0}
    ms = [value * 1000 for value in values]
    return {
        "count": len(ms),
        "p50_ms": round(percentile(ms, 0.50), 2),
        "p95_ms": round(percentile(ms, 0.95), 2),
        "p99_ms": round(percentile(ms, 0.99), 2),
        "max_ms": round(max(ms), 2),
    }


def figures(reports: list[dict[str, Any]], started: float, elapsed: float) -> dict[str, Any]:
    """Figures for the operations begun within the run's `elapsed` seconds.

    Operations begun before the deadline may end after it (the clients finish what they
    were doing); they count, and how long the last one ran over is reported.
    """
    by_kind: dict[str, list[float]] = defaultdict(list)
    ends = [started + elapsed]
    for report in reports:
        for kind, begin, seconds in report["ops"]:
            if started <= begin < started + elapsed:
                by_kind[kind].append(seconds)
                ends.append(begin + seconds)
    counts: Counter[str] = Counter()
    for report in reports:
        counts.update(report["counts"])
    acknowledged = {k: v for k, v in by_kind.items() if k != "refused save"}
    total = sum(len(v) for v in acknowledged.values())
    return {
        "elapsed_s": round(elapsed, 2),
        "overrun_s": round(max(ends) - started - elapsed, 2),
        "operations": total,
        "ops_per_second": round(total / elapsed, 1) if elapsed else 0.0,
        "by_kind": {
            kind: {
                "per_second": round(len(values) / elapsed, 2) if elapsed else 0.0,
                **latency(values),
            }
            for kind, values in sorted(by_kind.items())
        },
        "save_latency": latency(by_kind["save"] + by_kind["merge save"]),
        "counts": dict(sorted(counts.items())),
    }


def print_report(result: dict[str, Any]) -> None:
    config, run = result["config"], result["figures"]
    print(
        f"Newsroom load on {config['server']}: {config['writers']} writers, "
        f"{config['copy_editors']} copy editors, {config['moderators']} moderators, each "
        f"with their own login, for {run['elapsed_s']:g} s "
        f"({config['stories']:,} stories, {config['comments']:,} pending comments)"
    )
    print(
        f"\n{run['operations']:,} acknowledged operations begun in the run: "
        f"{run['ops_per_second']:.1f} per second (the last ended {run['overrun_s']:.1f} s "
        "after the deadline)"
    )
    print(
        f"\n{'operation':26} {'count':>7} {'per s':>7} {'p50':>9} {'p95':>9} {'p99':>9} {'max':>9}"
    )
    print("-" * 82)
    for kind, row in run["by_kind"].items():
        if not row["count"]:
            continue
        print(
            f"{kind:26} {row['count']:7,} {row['per_second']:7.2f} {row['p50_ms']:7.1f}ms "
            f"{row['p95_ms']:7.1f}ms {row['p99_ms']:7.1f}ms {row['max_ms']:7.1f}ms"
        )
    saves = run["save_latency"]
    if saves["count"]:
        verdict = "met" if saves["p95_ms"] < SAVE_GOAL_MS else "MISSED"
        print(
            f"\nsaves (incl. merge saves): p50 {saves['p50_ms']:.1f} ms, p95 "
            f"{saves['p95_ms']:.1f} ms, p99 {saves['p99_ms']:.1f} ms; goal p95 < "
            f"{SAVE_GOAL_MS:.0f} ms {verdict}"
        )
    print("\nevents:")
    for name, value in run["counts"].items():
        print(f"  {name:44} {value:8,}")
    markers, moves, comments = result["markers"], result["transitions"], result["comments"]
    print(
        f"\nmarkers: {markers['markers acknowledged']:,} acknowledged in "
        f"{markers['stories']:,} stories; {markers['in the current text']:,} in the current "
        f"text, {markers['only in a revision']:,} only in a revision; lost "
        f"{len(markers['lost'])}"
    )
    for entry in markers["lost"][:20]:
        print(f"  LOST {entry}")
    print(f"workflow moves: {moves['acknowledged']:,} acknowledged; lost {len(moves['lost'])}")
    for entry in moves["lost"][:20]:
        print(f"  LOST {entry}")
    wrong = comments["not in an acknowledged state"]
    print(
        f"comments: {comments['actions acknowledged']:,} actions and "
        f"{comments['undos acknowledged']:,} undos acknowledged on "
        f"{comments['comments touched']:,} comments; not in an acknowledged state "
        f"{len(wrong)}; moved without an acknowledged action "
        f"{comments['moved without an acknowledged action (count)']}"
    )
    for entry in wrong[:20]:
        print(f"  WRONG {entry}")
    for line in comments["actions not matching the log"]:
        print(f"  LOG {line}")
    grouped = Counter(line.split(": ", 1)[-1] for line in result["errors"])
    for line, times in grouped.most_common(10):
        print(f"failed operation ({times}x among the first 20 of each client): {line[:300]}")
    machine, server = result["machine"], result["server"]
    print(
        f"\nmachine: {machine['cpus']} CPUs, load average {machine['load_average_before']} "
        f"before the run and {machine['load_average_after']} after; the clients' own CPU "
        f"time {machine['client_cpu_s']} s"
    )
    print(
        f"server (this database, set-up included): {server['commits']:,} commits, "
        f"{server['rollbacks']:,} rollbacks, {server['deadlocks']} deadlocks"
    )
    print(f"\nlost = {result['lost']}")


# ==========================================================================================


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", default=DEFAULT_SERVER, help=f"default {DEFAULT_SERVER}")
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the run")
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--copy-editors", type=int, default=6)
    parser.add_argument("--moderators", type=int, default=6)
    parser.add_argument("--stories", type=int, default=2_000, help="stories filled in first")
    parser.add_argument("--comments", type=int, default=50_000, help="pending comments")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args(argv)
    if min(args.writers, args.copy_editors, args.moderators) < 0:
        parser.error("client counts cannot be negative")
    if args.writers + args.copy_editors + args.moderators < 1:
        parser.error("at least one client is needed")
    if args.writers > 99 or args.copy_editors > 99 or args.moderators > 99:
        parser.error("at most 99 clients of each kind")
    if args.seconds <= 0:
        parser.error("--seconds must be positive")
    if args.stories < 1 or args.comments < 0:
        parser.error("--stories must be at least 1 and --comments at least 0")
    try:
        server = make_url(args.server)
    except Exception:
        parser.error(f"{args.server!r} is not a database URL")
    if server.get_backend_name() != "postgresql":
        parser.error("--server must be a PostgreSQL URL (postgresql://USER@HOST:PORT/DB)")
    args.server_url = server
    return args


def run(args: argparse.Namespace) -> tuple[dict[str, Any], int]:
    mix = {"writer": args.writers, "copy": args.copy_editors, "moderator": args.moderators}
    setup = create_database(args.server_url)
    _log(f"Created {setup.database} on {args.server_url.render_as_string(hide_password=True)}")
    try:
        started = time.perf_counter()
        owner = open_newsroom(setup.url())
        setup.owner = owner
        setup.timings["migrate"] = time.perf_counter() - started
        fill(setup, args.stories, args.comments, args.seed)
        credentials = add_people(setup, mix)
        sections = section_ids(setup)
        starts = moderator_starts(setup, args.moderators)
        specs = [
            ClientSpec(
                kind=kind,
                number=number,
                url=setup.url(*credentials[f"{KIND_LETTER[kind]}{number:02d}"]),
                seed=args.seed * 1000 + index,
                seconds=args.seconds,
                section_ids=sections,
                start_cursor=starts[number - 1] if kind == "moderator" else None,
            )
            for index, (kind, number) in enumerate(
                (kind, number) for kind, count in mix.items() for number in range(1, count + 1)
            )
        ]
        _log(
            f"Filled in {setup.timings['fill']:.1f} s, {len(specs)} logins in "
            f"{setup.timings['logins']:.1f} s; starting the clients"
        )
        load_before = os.getloadavg()[0]
        reports, failures, began = run_clients(specs, start_timeout=60 + 5 * len(specs))
        load_after = os.getloadavg()[0]
        _log("Checking what the clients acknowledged")
        result: dict[str, Any] = {
            "config": {
                "server": args.server_url.render_as_string(hide_password=True),
                "database": setup.database,
                "logins": setup.logins,
                "group_roles": setup.group_roles,
                "seconds": args.seconds,
                "writers": args.writers,
                "copy_editors": args.copy_editors,
                "moderators": args.moderators,
                "stories": args.stories,
                "comments": args.comments,
                "seed": args.seed,
                "edit_locks": _lock_service(owner) is not None,
            },
            "setup_s": {name: round(value, 2) for name, value in setup.timings.items()},
            "figures": figures(reports, began, args.seconds),
            "machine": {
                "cpus": os.cpu_count(),
                "load_average_before": round(load_before, 2),
                "load_average_after": round(load_after, 2),
                "client_cpu_s": round(sum(r["cpu_seconds"] for r in reports), 1),
            },
            "server": server_statistics(setup),
            "markers": check_markers(setup, reports),
            "transitions": check_transitions(setup, reports),
            "comments": check_comments(setup, reports),
            "errors": [
                f"{report['name']}: {line}" for report in reports for line in report["errors"]
            ]
            + failures,
            "failures": failures,
        }
        lost = (
            len(result["markers"]["lost"])
            + len(result["transitions"]["lost"])
            + len(result["comments"]["not in an acknowledged state"])
            + result["comments"]["moved without an acknowledged action (count)"]
            + len(result["comments"]["actions not matching the log"])
        )
        result["lost"] = lost
        status = 1 if lost else 2 if failures else 0
        return result, status
    finally:
        problems = clean_up(setup)
        for problem in problems:
            _log(f"Clean-up: {problem}")
        if not problems:
            _log(f"Dropped {setup.database}, its {len(setup.logins)} logins and group roles")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        result, status = run(args)
    except (DatabaseError, psycopg.Error, NewsdeskError) as error:
        print(f"bench_newsroom_load: {error}", file=sys.stderr)
        return 2
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
