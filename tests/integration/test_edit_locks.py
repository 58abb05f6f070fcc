"""Edit locks on both databases, with two service stacks each acting as its own person.

Every stack opens the database on its own (its own engine and pool), as two desktops
on one newsroom do. The clock is injected, so expiry is tested without waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from tests.integration.test_database_rights import (  # the newsroom with personal logins
    RightsNewsroom,
    _draft,
    _moved,
    rights,  # noqa: F401
)

from newsdesk.domain.entities import ArticleEdit, User
from newsdesk.domain.errors import NotAllowed, VersionConflict
from newsdesk.domain.workflow import Action
from newsdesk.services.locks import (
    LOCK_TIMEOUT,
    LockLost,
    LockResult,
    LockService,
    PendingText,
)
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.storage.database import open_database


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Desk:
    """One person's running app: their services and their window's lock service."""

    newsroom: Newsroom
    locks: LockService

    @property
    def user(self) -> User:
        return self.newsroom.user


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def open_desk(database_url: str, clock: FakeClock) -> Iterator[Callable[..., Desk]]:
    opened: list[Newsroom] = []

    def open_(name: str, *, real_clock: bool = False) -> Desk:
        setup = Newsroom.for_database(open_database(database_url))
        people = {user.display_name: user for user in setup.users.ensure_demo_users()}
        setup.close()
        newsroom = Newsroom.for_database(open_database(database_url), user=people[name])
        opened.append(newsroom)
        locks = LockService(
            newsroom.database, newsroom.identity, clock=None if real_clock else clock
        )
        return Desk(newsroom, locks)

    yield open_
    for newsroom in opened:
        newsroom.close()


@pytest.fixture
def story(open_desk: Callable[..., Desk]) -> int:
    publisher = open_desk("Pat Publisher")
    article = publisher.newsroom.articles.create(
        ArticleEdit(headline="Harbour bridge reopens", body="The bridge reopened on Monday.")
    )
    return article.id


def test_a_free_story_is_locked_and_others_are_told_by_whom(
    open_desk: Callable[..., Desk], story: int, clock: FakeClock
) -> None:
    dana, chris = open_desk("Dana Desk"), open_desk("Chris Copy")
    taken = dana.locks.acquire(story)
    assert taken.held and taken.holder is None
    clock.advance(30)
    denied = chris.locks.acquire(story)
    assert not denied.held
    assert denied.holder is not None
    assert (denied.holder.name, denied.holder.user_id) == ("Dana Desk", dana.user.id)
    assert denied.holder.since == clock.now - timedelta(seconds=30)
    # Acquiring again is fine for the holder and keeps "since".
    again = dana.locks.acquire(story)
    assert again.held
    assert chris.locks.holders([story])[story].since == clock.now - timedelta(seconds=30)
    assert dana.locks.holders([story]) == {}


def test_the_same_person_in_two_windows_is_two_holders(
    open_desk: Callable[..., Desk], story: int
) -> None:
    first, second = open_desk("Dana Desk"), open_desk("Dana Desk")
    assert first.locks.acquire(story).held
    refused = second.locks.acquire(story)
    assert not refused.held and refused.holder is not None
    assert refused.holder.name == "Dana Desk"


def _session(desk: Desk, *, host: str, pid: int, alive: set[int]) -> LockService:
    """Another session of the desk's person: a window on `host`, in process `pid`;
    `alive` lists the processes running there."""
    return LockService(
        desk.newsroom.database,
        desk.newsroom.identity,
        clock=desk.locks._clock,
        host=host,
        pid=pid,
        process_alive=lambda candidate: candidate in alive,
    )


def test_a_lock_left_by_a_crashed_session_on_this_computer_is_taken_back_silently(
    open_desk: Callable[..., Desk], story: int
) -> None:
    dana, chris = open_desk("Dana Desk"), open_desk("Chris Copy")
    crashed = _session(dana, host="laptop-1", pid=4100, alive={4100})
    assert crashed.acquire(story).held
    assert chris.locks.holders([story])[story].host == "laptop-1"
    # Dana's app died (pid 4100 is gone); she starts it again on the same computer.
    restarted = _session(dana, host="laptop-1", pid=4200, alive={4200})
    result = restarted.acquire(story)
    assert result.held and result.holder is None
    assert chris.locks.holders([story])[story].client_id == restarted.client_id
    lost = crashed.heartbeat(story)
    assert not lost.held  # the old session, were it somehow alive, would know at once
    # Someone else's stale-looking lock is never taken without asking.
    assert not chris.locks.acquire(story).held


def test_the_same_persons_lock_from_another_computer_or_a_live_window_asks(
    open_desk: Callable[..., Desk], story: int
) -> None:
    dana = open_desk("Dana Desk")
    desktop = _session(dana, host="desktop", pid=300, alive={300})
    assert desktop.acquire(story).held
    laptop = _session(dana, host="laptop-1", pid=300, alive=set())  # its pid 300 is not that
    refused = laptop.acquire(story)
    assert not refused.held and refused.holder is not None
    assert (refused.holder.user_id, refused.holder.host) == (dana.user.id, "desktop")
    second_window = _session(dana, host="desktop", pid=301, alive={300, 301})
    assert not second_window.acquire(story).held  # the first window still runs


def test_a_lock_without_heartbeats_expires_after_two_minutes(
    open_desk: Callable[..., Desk], story: int, clock: FakeClock
) -> None:
    dana, chris = open_desk("Dana Desk"), open_desk("Chris Copy")
    assert dana.locks.acquire(story).held
    clock.advance(100)
    assert dana.locks.heartbeat(story).held
    clock.advance(110)  # 210 s since taking it, 110 s since the last heartbeat
    assert not chris.locks.acquire(story).held
    clock.advance(LOCK_TIMEOUT.total_seconds() - 110 + 1)  # Dana's window crashed
    assert chris.locks.holders([story]) == {}, "a lapsed lock is no longer shown"
    assert chris.locks.acquire(story).held
    lost = dana.locks.heartbeat(story)
    assert not lost.held and not lost.taken_over
    assert lost.holder is not None and lost.holder.name == "Chris Copy"


def test_release_frees_only_the_own_lock(open_desk: Callable[..., Desk], story: int) -> None:
    dana, chris = open_desk("Dana Desk"), open_desk("Chris Copy")
    assert dana.locks.acquire(story).held
    assert chris.locks.release(story) is False
    assert not chris.locks.acquire(story).held
    assert dana.locks.release(story) is True
    assert chris.locks.acquire(story).held
    assert chris.locks.release_all() == 1
    assert dana.locks.heartbeat(story).held, "a heartbeat on a free story takes it again"


def test_takeover_keeps_the_holders_last_text_and_tells_the_holder(
    open_desk: Callable[..., Desk], story: int, clock: FakeClock
) -> None:
    dana, chris = open_desk("Dana Desk"), open_desk("Chris Copy")
    assert dana.locks.acquire(story).held
    saved = dana.newsroom.articles.save(
        story, ArticleEdit(headline="Harbour bridge reopens", body="Saved by autosave."), 1
    )
    unsaved = ArticleEdit(headline="Harbour bridge reopens", body="Typed after the last save.")
    clock.advance(10)
    assert dana.locks.heartbeat(story, PendingText(saved.version, unsaved)).held

    takeover = chris.locks.take_over(story)
    assert takeover.previous == "Dana Desk"
    assert takeover.kept_pending_text
    assert takeover.article.body == "Typed after the last save."
    assert takeover.article.version == saved.version + 1
    history = chris.newsroom.revisions.history(story)
    assert history[0].reason == "taken over from Dana Desk"
    assert chris.newsroom.revisions.get(history[0].id).body == "Typed after the last save."

    lost = dana.locks.heartbeat(story)
    assert not lost.held and lost.taken_over
    assert lost.holder is not None and lost.holder.name == "Chris Copy"
    assert lost.version == takeover.article.version
    with pytest.raises(VersionConflict):  # Dana's queued save cannot overwrite Chris
        dana.newsroom.articles.save(story, unsaved, saved.version)
    assert dana.locks.holders([story])[story].name == "Chris Copy"
    assert chris.locks.heartbeat(story).held


def test_the_holder_learns_of_a_takeover_after_the_taker_asks_again(
    open_desk: Callable[..., Desk], story: int, clock: FakeClock
) -> None:
    """The taker's window asks for the lock on each tick while it watches; an ask on its
    way as the takeover lands must not wipe out who the story was taken from."""
    dana, chris = open_desk("Dana Desk"), open_desk("Chris Copy")
    assert dana.locks.acquire(story).held
    chris.locks.take_over(story)
    clock.advance(5)
    again = chris.locks.acquire(story)
    assert again.held
    lost = dana.locks.heartbeat(story)
    assert not lost.held and lost.taken_over
    assert lost.holder is not None and lost.holder.name == "Chris Copy"
    # A lapsed lock claimed anew is not a takeover.
    clock.advance(3600)
    assert dana.locks.acquire(story).held
    assert not chris.locks.heartbeat(story).taken_over


def test_takeover_ignores_a_pending_text_the_story_has_moved_past(
    open_desk: Callable[..., Desk], story: int
) -> None:
    dana, chris = open_desk("Dana Desk"), open_desk("Chris Copy")
    assert dana.locks.acquire(story).held
    early = ArticleEdit(headline="Harbour bridge reopens", body="An early draft.")
    assert dana.locks.heartbeat(story, PendingText(1, early)).held
    saved = dana.newsroom.articles.save(
        story, ArticleEdit(headline="Harbour bridge reopens", body="The newer saved text."), 1
    )
    takeover = chris.locks.take_over(story)
    assert not takeover.kept_pending_text
    assert takeover.article.body == "The newer saved text."
    newest = chris.newsroom.revisions.history(story)[0]
    assert newest.reason == "taken over from Dana Desk"
    assert chris.newsroom.revisions.get(newest.id).body == "The newer saved text."
    assert takeover.article.version == saved.version + 1


def test_taking_over_a_free_story_just_takes_it(open_desk: Callable[..., Desk], story: int) -> None:
    chris = open_desk("Chris Copy")
    takeover = chris.locks.take_over(story)
    assert takeover.previous == ""
    assert takeover.article.version == 1
    assert chris.locks.heartbeat(story).held


def test_moderators_take_no_lock(open_desk: Callable[..., Desk], story: int) -> None:
    mo = open_desk("Mo Moderator")
    with pytest.raises(NotAllowed, match="Mo Moderator may not change stories"):
        mo.locks.acquire(story)
    with pytest.raises(NotAllowed):
        mo.locks.take_over(story)
    assert mo.locks.holders([story]) == {}


def test_list_rows_carry_the_other_holder(open_desk: Callable[..., Desk], story: int) -> None:
    dana, chris = open_desk("Dana Desk"), open_desk("Chris Copy")
    other = chris.newsroom.articles.create(ArticleEdit(headline="Council budget"))
    assert dana.locks.acquire(story).held
    assert chris.locks.acquire(other.id).held
    rows = chris.newsroom.articles.rows([story, other.id])
    annotated = chris.locks.annotate_rows(rows)
    assert annotated[story].locked_by == "Dana Desk"
    assert annotated[other.id].locked_by == "", "our own lock is no badge"
    assert annotated[story].headline == rows[story].headline


def test_the_database_clock_is_used_without_an_injected_one(
    open_desk: Callable[..., Desk], story: int
) -> None:
    dana, chris = open_desk("Dana Desk", real_clock=True), open_desk("Chris Copy", real_clock=True)
    assert dana.locks.acquire(story).held
    holder = chris.locks.holders([story])[story]
    assert abs(datetime.now(UTC) - holder.since) < timedelta(seconds=30)
    assert not chris.locks.acquire(story).held


def _at_once(*calls: Callable[[], object]) -> list[object]:
    """Run `calls` on threads released together; their results or raised errors."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = calls[index]()
        except Exception as error:
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.mark.postgres
def test_two_windows_acquiring_or_taking_over_at_once_one_wins(
    postgres_url: str, clock: FakeClock
) -> None:
    setup = Newsroom.for_database(open_database(postgres_url))
    people = {u.display_name: u for u in setup.users.ensure_demo_users()}
    setup.close()
    names = ("Dana Desk", "Chris Copy", "Pat Publisher")
    newsrooms = [
        Newsroom.for_database(open_database(postgres_url), user=people[name]) for name in names
    ]
    try:
        dana, chris, pat = (LockService(n.database, n.identity, clock=clock) for n in newsrooms)
        stories = [
            newsrooms[2].articles.create(ArticleEdit(headline=f"Story {n}")).id for n in range(25)
        ]
        for story in stories:
            first, second = _at_once(partial(dana.acquire, story), partial(chris.acquire, story))
            assert isinstance(first, LockResult), first
            assert isinstance(second, LockResult), second
            held = [r.held for r in (first, second)]
            assert sorted(held) == [False, True], f"story {story}: {held}"

        # Chris and Pat both saw Dana holding the story and both confirmed taking it over.
        story = stories[0]
        assert dana.release(story) or chris.release(story)
        assert dana.acquire(story).held
        seen = chris.holders([story])[story]
        outcomes = _at_once(
            lambda: chris.take_over(story, seen), lambda: pat.take_over(story, seen)
        )
        lost = [o for o in outcomes if isinstance(o, LockLost)]
        won = [o for o in outcomes if not isinstance(o, Exception)]
        assert (len(won), len(lost)) == (1, 1), outcomes
        assert "take it over again" in str(lost[0])
        history = newsrooms[0].revisions.history(story)
        assert [h.reason for h in history].count("taken over from Dana Desk") == 1
    finally:
        for newsroom in newsrooms:
            newsroom.close()


@pytest.mark.postgres
def test_lock_changes_notify_listeners_but_heartbeats_do_not(
    postgres_url: str, clock: FakeClock
) -> None:
    import json

    import psycopg

    newsroom = Newsroom.for_database(open_database(postgres_url))
    listener = psycopg.connect(postgres_url, autocommit=True)
    try:
        people = {u.display_name: u for u in newsroom.users.ensure_demo_users()}
        newsroom.identity.switch(people["Dana Desk"])
        dana = LockService(newsroom.database, newsroom.identity, clock=clock)
        story = newsroom.articles.create(ArticleEdit(headline="Listen")).id
        listener.execute("LISTEN newsdesk_changes")

        def heard() -> list[dict[str, object]]:
            found = []
            for note in listener.notifies(timeout=0.5, stop_after=10):
                found.append(json.loads(note.payload))
                assert note.payload == json.dumps(found[-1], separators=(",", ":"))
            return [f for f in found if f.get("t") == "article_locks"]

        assert dana.acquire(story).held
        assert heard() == [{"t": "article_locks", "id": story, "op": "I"}]
        clock.advance(5)
        assert dana.heartbeat(story).held
        pending = PendingText(1, ArticleEdit(headline="Listen", body="more"))
        assert dana.heartbeat(story, pending).held
        assert heard() == []
        other = Newsroom.for_database(open_database(postgres_url), user=people["Chris Copy"])
        try:
            LockService(other.database, other.identity, clock=clock).take_over(story)
        finally:
            other.close()
        assert heard() == [{"t": "article_locks", "id": story, "op": "U"}]
        newsroom.identity.switch(people["Chris Copy"])
        assert not dana.release(story)
        assert heard() == []
    finally:
        listener.close()
        newsroom.close()


@pytest.mark.postgres
def test_locks_work_under_personal_logins(rights: RightsNewsroom) -> None:  # noqa: F811
    """With the rights of migration 0007: editors lock and take over, everyone sees who."""
    story = _moved(rights, _draft(rights, "dana", "Locked under logins"), ("dana", Action.SUBMIT))
    dana, chris, mo = (open_newsroom(rights.url(name)) for name in ("dana", "chris", "mo"))
    try:
        dana_locks, chris_locks, mo_locks = (
            LockService(n.database, n.identity) for n in (dana, chris, mo)
        )
        version = dana.articles.get(story).version
        assert dana_locks.acquire(story).held
        unsaved = ArticleEdit(headline="Locked under logins", body="Dana's unsaved words.")
        assert dana_locks.heartbeat(story, PendingText(version, unsaved)).held
        assert mo_locks.holders([story])[story].name == "Dana"
        with pytest.raises(NotAllowed):
            mo_locks.acquire(story)
        takeover = chris_locks.take_over(story)  # the copy desk may change a submitted story
        assert (takeover.previous, takeover.article.body) == ("Dana", "Dana's unsaved words.")
        lost = dana_locks.heartbeat(story)
        assert lost.taken_over and lost.holder is not None and lost.holder.name == "Chris"
        assert chris_locks.release(story)
    finally:
        for newsroom in (dana, chris, mo):
            newsroom.close()


def test_rows_keep_coming_when_the_locks_cannot_be_read(
    open_desk: Callable[..., Desk], story: int
) -> None:
    from sqlalchemy import text

    chris = open_desk("Chris Copy")
    rows = chris.newsroom.articles.rows([story])
    with chris.newsroom.database.transaction() as session:
        session.execute(text("DROP TABLE article_locks"))
    assert chris.locks.annotate_rows(rows) == rows
