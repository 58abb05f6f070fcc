"""Pictures offline: a story taken offline takes its pictures; a sync sends only those the
other side lacks, and the story's references name the receiving side's pictures.

The laptop is on SQLite (tests/integration/conftest.py), the newsroom on PostgreSQL or
on SQLite (its numbers then start alike, so the renumbering is what keeps them apart).
Pictures are drawn by Pillow here (tests/media_samples.py): nothing downloaded.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from tests.integration.sync_helpers import local_id
from tests.media_samples import encoded, pixels

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import NotAllowed
from newsdesk.domain.media_references import picture_markdown, picture_references
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.sync import pictures, sync, take_offline
from newsdesk.services.sync.pictures import send_pictures
from newsdesk.storage.database import Database
from newsdesk.storage.orm_media import Picture as PictureRow


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(
    request: pytest.FixtureRequest, sqlite_template: Path, tmp_path: Path
) -> Iterator[Newsroom]:
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")
    else:
        path = tmp_path / "newsroom.sqlite"
        shutil.copy(sqlite_template, path)
        url = f"sqlite:///{path}"
    opened = open_newsroom(url)
    yield opened
    opened.close()


def jpeg(width: int, height: int = 300) -> bytes:
    """A picture of its own: each size gives other bytes."""
    return encoded(pixels(width, height), "JPEG", quality=80)


def count(newsroom: Newsroom) -> int:
    with newsroom.database.transaction() as session:
        return session.scalar(select(func.count()).select_from(PictureRow)) or 0


def sha_of(newsroom: Newsroom, picture_id: int) -> str:
    return newsroom.media.get(picture_id).sha256


def shown(newsroom: Newsroom, article_id: int) -> list[str]:
    """The sha256 of each picture the story's text shows, in order."""
    body = newsroom.articles.get(article_id).body
    return [sha_of(newsroom, number) for number in picture_references(body)]


def write(newsroom: Newsroom, article_id: int, body: str) -> None:
    article = newsroom.articles.get(article_id)
    newsroom.articles.save(
        article_id, replace(ArticleEdit.of(article), body=body), article.version, "edit"
    )


def test_a_story_taken_offline_takes_its_lead_and_inline_pictures(
    server: Newsroom, laptop: Newsroom
) -> None:
    # The laptop holds a picture of its own, used by a story written there.
    own = laptop.media.add(jpeg(410), "own.jpg").picture
    mine = laptop.articles.create(
        ArticleEdit(headline="Laptop notes", body=picture_markdown(own.id, "Own", "Mine"))
    )
    inline = server.media.add(jpeg(420), "pool.jpg").picture
    lead = server.media.add(jpeg(430), "mayor.jpg").picture
    story = server.articles.create(
        ArticleEdit(
            headline="Council closes pool",
            body="The pool shut.\n\n" + picture_markdown(inline.id, "The pool", "Closed"),
        )
    )
    server.media.set_lead(story.id, lead.id)
    server.media.set_lead_texts(story.id, caption="The mayor on Monday", credit="Sahar News")

    take_offline(server, laptop, [story.id])

    copy = local_id(laptop, story.uuid)
    assert laptop.articles.get(copy).body == server.articles.get(story.id).body
    assert shown(laptop, copy) == [inline.sha256]
    assert sha_of(laptop, inline.id) == inline.sha256  # the newsroom's number
    taken_lead = laptop.media.lead(copy)
    assert taken_lead is not None
    assert (taken_lead.sha256, taken_lead.text.caption, taken_lead.text.credit) == (
        lead.sha256,
        "The mayor on Monday",
        "Sahar News",
    )
    assert copy in laptop.media.get(inline.id).stories
    # The laptop's own picture is still there, and its story still shows it.
    assert shown(laptop, mine.id) == [own.sha256]
    assert laptop.media.original(
        laptop.media.list(own.filename.split(".")[0])[0].id
    ) == laptop.media.original(picture_references(laptop.articles.get(mine.id).body)[0])


def test_a_picture_added_offline_reaches_the_newsroom_under_its_own_number(
    server: Newsroom, laptop: Newsroom
) -> None:
    story = server.articles.create(ArticleEdit(headline="Flood", body="Water rose."))
    take_offline(server, laptop, [story.id])
    copy = local_id(laptop, story.uuid)
    # Offline: a picture in the text and a lead picture; the newsroom meanwhile adds its
    # own, so the numbers the two sides give differ.
    river = laptop.media.add(jpeg(440), "river.jpg").picture
    street = laptop.media.add(jpeg(450), "street.jpg").picture
    write(laptop, copy, "Water rose.\n\n" + picture_markdown(river.id, "The river", "High"))
    laptop.media.set_lead(copy, street.id)
    laptop.media.set_lead_texts(copy, credit="Our photographer")
    for width in (460, 470, 480):
        server.media.add(jpeg(width), f"other-{width}.jpg")

    sync(server, laptop)

    assert shown(server, story.id) == [river.sha256]
    (number,) = picture_references(server.articles.get(story.id).body)
    assert story.id in server.media.get(number).stories
    server_lead = server.media.lead(story.id)
    assert server_lead is not None
    assert (server_lead.sha256, server_lead.text.credit) == (street.sha256, "Our photographer")
    # Both sides now name the pictures alike.
    assert laptop.articles.get(copy).body == server.articles.get(story.id).body
    assert sha_of(laptop, number) == river.sha256


def test_a_sync_sends_only_the_pictures_the_newsroom_lacks(
    server: Newsroom, laptop: Newsroom
) -> None:
    shared = server.media.add(jpeg(490), "shared.jpg").picture
    story = server.articles.create(ArticleEdit(headline="Market", body="Stalls."))
    take_offline(server, laptop, [story.id])
    copy = local_id(laptop, story.uuid)
    again = laptop.media.add(jpeg(490), "same-bytes.jpg")  # the same picture again
    new = laptop.media.add(jpeg(500), "new.jpg").picture
    write(
        laptop,
        copy,
        "Stalls.\n\n"
        + picture_markdown(again.picture.id, "Shared", "")
        + "\n\n"
        + picture_markdown(new.id, "New", ""),
    )
    before = count(server)

    sync(server, laptop)

    assert count(server) == before + 1  # only the new one
    assert shown(server, story.id) == [shared.sha256, new.sha256]
    assert picture_references(server.articles.get(story.id).body)[0] == shared.id
    assert send_pictures(server, laptop).sent == 0  # nothing left to send
    sync(server, laptop)
    assert count(server) == before + 1


def test_a_lead_picture_changed_in_the_newsroom_reaches_the_laptop(
    server: Newsroom, laptop: Newsroom
) -> None:
    first = server.media.add(jpeg(510), "first.jpg").picture
    story = server.articles.create(ArticleEdit(headline="Strike", body="Buses stopped."))
    server.media.set_lead(story.id, first.id)
    take_offline(server, laptop, [story.id])
    copy = local_id(laptop, story.uuid)
    second = server.media.add(jpeg(520), "second.jpg").picture
    server.media.set_lead(story.id, second.id)
    write(
        server,
        story.id,
        "Buses stopped.\n\n" + picture_markdown(first.id, "Depot", "The depot"),
    )

    sync(server, laptop)

    lead = laptop.media.lead(copy)
    assert lead is not None and lead.sha256 == second.sha256
    assert shown(laptop, copy) == [first.sha256]
    assert copy in laptop.media.get(first.id).stories
    # Unchanged since: the next sync leaves both as they are.
    sync(server, laptop)
    again = server.media.lead(story.id)
    assert again is not None and again.sha256 == second.sha256


def test_lead_pictures_changed_on_both_sides_keep_the_newsrooms(
    server: Newsroom, laptop: Newsroom
) -> None:
    story = server.articles.create(ArticleEdit(headline="Storm", body="Wind."))
    take_offline(server, laptop, [story.id])
    copy = local_id(laptop, story.uuid)
    theirs = server.media.add(jpeg(530), "theirs.jpg").picture
    server.media.set_lead(story.id, theirs.id)
    ours = laptop.media.add(jpeg(540), "ours.jpg").picture
    laptop.media.set_lead(copy, ours.id)

    report = sync(server, laptop)

    kept = server.media.lead(story.id)
    assert kept is not None and kept.sha256 == theirs.sha256
    on_laptop = laptop.media.lead(copy)
    assert on_laptop is not None and on_laptop.sha256 == theirs.sha256
    assert any("lead picture was changed on both sides" in line for line in report.kept)


def test_only_a_lead_picture_changed_in_the_newsroom_still_reaches_the_laptop(
    server: Newsroom, laptop: Newsroom
) -> None:
    story = server.articles.create(ArticleEdit(headline="Harbour", body="Ships waited."))
    take_offline(server, laptop, [story.id])
    copy = local_id(laptop, story.uuid)
    sync(server, laptop)
    ship = server.media.add(jpeg(550), "ship.jpg").picture
    server.media.set_lead(story.id, ship.id)  # the text stays as it was
    server.media.set_lead_texts(story.id, caption="The harbour at dawn")

    sync(server, laptop)

    lead = laptop.media.lead(copy)
    assert lead is not None and lead.sha256 == ship.sha256
    assert lead.text.caption == "The harbour at dawn"
    assert server.articles.get(story.id).version == story.version  # no new text version


def test_a_lead_the_newsroom_fails_to_commit_is_sent_again_not_lost(
    server: Newsroom, laptop: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = server.articles.create(ArticleEdit(headline="Quay", body="Boats."))
    take_offline(server, laptop, [story.id])
    copy = local_id(laptop, story.uuid)
    boat = laptop.media.add(jpeg(640), "boat.jpg").picture
    laptop.media.set_lead(copy, boat.id)
    failing = {"armed": False}
    real_transaction = Database.transaction
    real_settle = pictures._settle_batch

    @contextmanager
    def transaction(database: Database) -> Iterator[Session]:
        with real_transaction(database) as session:
            yield session
            if failing["armed"] and database is server.database:  # its commit fails
                failing["armed"] = False
                raise RuntimeError("the newsroom went away")

    def settle(*args: Any, **kwargs: Any) -> None:
        failing["armed"] = True
        real_settle(*args, **kwargs)

    monkeypatch.setattr(Database, "transaction", transaction)
    monkeypatch.setattr(pictures, "_settle_batch", settle)
    with pytest.raises(RuntimeError):
        sync(server, laptop)
    monkeypatch.undo()

    sync(server, laptop)

    lead = server.media.lead(story.id)
    assert lead is not None and lead.sha256 == boat.sha256
    on_laptop = laptop.media.lead(copy)
    assert on_laptop is not None and on_laptop.sha256 == boat.sha256


def test_a_lead_a_sync_sets_in_the_newsroom_touches_the_story(
    server: Newsroom, laptop: Newsroom
) -> None:
    story = server.articles.create(ArticleEdit(headline="Pier", body="Gulls."))
    take_offline(server, laptop, [story.id])
    gull = laptop.media.add(jpeg(650), "gull.jpg").picture
    laptop.media.set_lead(local_id(laptop, story.uuid), gull.id)
    before = server.articles.get(story.id)

    sync(server, laptop)

    after = server.articles.get(story.id)
    assert after.updated_at > before.updated_at  # other laptops' syncs see the new lead
    assert after.version == before.version


def test_a_picture_a_colleague_added_meanwhile_is_read_again_and_the_story_sent(
    server: Newsroom, laptop: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = server.articles.create(ArticleEdit(headline="Dam", body="Water."))
    take_offline(server, laptop, [story.id])
    copy = local_id(laptop, story.uuid)
    dam = laptop.media.add(jpeg(660), "dam.jpg").picture
    write(laptop, copy, "Water.\n\n" + picture_markdown(dam.id, "The dam", "Dam"))
    real_copy = pictures._copy
    colleague: list[int] = []

    def copy_after_a_colleague(
        source: Session, target: Session, ids: Any, adder: int | None
    ) -> None:
        if adder is not None and not colleague:  # sending to the newsroom, the first time
            colleague.append(server.media.add(jpeg(660), "same.jpg").picture.id)
        real_copy(source, target, ids, adder)

    monkeypatch.setattr(pictures, "_copy", copy_after_a_colleague)

    report = sync(server, laptop)

    assert report.kept == ()
    assert picture_references(server.articles.get(story.id).body) == colleague
    assert shown(laptop, copy) == [dam.sha256]


def test_a_story_naming_pictures_the_newsroom_refused_is_kept_not_sent(
    server: Newsroom, laptop: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = server.articles.create(ArticleEdit(headline="Bridge", body="Cars."))
    take_offline(server, laptop, [story.id])
    copy = local_id(laptop, story.uuid)
    bridge = laptop.media.add(jpeg(670), "bridge.jpg").picture
    write(laptop, copy, "Cars.\n\n" + picture_markdown(bridge.id, "The bridge", "Bridge"))
    real_copy = pictures._copy

    def refused(source: Session, target: Session, ids: Any, adder: int | None) -> None:
        if adder is not None:  # sending to the newsroom
            raise IntegrityError("INSERT INTO pictures", {}, Exception("duplicate key"))
        real_copy(source, target, ids, adder)

    monkeypatch.setattr(pictures, "_copy", refused)

    report = sync(server, laptop)

    assert f"Story {story.uuid} not sent: its pictures were refused" in report.kept
    assert server.articles.get(story.id).body == "Cars."
    # The newsroom's next pictures take the numbers; the laptop's text still shows its own.
    for width in (680, 690):
        server.media.add(jpeg(width), f"theirs-{width}.jpg")
    assert shown(laptop, copy) == [bridge.sha256]
    monkeypatch.undo()

    again = sync(server, laptop)

    assert again.kept == ()
    assert shown(server, story.id) == [bridge.sha256]


def test_a_moderators_sync_changes_no_lead_picture_in_the_newsroom(
    server: Newsroom, laptop: Newsroom
) -> None:
    tower = server.media.add(jpeg(700), "tower.jpg").picture
    story = server.articles.create(ArticleEdit(headline="Tower", body="Bells."))
    server.media.set_lead(story.id, tower.id)
    take_offline(server, laptop, [story.id])
    copy = local_id(laptop, story.uuid)
    laptop.media.set_lead(copy, None)
    server.identity.switch(replace(server.user, roles=frozenset({Role.MODERATOR})))

    report = sync(server, laptop)

    assert any("did not take the lead picture" in line for line in report.kept)
    kept = server.media.lead(story.id)
    assert kept is not None and kept.sha256 == tower.sha256
    on_laptop = laptop.media.lead(copy)
    assert on_laptop is not None and on_laptop.sha256 == tower.sha256  # it follows


# A newsroom on SQLite only: the test needs the newsroom's next number known ahead (both
# SQLite files start at 1); on PostgreSQL the sequence's next value is not.
@pytest.mark.parametrize("server", ["sqlite"], indirect=True)
def test_a_fetched_text_shows_the_newsrooms_picture_not_a_laptop_one_under_its_number(
    server: Newsroom, laptop: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = server.articles.create(ArticleEdit(headline="Canal", body="Locks."))
    take_offline(server, laptop, [story.id])
    copy = local_id(laptop, story.uuid)
    ours = laptop.media.add(jpeg(710), "ours.jpg").picture  # the newsroom will refuse it
    notes = laptop.articles.create(
        ArticleEdit(headline="Notes", body=picture_markdown(ours.id, "Ours", "Ours"))
    )
    # The newsroom's text names its next picture, added while the sync runs: the same
    # number as the laptop's own picture, which the sync did not move aside.
    write(server, story.id, "Locks.\n\n" + picture_markdown(ours.id, "Theirs", "Theirs"))
    real_copy = pictures._copy
    added: list[str] = []

    def refused(source: Session, target: Session, ids: Any, adder: int | None) -> None:
        if adder is not None:  # sending to the newsroom
            theirs = server.media.add(jpeg(720), "theirs.jpg").picture
            assert theirs.id == ours.id
            added.append(theirs.sha256)
            raise NotAllowed("not now")
        real_copy(source, target, ids, adder)

    monkeypatch.setattr(pictures, "_copy", refused)

    sync(server, laptop)

    assert shown(laptop, copy) == added  # judged by its bytes, and rewritten by no move
    assert shown(laptop, notes.id) == [ours.sha256]  # the laptop's own one moved aside
