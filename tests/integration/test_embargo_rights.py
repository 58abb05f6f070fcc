"""Embargoes under people's own logins on PostgreSQL: raw SQL and the app alike.

The newsroom, its group roles and one login per role come from the rights tests'
fixture (tests/integration/test_database_rights.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from psycopg import errors
from tests.integration.test_database_rights import (
    RightsNewsroom,
    _draft,
    _moved,
    _status,
    _story,
    rights,
)

from newsdesk.domain.errors import NotAllowed
from newsdesk.domain.workflow import Action
from newsdesk.services.newsroom import open_newsroom

pytestmark = pytest.mark.postgres
__all__ = ["rights"]  # the module's fixture, used by name

LATER = datetime.now(UTC) + timedelta(days=1)


def _ready(rights: RightsNewsroom, headline: str) -> int:
    return _moved(
        rights,
        _draft(rights, "dana", headline),
        ("dana", Action.SUBMIT),
        ("chris", Action.TAKE),
        ("chris", Action.PASS_READY),
    )


def test_no_login_publishes_before_the_embargo_in_raw_sql(rights: RightsNewsroom) -> None:
    story = _ready(rights, "Embargoed results")
    with rights.connect("pat") as pat:
        pat.execute(
            "UPDATE articles SET embargoed_until = now() + interval '1 day' WHERE id = %s",
            (story,),
        )
        with pytest.raises(errors.InsufficientPrivilege, match=r"embargo: .* embargoed until"):
            pat.execute("UPDATE articles SET status = 'published' WHERE id = %s", (story,))
    with rights.connect("ada") as ada:
        with pytest.raises(errors.InsufficientPrivilege, match="embargo"):
            ada.execute(
                "UPDATE articles SET status = 'published', published_at = now() WHERE id = %s",
                (story,),
            )
        with pytest.raises(errors.InsufficientPrivilege, match="embargo"):
            ada.execute(
                "INSERT INTO articles (uuid, slug, headline, standfirst, body, dateline, byline, "
                "credit, language, status, correction_note, author_id, version, created_at, "
                "updated_at, embargoed_until) VALUES (gen_random_uuid(), 'straight-out-held', "
                "'x', '', '', '', '', '', 'en', 'published', '', newsdesk_user_id(), 1, now(), "
                "now(), now() + interval '1 hour')"
            )
    assert _status(rights, story) == "ready"
    with rights.connect("pat") as pat:
        pat.execute(
            "UPDATE articles SET embargoed_until = now() - interval '1 minute' WHERE id = %s",
            (story,),
        )
        pat.execute("UPDATE articles SET status = 'published' WHERE id = %s", (story,))
        with pytest.raises(errors.InsufficientPrivilege, match="embargo"):
            pat.execute(
                "UPDATE articles SET embargoed_until = now() + interval '1 day' WHERE id = %s",
                (story,),
            )
    assert _status(rights, story) == "published"


def test_writers_embargo_their_own_drafts_and_moderators_cannot(rights: RightsNewsroom) -> None:
    story = _draft(rights, "dana", "Held by the writer")
    embargo = "UPDATE articles SET embargoed_until = now() + interval '2 hours' WHERE id = %s"
    with rights.connect("dana") as dana:
        assert dana.execute(embargo, (story,)).rowcount == 1
    with rights.connect("mo") as mo, pytest.raises(errors.InsufficientPrivilege):
        mo.execute(embargo, (story,))
    assert rights.owner.articles.get(story).embargoed_until is not None


def test_the_app_under_a_publishers_login_is_refused_with_the_reason(
    rights: RightsNewsroom,
) -> None:
    story = _ready(rights, "Held in the window")
    desk = open_newsroom(rights.url("chris"))
    publisher = open_newsroom(rights.url("pat"))
    try:
        current = desk.articles.get(story)
        desk.articles.save(
            story, replace(_story(current.headline), embargoed_until=LATER), current.version
        )
        with pytest.raises(NotAllowed, match="embargoed until"):
            publisher.workflow.apply(story, Action.PUBLISH)
        with pytest.raises(NotAllowed, match="would break it"):
            publisher.workflow.apply(story, Action.SCHEDULE, when=LATER - timedelta(hours=1))
        assert publisher.workflow.apply(
            story, Action.SCHEDULE, when=LATER + timedelta(hours=1)
        ).scheduled_at == LATER + timedelta(hours=1)
    finally:
        desk.close()
        publisher.close()
    assert _status(rights, story) == "ready"
