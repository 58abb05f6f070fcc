"""Embargoes at every layer: the services, the database's trigger, the exports (with an
injected clock) and the offline sync's snapshot, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from tests.integration.story_states import put_in_state
from tests.integration.test_ninjs import _errors

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import InvalidInput, NotAllowed
from newsdesk.domain.workflow import Action
from newsdesk.services.interchange.wxr_export import WxrExportOptions, export_wxr
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import export_site
from newsdesk.services.publishing.newsml import export_newsml
from newsdesk.services.publishing.ninjs import export_ninjs
from newsdesk.services.sync.snapshot import Snapshot

NOW = datetime.now(UTC)
LATER = NOW + timedelta(days=2)


def _ready(newsroom: Newsroom, headline: str, embargo: datetime | None) -> int:
    sections = [s.id for s in newsroom.sections.tree() if s.name == "Embargo desk"]
    section = sections[0] if sections else newsroom.sections.create("Embargo desk").id
    story = newsroom.articles.create(
        ArticleEdit(
            headline=headline,
            body="Text under embargo.",
            dateline="LONDON",
            byline="Staff",
            credit="Desk",
            section_id=section,
            embargoed_until=embargo,
        )
    )
    put_in_state(newsroom, story.id, ArticleStatus.READY)
    return story.id


def _published_with_lifted_embargo(newsroom: Newsroom, headline: str, lifted: datetime) -> int:
    """A story published after its embargo (at `lifted`, in the past) passed."""
    story = _ready(newsroom, headline, lifted)
    newsroom.workflow.apply(story, Action.PUBLISH)
    return story


# ---- services ------------------------------------------------------------------------------
def test_publishing_before_the_embargo_is_refused_and_after_it_allowed(
    newsroom: Newsroom,
) -> None:
    story = _ready(newsroom, "Budget leak", LATER)
    kept = newsroom.articles.get(story)
    assert kept.embargoed_until == LATER
    with pytest.raises(NotAllowed, match="embargoed until"):
        newsroom.workflow.apply(story, Action.PUBLISH)
    assert newsroom.articles.get(story).status is ArticleStatus.READY
    lifted = newsroom.articles.set_embargo(story, NOW - timedelta(minutes=5))
    assert lifted.embargoed_until == NOW - timedelta(minutes=5)
    published = newsroom.workflow.apply(story, Action.PUBLISH)
    assert published.status is ArticleStatus.PUBLISHED


def test_scheduling_before_the_embargo_is_refused_with_the_reason(newsroom: Newsroom) -> None:
    story = _ready(newsroom, "Scheduled too early", LATER)
    with pytest.raises(NotAllowed, match=r"embargoed until .* would break it"):
        newsroom.workflow.apply(story, Action.SCHEDULE, when=LATER - timedelta(hours=1))
    assert newsroom.articles.get(story).scheduled_at is None
    scheduled = newsroom.workflow.apply(story, Action.SCHEDULE, when=LATER + timedelta(hours=1))
    assert scheduled.scheduled_at == LATER + timedelta(hours=1)


def test_a_published_story_cannot_be_embargoed_and_lifting_is_a_save(newsroom: Newsroom) -> None:
    story = _published_with_lifted_embargo(newsroom, "Out already", NOW - timedelta(hours=1))
    with pytest.raises(NotAllowed, match="already published"):
        newsroom.articles.set_embargo(story, LATER)
    assert newsroom.articles.get(story).embargoed_until == NOW - timedelta(hours=1)
    cleared = newsroom.articles.set_embargo(story, None)
    assert cleared.embargoed_until is None
    assert newsroom.revisions.history(story)[0].reason == "embargo lifted"


def test_an_embargo_without_a_zone_is_refused(newsroom: Newsroom) -> None:
    story = newsroom.articles.create(ArticleEdit(headline="Naive"))
    with pytest.raises(InvalidInput, match="time zone"):
        newsroom.articles.save(
            story.id,
            replace(ArticleEdit.of(story), embargoed_until=datetime(2030, 1, 1)),
            story.version,
        )


def test_the_embargo_is_kept_in_utc_whatever_zone_it_was_given_in(newsroom: Newsroom) -> None:
    from zoneinfo import ZoneInfo

    story = newsroom.articles.create(ArticleEdit(headline="Zones"))
    tehran = datetime(2030, 3, 1, 9, 30, tzinfo=ZoneInfo("Asia/Tehran"))
    saved = newsroom.articles.set_embargo(story.id, tehran)
    assert saved.embargoed_until == tehran
    assert saved.embargoed_until is not None and saved.embargoed_until.utcoffset() == timedelta(0)
    row = newsroom.articles.rows([story.id])[story.id]
    assert row.embargoed_until == tehran


# ---- the database's trigger ----------------------------------------------------------------
def test_the_database_refuses_a_publication_before_the_embargo_whoever_writes(
    newsroom: Newsroom,
) -> None:
    story = _ready(newsroom, "Raw SQL", LATER)
    with pytest.raises(DBAPIError, match="embargo"), newsroom.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE articles SET status = 'published' WHERE id = :id"), {"id": story}
        )
    assert newsroom.articles.get(story).status is ArticleStatus.READY
    # An embargo put on a published story is refused too; an embargo past is not.
    out = _published_with_lifted_embargo(newsroom, "Out", NOW - timedelta(hours=1))
    with pytest.raises(DBAPIError, match="embargo"), newsroom.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE articles SET embargoed_until = :until WHERE id = :id"),
            {
                "id": out,
                "until": LATER if newsroom.database.is_sqlite is False else _sqlite(LATER),
            },
        )
    with newsroom.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE articles SET headline = 'Still out' WHERE id = :id"), {"id": out}
        )
    assert newsroom.articles.get(out).headline == "Still out"


def _sqlite(moment: datetime) -> str:
    """A time as SQLAlchemy keeps it in a SQLite file."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


# ---- exports, with the clock injected ------------------------------------------------------
def test_the_site_leaves_a_story_out_until_its_embargo_has_passed(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    lifted = NOW - timedelta(minutes=30)
    story = _published_with_lifted_embargo(newsroom, "Held then shown", lifted)
    slug = newsroom.articles.get(story).slug
    before = export_site(newsroom.database, tmp_path / "site", now=lifted - timedelta(minutes=1))
    pages = {p.name for p in (tmp_path / "site").rglob("*.html")}
    assert not any(slug in name for name in pages)
    feeds_and_maps = "".join(p.read_text("utf-8") for p in (tmp_path / "site").rglob("*.xml"))
    assert slug not in feeds_and_maps
    after = export_site(newsroom.database, tmp_path / "site", now=lifted + timedelta(minutes=1))
    assert after.stories == before.stories + 1
    feeds_and_maps = "".join(p.read_text("utf-8") for p in (tmp_path / "site").rglob("*.xml"))
    assert slug in feeds_and_maps


def test_newsml_leaves_a_story_out_until_its_embargo_has_passed(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    lifted = NOW - timedelta(minutes=30)
    story = _published_with_lifted_embargo(newsroom, "Held from the agency feed", lifted)
    slug = newsroom.articles.get(story).slug
    early, late = lifted - timedelta(minutes=1), lifted + timedelta(minutes=1)
    before = export_newsml(newsroom.database, tmp_path / "before", now=early)
    assert not (tmp_path / "before" / f"{slug}.xml").exists()
    after = export_newsml(newsroom.database, tmp_path / "after", now=late)
    assert (tmp_path / "after" / f"{slug}.xml").exists()
    assert len(after.written) == len(before.written) + 1


def test_ninjs_leaves_embargoed_stories_out_unless_asked_and_says_embargoed(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    story = _ready(newsroom, "Partner copy", LATER)
    slug = newsroom.articles.get(story).slug
    report = export_ninjs(newsroom.database, tmp_path / "plain")
    assert report.embargoed >= 1
    assert not (tmp_path / "plain" / f"{slug}.json").exists()
    later = export_ninjs(newsroom.database, tmp_path / "later", now=LATER + timedelta(seconds=1))
    assert (tmp_path / "later" / f"{slug}.json").exists() and later.embargoed == 0
    for version in ("2.1", "3.0"):
        folder = tmp_path / f"partner-{version}"
        export_ninjs(
            newsroom.database, folder, version, article_ids=[story], include_embargoed=True
        )
        document = json.loads((folder / f"{slug}.json").read_text("utf-8"))
        key = "embargoed" if version == "2.1" else "embargoedUntil"
        assert document[key] == LATER.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert _errors(document, version) == []


def test_the_wordpress_export_leaves_embargoed_stories_out(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    story = _ready(newsroom, "Not for WordPress yet", LATER)
    slug = newsroom.articles.get(story).slug
    report = export_wxr(newsroom.database, tmp_path / "out.xml")
    assert report.embargoed == 1
    assert slug not in (tmp_path / "out.xml").read_text("utf-8")
    options = WxrExportOptions(now=LATER + timedelta(minutes=1))
    export_wxr(newsroom.database, tmp_path / "later.xml", options)
    assert slug in (tmp_path / "later.xml").read_text("utf-8")


# ---- the offline sync's form of a story ----------------------------------------------------
def test_a_snapshot_carries_the_embargo_through_json() -> None:
    snapshot = Snapshot(headline="Held", embargoed_until=LATER)
    assert Snapshot.from_json(json.loads(json.dumps(snapshot.to_json()))) == snapshot
    assert Snapshot.from_json(Snapshot(headline="Free").to_json()).embargoed_until is None


# ---- the offline sync ----------------------------------------------------------------------
@pytest.mark.postgres
def test_a_publication_made_offline_meets_the_newsrooms_embargo_and_is_refused(
    server: Newsroom, laptop: Newsroom
) -> None:
    from tests.integration.sync_helpers import local_id

    from newsdesk.services.sync import sync, take_offline

    story = _ready(server, "Published on a laptop", None)
    uuid = server.articles.get(story).uuid
    take_offline(server, laptop, [story])
    server.articles.set_embargo(story, LATER)  # the desk learns of the embargo meanwhile
    mine = local_id(laptop, uuid)
    laptop.workflow.apply(mine, Action.PUBLISH)  # the laptop's copy knew of none

    report = sync(server, laptop)

    assert [r.wanted for r in report.refused] == ["published"]
    assert server.articles.get(story).status is ArticleStatus.READY
    assert server.articles.get(story).embargoed_until == LATER
    copy = laptop.articles.get(mine)
    assert (copy.status, copy.embargoed_until) == (ArticleStatus.READY, LATER)


@pytest.mark.postgres
def test_an_embargo_set_offline_reaches_the_newsroom(server: Newsroom, laptop: Newsroom) -> None:
    from tests.integration.sync_helpers import local_id

    from newsdesk.services.sync import sync, take_offline

    story = _ready(server, "Held from a laptop", None)
    uuid = server.articles.get(story).uuid
    take_offline(server, laptop, [story])
    laptop.articles.set_embargo(local_id(laptop, uuid), LATER)
    assert sync(server, laptop).pushed == 1
    assert server.articles.get(story).embargoed_until == LATER
    with pytest.raises(NotAllowed, match="embargoed until"):
        server.workflow.apply(story, Action.PUBLISH)
