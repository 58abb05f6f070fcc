"""Wire items taken in, updated or rewritten elsewhere reach every open window (PostgreSQL's
notifications, migration 0021, as for stories)."""

from __future__ import annotations

import pytest
from tests.integration.test_live_changes import Received, listening, two_sessions

from newsdesk.domain.changes import Changes
from newsdesk.domain.wires import WireItem, WireSignal
from newsdesk.services.live import changes_for, everything
from newsdesk.services.newsroom import Newsroom

__all__ = ["listening", "two_sessions"]  # the live tests' fixtures, used by name


def _item(version: int = 1, headline: str = "Le port rouvre", **fields: object) -> WireItem:
    return WireItem(
        guid="urn:newsml:afp.com:20261207:live",
        version=version,
        agency="AFP",
        headline=headline,
        body="Le port a rouvert lundi.\n",
        source_format="ninjs",
        source="{}",
        **fields,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("payload", "changes"),
    [
        ('{"t":"wire_items","id":4,"op":"I"}', Changes(wires=True)),
        ('{"t":"wire_items","id":null,"op":"U"}', Changes(wires=True)),
        ('{"t":"wire_uses","id":7,"op":"I"}', Changes(articles=frozenset({7}), wires=True)),
    ],
)
def test_a_wire_notification_refreshes_the_wires(payload: str, changes: Changes) -> None:
    assert changes_for(payload) == changes


def test_a_poll_on_sqlite_reads_the_wires_again_too() -> None:
    assert everything().wires


@pytest.mark.postgres
def test_an_import_elsewhere_and_a_correction_of_a_rewritten_item_arrive(
    two_sessions: tuple[Newsroom, Newsroom], listening: Received
) -> None:
    here, there = two_sessions
    there.wires.take([("v1.json", _item())])
    got = listening.until(lambda c: c.wires)
    assert not got.comments and not got.plan
    draft = here.wires.rewrite(here.wires.current()[0].id)
    listening.drain()
    there.wires.take([("v2.json", _item(2, "Le port rouvre", signal=WireSignal.CORRECTION))])
    listening.until(lambda c: c.wires)
    (notice,) = here.wires.notices()
    assert (notice.article_id, notice.corrected) == (draft.id, True)
    there.wires.rewrite(there.wires.current()[0].id)
    got = listening.until(lambda c: c.wires and bool(c.articles))
    assert draft.id not in got.articles  # the other story, not ours
