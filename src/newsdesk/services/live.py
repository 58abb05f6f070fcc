"""What other people change in the newsroom, as `Changes`, while a window is open.

PostgreSQL: triggers (migration 0009, and 0008 for edit locks) send a notification on
the channel `newsdesk_changes` for every changed story, section, comment… A
`ChangeListener` listens on a connection of its own, in a thread of its own, folds what
arrives close together into one `Changes` and hands it on; when the connection drops it
says so, tries again with growing pauses, and once back reports "everything may have
changed", since notifications sent meanwhile are lost.

SQLite has no notifications: a `DataVersionPoller` asks `PRAGMA data_version` on a
connection of its own a few times a second; the number moves when any other connection
(another window, the CLI, this window's own saves) commits, and then the lists and the
open story are worth reading again.

Neither imports Qt; callbacks run on the watcher's thread, so the caller moves them to
wherever it needs them (the window uses a queued signal).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import event

from newsdesk.domain.changes import Changes
from newsdesk.storage.database import Database, server_connect_args

if TYPE_CHECKING:
    import psycopg  # imported when a listener starts: a SQLite newsroom never needs it

log = logging.getLogger(__name__)

CHANNEL = "newsdesk_changes"
QUIET_S = 0.03
"""A batch is handed on once nothing more arrived for this long…"""
BATCH_S = 0.1
"""…or this long after its first notification, whichever comes first."""
IDLE_WAIT_S = 0.25
"""How long the listener waits for the socket before looking whether it should stop."""
RECONNECT_DELAYS_S = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
POLL_INTERVAL_S = 0.3
STOP_WAIT_S = 0.5
"""How long `shutdown()` waits for the thread: it notices within IDLE_WAIT_S; a
connection attempt under way ends on its own time and hands nothing on."""

ChangesCallback = Callable[[Changes], None]
StatusCallback = Callable[[bool, str], None]
"""(connected, what went wrong in plain words; empty when connected)."""
OpenArticle = Callable[[], int | None]
"""The story open in the window, if any: a summary of many changes includes it."""

_STORY_LIST = Changes(article_list=True, sections=True)


class LiveWatcher(Protocol):
    def start(self) -> None: ...

    def shutdown(self) -> None: ...


def _open_story(open_article: OpenArticle | None) -> frozenset[int]:
    article_id = open_article() if open_article is not None else None
    return frozenset({article_id}) if article_id is not None else frozenset()


def everything(open_article: OpenArticle | None = None) -> Changes:
    """Read it all again: after a gap in what we heard, or any change on SQLite."""
    return Changes(
        articles=_open_story(open_article),
        article_list=True,
        sections=True,
        comments=True,
        wires=True,
    )


def changes_for(payload: str, open_article: OpenArticle | None = None) -> Changes | None:
    """What one notification stands for; None for one this version does not understand.

    `{"t": table, "id": row or story id or null, "op": "I"|"U"|"D"}`; a null id is a
    summary of a statement that touched many rows.
    """
    try:
        message = json.loads(payload)
    except ValueError:
        log.warning("ignored a live notification that is not JSON: %.200r", payload)
        return None
    if not isinstance(message, dict):
        return None
    table, row_id, op = message.get("t"), message.get("id"), message.get("op")
    many = row_id is None
    if many:
        # A summary of many rows: the lists, and the open story in case it was one.
        story = _open_story(open_article)
    elif isinstance(row_id, int) and not isinstance(row_id, bool):
        story = frozenset({row_id})
    else:
        return None
    if table == "articles":
        moved = many or op in ("I", "D") or bool(message.get("l"))
        return Changes(articles=story, article_list=moved, sections=moved)
    if table in ("article_tags", "editorial_notes", "article_assignments"):
        return Changes(articles=story, article_list=many)
    if table == "article_locks":
        return Changes(articles=story, article_list=True)
    if table == "related_links":
        return Changes(articles=story, related_links=True)
    if table == "sections":
        return _STORY_LIST  # names and counts in the tree, the filter and the list rows
    if table == "comments":
        return Changes(comments=True)
    if table in ("plan_items", "plan_assignments"):
        return Changes(plan=True)
    if table == "wire_items":
        return Changes(wires=True)
    if table == "wire_uses":  # a story rewritten (or its update seen) elsewhere
        return Changes(articles=story, wires=True)
    return None


def own_backend_pids(database: Database) -> tuple[set[int], Callable[[], None]]:
    """The server processes of `database`'s own connections, kept up to date as the pool
    hands them out, so a window can skip the echo of its own saves. Returns the set and
    a function that stops following."""
    pids: set[int] = set()

    def checked_out(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        info = getattr(dbapi_connection, "info", None)
        pid = getattr(info, "backend_pid", None)
        if isinstance(pid, int):
            pids.add(pid)

    event.listen(database.engine, "checkout", checked_out)

    def stop() -> None:
        if event.contains(database.engine, "checkout", checked_out):
            event.remove(database.engine, "checkout", checked_out)

    return pids, stop


def connection_parameters(database: Database) -> dict[str, Any]:
    """What psycopg needs to open one more connection like the engine's own."""
    _args, parameters = database.engine.dialect.create_connect_args(database.url)
    parameters = {key: value for key, value in parameters.items() if key != "context"}
    # Bounded like every other connection; a cut network noticed (and the reconnecting
    # begun) within seconds.
    parameters.update(server_connect_args("newsdesk-live"))
    return parameters


class ChangeListener:
    """LISTEN on a connection of its own; batches of Changes to `on_changes`."""

    def __init__(
        self,
        connect: Callable[[], psycopg.Connection[Any]],
        on_changes: ChangesCallback,
        on_status: StatusCallback | None = None,
        *,
        open_article: OpenArticle | None = None,
        ignore_pids: set[int] | frozenset[int] = frozenset(),
        reconnect_delays: Sequence[float] = RECONNECT_DELAYS_S,
    ) -> None:
        self._connect = connect
        self._on_changes = on_changes
        self._on_status = on_status
        self._open_article = open_article
        self._ignore_pids = ignore_pids
        """Notifications from these server processes are our own (read, not copied)."""
        self._delays = tuple(reconnect_delays)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="newsdesk-live", daemon=True)
        self.connected = False

    @classmethod
    def for_database(
        cls,
        database: Database,
        on_changes: ChangesCallback,
        on_status: StatusCallback | None = None,
        *,
        open_article: OpenArticle | None = None,
        ignore_pids: set[int] | frozenset[int] = frozenset(),
    ) -> ChangeListener:
        import psycopg

        parameters = connection_parameters(database)
        return cls(
            lambda: psycopg.connect(**parameters, autocommit=True),
            on_changes,
            on_status,
            open_article=open_article,
            ignore_pids=ignore_pids,
        )

    def start(self) -> None:
        self._thread.start()

    def shutdown(self) -> None:
        """Stop listening; nothing is handed on after this returns."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(STOP_WAIT_S)

    # ---- the listening thread ------------------------------------------------------------
    def _run(self) -> None:
        import psycopg

        failures = 0
        heard_before = False
        while not self._stop.is_set():
            try:
                connection = self._connect()
            except psycopg.Error as error:
                self._report(False, _plain(error))
                failures += 1
                self._stop.wait(self._delays[min(failures - 1, len(self._delays) - 1)])
                continue
            try:
                connection.execute(f"LISTEN {CHANNEL}")
                failures = 0
                self._report(True, "")
                if heard_before:
                    self._hand_on(everything(self._open_article))  # what we missed meanwhile
                heard_before = True
                self._listen(connection)
            except psycopg.Error as error:
                if not self._stop.is_set():
                    self._report(False, _plain(error))
                    failures += 1
                    self._stop.wait(self._delays[min(failures - 1, len(self._delays) - 1)])
            finally:
                connection.close()

    def _listen(self, connection: psycopg.Connection[Any]) -> None:
        batch: Changes | None = None
        first = last = 0.0
        while not self._stop.is_set():
            now = time.monotonic()
            wait = IDLE_WAIT_S if batch is None else min(first + BATCH_S, last + QUIET_S) - now
            for notify in connection.notifies(timeout=max(0.0, wait), stop_after=1):
                if notify.pid in self._ignore_pids:
                    continue
                changes = changes_for(notify.payload, self._open_article)
                if changes is None:
                    continue
                last = time.monotonic()
                if batch is None:
                    batch, first = changes, last
                else:
                    batch |= changes
            now = time.monotonic()
            if batch is not None and (now >= first + BATCH_S or now >= last + QUIET_S):
                self._hand_on(batch)
                batch = None

    def _hand_on(self, changes: Changes) -> None:
        if self._stop.is_set():
            return
        try:
            self._on_changes(changes)
        except Exception:  # a receiver's bug must not end the listening
            log.exception("live changes receiver failed")

    def _report(self, connected: bool, problem: str) -> None:
        if connected == self.connected and connected:
            return
        self.connected = connected
        if self._on_status is not None and not self._stop.is_set():
            try:
                self._on_status(connected, problem)
            except Exception:
                log.exception("live status receiver failed")


def _plain(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


class DataVersionPoller:
    """`PRAGMA data_version` on a connection of its own; "everything" when it moves."""

    def __init__(
        self,
        path: Path,
        on_changes: ChangesCallback,
        *,
        open_article: OpenArticle | None = None,
        interval: float = POLL_INTERVAL_S,
    ) -> None:
        self._path = path
        self._on_changes = on_changes
        self._open_article = open_article
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="newsdesk-poll", daemon=True)

    @classmethod
    def for_database(
        cls,
        database: Database,
        on_changes: ChangesCallback,
        *,
        open_article: OpenArticle | None = None,
    ) -> DataVersionPoller | None:
        """None for a database no other connection can share (in memory)."""
        name = database.url.database
        if not name or name == ":memory:":
            return None
        return cls(Path(name), on_changes, open_article=open_article)

    def start(self) -> None:
        self._thread.start()

    def shutdown(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(STOP_WAIT_S)

    def _run(self) -> None:
        address = f"{self._path.resolve().as_uri()}?mode=ro"  # it only ever reads
        while not self._stop.is_set():
            try:
                connection = sqlite3.connect(address, uri=True, timeout=1.0)
            except sqlite3.Error as error:
                log.warning("live polling cannot open %s: %s", self._path, error)
                self._stop.wait(max(self._interval, 1.0))
                continue
            try:
                seen = _data_version(connection)
                while not self._stop.wait(self._interval):
                    now = _data_version(connection)
                    if now != seen:
                        seen = now
                        self._hand_on(everything(self._open_article))
            except sqlite3.Error as error:
                log.warning("live polling of %s failed: %s", self._path, error)
                self._stop.wait(max(self._interval, 1.0))
            finally:
                connection.close()

    def _hand_on(self, changes: Changes) -> None:
        if self._stop.is_set():
            return
        try:
            self._on_changes(changes)
        except Exception:
            log.exception("live changes receiver failed")


def _data_version(connection: sqlite3.Connection) -> int:
    """Moves whenever another connection commits to the file."""
    row = connection.execute("PRAGMA data_version").fetchone()
    return int(row[0])


def watcher_for(
    database: Database,
    on_changes: ChangesCallback,
    on_status: StatusCallback | None = None,
    *,
    open_article: OpenArticle | None = None,
    ignore_pids: set[int] | frozenset[int] = frozenset(),
) -> LiveWatcher | None:
    """The right watcher for `database` (not started), or None when nothing can change
    it from elsewhere."""
    if database.is_sqlite:
        return DataVersionPoller.for_database(database, on_changes, open_article=open_article)
    return ChangeListener.for_database(
        database, on_changes, on_status, open_article=open_article, ignore_pids=ignore_pids
    )
